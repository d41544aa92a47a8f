"""A minute heading printed after the page's running footer on one line (invented)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_footer_glued import heading_after_footer
from minutebook.parsing.minute_headings import minute_headings

MINUTES = """\
Minutes of Proceedings

Present: Councillors Reid, Moss and Lowe

46 Apologies for absence

No apologies were received.

Planning Committee 1 Tuesday 9 May 2017 47 Public Question Time

There were no questions.

48 Minutes

The minutes of the meeting held on 4 April 2017 were presented.
"""


def test_the_heading_after_a_running_footer_heads_its_minute() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title, h.index) for h in headings] == [
        ("46", "Apologies for absence", 4),
        ("47", "Public Question Time", 8),
        ("48", "Minutes", 12),
    ]


def test_only_a_footer_with_a_date_then_a_numbered_capital_is_taken_off() -> None:
    assert heading_after_footer("Fenby Council 2 9 May 2017 5 Budget") == "5 Budget"
    assert heading_after_footer("Planning Committee 9 May 2017 12 objections") is None
    assert heading_after_footer("48 Minutes") is None
