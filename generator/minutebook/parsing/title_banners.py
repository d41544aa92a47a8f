"""A few heading lines above a paper's recognised opening: its own title, not a paper.

A site's page or a pack's cover prints a banner over the minutes' own opening: the
meeting's short name ("AGM Council", "Convention Item 03"), the organisation, a line of
the body's remit or the date ("LUNE COMMITTEE" / "2.00 p.m. Tuesday 4 May 2021") and then
"MINUTES of the meeting ...". Read as a part of its own the banner becomes an "other"
paper and the minutes start lines late. A handful of short lines that neither record nor
set out business (`content_kind`), name no report and open with a heading (not a
sentence) belong to the paper below. A site's heading that lists the papers it publishes
("Agendas, reports and minutes") names no report.
"""

from __future__ import annotations

import re

from ..model import DocumentKind, Line
from .content_kind import kind_by_content

#: one kind of paper a site's heading lists
PAPER_WORD = r"(?:agendas?|reports?|minutes|papers|decisions|meetings?)"
#: a site's heading naming the papers it publishes ("Agendas, reports and minutes",
#: "Meeting agendas, reports and minutes"), no report's title
PAPERS_HEADING = re.compile(
    rf"(?:(?:council|committee|meeting)\s)?{PAPER_WORD}"
    rf"(?:\s?(?:,|and|&)\s?(?:and\s)?{PAPER_WORD}){{1,4}}",
    re.IGNORECASE,
)
#: Most non-blank lines a banner holds
MAX_BANNER_LINES = 5
#: Longest banner line (a longer one is a paragraph)
MAX_BANNER_CHARS = 150


def title_banner(lines: list[Line], kind: DocumentKind) -> bool:
    """Whether the lines above a file's first paper, a record, are a short banner of
    headings (over an agenda, "Signed" / "Chairman" end the paper before it)."""
    if kind is not DocumentKind.MINUTES:
        return False
    texts = [line.text.strip() for line in lines if line.text.strip()]
    if not texts or len(texts) > MAX_BANNER_LINES or texts[0].endswith("."):
        return False  # a banner opens with a heading; "Item 2 was deferred." is a sentence
    if any(len(t) > MAX_BANNER_CHARS for t in texts) or any(
        "report" in t.lower() and not PAPERS_HEADING.fullmatch(t) for t in texts
    ):
        return False
    return kind_by_content(lines) is None
