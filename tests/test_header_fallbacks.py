"""A record's start time from its closing note and its venue from the line under the
sentence that dates it, when the opening itself gives neither (invented examples)."""

from __future__ import annotations

import datetime as dt

from minutebook.errors import Diagnostics
from minutebook.model import Line, MeetingFacts
from minutebook.parsing.header_fallbacks import closing_start_time, stated_venue
from minutebook.parsing.headers import minutes_header
from minutebook.parsing.spoken_dates import or_plain_dates
from minutebook.parsing.venues_under import venue_under_dating_line


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def test_start_time_read_from_closing_note() -> None:
    lines = _lines("x\n\nThe meeting commenced at 6.00 pm and closed at 7.40 pm.")
    assert closing_start_time(lines, 1) == dt.time(18, 0)
    having = _lines("x\n(Note:  The meeting, having commenced at 10.15 am, closed at 12 noon).")
    assert closing_start_time(having, 1) == dt.time(10, 15)


def test_closing_note_without_start_gives_no_time() -> None:
    assert closing_start_time(_lines("x\nThe meeting closed at 7.42 pm."), 1) is None
    assert closing_start_time(_lines("x\nThe meeting adjourned at 8.00 pm."), 1) is None
    # a note above the opening line is not this meeting's
    assert closing_start_time(_lines("The meeting commenced at 6.00 pm.\nx"), 1) is None


def test_venue_read_from_line_under_dating_sentence() -> None:
    lines = _lines(
        "Minutes of the meeting held on Tuesday 3 May 2022, 2.00pm – 4.00pm\n"
        "Online meeting via Zoom\n\nPresent:"
    )
    assert venue_under_dating_line(lines, 1, dt.date(2022, 5, 3)) == "Online meeting via Zoom"
    spaced = _lines("Minutes of the meeting held on 9 June 2021\n\nCommittee Room 2, Elm House")
    assert venue_under_dating_line(spaced, 1, dt.date(2021, 6, 9)) == "Committee Room 2, Elm House"


def test_no_venue_from_a_line_that_is_no_place() -> None:
    date = dt.date(2022, 5, 3)
    for below in ("Present:", "Members present", "The Chair welcomed everyone to the hall."):
        lines = _lines(f"Minutes of the meeting held on 3 May 2022 at 2.00pm\n{below}")
        assert venue_under_dating_line(lines, 1, date) is None
    # the sentence goes on after its date: the line below is not its venue
    lines = _lines("Minutes of the meeting held on 3 May 2022 when there were\nCommittee Room 1")
    assert venue_under_dating_line(lines, 1, date) is None


def test_minutes_header_fills_time_and_venue_only_when_missing() -> None:
    forum = _lines(
        "Ashcombe Borough Council\nSCHOOLS FORUM\n\n"
        "Minutes of the meeting held on Wednesday 4 October 2023, 4.30pm – 6.00pm\n"
        "Virtual meeting via Microsoft Teams\n\nPresent:\n\nThe meeting commenced at 4.45 pm."
    )
    facts = minutes_header(forum, "f.txt", Diagnostics())
    assert facts is not None
    assert facts.time == dt.time(16, 30)  # the opening's own time wins
    assert facts.venue == "Virtual meeting via Microsoft Teams"
    panel = _lines(
        "FOSTERING PANEL\n\nMINUTES\n\n14 MARCH 2009\n\nChairman: Councillor Ann Reed\n\n"
        "(The meeting, having commenced at 6.30 pm, closed at 8.00 pm)."
    )
    facts = minutes_header(panel, "p.txt", Diagnostics())
    assert facts is not None and facts.time == dt.time(18, 30)


