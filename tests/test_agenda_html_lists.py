"""A web page's agenda built from ordered lists that restart at 1 (invented example)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_html_lists import html_lists


def _items(*texts: str) -> list[tuple[str, str, int]]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [(i.code, i.title.rstrip(":"), i.line) for i in part.items]


PAGE = (
    "AGENDA",
    "",
    "  1. Apologies for Absence",
    "  2. Declarations of Interest",
    "",
    "To receive any requests for a dispensation.",
    "",
    "  1. To approve the minutes of the meeting held on 3rd May 2016",
    "  2. Planning:",
    "    1. Applications Received: None.",
    "    2. To receive any update on the new houses in Mill Lane.",
    "    3. To receive any update on the letter from Fenby Homes.",
    "  3. Village Hall",
)


def test_each_list_numbers_from_one_and_nested_lists_are_no_items() -> None:
    assert _items(*PAGE) == [
        ("1", "Apologies for Absence", 3),
        ("2", "Declarations of Interest", 4),
        ("1", "To approve the minutes of the meeting held on 3rd May 2016", 8),
        ("2", "Planning", 9),
        ("3", "Village Hall", 13),
    ]


def test_a_list_that_never_restarts_is_left_alone() -> None:
    lines = [Line(k + 1, t) for k, t in enumerate(PAGE)]
    assert html_lists(lines[:4] + lines[8:]) is None


def test_lists_under_items_numbered_at_the_margin_are_their_parts() -> None:
    assert _items(
        "AGENDA",
        "  1. Apologies",
        "",
        "2.  Declaration of Interest",
        "",
        "  1. Requests for dispensations.",
        "  2. Any other declarations.",
        "",
        "3.  Public Participation",
        "",
        "  1. Report from the County Councillor;",
        "  2. Questions raised by residents.",
        "",
        "4.  Street Lighting",
    ) == [
        ("1", "Apologies", 2),
        ("2", "Declaration of Interest", 4),
        ("3", "Public Participation", 9),
        ("4", "Street Lighting", 14),
    ]
