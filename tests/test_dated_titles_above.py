"""A record's undated sentence naming its meeting, dated by the short title above it."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.dated_titles_above import date_in_title_above
from opening_facts import parsed

RECORD = (
    "Ashcombe Parish Council\n"
    "\n"
    "Planning Meeting 7th March 2016\n"
    "\n"
    "The Meeting of Ashcombe Parish Council Planning Committee took place in the Village "
    "Hall, Mill Lane, Ashcombe at 7.30pm.\n"
    "\n"
    "Present:      Cllrs Reid (Chair), Moss, Lowe\n"
    "\n"
    "101   Apologies for absence\n"
    "\n"
    "Cllr Reid proposed apologies be accepted from Cllr Hart, seconded Cllr Moss.\n"
    "\n"
    "102   Minutes of the last meeting\n"
    "\n"
    "The minutes of the meeting held on 1st February 2016 were approved and signed.\n"
    "\n"
    "103   Planning applications\n"
    "\n"
    "16/00123/FUL Two storey extension, 4 Mill Lane. No objection.\n"
)


def test_the_title_dates_the_sentence_and_names_its_line() -> None:
    meeting = parsed(RECORD).parts[0].meeting
    assert meeting is not None
    assert (meeting.body_name, meeting.date, meeting.time, meeting.venue, meeting.line) == (
        "Ashcombe Parish Council Planning Committee",
        dt.date(2016, 3, 7),
        dt.time(19, 30),
        "Village Hall, Mill Lane, Ashcombe",
        3,
    )


def test_a_sentence_naming_no_body_takes_no_date_from_above() -> None:
    text = RECORD.replace("The Meeting of Ashcombe Parish Council Planning Committee", "It")
    meeting = parsed(text).parts[0].meeting
    assert meeting is None or meeting.body_name != "Ashcombe Parish Council Planning Committee"


def _opening(*texts: str) -> list[tuple[int, Line]]:
    return [(n, Line(n + 1, t)) for n, t in enumerate(texts)]


def test_only_a_short_dated_title_a_few_lines_above_counts() -> None:
    sentence = "The meeting of X took place at Y at 7pm."
    assert date_in_title_above(_opening("Planning Meeting 7 March 2016", sentence), 1) == (
        dt.date(2016, 3, 7),
        1,
    )
    far = _opening("Meeting 7 March 2016", "a", "b", "c", sentence)
    assert date_in_title_above(far, 4) is None
    prose = _opening("The minutes of the meeting held on 7 March 2016 were read.", sentence)
    assert date_in_title_above(prose, 1) is None
    item = _opening("4. Budget from 1 April 2016", sentence)
    assert date_in_title_above(item, 1) is None


def test_a_minutes_heading_names_no_meeting_a_sentence_under_it_mentions() -> None:
    text = (
        "01-30-24 CR MINS\n"
        "Councillor A. Reid (AR) (in the chair).\n"
        "Present Councillors: B. Moss (BM), C. Lowe (CL), D. Hart (DH).\n"
        "Councillors not present: E. Pym (EP).\n"
        "C42. Apologies for Absence\n"
        "Apologies for absence were received from Cllr. EP.\n"
        "C43. Minutes\n"
        "It was RESOLVED that the notes of the meeting held on 31st October 2023 be approved.\n"
        "C44. Annual Town Meeting\n"
        "The Committee discussed the Annual Town Meeting to be held 16th April 2024. It was "
        "RESOLVED to book the Sessions House.\n"
        "C45. Polling Place\n"
        "The Committee noted the request.\n"
    )
    (part,) = parsed(text).parts
    assert part.meeting is None or "C44" not in part.meeting.body_name


def test_a_date_alone_on_the_line_above_dates_the_sentence() -> None:
    sentence = "The meeting of X took place at Y at 7pm."
    assert date_in_title_above(_opening("7 March 2016", sentence), 1) == (dt.date(2016, 3, 7), 1)
