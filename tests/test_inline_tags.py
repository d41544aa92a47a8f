"""Emphasis tags round words and a break closing each line are markup, not words."""

from __future__ import annotations

from pathlib import Path

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing import parse_document
from minutebook.parsing.cleaning import clean
from minutebook.parsing.inline_tags import strip_inline_tags, without_inline_tags
from minutebook.parsing.reading import SourceText

QUIRK = Path(__file__).parent / "fixtures" / "quirks" / "inline-tags-and-breaks.txt"


def test_emphasis_tags_go_where_they_stand_and_the_words_stay() -> None:
    assert without_inline_tags("<strong>Mr</strong> <strong>Alan</strong> Marsh,") == (
        "Mr Alan Marsh,"
    )
    assert without_inline_tags("<strong>Mr</strong>s Joan Fell") == "Mrs Joan Fell"
    assert without_inline_tags("<b>Vice</b>-<em>Chair</em>") == "Vice-Chair"
    assert without_inline_tags('<span class="x">1. APOLOGIES</span><br />') == "1. APOLOGIES"


def test_other_markup_and_a_break_inside_a_line_stay() -> None:
    assert without_inline_tags("No tags here") is None
    assert without_inline_tags("<td>Members:</td>") is None
    assert without_inline_tags("Item 1<br>Item 2") is None
    assert without_inline_tags("<p>Item 1</p>") is None


def test_every_line_keeps_its_number() -> None:
    lines = [Line(1, "<strong>PRESENT</strong>:<br />"), Line(2, ""), Line(3, "Mr A Marsh")]
    out, furniture = strip_inline_tags(lines)
    assert [(x.number, x.text) for x in out] == [(1, "PRESENT:"), (2, ""), (3, "Mr A Marsh")]
    assert furniture == []


def test_a_paper_stored_with_its_tags_reads_its_meeting_and_attendance() -> None:
    """Each line closed by "<br />" and a blank line after it, as the host stored it: the
    opening sentence goes on across the blank in small letters, and the names read
    through their tags."""
    text = QUIRK.read_text("utf-8")
    assert not any("<" in line.text for line in clean(text)[0])
    document = parse_document(SourceText(file="f.txt", sha256="0", text=text), Diagnostics())
    (part,) = document.parts
    assert part.meeting is not None
    assert (part.meeting.body_name, str(part.meeting.date)) == (
        "FENBRIDGE HARBOUR BOARD",
        "2014-03-03",
    )
    assert part.meeting.venue == "harbour office, 4 quay street, fenbridge"
    assert [(a.role.value, a.as_written) for a in part.attendance] == [
        ("present", "Mr Alan Marsh"),
        ("present", "Mrs Joan Fell"),
        ("present", "Dr Peter Quayle"),
        ("apologies", "Mr Owen Tarrant"),
    ]
    assert [(m.number, m.title) for m in part.minutes] == [("1", "APOLOGIES"), ("2", "MINUTES")]
