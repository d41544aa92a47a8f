"""Record heads and headings first met in other bodies' real papers (round 37): a page
title saying where the meeting sat ("X Meeting Held at V"), a flattened list's label
naming the body ("Members of Cabinet present:"), a sentence broken over blank lines after
its date ("at 7.30pm in the Village Hall"), the meeting's kind inside a parish council's
name, and a decimal scheme's whole numbers alone on their lines ("1.0"). Every example is
invented."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.body_tails import tidied_body
from minutebook.parsing.cleaning import clean
from minutebook.parsing.venues_under import timed_place
from opening_facts import first_part_meeting, parsed

FLATTENED_CABINET = (
    "Minutes of the Cabinet Meeting Held at the Council Chamber, Fenby\n"
    "confirmed Minutes of the Cabinet Meeting held in the Ash Room, Civic Hall, Fenby on "
    "Tuesday 10 July 2018 at 6.30 pm Members of Cabinet present: R Hill (Leader), A Fry, "
    "S Gale, T Moss, R Kerr. Other Members present: C Blunt, A Cole, P Dunn. Officers "
    "present: S Lowe (Chief Executive), K Pym (Head of Operations), K Ward (Democratic "
    "Services Manager). 1 Apologies for Absence Apologies for absence were received from "
    "Councillor J Fish. 2 Declarations of Interest There were no declarations of interest. "
    "3 Minutes RESOLVED That the Minutes of the Meeting held on 5 June 2018 be confirmed as "
    "a correct record and signed by the Chairman.\n"
)


def test_a_title_saying_where_the_meeting_sat_names_only_the_body() -> None:
    kind, body, date, time, venue = first_part_meeting(FLATTENED_CABINET)
    assert (kind, body, date, time) == (
        DocumentKind.MINUTES,
        "Cabinet",
        dt.date(2018, 7, 10),
        dt.time(18, 30),
    )
    assert venue == "Ash Room, Civic Hall, Fenby"


def test_a_flattened_label_naming_the_body_opens_the_members_present() -> None:
    cut = [line.text for line in clean(FLATTENED_CABINET)[0]]
    assert any(text.startswith("Members of Cabinet present: R Hill") for text in cut)
    assert not any(text.endswith("Members of Cabinet") for text in cut)


PARISH = """MINUTES

ASHBY MAGNA ANNUAL PARISH COUNCIL MEETING

held on 18th May 2009

 at 7.30pm in the Village Hall

Councillors Present

Ann Brook - Chairman (AB), Carl Dale (CD) and Eve Moss (EM)

1.0

Apologies

None were received.

2.0

Declaration of Interest

There were none.
"""


def test_a_place_line_saying_the_time_first_gives_both() -> None:
    assert first_part_meeting(PARISH) == (
        DocumentKind.MINUTES,
        "ASHBY MAGNA PARISH COUNCIL",
        dt.date(2009, 5, 18),
        dt.time(19, 30),
        "Village Hall",
    )
    assert timed_place("7.00 pm, Village Hall") == (dt.time(19, 0), "Village Hall")
    assert timed_place("Village Hall, Mill Lane") == (None, "Village Hall, Mill Lane")


def test_the_meeting_kind_inside_a_local_councils_name_is_no_part_of_it() -> None:
    assert tidied_body("Fenby Extraordinary Town Council") == "Fenby Town Council"
    assert tidied_body("Annual Parish Meeting") == "Annual Parish Meeting"
    assert tidied_body("Special Projects Committee") == "Special Projects Committee"


def test_a_decimal_schemes_whole_number_alone_heads_its_minute() -> None:
    minutes = [(m.number, m.title) for m in parsed(PARISH).parts[0].minutes]
    assert minutes == [("1.0", "Apologies"), ("2.0", "Declaration of Interest")]


CEMETERY = """Burial Cttee June 2023 Minutes
Ashby Magna Parish Council
DRAFT Minutes from the Burial Committee Meeting
Ashby Village Hall Tuesday 20th June 2023 at 6.30pm
Attendees
Burial Committee Members: Cllr Ann Brook, Cllr Carl Dale and Cllr Eve Moss.
Non-Committee Members Observing: Cllr Fay Hart
1. Election of Chair
To elect a Chair of the Burial Committee
It was proposed by Cllr Dale, seconded by Cllr Moss and it was RESOLVED that Cllr Brook
be elected as Chair of the Burial Committee.
2. Apologies for Absence
To receive and accept apologies
There were no apologies.
3. Declarations of Interests
To receive any declarations of interest in items on the agenda
There were no declarations.
4. Terms of Reference
To agree the Terms of Reference of the Committee
The draft was agreed.
"""


def test_minutes_from_a_meeting_over_a_venue_then_its_date_open_a_record() -> None:
    assert first_part_meeting(CEMETERY) == (
        DocumentKind.MINUTES,
        "Ashby Magna Parish Council Burial Committee",
        dt.date(2023, 6, 20),
        dt.time(18, 30),
        "Ashby Village Hall",
    )


def test_attendees_heads_the_groups_of_those_present() -> None:
    """The body's own "Committee Members" hold no seat: no capacity, unlike "Independent
    Members" or "Cabinet Members"."""
    attendance = [
        (a.role.value, a.as_written, a.capacity) for a in parsed(CEMETERY).parts[0].attendance
    ]
    assert attendance == [
        ("present", "Cllr Ann Brook", None),
        ("present", "Cllr Carl Dale", None),
        ("present", "Cllr Eve Moss", None),
        ("also_present", "Cllr Fay Hart", None),
    ]


BRACKETED = """PLANNING COMMITTEE Councillors

Minutes of a meeting of the PLANNING COMMITTEE held in the Council Chamber,
Council Offices, Mill Road, Fenby at 9.30 am on 4 July 2013 when there were present:
Councillors
Mrs A Brook (Chairman)
C Dale
(26)
APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor E Moss.
(27)
DECLARATIONS OF INTEREST
Councillor C Dale declared an interest in the application at Mill Farm.
"""


def test_a_number_in_brackets_alone_heads_the_minute_under_it() -> None:
    part = parsed(BRACKETED).parts[0]
    assert [(m.number, m.title) for m in part.minutes] == [
        ("26", "APOLOGIES FOR ABSENCE"),
        ("27", "DECLARATIONS OF INTEREST"),
    ]
    assert [d.minute_number for d in part.declarations] == ["27"]


def test_a_hosts_title_over_the_sentence_names_the_body_up_to_its_noun() -> None:
    assert first_part_meeting(BRACKETED)[1] == "PLANNING COMMITTEE"
    hosted = (
        "Fenby Borough Council Committee System - Committee Document\n\n"
        "Minutes of the meeting of the Council held in the Council Chamber, Town Hall,"
        " Fenby on 21st February 2006\n\nPresent: Mrs A Brook (Mayor), Mr C Dale\n"
    )
    assert first_part_meeting(hosted)[1] == "Fenby Borough Council"