def test_venue_read_from_a_note_of_where_the_meeting_sat() -> None:
    """'The meeting commenced at 6.00 p.m. in the Council Chamber, Ashby Town Hall.' names
    the venue an opening without one leaves out; a time alone or a manner is no place."""
    sat = _lines("x\nThe meeting commenced at 6.00 p.m. in the Council Chamber, Ashby Hall.")
    assert stated_venue(sat, 1) == "Council Chamber, Ashby Hall"
    held = _lines("x\nThe meeting was held at Elm House and closed at 8.10 pm.")
    assert stated_venue(held, 1) == "Elm House"
    for note in (
        "The meeting commenced at 6.00 pm and closed at 7.40 pm.",
        "The meeting was held in private.",
        "The meeting started at 7 pm in accordance with Standing Orders.",
    ):
        assert stated_venue(_lines(f"x\n{note}"), 1) is None, note
    assert stated_venue(_lines("The meeting was held in Elm House.\nx"), 1) is None


def test_venue_where_the_body_says_it_met() -> None:
    """ "The panel met at the Civic Centre, Eastby." names the place with no time; what a
    body "met in" that names no building is no place."""
    lines = _lines("x\n\nThe panel met at the Civic Centre, Eastby.")
    assert stated_venue(lines, 1) == "Civic Centre, Eastby"
    assert stated_venue(_lines("x\nThe Committee met in January to agree the plan."), 1) is None
    assert stated_venue(_lines("x\nThe Board met at 10.00 am."), 1) is None


def test_a_date_abbreviated_under_a_title_is_read() -> None:
    """ "Thurs 3 Aug 2017" or "the 15th day of June 2017" under a title: the opening's dates
    are written plain before its readers read them."""
    for said, date in (
        ("Thurs 3 Aug 2017 at 2.00 pm", dt.date(2017, 8, 3)),
        ("Wednesday 6 Sept. 2017, 2.00 pm", dt.date(2017, 9, 6)),
    ):
        lines = _lines(f"EASTBY HARBOUR PANEL\n\n{said}\n\nPresent: Councillor A Bell")
        facts = minutes_header(lines, "x.txt", Diagnostics())
        assert facts is not None, said
        assert facts.date == date
        assert facts.body_name == "EASTBY HARBOUR PANEL"


def test_a_reader_that_knows_the_printed_form_keeps_it() -> None:
    """The opening is read as printed first; its dates are written plain only when
    nothing was read there, or a meeting was read with no time."""
    seen: list[str] = []
    timed = MeetingFacts("Panel", dt.date(2020, 3, 12), dt.time(10, 30), None, 1)

    def read(lines: list[Line], file: str, diagnostics: Diagnostics) -> MeetingFacts | None:
        seen.append(lines[0].text)
        return timed if "Mar " in lines[0].text else None

    assert or_plain_dates(read, _lines("12 Mar 2020 - 10:30"), "x", Diagnostics()) == timed
    assert seen == ["12 Mar 2020 - 10:30"]
    seen.clear()
    assert or_plain_dates(read, _lines("Thurs 3 Aug 2017"), "x", Diagnostics()) is None
    assert seen == ["Thurs 3 Aug 2017", "Thursday 3 August 2017"]


def test_a_meeting_read_without_its_time_takes_the_plain_readings_time() -> None:
    untimed = MeetingFacts("Board", dt.date(2021, 8, 26), None, "@ 1000 HRS", 1)
    timed = MeetingFacts("Board", dt.date(2021, 8, 26), dt.time(10, 0), None, 1)
    other = MeetingFacts("Other Board", dt.date(2021, 8, 26), dt.time(10, 0), None, 1)

    def read(lines: list[Line], file: str, diagnostics: Diagnostics) -> MeetingFacts | None:
        return untimed if "@" in lines[0].text else timed

    text = _lines("THURSDAY 26 AUGUST 2021 @ 1000 HRS")
    assert or_plain_dates(read, text, "x", Diagnostics()) == timed

    def read_other(lines: list[Line], file: str, diagnostics: Diagnostics) -> MeetingFacts | None:
        return untimed if "@" in lines[0].text else other

    # a plain reading of another meeting never replaces the printed one
    assert or_plain_dates(read_other, text, "x", Diagnostics()) == untimed
