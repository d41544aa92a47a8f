"""Minutes numbered by agenda part and item ("A1", "A2"), the title often glued on."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings, order_key

LETTERED = (
    "Present: Councillors R Oakes and P Lund.\n"
    "A1Declarations of interest\n"
    "None were declared.\n"
    "A2 Minutes of the meeting held on 3 March 2016\n"
    "The minutes were confirmed.\n"
    "A3Fleet replacement programme\n"
    "Resolved:\n"
    "That the programme be approved.\n"
)


def test_part_lettered_numbers_head_minutes_glued_or_spaced() -> None:
    headings = minute_headings(lines_of(LETTERED))
    assert [(h.number, h.title) for h in headings] == [
        ("A1", "Declarations of interest"),
        ("A2", "Minutes of the meeting held on 3 March 2016"),
        ("A3", "Fleet replacement programme"),
    ]


def test_a_lettered_number_orders_by_its_item() -> None:
    assert order_key("A5") == (5,)


def test_a_falling_lettered_number_is_no_heading() -> None:
    text = LETTERED.replace("A3Fleet", "A1Fleet")
    assert [h.number for h in minute_headings(lines_of(text))] == ["A1", "A2"]
