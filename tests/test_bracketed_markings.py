"""A classification in square brackets glued to a record's line is furniture: taken off,
kept with its line's number, the record's words read as printed."""

from __future__ import annotations

from pathlib import Path

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing import parse_document
from minutebook.parsing.bracketed_markings import (
    strip_bracketed_markings,
    without_bracketed_marking,
)
from minutebook.parsing.reading import SourceText

QUIRK = Path(__file__).parent / "fixtures" / "quirks" / "bracketed-marking-in-text.txt"


def test_a_marking_before_or_after_the_text_is_taken_off() -> None:
    assert without_bracketed_marking("[NOT PROTECTIVELY MARKED] Meeting of the Council") == (
        "Meeting of the Council",
        "[NOT PROTECTIVELY MARKED]",
    )
    assert without_bracketed_marking("opened with Prayers [OFFICIAL - SENSITIVE]") == (
        "opened with Prayers",
        "[OFFICIAL - SENSITIVE]",
    )
    assert without_bracketed_marking("  the [Official] report") == ("  the report", "[Official]")


def test_other_brackets_and_a_marking_alone_stay() -> None:
    assert without_bracketed_marking("[OFFICIAL]") is None  # alone: the headers' rules
    assert without_bracketed_marking("7. Budget Monitoring [Public]") is None  # the part
    assert without_bracketed_marking("See note [1] above") is None
    assert without_bracketed_marking("No brackets") is None


def test_the_marking_is_kept_as_furniture_with_its_line() -> None:
    lines = [Line(1, "[OFFICIAL] Minutes of the Board"), Line(2, "Present:")]
    out, furniture = strip_bracketed_markings(lines)
    assert [(x.number, x.text) for x in out] == [(1, "Minutes of the Board"), (2, "Present:")]
    assert [(f.line.number, f.line.text, f.rule) for f in furniture] == [
        (1, "[OFFICIAL]", "bracketed-marking")
    ]


def test_minutes_under_a_bracketed_marking_read_their_meeting_and_minutes() -> None:
    text = QUIRK.read_text("utf-8")
    document = parse_document(SourceText(file="f.txt", sha256="0", text=text), Diagnostics())
    (part,) = document.parts
    assert part.kind.value == "minutes"
    assert part.meeting is not None
    assert (part.meeting.body_name, str(part.meeting.date)) == ("Council", "2019-05-14")
    assert [(m.number, m.title) for m in part.minutes] == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of previous meeting"),
    ]
