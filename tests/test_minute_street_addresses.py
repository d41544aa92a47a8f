"""A venue's street address under a record's date ("91 Mill Road, Fenby, FE1 2AB") is no
minute numbered 91, which would stop the minutes' own numbering being read."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings


def _lines(texts: tuple[str, ...]) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, 1)]


def test_a_venue_s_street_address_under_the_date_heads_no_minute() -> None:
    texts = (
        "MINUTES OF THE FULL BOARD MEETING",
        "MONDAY 13th MAY 2026",
        "91 Mill Road, Fenby, FE1 2AB",
        "PRESENT: Mr A Reid (Chairman), Mr B Moss",
        "49 Welcome and Apologies",
        "49.1 The Chairman welcomed members.",
        "50 Declarations of Interest",
        "50.1 None were made.",
        "51 5 26/0101/FUL - Mill Barn, Fenby, FE1 2AB",
        "51.1 No objection.",
    )
    found = [(h.number, h.title) for h in minute_headings(_lines(texts))]
    assert ("91", "Mill Road, Fenby, FE1 2AB") not in found
    assert [number for number, _ in found][:3] == ["49", "50", "51"]
