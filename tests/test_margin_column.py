"""Minutes printed with the time of each item in a left margin column
(minutebook.parsing.margin_column)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.margin_column import margin_column, without_margin_column

TIMED = [
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
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_the_margin_taken_off() -> None:
    out = without_margin_column(_lines(TIMED))
    assert out is not None
    assert [li.text for li in out] == [
        "Present: Councillor A Pell (Chair), Councillor B Hussain",
        "",
        "",  # the columns' header
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
        "                          1",  # a centred page number stays off the margin
    ]
    assert [li.number for li in out] == list(range(1, len(TIMED) + 1))


def test_no_margin_without_times_or_an_indented_column() -> None:
    # one time only: a paragraph that happens to open with one
    once = [t for t in TIMED if not t.startswith("2.15pm")]
    assert margin_column(_lines(once)) is None
    # times, but the text at the margin: a list of timings, not a margin column
    at_margin = ["10.00     Arrival", "10.30     Site visit", *[f"Line {k}" for k in range(9)]]
    assert without_margin_column(_lines(at_margin)) is None
    assert margin_column(_lines(["10.00  1. Minutes"])) is None
