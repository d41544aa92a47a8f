"""An item's numbered sub-items run on after its title's full stop (invented examples)."""

from __future__ import annotations

from conftest import QUIRKS
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.cleaning import clean
from minutebook.parsing.glued_sub_numbers import split_glued_sub_numbers


def _texts(*texts: str) -> list[tuple[int, str]]:
    out, furniture = split_glued_sub_numbers([Line(k + 1, t) for k, t in enumerate(texts)])
    assert furniture == []
    return [(line.number, line.text) for line in out]


def test_sub_items_after_the_titles_stop_go_on_lines_of_their_own() -> None:
    assert _texts("2. Interests. 2.1 By Members. 2.2 Dispensations.") == [
        (1, "2. Interests."),
        (1, "2.1 By Members."),
        (1, "2.2 Dispensations."),
    ]


def test_the_next_sub_item_after_a_sentence_wrapped_onto_a_later_line() -> None:
    assert _texts("3. Minutes. 3.1 To approve the minutes of 13 April", "2026. 3.2 To note") == [
        (1, "3. Minutes."),
        (1, "3.1 To approve the minutes of 13 April"),
        (2, "2026."),
        (2, "3.2 To note"),
    ]


def test_another_items_number_one_out_of_order_or_no_stop_before_it_stays() -> None:
    lines = (
        "4. Planning. 5.1 Hedges.",  # not item 4's
        "6. Budget. 6.2 Reserves.",  # no 6.1 before it
        "7. Roads as at paragraph 7.1 Above",  # no stop before it
    )
    assert _texts(*lines) == [(k + 1, text) for k, text in enumerate(lines)]


def _items(text: str) -> list[tuple[str, str]]:
    lines, _ = clean(text)
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [(i.code, i.title.rstrip(".")) for i in part.items]


def test_a_parish_agendas_items_sub_items_titles_and_no_address() -> None:
    items = _items((QUIRKS / "glued-sub-number.txt").read_text(encoding="utf-8"))
    assert items == [
        ("1", "Chair's welcome"),
        ("2", "Declarations of Interests"),
        ("2.1", "Declarations by Members"),
        ("2.2", "Requests for dispensations"),
        ("3", "Minutes"),
        ("3.1", "To approve the minutes of the meeting held on 13th April 2026"),
        ("3.2", "To note the actions taken by the Clerk since that meeting"),
        ("4", "Planning"),
        ("4.1", "Applications received"),
        ("4.2", "Neighbourhood Plan"),
        ("5", "Allotments"),
    ]
