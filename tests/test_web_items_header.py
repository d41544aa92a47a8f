"""A committee system's page reads its meeting above its "No. Item" header, never from a
minute's title under it that names the meeting whose minutes it confirms."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line, Part
from minutebook.parsing.minutes import parse_minutes
from minutebook.parsing.web_items_header import header_lines


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


PAGE = (
    "Venue: Orchard Room, Fenmoor House\n\nContact: Ann Reid\n\nNo. Item\n\n\n"
    "Election of Chair\n\n\nRESOLVED that Councillor Alder be elected Chair.\n\n\n"
    "Authority Budget Meeting 19 February 2021 pdf icon PDF 731 KB\n\n\n"
    "RESOLVED that the Minutes of the budget meeting be signed as a correct record.\n"
)


def test_the_header_is_above_the_items_table() -> None:
    lines = _lines(PAGE)
    assert [ln.text for ln in header_lines(lines) if ln.text] == [
        "Venue: Orchard Room, Fenmoor House",
        "Contact: Ann Reid",
    ]
    assert header_lines(_lines("Present: Cllr A Bell\n")) == _lines("Present: Cllr A Bell\n")


def test_a_minutes_title_naming_a_meeting_is_not_the_pages_meeting() -> None:
    part = Part(kind=DocumentKind.OTHER, title="", lines=_lines(PAGE), layout="minutes")
    parse_minutes(part, "page.txt", Diagnostics())
    assert part.meeting is None or part.meeting.line < 7
