"""An item's own list run on after its title in a flattened parish agenda (invented)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_lettered_tails import run_on_list_head


def _items(*texts: str) -> list[tuple[str, str]]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [(i.code, i.title) for i in part.items]


def test_a_list_run_on_after_the_title_is_no_part_of_it() -> None:
    assert _items(
        "1. To receive apologies for absence.",
        "2. Council Committees – a) Play Area Committee met on 3rd May and agreed repairs to"
        " the swings. b) Finance Committee has not met. c) Website Group. No meeting.",
        "3. To consider requests for grants from the following: i) Fenby Scouts ii) Ashby"
        " Youth Club iii) Westmere Hospice.",
        "4) To receive reports from Members on outside bodies. a. School Governors b. Village"
        " Hall Committee c. anything else.",
        "5. To (a) confirm the register of interests and (b) invite declarations",
    ) == [
        ("1", "To receive apologies for absence."),
        ("2", "Council Committees"),
        ("3", "To consider requests for grants from the following"),
        ("4", "To receive reports from Members on outside bodies."),
        ("5", "To (a) confirm the register of interests and (b) invite declarations"),
    ]


def test_marks_out_of_order_are_no_list() -> None:
    assert run_on_list_head("6. Highways – a) Mill Lane c) Ford Road") is None
    assert run_on_list_head("7. Planning: a) 21/0042 Rose Cottage b) 21/0051 The Barn") == (
        "7. Planning"
    )
