"""A partnership board's record: its centred title giving the place, the time and the
date over two lines, then those present as a "Name / Organisation" table, the apologies
under their own label in the same columns."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import attendance_of, lines_of, parse_text
from minutebook.model import AttendanceRole, DocumentKind
from minutebook.parsing.attendance_name_organisation import name_organisation_attendance
from opening_facts import first_part_meeting

RECORD = """Community Board notes 030509 shared online


\t\t\t\t        Minutes of the COMMUNITY BOARD held in the Corn Exchange, Fenby
                         at 10.00am on Tuesday 3rd March 2009


Name                         Organisation
Ann Reid (Chair)             Fenby Community Trust
                             Vice-Chair of the Partnership
Cllr. Ben Moss               Fenby District Council (FDC)
 Cara Lowe                   Marsh Housing
Rev Dan Pym                  Fenby Churches Together

Apologies from:

Eve Ward                     Fenby Youth Club
Cllr. Finn Hale              FDC

Item 1                  Matters arising from the March meeting

The Board went through the open actions; two were closed.
"""

P, A = AttendanceRole.PRESENT, AttendanceRole.APOLOGIES


def test_the_timed_title_opens_the_record() -> None:
    kind, body, date, time, venue = first_part_meeting(RECORD)
    assert kind is DocumentKind.MINUTES
    assert body is not None and body.lower() == "community board"
    assert (date, time, venue) == (dt.date(2009, 3, 3), dt.time(10, 0), "Corn Exchange, Fenby")
    untimed = RECORD.replace("at 10.00am on", "on")
    assert parse_text(untimed).kind is not DocumentKind.MINUTES  # no time: no heading


def test_each_row_is_a_person_and_their_body() -> None:
    assert attendance_of(RECORD) == [
        (P, "Ann Reid", "Chair", 9),
        (P, "Cllr. Ben Moss", "Fenby District Council (FDC)", 11),
        (P, "Cara Lowe", "Marsh Housing", 12),
        (P, "Rev Dan Pym", "Fenby Churches Together", 13),
        (A, "Eve Ward", "Fenby Youth Club", 17),
        (A, "Cllr. Finn Hale", "FDC", 18),
    ]


def test_a_wrapped_organisation_goes_on_the_cell_above() -> None:
    read = name_organisation_attendance(lines_of(RECORD))
    assert read is not None
    first = read[0][0]
    assert first.organisation == "Fenby Community Trust Vice-Chair of the Partnership"
    assert first.capacity == "Chair"


def test_a_heading_over_fewer_than_two_people_is_no_table() -> None:
    lone = "Name          Organisation\nAnn Reid      Fenby Trust\n\nThe Board met.\n"
    assert name_organisation_attendance(lines_of(lone)) is None
    prose = "Name          Organisation\nThe Board agreed the plan\n"
    assert name_organisation_attendance(lines_of(prose)) is None
