"""Numbered minute titles in title case closed by a full stop (invented)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_stopped_titles import title_case_stop

MINUTES = """\
Minutes of the Meeting of Dunmere Parish Council held in the Reading Room

Present

Cllr. P Harlow          Chairman

Cllr. N Ostley

1.        Welcome and Introductions.

The Chairman welcomed everyone to the meeting.

2.        Apologies.

Apologies were received from Cllr. Venn.

3         Election of Vice Chair.

Cllr. Ostley was elected Vice Chair.

4         Village Green Fencing.

1. Noted.

The Clerk reported that two quotations had been received.
"""


def test_stopped_titles_in_title_case_head_their_minutes() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title) for h in headings] == [
        ("1", "Welcome and Introductions"),
        ("2", "Apologies"),
        ("3", "Election of Vice Chair"),
        ("4", "Village Green Fencing"),
    ]


def test_only_a_title_loses_its_stop() -> None:
    assert title_case_stop("Election of Vice Chair.") == "Election of Vice Chair"
    assert title_case_stop("Apologies.") == "Apologies"
    assert title_case_stop("Noted.") is None
    assert title_case_stop("None.") is None
    assert title_case_stop("The Clerk reported on the fencing.") is None
    assert title_case_stop("Cllr. Ostley was elected Vice Chair.") is None
    assert title_case_stop("Election of Vice Chair") is None
    assert title_case_stop("Apologies for Absence: Cllr Venn.") is None


SESSION_CODED = """\
Minutes of the meeting of Harlow End Parish Council held on Wednesday 8th March 2023 at 7.30pm

24/31 Welcome and Apologies.
The Chair welcomed those present. Apologies were received from Cllr Pike.

24/32 Receive declarations of interest.
None were made.

24/33 Previous Minutes.
RESOLVED - the minutes of 8th February 2023 were approved.

24/34 The Clerk reported that the grass cutting contract had been renewed.
"""


def test_session_coded_titles_lose_their_stop_as_numbered_ones_do() -> None:
    """A year-coded minute ("24/33 Previous Minutes.") closes its title with a stop as a
    numbered one does; a coded sentence stays a paragraph."""
    headings = minute_headings(lines_of(SESSION_CODED))
    assert [(h.number, h.title) for h in headings] == [
        ("24/31", "Welcome and Apologies"),
        ("24/32", "Receive declarations of interest"),
        ("24/33", "Previous Minutes"),
    ]


RUN_IN = """\
Minutes of the Annual Meeting of Ashcombe Parish Council held in the Village Hall

PRESENT were R Dunn (Chair), M Okafor and P Hale.

1. Apologies for absence. S Wren – work commitments.

2. Election of Chairman. R Dunn was elected Chairman for the year.

3. Cllr A. Reid reported on the state of the hall.

4. Minutes. The minutes of the last meeting were signed.
"""


def test_a_stopped_title_run_in_to_its_text() -> None:
    found = [(h.number, h.title) for h in minute_headings(lines_of(RUN_IN))]
    assert found == [
        ("1", "Apologies for absence"),
        ("2", "Election of Chairman"),
        ("4", "Minutes"),
    ]


def test_a_session_coded_title_closed_by_a_stop_runs_into_its_text() -> None:
    """ "Q31/002. Election of Vice-Chairman. The Committee elected ...": a year-coded
    minute's title closed by a stop, its text run on along the line, as a numbered
    minute's may be."""
    text = (
        "Q31/001. Election of Chairman.\n"
        "The Committee elected Ann Reid as its Chairman.\n"
        "Q31/002. Election of Vice-Chairman. The Committee elected Ben Moss.\n"
        "Q31/003. Apologies for Absence: None.\n"
    )
    headings = minute_headings(lines_of(text))
    assert [(h.number, h.title, h.run_on) for h in headings] == [
        ("Q31/001", "Election of Chairman", ""),
        ("Q31/002", "Election of Vice-Chairman", "The Committee elected Ben Moss."),
        ("Q31/003", "Apologies for Absence", "None."),
    ]
