"""Numbered minute titles in sentence case closed by a full stop (invented)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_sentence_stops import sentence_case_stop

MINUTES = """\
Minute of Meeting of the Lochbrae Council held in the Burgh Chambers

Present: Provost A Mertoun; Councillors B Dalgety and C Ruthven.

1. Provost.

The Provost welcomed everyone to the meeting.

2. Declarations of interest.

There were no declarations of interest.

3. Minutes of previous meetings of the committee.

The minutes were approved as a correct record.

4. Nothing to report.

5. Roads maintenance programme.

The Council noted the programme.
"""


def test_stopped_titles_in_sentence_case_head_their_minutes() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title) for h in headings] == [
        ("1", "Provost"),
        ("2", "Declarations of interest"),
        ("3", "Minutes of previous meetings of the committee"),
        ("5", "Roads maintenance programme"),
    ]


def test_only_a_short_phrase_loses_its_stop() -> None:
    assert sentence_case_stop("Declarations of interest.") == "Declarations of interest"
    assert sentence_case_stop("Receive and accept apologies.") == "Receive and accept apologies"
    assert sentence_case_stop("Apologies for absence") is None
    assert sentence_case_stop("Apologies.") is None
    assert sentence_case_stop("The minutes were approved as a correct record.") is None
    assert sentence_case_stop("Minutes approved as a correct record.") is None
    assert sentence_case_stop("Nothing to report.") is None
    assert sentence_case_stop("Members noted the update.") is None
    assert sentence_case_stop("Apologies: none received.") is None
    assert sentence_case_stop("Cllr Dalgety will write to the roads department.") is None


def test_an_aside_in_brackets_is_not_weighed_with_the_phrase() -> None:
    """ "Declarations of Interest (pecuniary, other and personal interests) and changes.":
    without its aside, a short phrase; kept whole."""
    title = "Declarations of Interest (pecuniary, other and personal interests) and changes."
    assert sentence_case_stop(title) == title[:-1]
    assert sentence_case_stop("Members noted (with thanks) the update.") is None
