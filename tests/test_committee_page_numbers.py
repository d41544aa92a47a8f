"""A committee system's number cell with a colon ("12:", "C:47") alone over its title, a
page set in by a few spaces throughout, and a "Decision:" field label over what the page
recorded (invented minutes in the genre's layout)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import (
    at_margin,
    minute_headings,
    number_alone,
    page_margin,
    prefixed_numbered,
)
from minutebook.parsing.resolutions import resolution


def _lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, start=1)]


def test_number_with_a_colon_alone_over_its_title() -> None:
    lines = _lines("12:", "", "Apologies for Absence", "", "Minutes:", "", "None were received.")
    heading = number_alone(lines, 0, "12:")
    assert heading is not None
    assert (heading.number, heading.title) == ("12", "Apologies for Absence")


def test_lettered_number_with_a_colon_alone_over_its_title() -> None:
    lines = _lines("B:31", "", "PUBLIC QUESTIONS", "", "Minutes:", "", "There were none.")
    heading = prefixed_numbered(lines, 0, "B:31")
    assert heading is not None
    assert (heading.number, heading.title) == ("B:31", "PUBLIC QUESTIONS")


def test_a_time_or_a_label_is_no_number_cell() -> None:
    lines = _lines("Minutes:", "", "Noted.")
    assert number_alone(lines, 0, "Minutes:") is None
    assert prefixed_numbered(lines, 0, "AB:") is None


def test_committee_page_items_numbered_with_colons() -> None:
    lines = _lines(
        "Items",
        "No. Item",
        "",
        "4:",
        "",
        "Apologies for Absence",
        "",
        "Decision:",
        "",
        "Apologies were received from Councillor Arden.",
        "",
        "5:",
        "",
        "Minutes of the Previous Meeting",
        "",
        "Decision:",
        "",
        "That the minutes of the meeting held on 2 May be approved.",
    )
    found = [(h.number, h.title) for h in minute_headings(lines)]
    assert found == [("4", "Apologies for Absence"), ("5", "Minutes of the Previous Meeting")]


def test_page_margin_of_a_page_set_in() -> None:
    lines = _lines(
        "    MINUTES",
        "",
        "  running header 1/2",
        "    12. APOLOGIES",
        "    None.",
        "    13. MINUTES",
        "    The minutes were agreed.",
        "    14. MATTERS ARISING",
        "    None.",
        "    15. ANY OTHER BUSINESS",
        "    None.",
    )
    assert page_margin(lines) == 4
    assert at_margin("    12. APOLOGIES", 4)
    assert not at_margin("        1. That the report be noted.", 4)
    found = [(h.number, h.title) for h in minute_headings(lines)]
    assert found[:2] == [("12", "APOLOGIES"), ("13", "MINUTES")]


def test_page_margin_is_none_on_a_page_at_the_left_edge() -> None:
    lines = _lines("MINUTES", "    an indented paragraph", "1. APOLOGIES")
    assert page_margin(lines) == 0
    assert not at_margin("    1. That the report be noted.", 0)


def test_decision_label_over_a_record_decides_nothing() -> None:
    body = _lines("Decision:", "", "Apologies were received from Councillor Arden.")
    assert resolution(body) is None


def test_decision_label_over_a_clause_is_the_clause() -> None:
    body = _lines("Decision:", "", "That the minutes of the meeting held on 2 May be approved.")
    found = resolution(body)
    assert found is not None
    assert (found.text, found.line) == (
        "That the minutes of the meeting held on 2 May be approved.",
        3,
    )


def test_decision_label_over_a_passive_decision_stays() -> None:
    body = _lines("Decision:", "", "The minutes of the meeting held on 2 May were approved.")
    found = resolution(body)
    assert found is not None and found.line == 3


def test_a_motion_whose_subject_was_proposed_and_resolved() -> None:
    found = resolution(_lines("These were proposed by Cllr Ash and resolved."))
    assert found is not None and found.text.startswith("These were proposed")
    assert resolution(_lines("These were proposed as options and then discussed.")) is None
