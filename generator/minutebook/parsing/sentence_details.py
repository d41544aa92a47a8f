"""A title's meeting with the time and place of the meeting sentence under it.

Many records head their first page with the body and the date alone ("WYEFORD COUNCIL
AUDIT AND GOVERNANCE COMMITTEE / FRIDAY, 24 JUNE 2011", "County Council / 14 July 2017")
and then open with the sentence that says where and when: "MINUTES of the meeting of
Audit and Governance Committee held at The Council Chamber, ... on Friday 24 June 2011 at
9.30 am". The title is read first and names the body (often more fully, with its
council); the sentence on the same day gives the time and the venue, and its line is where
the meeting is said. The reader returns None when the title gives a time or place itself,
or the sentence speaks of another day or comes first.
"""

from __future__ import annotations

from dataclasses import replace

from .openings import Opening


def with_sentence_details(title: Opening, sentence: Opening | None) -> Opening | None:
    """The title's opening with the sentence's time, venue and line, when the title names
    neither time nor venue and the sentence below it, of the same date, names either; a
    title naming its time but no venue ("Full Council / 28 Jul 2021 - 18:30") takes the
    venue of a sentence at the same hour (or none), its own line kept."""
    if sentence is None or title.venue or title.venue_blank:
        return None
    if sentence.line <= title.line or sentence.date != title.date:
        return None
    if title.time is not None:  # a committee system's title with its time: the place only
        same = sentence.time in (None, title.time)  # another hour: another sitting
        return replace(title, venue=sentence.venue) if sentence.venue and same else None
    if sentence.time is None and not sentence.venue:
        return None
    return replace(title, time=sentence.time, venue=sentence.venue, line=sentence.line)
