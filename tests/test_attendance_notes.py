"""A note under the attendance lists, and a label run on after it (invented minutes in
the genre's layout)."""

from __future__ import annotations

from pathlib import Path

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Part
from minutebook.parsing.attendance import group_line


def test_a_note_under_the_lists_is_no_group_and_the_label_after_it_reads() -> None:
    from minutebook.parsing.cleaning import clean
    from minutebook.parsing.minutes import parse_minutes

    text = (Path(__file__).parent / "fixtures" / "quirks" / "label-after-note.txt").read_text()
    lines, _ = clean(text)
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    assert [(f.role.value, f.as_written, f.capacity) for f in part.attendance] == [
        ("present", "Mr A Reid", None),
        ("present", "Mr B Moss", None),
        ("present", "Capt C Lowe", None),
        ("apologies", "Mrs D Pym", None),
        ("in_attendance", "Mrs E Hale", "Harbour Master"),
        ("in_attendance", "Mr F Dunn", None),
    ]


def test_a_notes_label_heads_no_group() -> None:
    assert group_line("NOTE: As the Chair was absent, Mr B Moss chaired.") is None
    assert group_line("N.B.: Mr A Reid left at 8pm") is None
    assert group_line("Kent Police: Mr A Reid") == ("Kent Police", "Mr A Reid")
