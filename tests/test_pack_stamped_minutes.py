"""Minutes enclosed in an agenda pack under its "Agenda Item 2" stamp."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.splitting import detect_dated_title


def test_a_pack_stamp_over_enclosed_minutes_says_nothing_of_their_kind() -> None:
    lines = [
        Line(1, "                 Agenda Item 2"),
        Line(2, "        ASHBY FIRE AND RESCUE AUTHORITY"),
        Line(3, ""),
        Line(4, "              AUDIT COMMITTEE"),
        Line(5, ""),
        Line(6, "                8 July 2025"),
        Line(7, ""),
        Line(8, "Present:-"),
    ]
    start = detect_dated_title(lines, 5)
    assert start is not None and start.kind is DocumentKind.MINUTES and start.index == 0
