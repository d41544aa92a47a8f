"""Reference codes alone on a line ("Ref 03/12/09/2024") or holding the meeting's date with
the title after them: read as sure minute numbers, the label left off."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.labelled_minute_codes import dated_code_title, labelled_code
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.resolutions import passive_decision


def _lines(*texts: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(texts)]


def test_a_labelled_dated_code_over_its_title() -> None:
    lines = _lines(
        "Notes",
        "",
        "Ref 01/12/09/2024",
        "",
        "Welcome and Apologies. ",
        "",
        "Apologies were noted.",
        "",
        "Ref 02/12/09/2024",
        "",
        "Notes of the meeting held on 8th August 2024.",
        "The notes were recorded as an accurate record.",
        "",
        "Reference: 03/12/09/2024",
        "Fleet Replacement Plan – Paper – For Decision.",
        "Decision: The plan was approved.",
    )
    found = minute_headings(lines)
    assert [(h.index, h.number, h.title) for h in found] == [
        (2, "01/12/09/2024", "Welcome and Apologies."),
        (8, "02/12/09/2024", "Notes of the meeting held on 8th August 2024."),
        (13, "03/12/09/2024", "Fleet Replacement Plan – Paper – For Decision."),
    ]
    assert all(h.certain for h in found)


def test_a_dated_code_with_its_title_on_the_line() -> None:
    assert dated_code_title("04/12/09/2024 Estates Strategy") == (
        "04/12/09/2024",
        "Estates Strategy",
    )
    assert dated_code_title("12/09/2024 the meeting") is None  # a date: three parts only


def test_no_code_read_from_a_date_or_prose() -> None:
    lines = _lines("12/09/2024", "Welcome", "Ref", "Budget")
    assert labelled_code(lines, 0) is None
    assert labelled_code(lines, 2) is None


def test_minutes_recorded_as_an_accurate_record_are_confirmed() -> None:
    assert passive_decision("The minutes were recorded as an accurate record.")
    assert not passive_decision("The minutes were recorded by the clerk.")
