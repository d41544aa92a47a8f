"""A web page's roll printed one person a line, blank lines between, grouped under short
labels ("Councillors:", "Hon Aldermen:", "Officers:"), over unnumbered minutes whose
titles are spaced the same way: invented example."""

from __future__ import annotations

from minute_fixtures import lines_of, parse_text
from minutebook.model import AttendanceRole
from minutebook.parsing.spaced_rolls import shared_surname_pair, spaced_roll_lines

PAGE = """\
FENBY DISTRICT COUNCIL

Minutes of the Meeting of the Council held at

Wyke Hall, Fenby, on Wednesday, 4 March 2015

Present:

Councillors:

Ann Reid (Chairman)

Ben Moss

Carl Dunn

Hon Aldermen:

Dora and Gil Kemp

Officers:

Ed Fry, Chief Executive

Fay Lamb, Democratic Services Officer

Apologies for Absence

Apologies were received from Councillor Hal Tate.

Minutes of the Previous Meeting

The minutes were confirmed as a correct record.
"""


def test_a_spaced_roll_is_the_attendance_and_the_minutes_follow_it() -> None:
    part = parse_text(PAGE)
    assert [(m.title, m.line) for m in part.minutes] == [
        ("Apologies for Absence", 27),
        ("Minutes of the Previous Meeting", 31),
    ]
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (AttendanceRole.PRESENT, "Ann Reid", "Chairman", 11),
        (AttendanceRole.PRESENT, "Ben Moss", None, 13),
        (AttendanceRole.PRESENT, "Carl Dunn", None, 15),
        (AttendanceRole.PRESENT, "Dora", None, 19),
        (AttendanceRole.PRESENT, "Gil Kemp", None, 19),
        (AttendanceRole.IN_ATTENDANCE, "Ed Fry", "Chief Executive", 23),
        (AttendanceRole.IN_ATTENDANCE, "Fay Lamb", "Democratic Services Officer", 25),
        (AttendanceRole.APOLOGIES, "Councillor Hal Tate", None, 29),
    ]


def test_the_roll_ends_at_the_first_line_naming_business() -> None:
    lines = lines_of(PAGE)
    # under "Present:" (6) to "Fay Lamb, ...", each line with text (0-based); "Apologies
    # for Absence" (26) and what follows are not the roll's
    assert sorted(spaced_roll_lines(lines)) == list(range(8, 25, 2))


def test_two_forenames_sharing_a_surname_are_no_title() -> None:
    assert shared_surname_pair("Dora and Gil Kemp")
    assert not shared_surname_pair("Apologies and Substitute Members")
    assert not shared_surname_pair("Questions and Answers")


LABELLED = """\
Minutes 03/2016

A meeting of Wyke Community Council was held on 7 March 2016 in Wyke Village Hall.

Present were: Mr A Reid (Chair)

Mrs B Moss

Mr C Dunn

Clerk: Miss D Lamb

Apologies: Mr E Fry

Mrs F Tate

The minutes of the meeting held on 1 February 2016 were approved.

Footpath Signs

The signs at Wyke Lane had been replaced.

Bus Shelter

It was agreed to ask for a quote.
"""


def test_a_label_with_its_first_person_opens_and_carries_on_the_roll() -> None:
    part = parse_text(LABELLED)
    assert [m.title for m in part.minutes] == ["Footpath Signs", "Bus Shelter"]
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (AttendanceRole.PRESENT, "Mr A Reid", "Chair", 5),
        (AttendanceRole.PRESENT, "Mrs B Moss", None, 7),
        (AttendanceRole.PRESENT, "Mr C Dunn", None, 9),
        (AttendanceRole.IN_ATTENDANCE, "Miss D Lamb", "Clerk", 11),
        (AttendanceRole.APOLOGIES, "Mr E Fry", None, 13),
        (AttendanceRole.APOLOGIES, "Mrs F Tate", None, 15),
    ]


def test_a_labelled_person_outside_a_roll_opens_none() -> None:
    lines = lines_of("Clerk: Miss D Lamb\n\nFootpath Signs\n\nThe signs were replaced.\n")
    assert spaced_roll_lines(lines) == frozenset()
