"""Lines that cite another meeting (an agenda's "To approve ... the minutes of the meeting
held on D", a decision "RESOLVED that the minutes of ...", "Minutes of the Previous
Meeting") never open a paper (invented bodies, people and places)."""

from __future__ import annotations

import pytest

from minutebook.model import DocumentKind, Line
from minutebook.parsing.meeting_citations import cites_a_meeting
from minutebook.parsing.splitting import split


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


@pytest.mark.parametrize(
    "text",
    [
        "To approve and sign as a correct record the minutes of the meeting held on",
        "2  To confirm the minutes of the meeting of the Panel held on 3 May 2022",
        "TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON THE 26TH JULY 2019",
        "RESOLVED that the minutes of the Audit Panel held on 4 June 2021 be approved",
        "It was agreed that the minutes of the meeting held on",
        "That the minutes of the meeting held on 9 March 2020 be signed",
        "Minutes of the Previous Meeting held on 12 October 2023",
        "the minutes of the last meeting of the Board held on",
        "The Minutes of the Licensing Sub- Committee Meetings held on:",
        "minutes of the Area Planning Meetings of the Council",
    ],
)
def test_a_citation_of_another_meeting_is_recognised(text: str) -> None:
    assert cites_a_meeting(text)


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of the meeting of the Harrowfield Licensing Panel held on 9 June 2021",
        "MINUTES of a meeting of the Fenmoor Fire Authority held at Moot Hall on 2 May 2022",
        "AGREED MINUTES OF THE CABINET MEETING HELD ON 14 MARCH 2023",
        "Tolworth Police and Crime Panel",
        "To Members of the Planning Committee",  # a letter's addressees, no meeting cited
        "Minutes of the Joint Meeting of the Tarnwick and Eskby Boards held on 3 May 2021",
    ],
)
def test_an_opening_cites_no_meeting(text: str) -> None:
    assert not cites_a_meeting(text)


AGENDA = """Public Document Pack
Wendlebury Council

Agenda

Highways Select Committee

Place:      Teal Room, Shire Hall, Wendlebury WB2 4PQ
Date:       Tuesday 4 March 2025
Time:       10.30 am

1         Apologies

2         Minutes of the Previous Meeting (Pages 3 - 10)

          To approve and sign as a correct record the minutes of the meeting held on
          14 January 2025.

3         Declarations of Interest

4         Road Safety Review
"""


def test_an_agenda_item_citing_earlier_minutes_opens_no_paper() -> None:
    parts = split(_lines(AGENDA))
    assert [p.kind for p in parts] == [DocumentKind.AGENDA]


RECORD = """Wendlebury Council

Minutes of the meeting held on
14 January 2025

Present: Councillor A Pemberton (Chairman), Councillor R Lyle

1. Apologies

Apologies were received from Councillor T Marsh.
"""


def test_a_titled_record_dated_on_the_next_line_still_opens() -> None:
    parts = split(_lines(RECORD))
    assert [p.kind for p in parts] == [DocumentKind.MINUTES]


STAMPED = """                                                        Item 2
MINUTES of the meeting of the Brackwater Police and Crime Panel held at
10.30 am on 15 September 2020 as a REMOTE MEETING.

Present:

Councillor Hilda Rawnsley (Chairman)
"""


def test_a_bare_item_stamp_over_a_record_belongs_to_it() -> None:
    parts = split(_lines(STAMPED))
    assert [(p.kind, p.lines[0].number) for p in parts] == [(DocumentKind.MINUTES, 1)]


def test_an_item_line_with_text_is_no_stamp() -> None:
    parts = split(_lines("Item 2 was deferred to a later meeting.\n\n" + STAMPED))
    assert [p.kind for p in parts][-1] is DocumentKind.MINUTES
    assert len(parts) == 2


SEVERAL = """Harrowfield Council

Minutes of the meeting held on
14 January 2025

Present: Councillor A Pemberton (Chairman), Councillor R Lyle, Councillor T Marsh,
Councillor B Okafor and Councillor D Whitlow.

Officers Present: Mary Fenn and Paul Drury.

Apologies: Councillor G Hale.

101

election of chairman

RESOLVED:

(1) That Councillor A Pemberton be elected Chairman for the year.

(2) That the Committee's thanks to the outgoing Chairman be recorded.

(3) That the Vice-Chairman be elected at the next meeting.

102

minutes

The Minutes of the meeting held on 2 December 2024 (Minute Nos. 90 - 95) were taken
as read, approved and signed by the Chairman as a correct record.

The Minutes of the Planning Sub- Committee Meetings held on:

3rd October 2024 (Minute Nos. 101 - 104)
9th November 2024 (Minute Nos. 120 - 123)

were taken as read.
"""


def test_minutes_of_several_meetings_listed_by_date_open_no_paper() -> None:
    parts = split(_lines(SEVERAL))
    assert [p.kind for p in parts] == [DocumentKind.MINUTES]


def test_minutes_already_circulated_are_cited_not_opened() -> None:
    assert cites_a_meeting("Minutes of meeting held on 5 November 2015 (previously circulated).")
    assert cites_a_meeting("Minutes of the meeting held on 3 May to be signed as a correct record")
    assert not cites_a_meeting("Minutes of the meeting held on 5 November 2015")
