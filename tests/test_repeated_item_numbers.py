"""A meeting details page whose minutes are numbered as its items: "2 Declarations of
Interest", the item's agenda text, then "2" alone over the minute. The repeated number
shows the minute is that item's, even when the page's date line was cut off."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings


def _lines(*texts: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(texts)]


def test_the_repeated_number_cites_the_item() -> None:
    lines = _lines(
        "Minutes of the meeting of the Licensing Committee held on 11 March 2025",
        "",
        "1 Apologies for Absence",
        "1",
        "Apologies were received from Councillor Penhale.",
        "2 Declarations of Interest",
        "",
        "Members are invited to declare any interests.",
        "",
        "2",
        "None were made.",
    )
    found = minute_headings(lines)
    assert [(h.index, h.number, h.item_code) for h in found] == [(2, "1", "1"), (5, "2", "2")]


def test_numbers_not_repeated_cite_no_item() -> None:
    lines = _lines(
        "Minutes of the meeting of the Licensing Committee held on 11 March 2025",
        "",
        "1 Apologies for Absence",
        "Apologies were received from Councillor Penhale.",
        "2 Declarations of Interest",
        "None were made.",
    )
    assert [h.item_code for h in minute_headings(lines)] == [None, None]
