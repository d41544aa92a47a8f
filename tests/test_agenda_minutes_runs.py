"""The minutes of several meetings lettered straight under the item that brings them."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_minutes_runs import minutes_sub_item


def _items(text: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout="agenda")
    parse_agenda(part, "inline", Diagnostics())
    return [(i.code, i.title, i.pages) for i in part.items]


def test_a_dated_meeting_under_a_minutes_item_is_a_minute() -> None:
    assert minutes_sub_item("Committee minutes", "Harbour Committee of 4 March 2025")
    assert minutes_sub_item("Minutes", "Note Minute of Meeting of Glenmore Council of 2 May 2025")
    assert minutes_sub_item("Reports", "Minute of the Ferries Board of 9 June 2025 for noting")


def test_a_sub_item_without_a_date_or_minutes_is_no_minute() -> None:
    assert not minutes_sub_item("Minutes", "Harbour Committee")
    assert not minutes_sub_item("Notices of Motion", "Village buses – moved on 4 March 2025")
    assert not minutes_sub_item("Minutes", "Minute of 4 March 2025 " + "and more " * 30)


def test_lettered_minutes_straight_under_their_item_are_items() -> None:
    """'(i)' minutes under 'Minutes' and '(a)' committees under 'Committee minutes' are
    items; a sibling after a sub-item read as an item stays one too."""
    assert _items(
        "1. Apologies\n"
        "2. Minutes\n"
        "(i) Minute of Meeting of the Harbour Committee of 4 March 2025 for approval\n"
        "(ii) Minute of Meeting of the Ferries Sub-Committee of 11 February 2025 for noting\n"
        "3 Committee minutes\n"
        "(a) Finance Committee of 20 March 2025\n"
        "(b) Audit Committee of 27 March 2025\n"
        "4. Glenmore Partnership\n"
        "(i) Minute of Meeting of 3 March 2025 for noting (Pages 9-12)\n"
        "(ii) Verbal Update by the Lead Officer\n"
        "5. Harbour Dues 2025\n"
    ) == [
        ("1", "Apologies", None),
        ("2", "Minutes", None),
        (
            "2(i)",
            "Minute of Meeting of the Harbour Committee of 4 March 2025 for approval",
            None,
        ),
        (
            "2(ii)",
            "Minute of Meeting of the Ferries Sub-Committee of 11 February 2025 for noting",
            None,
        ),
        ("3", "Committee minutes", None),
        ("3(a)", "Finance Committee of 20 March 2025", None),
        ("3(b)", "Audit Committee of 27 March 2025", None),
        ("4", "Glenmore Partnership", None),
        ("4(i)", "Minute of Meeting of 3 March 2025 for noting", "9 - 12"),
        ("4(ii)", "Verbal Update by the Lead Officer", None),
        ("5", "Harbour Dues 2025", None),
    ]


def test_motions_straight_under_their_item_stay_its_contents() -> None:
    assert _items(
        "1. Notices of Motion\n"
        "(a) Village buses – moved by Councillor Ana Brook\n"
        "(b) Harbour lights – moved by Councillor Tom Vale\n"
        "2. Questions\n"
    ) == [("1", "Notices of Motion", None), ("2", "Questions", None)]
