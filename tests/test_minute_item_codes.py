"""'Item 1: Apologies' over its minute code: the code numbers the minute, the item is cited."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_item_codes import item_minute_code

CODE_ALONE = (
    "Minutes of the ordinary meeting of Cwmfelin Community Council\n"
    "Present:\n"
    "Cllr. Ann Reid (Chair)\n"
    "Cllr. Bob Moss\n"
    "AGENDA ITEM 1 – Apologies\n"
    "KV/21/04.03.24\n"
    "Apologies were received from Councillor Lloyd.\n"
    "AGENDA ITEM 2 – Public participation\n"
    "KV/22/04.03.24\n"
    "No members of the public were present.\n"
    "AGENDA ITEM 3 – To receive and confirm the minutes of the meeting on 5th February 2024.\n"
    "KV/23/04.03.24\n"
    "Unanimously agreed.\n"
)

CODE_GLUED = (
    "Minutes of the meeting of Pentre Isaf Community Council\n"
    "Present: Councillors A Reid (Chair), B Moss and C Lloyd.\n"
    "Item 1:Apologies for Absence.\n"
    "24/5 Councillors D Evans and E Price.\n"
    "Item 2:Declarations of Interest.\n"
    "24/6 None were declared.\n"
    "Item 3:To receive the minutes of the meeting held 12th December 2023.\n"
    "24/7Resolved to approve the minutes.\n"
)

NO_CODE = (
    "Minutes of the meeting of Pentre Isaf Community Council\n"
    "Item 1: Apologies\n"
    "Apologies were received from Councillor Evans.\n"
    "Item 2: Finance\n"
    "24/03/2024 was the date of the last payment.\n"
)


def test_the_code_alone_under_the_item_numbers_the_minute() -> None:
    headings = minute_headings(lines_of(CODE_ALONE))
    assert [(h.number, h.title, h.item_code) for h in headings] == [
        ("KV/21/04.03.24", "Apologies", "1"),
        ("KV/22/04.03.24", "Public participation", "2"),
        (
            "KV/23/04.03.24",
            "To receive and confirm the minutes of the meeting on 5th February 2024.",
            "3",
        ),
    ]


def test_a_code_opening_the_text_numbers_the_minute() -> None:
    headings = minute_headings(lines_of(CODE_GLUED))
    assert [(h.number, h.item_code) for h in headings] == [
        ("24/5", "1"),
        ("24/6", "2"),
        ("24/7", "3"),
    ]
    assert headings[0].title.rstrip(".") == "Apologies for Absence"


def test_an_item_with_no_code_under_it_keeps_its_number() -> None:
    headings = minute_headings(lines_of(NO_CODE))
    assert [(h.number, h.title) for h in headings] == [("1", "Apologies"), ("2", "Finance")]


def test_dates_and_fractions_are_no_codes() -> None:
    for text in ("24/03/2024 was the date", "1/2 of the cost", "Apologies were received", "2/3"):
        assert item_minute_code(lines_of(f"Item 1: Apologies\n{text}\n"), 0) is None


def test_codes_alone_or_before_text() -> None:
    for text, code in (
        ("KV/21/04.03.24", "KV/21/04.03.24"),
        ("24/5 Councillors D Evans", "24/5"),
        ("031/23", "031/23"),
        ("24/7Resolved to approve", "24/7"),
    ):
        assert item_minute_code(lines_of(f"Item 1: Apologies\n{text}\n"), 0) == code
