"""A minute's code printed after its heading, the item's number before it (invented)."""

from __future__ import annotations

from minute_fixtures import lines_of, parse_text
from minutebook.parsing.minute_headings import minute_headings

MINUTES = """\
WYKE PARISH COUNCIL
Minutes of the Full Council Meeting held on Monday 6th March 2023 at 7.30 p.m.
Present: Cllr Ann Reid (Chair), Cllr Ben Moss, Cllr Cara Lowe.
1. APOLOGIES FOR ABSENCE - 23.03.041
Apologies were received from Cllr Pym.
2. DECLARATIONS OF INTEREST – 23.03.042
Cllr Moss declared an interest in item 4 as a neighbour of the site.
3. HIGHWAYS (23.03.043)
The Clerk reported that the gully on Mill Lane had been cleared.
"""


def test_the_trailing_code_numbers_the_minute_of_the_item() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title, h.item_code) for h in headings] == [
        ("23.03.041", "APOLOGIES FOR ABSENCE", "1"),
        ("23.03.042", "DECLARATIONS OF INTEREST", "2"),
        ("23.03.043", "HIGHWAYS", "3"),
    ]


def test_declarations_are_filed_under_the_code() -> None:
    part = parse_text(MINUTES)
    assert [(d.as_written, d.minute_number) for d in part.declarations] == [
        ("Cllr Moss", "23.03.042")
    ]


def test_one_title_ending_in_a_year_keeps_its_number() -> None:
    text = MINUTES.replace(" - 23.03.041", "").replace(" – 23.03.042", "")
    text = text.replace("HIGHWAYS (23.03.043)", "BUDGET - 2024/25")
    headings = minute_headings(lines_of(text))
    assert [(h.number, h.title, h.item_code) for h in headings] == [
        ("1", "APOLOGIES FOR ABSENCE", None),
        ("2", "DECLARATIONS OF INTEREST", None),
        ("3", "BUDGET - 2024/25", None),
    ]


def test_codes_that_do_not_rise_are_no_minute_numbers() -> None:
    text = MINUTES.replace("23.03.041", "Item 17.10.23").replace("23.03.042", "03.10.23")
    text = text.replace("HIGHWAYS (23.03.043)", "HIGHWAYS")
    text = text.replace("Item 17.10.23", "17.10.23")
    headings = minute_headings(lines_of(text))
    assert [h.number for h in headings] == ["1", "2", "3"]
