"""Times a meeting sentence spells its own way: a stray stop before "pm", the hour the
meeting ended beside the hour it began, the time set alone under a lone "at", and the
part of a board's meeting ("in Open Session") that is no place."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.headers import MINUTES_VERBS, NOTICE_VERBS
from minutebook.parsing.openings import Opening, when_and_where
from minutebook.parsing.sentence_openings import sentence_opening
from minutebook.parsing.time_spellings import unstopped, without_end_time


def _numbered(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, 1)]


def test_a_stray_stop_before_pm_is_a_space() -> None:
    assert unstopped("at 7.00.p.m.") == "at 7.00 p.m."
    assert unstopped("at 7.30.pm") == "at 7.30 pm"
    assert when_and_where("at Ashby C.P. School on Monday, 6th March, 2017, at 7.00.p.m.")[1:3] == (
        dt.time(19, 0),
        "Ashby C.P. School",
    )


def test_a_date_and_other_stops_stay_as_printed() -> None:
    for text in ("on 6.3.2017 at 7pm", "Minute 7.00. Planning", "at 7.00.  Present"):
        assert unstopped(text) == text


def test_the_hour_the_meeting_ended_leaves_no_word_in_the_place() -> None:
    for sentence in (
        "at Shire Hall on Tuesday 6 November 2007 commencing at 10.00 am and finishing at 3.35 pm",
        "at Shire Hall on Tuesday 6 November 2007 at 10.00 am, closing at 12.30pm",
        "at Shire Hall on Tuesday 6 November 2007 starting at 10am and ending at 11.45am",
    ):
        date, time, venue, _ = when_and_where(sentence)
        assert (date, time, venue) == (dt.date(2007, 11, 6), dt.time(10, 0), "Shire Hall")


def test_a_place_named_with_an_end_word_is_kept() -> None:
    assert without_end_time("in the Closing Room at 7pm") == "in the Closing Room at 7pm"
    assert when_and_where("at Ending Lane Hall on Monday 1 May 2017 at 7pm")[2] == (
        "Ending Lane Hall"
    )


def test_a_time_set_under_a_lone_at_is_the_meetings() -> None:
    lines = _numbered(
        "A Meeting of the BRAMBLE DISTRICT COUNCIL will be held in the COUNCIL CHAMBER, "
        "TOWN HALL, EXTON on",
        "TUESDAY, 11TH MAY 2010",
        "at",
        "*7.00 p.m.",
        "and you are hereby summoned to attend.",
    )
    opening = sentence_opening(lines, NOTICE_VERBS)
    assert isinstance(opening, Opening)
    assert (opening.date, opening.time) == (dt.date(2010, 5, 11), dt.time(19, 0))


def test_a_lone_word_that_is_no_preposition_ends_the_sentence() -> None:
    lines = _numbered("Minutes of the meeting of the Board held on 2 May 2019", "Present", "7")
    opening = sentence_opening(lines, MINUTES_VERBS)
    assert isinstance(opening, Opening) and opening.time is None


def test_a_boards_session_is_no_place() -> None:
    assert when_and_where("in Open Session on Thursday 29 June 2006 at 1.30pm")[2] is None
    assert when_and_where(
        "in Public Session on Thursday 29 June 2006 at 1.30pm in the Boardroom, Ash House"
    )[2] == ("Boardroom, Ash House")
    assert when_and_where("in the Session Room on Thursday 29 June 2006 at 1.30pm")[2] == (
        "Session Room"
    )
