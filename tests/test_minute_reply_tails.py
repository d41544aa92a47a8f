"""A standing item's answer printed after its title on the heading's line (invented)."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_reply_tails import reply_tail

MINUTES = """\
Minutes of the Meeting of Fenby Parish Council
Present: Cllr Reid (Chair), Cllr Moss, Cllr Lowe.
12/01 Apologies for Absence: None
12/02 Declarations of Interest – Nil
12/03 Matters Arising from the Minutes None
12/04 Highways
The Clerk reported that the gully on Mill Lane had been cleared.
"""


def test_answer_after_the_title_is_the_minutes_text() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title, h.run_on) for h in headings] == [
        ("12/01", "Apologies for Absence", "None"),
        ("12/02", "Declarations of Interest", "Nil"),
        ("12/03", "Matters Arising from the Minutes", "None"),
        ("12/04", "Highways", ""),
    ]


def test_titles_ending_otherwise_are_kept() -> None:
    assert reply_tail("Apologies for Absence") is None
    assert reply_tail("None") is None
    assert reply_tail("Apologies: None received") == ("Apologies", "None received")
    assert reply_tail("Apologies There Were None") is None


@pytest.mark.parametrize(
    ("title", "split"),
    [
        (
            "Declarations of Interest – AR and TM in relation to the allotments",
            ("Declarations of Interest", "AR and TM in relation to the allotments"),
        ),
        (
            "APOLOGIES - Cllrs Reid and Moss were unwell",
            ("APOLOGIES", "Cllrs Reid and Moss were unwell"),
        ),
        (
            "Declaration of Members' Interests – Cllr Dale, item 6 (a neighbour)",
            ("Declaration of Members' Interests", "Cllr Dale, item 6 (a neighbour)"),
        ),
    ],
)
def test_a_standing_items_record_after_a_dash(title: str, split: tuple[str, str]) -> None:
    assert reply_tail(title) == split


@pytest.mark.parametrize(
    "title",
    [
        "Declarations of Interest – to be made at the start of each item",
        "Planning – Wyke Road Application",
        "Minutes – 3 May 2022",
        "Apologies and Declarations of Interest – Note",
        "DECLARATIONS OF INTEREST - HOUSING REVENUE ACCOUNT",
        "Declarations of Interest – Exempt Business",
    ],
)
def test_other_dashes_stay_in_the_title(title: str) -> None:
    assert reply_tail(title) is None
