"""Minutes printed in a time / minute table: the margin's times and the column's
indentation taken off, so the headings open their lines."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.time_column import strip_time_column


def _lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, start=1)]


def test_the_time_margin_is_taken_off() -> None:
    lines = _lines(
        "PRESENT: Cllr A Bell",
        "",
        "Time        Minute",
        "",
        "10.00am     12.  APOLOGIES",
        "            Apologies were received from Cllr B Cole.",
        "            13.  MINUTES",
        "10.30 a.m.  14.  BUDGET",
        "            RESOLVED: That the budget be noted.",
        "",
        "Chair ..........",
        "            indented after the table",
    )
    kept, dropped = strip_time_column(lines)
    assert [line.text for line in kept] == [
        "PRESENT: Cllr A Bell",
        "",
        "",
        "12.  APOLOGIES",
        "Apologies were received from Cllr B Cole.",
        "13.  MINUTES",
        "14.  BUDGET",
        "RESOLVED: That the budget be noted.",
        "",
        "Chair ..........",
        "            indented after the table",
    ]
    assert [(f.line.number, f.rule) for f in dropped] == [(3, "time-column-header")]


def test_one_timed_line_is_no_table() -> None:
    """A single line opening with a time may be prose or a heading of its own: nothing
    changes without two timed headings at one column."""
    lines = _lines("7pm   1. Welcome", "      The Chair opened the meeting.")
    assert strip_time_column(lines) == (lines, [])


def test_the_quirk_fixture_reads_its_headings() -> None:
    """tests/fixtures/quirks/time-margin-column.txt: cleaned, the headings open their
    lines and the margin's times are gone."""
    from pathlib import Path

    from minutebook.parsing.cleaning import clean

    text = (Path(__file__).parent / "fixtures" / "quirks" / "time-margin-column.txt").read_text(
        "utf-8"
    )
    lines, furniture = clean(text)
    texts = [line.text for line in lines]
    assert "8.  MINUTES" in texts and "9.  COMMISSIONER'S ANNUAL REPORT" in texts
    assert [f.line.text for f in furniture if f.rule == "time-column-header"] == ["Note      Item"]
