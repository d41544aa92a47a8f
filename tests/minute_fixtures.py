"""The layout zoo of minutes: invented small minutes in tests/fixtures/minutes/, one per
variant of the genre, parsed as the minutes layout."""

from __future__ import annotations

from pathlib import Path

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.minutes import parse_minutes

ZOO = Path(__file__).parent / "fixtures" / "minutes"


def read_minutes(name: str) -> tuple[Part, Diagnostics]:
    """The fixture parsed as minutes, with the diagnostics it gave."""
    text = (ZOO / name).read_text(encoding="utf-8")
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    diagnostics = Diagnostics()
    parse_minutes(part, name, diagnostics)
    return part, diagnostics


def lines_of(text: str) -> list[Line]:
    """Inline text as numbered lines, the first line 1."""
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def attendance_of(text: str) -> list[tuple[AttendanceRole, str, str | None, int]]:
    """Inline minutes' attendance as (role, name as written, capacity, line)."""
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines_of(text), layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    return [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance]
