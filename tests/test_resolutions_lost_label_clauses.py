"""A committee system's page that lost "RESOLVED that" over the decision's numbered
clauses: the clauses, in lower case, are the minute's decision (`lost_label_clauses`)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.lost_label_clauses import lost_label_clauses
from minutebook.parsing.resolutions import resolution


def _lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, start=1)]


RECEIVED = _lines(
    "Members received the minutes of the Cabinet held on 9th May.",
    "",
    "1)\tthe minutes of the meeting of the Cabinet held on 9th May be received and adopted;",
    "",
    "2)\tthe recommendation at Minute 12 be approved.",
)


def test_mandative_clauses_numbered_alone_are_the_decision() -> None:
    found = resolution(RECEIVED)
    assert found is not None
    assert found.line == 3
    assert found.text.startswith("1) the minutes of the meeting of the Cabinet")
    assert "2) the recommendation at Minute 12 be approved." in found.text


def test_that_clauses_in_the_indicative_are_read_from_the_first() -> None:
    body = _lines(
        "The proposals were put to the vote and carried.",
        "",
        "(1)\tthat the minutes of 4 March are brought back to the next meeting; and",
        "",
        "(2)\tthat the Clerk reports on the panel's membership.",
        "",
        "The meeting closed at 8.15 pm.",
    )
    found = lost_label_clauses(body)
    assert found is not None
    text, line = found
    assert line == 3
    assert text.startswith("(1) that the minutes of 4 March")
    assert text.endswith("reports on the panel's membership.")
    assert "closed" not in text


def test_points_under_a_lead_in_are_reported_not_decided() -> None:
    body = _lines(
        "The Monitoring Officer reported:",
        "",
        "1)\tthe number of complaints had fallen;",
        "",
        "2)\ttwo complaints were still being assessed.",
    )
    assert lost_label_clauses(body) is None
    assert resolution(body) is None


def test_one_clause_alone_or_a_run_not_from_one_is_no_list() -> None:
    single = _lines("1)\tthe minutes of 9 May be received and adopted;")
    assert lost_label_clauses(single) is None
    from_two = _lines("2)\tthat the report be noted;", "", "3)\tthat the plan be adopted.")
    assert lost_label_clauses(from_two) is None


def test_a_first_clause_that_decides_nothing_is_prose() -> None:
    body = _lines(
        "1)\tthe hall was busy on the night;",
        "",
        "2)\tthe car park was full.",
    )
    assert lost_label_clauses(body) is None


def test_a_printed_formula_is_the_decision_before_the_clauses() -> None:
    body = _lines("RESOLVED that the report be noted.", "", *(x.text for x in RECEIVED[2:]))
    found = resolution(body)
    assert found is not None
    assert found.text == "RESOLVED that the report be noted."
