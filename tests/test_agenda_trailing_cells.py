"""The later cells of an agenda's table (lead's initials, paper's reference or state)
flattened onto the end of each item's title (invented examples)."""

from __future__ import annotations

from minutebook.model import AgendaItemFacts
from minutebook.parsing.agenda_trailing_cells import without_trailing_cells


def _items(*titles: str) -> list[AgendaItemFacts]:
    return [
        AgendaItemFacts(section=None, code=f"1.{n}", title=t, pages=None, line=n)
        for n, t in enumerate(titles, start=1)
    ]


def _titles(items: list[AgendaItemFacts]) -> list[str]:
    return [i.title for i in items]


def test_a_lead_column_with_its_key_mark_is_dropped() -> None:
    items = _items(
        "Minutes of the Board Meeting held on 3 March 2021 KT *",
        "Rolling Action Note KT *",
        "Waiting Times Report RMcL *",
        "Estates Strategy 2021-26 RMcL #",
        "Winter Plan DW",
    )
    without_trailing_cells(items)
    assert _titles(items) == [
        "Minutes of the Board Meeting held on 3 March 2021",
        "Rolling Action Note",
        "Waiting Times Report",
        "Estates Strategy 2021-26",
        "Winter Plan",
    ]


def test_a_lead_cell_inside_a_wrapped_title_is_dropped() -> None:
    items = _items(
        "Rolling Action Note KT *",
        "Waiting Times Report RMcL *",
        "Finance Committee - Minutes of 4 & 18 KT * February 2021",
        "Winter Plan KT",
    )
    without_trailing_cells(items)
    assert _titles(items)[2] == "Finance Committee - Minutes of 4 & 18 February 2021"


def test_a_paper_column_is_dropped() -> None:
    items = _items(
        "Approval of Minutes Attached",
        "Chief Executive’s Report HB(2021)7.1",
        "Harbour Dredging Programme HB(2021)7.2",
        "Audit Committee (12 May meeting) Attached",
        "Any Other Business",
    )
    without_trailing_cells(items)
    assert _titles(items) == [
        "Approval of Minutes",
        "Chief Executive’s Report",
        "Harbour Dredging Programme",
        "Audit Committee (12 May meeting)",
        "Any Other Business",
    ]


def test_acronyms_ending_titles_stay() -> None:
    items = _items(
        "Update from the CCG",
        "Annual Report of the LGA",
        "Budget Monitoring HRA",
        "Review of SEND",
    )
    without_trailing_cells(items)
    assert _titles(items)[0] == "Update from the CCG"
    assert _titles(items)[2] == "Budget Monitoring HRA"


def test_initials_no_lead_repeats_stay() -> None:
    items = _items("Schools Budget DSG", "Bus Services Grant BSOG", "Parking Review PCN", "Housing")
    without_trailing_cells(items)
    assert _titles(items)[0] == "Schools Budget DSG"


def test_a_lone_cell_shows_no_column() -> None:
    items = _items("Minutes of the last meeting", "Leisure Review Attached", "Finance", "Planning")
    without_trailing_cells(items)
    assert _titles(items)[1] == "Leisure Review Attached"


def test_a_report_reference_column_is_dropped_also_inside_a_wrap() -> None:
    items = _items(
        "APOLOGIES DC41- 2023",
        "MINUTES DC42- 2023",
        "REVIEW OF POLLING DC43- 2023 DISTRICTS",
        "HARBOUR DREDGING",
    )
    without_trailing_cells(items)
    assert _titles(items) == [
        "APOLOGIES",
        "MINUTES",
        "REVIEW OF POLLING DISTRICTS",
        "HARBOUR DREDGING",
    ]


def test_a_partnership_reference_after_a_dash_is_dropped() -> None:
    items = _items(
        "Chief Officer's Report - IJB.23.041",
        "Budget Monitoring - IJB.23.042",
        "Carers Strategy - IJB.23.043",
    )
    without_trailing_cells(items)
    assert _titles(items) == ["Chief Officer's Report", "Budget Monitoring", "Carers Strategy"]


def test_a_lone_reference_or_a_titles_years_stay() -> None:
    titles = ["Plan for Ward A12- 2023", "Minutes", "Budget", "Review 2019-2023"]
    items = _items(*titles)
    without_trailing_cells(items)
    assert _titles(items) == titles
