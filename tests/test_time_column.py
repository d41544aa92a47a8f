"""Minutes printed in a time / minute table: the margin's times and the column's
indentation taken off, so the headings open their lines."""

from __future__ import annotations

from pathlib import Path

from minutebook.model import Line
from minutebook.parsing.cleaning import clean
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.time_column import TIMED_HEADING, strip_time_column


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
    text = (Path(__file__).parent / "fixtures" / "quirks" / "time-margin-column.txt").read_text(
        "utf-8"
    )
    lines, furniture = clean(text)
    texts = [line.text for line in lines]
    assert "8.  MINUTES" in texts and "9.  COMMISSIONER'S ANNUAL REPORT" in texts
    assert [f.line.text for f in furniture if f.rule == "time-column-header"] == ["Note      Item"]


def test_times_in_figures_alone() -> None:
    """A fire authority's "10.00     1.  APOLOGIES": the time without am / pm. A centred
    page number further in than the column keeps the rest of its indent."""
    lines = _lines(
        "Present: Councillor A Pell (Chair), Councillor B Hussain",
        "",
        "Time      Item",
        "",
        "10.00     1.  APOLOGIES FOR ABSENCE",
        "",
        "          Apologies were received from Councillor C Hebden.",
        "",
        "          2.  DECLARATIONS OF INTEREST",
        "",
        "          None.",
        "",
        "2.15pm    3.  MINUTES",
        "",
        "          RESOLVED that the minutes be confirmed.",
        "                                    1",
    )
    kept, dropped = strip_time_column(lines)
    assert [line.text for line in kept] == [
        "Present: Councillor A Pell (Chair), Councillor B Hussain",
        "",
        "",
        "1.  APOLOGIES FOR ABSENCE",
        "",
        "Apologies were received from Councillor C Hebden.",
        "",
        "2.  DECLARATIONS OF INTEREST",
        "",
        "None.",
        "",
        "3.  MINUTES",
        "",
        "RESOLVED that the minutes be confirmed.",
        "                          1",
    ]
    assert [line.number for line in kept] == [1, 2, *range(4, 17)]  # numbers kept
    assert [f.line.text for f in dropped] == ["Time      Item"]


def test_what_reads_as_a_timed_heading() -> None:
    assert TIMED_HEADING.match("2pm       1.  ELECTION OF CHAIRMAN") is not None
    assert TIMED_HEADING.match("10.30 a.m.  14.  BUDGET") is not None
    assert TIMED_HEADING.match("10.10     3.  MINUTES") is not None
    assert TIMED_HEADING.match("2 members were present") is None
    assert TIMED_HEADING.match("10.00     Arrival and coffee") is None  # no number


def test_a_list_of_timings_is_no_table() -> None:
    """Times at the margin over no text in a wide column (a programme of timings, a
    log) are left as printed, as is a single timed line."""
    timings = _lines("10.00     3 crews attended", "10.30     2 crews attended", "Total 5")
    assert strip_time_column(timings) == (timings, [])
    assert strip_time_column(_lines("10.00  1. Minutes", "Text.")) == (
        _lines("10.00  1. Minutes", "Text."),
        [],
    )


def test_the_cleaned_table_reads_its_headings() -> None:
    """A "Note No. / Item" table cleaned: "10am  1.  TITLE" and the heading with an
    empty time cell both open their lines and read as minutes; a numbered paragraph in
    the column that does not continue the numbering stays a paragraph."""
    lines, _ = clean(
        "\n".join(
            [
                "Note No.  Item",
                "",
                "10am      1.  APOLOGIES",
                "",
                "          None were received.",
                "",
                "          2.  MINUTES OF THE LAST MEETING",
                "",
                "          1.  Members asked how the money would be spent.",
                "",
                "10.20 am  3.  PRECEPT 2019/20",
                "",
                "          RESOLVED that the precept be supported.",
            ]
        )
    )
    assert [(h.number, h.title) for h in minute_headings(lines)] == [
        ("1", "APOLOGIES"),
        ("2", "MINUTES OF THE LAST MEETING"),
        ("3", "PRECEPT 2019/20"),
    ]
