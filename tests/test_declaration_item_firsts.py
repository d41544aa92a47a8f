"""Declarations listed item first, the member last after a dash ("Item 7 Grants to local
groups – Councillor A Reed"), entries run together on one line too."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line, MinuteFacts, Part
from minutebook.parsing.declaration_item_firsts import item_first_members
from minutebook.parsing.declarations import read_declarations


def _names(text: str) -> list[str]:
    return [d.as_written for d in item_first_members(Line(9, text), "10")]


def test_entries_run_together_on_one_line() -> None:
    text = (
        "Item 12 of the Clerk's Report grant requests part 2 – Councillor R T Amble"
        " Item 12 of the Clerk's Report grant requests part 4 - Councillor D Vane"
    )
    assert _names(text) == ["Councillor R T Amble", "Councillor D Vane"]


def test_one_entry_its_stop_or_its_bracket_after_the_name() -> None:
    assert _names("Item 7 Grants to local groups – Cllr A Reed.") == ["Cllr A Reed"]
    assert _names("Minute 23/45 Allotments - Cllr Shaw") == ["Cllr Shaw"]
    assert _names("Agenda item 4b – Mrs J Tull (non-pecuniary)") == ["Mrs J Tull"]


def test_prose_after_a_dash_is_no_entry() -> None:
    assert _names("Item 6 was discussed at length - the Chair thanked Cllr Reed") == []
    assert _names("Members noted item 5 – Cllr Reed said he had none.") == []
    assert _names("Item 5 – Councillor A Frost – personal – member of the Trust") == []


def test_read_under_a_declarations_minute() -> None:
    part = Part(kind=DocumentKind.MINUTES, title="", lines=[], layout="minutes")
    minute = MinuteFacts(
        number="10", title="DECLARATIONS OF INTEREST", item_code=None, line=9, end_line=9
    )
    body = [Line(9, "Item 17 of the Clerk's Report part 2 – Councillor P Amble")]
    read_declarations(part, minute, body, "f.txt", Diagnostics())
    assert [(d.as_written, d.line, d.minute_number) for d in part.declarations] == [
        ("Councillor P Amble", 9, "10")
    ]
