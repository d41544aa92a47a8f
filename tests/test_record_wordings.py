"""A record's opening as older and flattened minutes word it: "Note of meeting held D"
under the body's title, a council's "SPECIAL MEETING OF X COUNCIL Held in V on D at the
hour of 6.00 o'clock p.m., pursuant to Notice", "MINUTES OF COUNTY COUNCIL MEETING DATE:
... VENUE: ... Present Cllr A Cllr B" flattened onto one line."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.legal_bases import without_legal_basis
from minutebook.parsing.spoken_dates import plain_times
from opening_facts import first_part_meeting, parsed


def test_the_hour_of_a_clock_time_with_its_half_is_plain() -> None:
    assert plain_times("at the hour of 6.00 o’clock p.m., pursuant") == "at 6.00 pm, pursuant"
    assert plain_times("at 11 o'clock a.m. in the Hall") == "at 11.00 am in the Hall"
    assert plain_times("at seven o'clock") == "at 7.00 pm"  # no half said: the evening's


def test_pursuant_to_notice_is_no_place() -> None:
    assert without_legal_basis("in the City Hall, pursuant to Notice") is not None
    assert (without_legal_basis("in the Hall, pursuant to Notice") or "").strip(" ,") == (
        "in the Hall"
    )
    assert without_legal_basis("in the Notice Room") is None


def test_a_note_of_meeting_held_under_the_bodys_title_opens_a_record() -> None:
    text = (
        "FENMOOR NATIONAL PARK AUTHORITY\n\nNATIONAL PARK FORUM\n\n"
        "Note of meeting held Wednesday, 12 July 2017\n\n"
        "Present: Ann Reid, Forum Chair; Bob Lee, Parish Council; Cath Moss, Ramblers\n\n"
        "Apologies: Dan Holt, Access Forum\n\n1. Welcome\n\nThe Chair welcomed members.\n"
    )
    kind, body, date, _, _ = first_part_meeting(text)
    assert (kind, body, date) == (
        DocumentKind.MINUTES,
        "Fenmoor National Park Authority National Park Forum",
        dt.date(2017, 7, 12),
    )
    names = [a.as_written for a in parsed(text).parts[0].attendance]
    assert names[:3] == ["Ann Reid", "Bob Lee", "Cath Moss"]


def test_a_flattened_councils_special_meeting_is_its_record() -> None:
    text = (
        "A 147 Council SPECIAL MEETING OF KELBRIDGE CITY COUNCIL Held in the City Hall on "
        "Thursday, 21st June, 2012 at the hour of 6.00 o’clock p.m., pursuant to Notice. "
        "Members present: The Lord Mayor (Alderman Reid) (Chairman); Aldermen Ash, Birch and "
        "Cole; and Councillors Dale, Elm and Fox. Summons The Chief Executive submitted the "
        "summons convening the meeting. Apologies Apologies for inability to attend were "
        "reported from Councillors Gale and Holt. Minutes Moved by Councillor Dale, Seconded "
        "by Councillor Elm, and Resolved that the minutes of the meeting of 3 May be approved "
        "and adopted."
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date, time, venue) == (
        DocumentKind.MINUTES,
        "KELBRIDGE CITY COUNCIL",
        dt.date(2012, 6, 21),
        dt.time(18, 0),
        "City Hall",
    )
    names = [a.as_written for a in parsed(text).parts[0].attendance]
    assert {"Councillor Dale", "Councillor Fox"} <= set(names) or {"Dale", "Fox"} <= set(names)


def test_a_flattened_county_councils_fields_in_capitals_are_cut() -> None:
    text = (
        "Minutes Template\n\n"
        "MINUTES OF COUNTY COUNCIL MEETING DATE: Wednesday 15 May 2019 at 10am VENUE: Shire "
        "Hall, Kelbridge Present Cllr Ann Ash Cllr Bob Birch Cllr Cath Cole OBE Cllr Dan Dale "
        "Cllr Eve Elm Cllr Fay Fox Apologies: Cllr Gus Gale 25. ELECTION OF CHAIRMAN It was "
        "proposed by Cllr Ash and seconded by Cllr Birch that Cllr Cole be elected. RESOLVED "
        "that Cllr Cole be elected Chairman of the Council for the year. " + "x " * 100
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date, time, venue) == (
        DocumentKind.MINUTES,
        "COUNTY COUNCIL",
        dt.date(2019, 5, 15),
        dt.time(10, 0),
        "Shire Hall, Kelbridge",
    )
    present = [a.as_written for a in parsed(text).parts[0].attendance if a.role.value == "present"]
    assert present[:3] == ["Cllr Ann Ash", "Cllr Bob Birch", "Cllr Cath Cole OBE"]


def test_a_town_councils_minutes_of_a_municipal_year_and_its_capitals_labels() -> None:
    text = (
        "KELBRIDGE TOWN COUNCIL\n\n"
        "Minutes of a meeting of Kelbridge Town Council held on Monday, 2nd June 2014 at "
        "6.30 p.m. in the Town Hall, Kelbridge\n\n"
        "PRESENT The Mayor (Councillor Ann Reid) in the Chair; Councillors B. Moss, C. Lowe "
        "and D. Hart. APOLOGIES Councillors E. Pym and F. Cole. OFFICERS Gus Gale (Town Clerk) "
        "and Hal Holt (Secretary).\n\n"
        "1005/13/14 DECLARATIONS OF INTEREST No declarations of interest were made.\n\n"
        "1006/13/14 MINUTES RESOLVED that the minutes of the meeting held on 6th May 2014 be "
        "approved.\n"
    )
    part = parsed(text).parts[0]
    assert [(m.number, m.title) for m in part.minutes] == [
        ("1005/13/14", "DECLARATIONS OF INTEREST"),
        ("1006/13/14", "MINUTES"),
    ]
    roles = {(a.role.value, a.as_written, a.capacity) for a in part.attendance}
    assert ("present", "Councillor Ann Reid", "The Mayor") in roles
    assert {("apologies", "E. Pym", None), ("apologies", "F. Cole", None)} <= roles
    assert ("in_attendance", "Gus Gale", "Town Clerk") in roles
    # a date's figures are no minute's number: "12/05/14 Apologies" stays text
    dated = text.replace("1005/13/14 DECLARATIONS", "12/05/14 DECLARATIONS")
    assert [m.number for m in parsed(dated).parts[0].minutes] == ["1006/13/14"]
