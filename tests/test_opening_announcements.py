"""A notice sent as a letter whose first line is the announcement, "A meeting of the X will
take place in V on D at T.", with no title above: the agenda opens at that line."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.opening_announcements import opening_announcement
from minutebook.parsing.splitting import split

ANNOUNCEMENT = (
    "A meeting of the Lochside Licensing Board will take place in the Board Room, Town House,"
    " Kilmory on Monday, 4 October 2021 at 11.00 am."
)

LETTER = (
    ANNOUNCEMENT
    + """

You are invited to attend the meeting.

Yours faithfully,

Clerk to the Board

1. Apologies for Absence

2. Minutes of the Previous Meeting
"""
)


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_the_announcement_opens_the_agenda() -> None:
    parts = split(_lines(LETTER))
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.AGENDA, 1)]


def test_a_title_above_means_the_title_opens_the_paper() -> None:
    lines = _lines("LOCHSIDE LICENSING BOARD\n\n" + LETTER)
    assert opening_announcement(lines, 2) is False


def test_without_a_letter_close_the_sentence_opens_nothing() -> None:
    text = "A meeting of the working group will take place in May.\n\n1. Background\n"
    assert opening_announcement(_lines(text), 0) is False


def test_a_past_meeting_is_no_announcement() -> None:
    text = LETTER.replace("will take place", "took place")
    assert opening_announcement(_lines(text), 0) is False
