"""A minute number printed in both margins, its title between (Scottish minutes set as a
table of three columns): read as a sure heading, the title joined from its lines."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.margin_repeated_numbers import repeated_margin_number
from minutebook.parsing.minute_headings import minute_headings


def _lines(*texts: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(texts)]


def test_a_number_in_both_margins_round_a_wrapped_title() -> None:
    lines = _lines(
        "Apologies: Councillor Baird.",
        "",
        "41",
        "Treasury Management",
        "Mid-Year Review",
        "41",
        "",
        "There was submitted a report by the Chief Financial Officer.",
        "Decided: that the Committee note the report.",
        "",
        "42",
        "Fraud Prevention Update",
        "42",
        "",
        "There was submitted a report on counter-fraud work.",
    )
    found = minute_headings(lines)
    assert [(h.number, h.title, lines[h.index].number) for h in found] == [
        ("41", "Treasury Management Mid-Year Review", 3),
        ("42", "Fraud Prevention Update", 11),
    ]


def test_a_number_not_repeated_is_not_read_here() -> None:
    lines = _lines("12", "HARBOUR BOARD - 3 MAY 2011", "", "Harbour Board")
    assert repeated_margin_number(lines, 0) is None


def test_another_number_after_the_title_is_not_the_margin() -> None:
    lines = _lines("7", "Roads Programme", "8")
    assert repeated_margin_number(lines, 0) is None


def test_a_paragraph_between_the_numbers_is_no_title() -> None:
    long = "There was submitted a report by the Head of Roads on the winter programme " * 2
    assert repeated_margin_number(_lines("7", long, "7"), 0) is None


def test_cells_of_a_table_of_interests_are_no_margin_numbers() -> None:
    lines = _lines(
        "Councillor Ann Reid", "5", "Tenant of a garage", "Councillor Bo Moss", "5", "Son"
    )
    assert repeated_margin_number(lines, 1) is None
