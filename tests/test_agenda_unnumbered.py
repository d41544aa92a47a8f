"""Agenda items printed without numbers (a web page's lost list or table numbers): read
only when no numbered item is found, with an empty code."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.agenda_unnumbered import (
    bulleted_items,
    lost_number_rows,
    unnumbered_items,
)

BULLETED = """Agenda
Upshire Fire Authority
Part 1
- Apologies for absence
- Declarations of interest.
Members must declare any interest when the item is reached.
- Note for members:
- Minutes of the meeting held on 3 May 2009"""

TABLE = """Council - Monday 4th June, 2018 7.00 pm

No. Item


Apologies for Absence


Minutes of the meetings held on:

2 (a)

1 March 2018 pdf icon PDF 88 KB


Leader's Report pdf icon PDF 51 KB

(a)     To note the report; and


(b)     To agree the recommendations set out in it.

Additional documents:


Questions from the Public"""


def _titles(found: list[tuple[object, str]] | None) -> list[str]:
    return [title for _, title in found or []]


def test_bullets_are_items_but_a_label_over_guidance_is_not() -> None:
    found = bulleted_items(lines_of(BULLETED))
    assert _titles(found) == [
        "Apologies for absence",
        "Declarations of interest.",
        "Minutes of the meeting held on 3 May 2009",
    ]
    assert [line.number for line, _ in found or []] == [4, 5, 8]


def test_rows_after_two_blank_lines_are_items_without_their_link_labels() -> None:
    assert _titles(lost_number_rows(lines_of(TABLE))) == [
        "Apologies for Absence",
        "Minutes of the meetings held on:",
        "Leader's Report",
        "Questions from the Public",
    ]


def test_no_table_heading_or_too_few_bullets_read_nothing() -> None:
    assert lost_number_rows(lines_of(TABLE.replace("No. Item", "Items"))) is None
    assert unnumbered_items(lines_of("Agenda\n- Apologies for absence\nSome text.")) is None
