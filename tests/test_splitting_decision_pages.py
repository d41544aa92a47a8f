"""A committee system's page for one decision (invented examples)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.decision_pages import (
    decision_page,
    decision_page_opening,
    decision_title,
)
from minutebook.parsing.splitting import split

PAGE = """Decision details

Street Lighting Upgrade

Decision Maker: Executive

Decision status: Recommendations Approved

Is Key decision?: Yes

Decision:

That the replacement of 4,000 lanterns with LED units be approved.

Date of decision: 02/05/2026

Decided at meeting: 02/05/2026 - Executive

Accompanying Documents:"""


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_a_decision_page_is_the_record_of_the_meeting_that_decided() -> None:
    lines = _lines(PAGE)
    assert decision_page(lines)
    assert [p.kind for p in split(lines)] == [DocumentKind.MINUTES]
    opening = decision_page_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "Executive",
        dt.date(2026, 5, 2),
        None,
        None,
    )
    assert opening.line == 17


def test_its_title_above_the_decision_maker_is_its_one_minute() -> None:
    lines = _lines(PAGE)
    assert decision_title(lines, 2) == "Street Lighting Upgrade"
    assert decision_title(lines, 0) is None  # the page's heading
    assert decision_title(lines, 4) is None  # a field


def test_an_officers_decision_or_another_paper_names_no_meeting() -> None:
    officer = _lines(PAGE.replace("Decided at meeting: 02/05/2026 - Executive", ""))
    assert decision_page(officer) and decision_page_opening(officer) is None
    report = _lines("Subject: Street Lighting\n\nDecided at meeting: 02/05/2026 - Executive")
    assert not decision_page(report) and decision_page_opening(report) is None
    bad_date = _lines(PAGE.replace("02/05/2026 - Executive", "31/02/2026 - Executive"))
    assert decision_page_opening(bad_date) is None
    assert decision_title(_lines("Street Lighting\n\nDecision Maker: Executive"), 0) is None
