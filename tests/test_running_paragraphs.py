"""Plain titles over paragraphs numbered through the meeting (running_paragraphs)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.running_paragraphs import titles_over_running_paragraphs

RUNNING = """PRESENT
Ann Reid (Convener)      Bill Shaw

Apologies and Welcome
1. The Convener welcomed everyone to Braemoor.

Minutes of the Previous Meeting
2. Approved as a true record.

Loch Access Strategy (Paper 1)
3. The Director introduced the paper.
4. The Board agreed to consult on it.

Date of Next Meeting
5. Friday 4 March at the Board's offices.
"""

RESTARTING = """Apologies
1. Apologies were received from Bill Shaw.

Minutes
1. The minutes were approved.

Budget
1. The Treasurer introduced the report.
"""


def lines_of(text: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(text.splitlines())]


def test_titles_over_running_paragraphs_head_the_minutes() -> None:
    headings = minute_headings(lines_of(RUNNING))
    assert [(h.number, h.title) for h in headings] == [
        (None, "Apologies and Welcome"),
        (None, "Minutes of the Previous Meeting"),
        (None, "Loch Access Strategy (Paper 1)"),
        (None, "Date of Next Meeting"),
    ]


def test_paragraph_numbers_that_restart_are_not_running() -> None:
    assert titles_over_running_paragraphs(lines_of(RESTARTING)) == []
