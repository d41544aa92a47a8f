"""A bracketed reference to an earlier minute after an agenda item's title (invented)."""

from __future__ import annotations

from minutebook.parsing.agenda_items import coded_line
from minutebook.parsing.agenda_minute_references import without_minute_reference


def test_minute_reference_after_a_title_is_no_part_of_it() -> None:
    assert without_minute_reference("Car Park Charges (Min 212 4.3.05)") == "Car Park Charges"
    assert without_minute_reference("Play Area Fencing (F&GP Min 88 21.02.05).") == (
        "Play Area Fencing"
    )
    assert without_minute_reference("Allotments (Minute 45/2005 refers)") == "Allotments"
    assert without_minute_reference("Bus Shelters (see Min. 17)") == "Bus Shelters"


def test_other_brackets_stay() -> None:
    assert without_minute_reference("Minimum Wage (2005)") == "Minimum Wage (2005)"
    assert without_minute_reference("Parking (Mill Lane)") == "Parking (Mill Lane)"
    assert without_minute_reference("(Min 12)") == "(Min 12)"


def test_agenda_line_loses_the_reference() -> None:
    item = coded_line("9 Street Lighting – Fenby Close (Min 140 8.09.05)")
    assert item is not None
    assert (item.code, item.title) == ("9", "Street Lighting – Fenby Close")
