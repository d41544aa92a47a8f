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
