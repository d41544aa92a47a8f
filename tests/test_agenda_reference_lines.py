"""Lines under "Matters arising" citing the last agenda's items ("Item 9 Footpath update")
are no items of this agenda."""

from __future__ import annotations

from minute_fixtures import agenda_items_of
from minutebook.parsing.agenda_reference_lines import cites_another_agenda


def test_the_last_agendas_items_under_matters_arising_are_no_items() -> None:
    text = (
        "AGENDA\n"
        "1. Apologies for absence\n"
        "2. Matters arising from the minutes;\n"
        "Item 5 Bus shelter repairs, update JB\n"
        "Item 8 Allotment lease, update Clerk\n"
        "3. Planning applications\n"
        "4. Finance\n"
    )
    assert agenda_items_of(text) == [
        ("1", "Apologies for absence"),
        ("2", "Matters arising from the minutes"),
        ("3", "Planning applications"),
        ("4", "Finance"),
    ]


def test_an_agenda_numbered_item_by_item_keeps_its_items() -> None:
    text = "AGENDA\nItem 1 Apologies for absence\nItem 2 Minutes\nItem 4 Finance\n"
    assert [code for code, _ in agenda_items_of(text)] == ["1", "2", "4"]
    assert not cites_another_agenda("Item 3 Planning", "3", False, "3")
    assert not cites_another_agenda("3. Planning", "3", False, "5")
    assert cites_another_agenda("Item 9 Footpath", "9", False, "3")
