"""Unnumbered minutes titled by the meeting whose minutes or report they take, however
long ("Reports of the meetings of the X Sub Committee held on D and D"): invented example,
`parsing.minute_headings.MINUTES_TITLE`."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.parsing.minute_headings import minutes_title

RECORD = """\
At a meeting of the LICENSING COMMITTEE held in ROOM 4 on MONDAY 2ND JUNE, 2014 at 6.00 p.m.

Present:-

Councillor Reid in the Chair.

Councillors Moss, Lowe and Pym.

Declarations of Interest

There were no declarations of interest made.

Apologies for Absence

Apologies for absence were received from Councillor Hart.

Minutes of the previous meeting of the Committee held on 6th May, 2014.

1. RESOLVED that the minutes be confirmed and signed as a correct record.

Reports of the meetings of the Licensing (Taxis) Sub Committee held on 9th and 23rd May, 2014

The reports (copies circulated) were submitted.

2. RESOLVED that the reports be noted.
"""


def test_titles_naming_the_meeting_head_their_minutes() -> None:
    part = parse_text(RECORD)
    assert [m.title for m in part.minutes] == [
        "Declarations of Interest",
        "Apologies for Absence",
        "Minutes of the previous meeting of the Committee held on 6th May, 2014.",
        "Reports of the meetings of the Licensing (Taxis) Sub Committee held on 9th and 23rd"
        " May, 2014",
    ]
    assert [m.resolution for m in part.minutes][2:] == [
        "RESOLVED that the minutes be confirmed and signed as a correct record.",
        "RESOLVED that the reports be noted.",
    ]


def test_a_sentence_confirming_the_minutes_is_no_title() -> None:
    assert not minutes_title("Minutes of the meeting of the Committee held on 6 May were approved.")
    assert minutes_title("Report of the meeting of the Finance Sub Committee held on 4 May 2014")
