"""The purpose column of a board's agenda flattened onto each item's title (invented
examples)."""

from __future__ import annotations

from minutebook.model import AgendaItemFacts
from minutebook.parsing.agenda_purposes import without_purposes


def _items(*titles: str) -> list[AgendaItemFacts]:
    return [
        AgendaItemFacts(section=None, code=str(n), title=t, pages=None, line=n)
        for n, t in enumerate(titles, start=1)
    ]


def _titles(items: list[AgendaItemFacts]) -> list[str]:
    return [i.title for i in items]


def test_a_purpose_column_is_dropped_from_the_titles() -> None:
    items = _items(
        "Apologies for Absence",
        "Minute of the Board meeting held on 4 March 2025 For Approval",
        "Matters Arising from the Minutes Seek Assurance",
        "Chief Executive Report For Noting",
        "Capital Plan 2025-26 For decision",
        "Any Other Business",
    )
    without_purposes(items)
    assert _titles(items) == [
        "Apologies for Absence",
        "Minute of the Board meeting held on 4 March 2025",
        "Matters Arising from the Minutes",
        "Chief Executive Report",
        "Capital Plan 2025-26",
        "Any Other Business",
    ]


def test_a_presenters_note_after_the_purpose_goes_with_it() -> None:
    items = _items(
        "Waiting Times Report Seek Assurance (Paper presented by Mrs Ann Hollis, Director)",
        "Staff Survey Results Seek Assurance (Presentation provided by Mr Tom Reid)",
        "Estates Strategy FOR INFORMATION",
    )
    without_purposes(items)
    assert _titles(items) == ["Waiting Times Report", "Staff Survey Results", "Estates Strategy"]


def test_a_purpose_inside_a_wrapped_title_is_dropped() -> None:
    items = _items(
        "Minutes of the last meeting For Approval",
        "Preparation of the Westmere Winter For Decision Plan 2025",
        "Risk Register For Assurance",
    )
    without_purposes(items)
    assert _titles(items)[1] == "Preparation of the Westmere Winter Plan 2025"


def test_without_a_purpose_column_titles_stay_whole() -> None:
    titles = (
        "Apologies for Absence",
        "Minutes of the last meeting",
        "Request for Information",
        "Budget Monitoring Report for Noting",
        "Treasury Strategy",
        "Date of Next Meeting",
    )
    items = _items(*titles)
    without_purposes(items)
    assert _titles(items) == list(titles)


def test_a_purposes_own_heading_stays_whole() -> None:
    titles = ("Items for Decision", "Matters for Noting", "Reports for Information")
    items = _items(*titles)
    without_purposes(items)
    assert _titles(items) == list(titles)


def test_a_titles_own_lower_case_purpose_stays_whole() -> None:
    titles = (
        "Minute of Meeting of the Parks Committee of 3 March 2025 for approval and signature",
        "Minute of Meeting of the Roads Sub-Committee of 12 February 2025 for noting",
        "Minute of Meeting of the Schools Sub-Committee of 19 February 2025 for noting",
    )
    items = _items(*titles)
    without_purposes(items)
    assert _titles(items) == list(titles)
