"""Plain titles over paragraphs numbered through the body's year, every line between
blank lines as a converted web page leaves it (invented example)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

MINUTES = """\
Fenby Police and Crime Panel

12 March 2021 – at a meeting of the Panel held at 10.30 a.m. at Shire Hall, Fenby.

Present:

Ann Reid Wyke DC

Bob Moss Ashby BC

Cara Lowe Independent

Declarations of Interest

52. No member declared an interest in any item on the agenda.

Panel Member Personal Interest

Bob Moss Member of Ashby Safety Partnership

Minutes

53. Resolved – that the minutes of the meeting held on 8 January 2021 be approved.

Budget Monitoring

54. The Panel considered a report by the Commissioner on the budget.
"""


def test_titles_over_numbered_paragraphs_head_minutes() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title) for h in headings] == [
        ("52", "Declarations of Interest"),
        ("53", "Minutes"),
        ("54", "Budget Monitoring"),
    ]


def test_paragraphs_numbered_afresh_under_each_title_are_not_read_so() -> None:
    text = MINUTES.replace("53. Resolved", "1. Resolved").replace("54. The", "1. The")
    assert all(h.number is None for h in minute_headings(lines_of(text)))
