"""Attendance rows of several councils' and boards' layouts: a flattened "Name | Role"
table, a name glued to its council, initials tags, lateness notes, and list repairs."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import substitute_sentences
from minutebook.parsing.attendance_comings import coming_or_going
from minutebook.parsing.attendance_name_council import (
    gap_row,
    name_council_rows,
    name_then_council,
)
from minutebook.parsing.minutes import parse_minutes
from minutebook.parsing.names import own_initials, split_name_list
from opening_facts import parsed

PRESENT = AttendanceRole.PRESENT
APOLOGIES = AttendanceRole.APOLOGIES
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
ABSENT = AttendanceRole.ABSENT


def _read(text: str) -> list[tuple[AttendanceRole, str, str | None, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    return [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance]


def test_a_flattened_member_role_table_gives_each_name_its_role() -> None:
    text = (
        "At a MEETING of the WESTGLEN INTEGRATION JOINT BOARD held on 3rd March, 2022.\n\n"
        "Present:-\n\nMembers\n\nRole\n\n"
        "Ann REID (Vice Chairperson)\n\nNominated by Health Board (Non-Executive Member)\n\n"
        "Ben MOSS\n\nRegistered Nurse\n\n"
        "Non-members in attendance at request of Chief Officer:-\n\n"
        "Cara LOWE\n\nWestglen Carers Centre\n\n"
        "I APOLOGIES FOR ABSENCE\n\nNone.\n"
    )
    assert _read(text) == [
        (
            PRESENT,
            "Ann REID",
            "Vice Chairperson, Nominated by Health Board (Non-Executive Member)",
            9,
        ),
        (PRESENT, "Ben MOSS", "Registered Nurse", 13),
        (IN_ATTENDANCE, "Cara LOWE", "Westglen Carers Centre", 19),
    ]


def test_without_a_role_header_a_line_after_a_blank_is_the_next_name() -> None:
    text = (
        "MINUTES of the Wyke Committee held on 3 March 2022\n\n"
        "IN ATTENDANCE: Head of Planning (GRH) Solicitor (AEM)\n\n"
        "Committee Officer (CJB)\n\n"
        "1. APOLOGIES\n\nNone.\n"
    )
    assert (IN_ATTENDANCE, "Committee Officer", "CJB", 5) in _read(text)


def test_a_council_glued_after_a_name_is_bracketed() -> None:
    assert name_then_council("B Moss Hexton County Council") == "B Moss (Hexton County Council)"
    assert (
        name_then_council("P Reid (Chair) Wyke County Borough Council")
        == "P Reid (Chair) (Wyke County Borough Council)"
    )
    assert name_then_council("M Ll Pryce Fenmoor Council") == "M Ll Pryce (Fenmoor Council)"
    assert (
        name_then_council("A Reid Wyke Council (Vice-Chair)")
        == "A Reid (Wyke Council) (Vice-Chair)"
    )
    assert name_then_council("The report went to the County Council") is None
    assert name_then_council("Councillor Ann Reid") is None


def test_a_gap_between_a_full_name_and_its_body_is_the_tables_cells() -> None:
    assert gap_row("Ann Kerr  Wyke Borough Council") == "Ann Kerr (Wyke Borough Council)"
    assert gap_row(" Cal Dunn   Independent Member") == "Cal Dunn (Independent Member)"
    assert gap_row("Ann Kerr Wyke Borough Council") is None  # no gap: another reader's
    assert gap_row("The Report  Wyke Borough Council") is None  # no person
    text = (
        "MINUTES of a meeting of the Fenby Police and Crime Panel held at Wyke Hall on"
        " 3 March 2015.\n\nPresent: Councillors A Reid (Chair), B Moss and C Lowe.\n\n"
        "1. Apologies for Absence\n\nAnn Kerr  Wyke Borough Council\n\n"
        "Ben Lamb  Hexton District Council\n\nCal Dunn  Independent Member\n\n"
        "2. Minutes\n\nThe minutes were approved.\n"
    )
    found = [(a.role, a.as_written, a.capacity, a.line) for a in parsed(text).parts[0].attendance]
    assert found[3:] == [
        (AttendanceRole.APOLOGIES, "Ann Kerr", "Wyke Borough Council", 7),
        (AttendanceRole.APOLOGIES, "Ben Lamb", "Hexton District Council", 9),
        (AttendanceRole.APOLOGIES, "Cal Dunn", "Independent Member", 11),
    ]


def test_the_lone_title_over_name_council_rows_is_their_header() -> None:
    lines = [Line(1, "PRESENT"), Line(2, "Councillor "), Line(3, "A Reid Wyke Council")]
    assert [li.text for li in name_council_rows(lines)] == ["PRESENT", "", "A Reid (Wyke Council)"]
    kept = [Line(1, "Councillor "), Line(2, "Apologies"), Line(3, "A Reid Wyke Council")]
    assert [li.text for li in name_council_rows(kept)][:2] == ["Councillor ", "Apologies"]


@pytest.mark.parametrize(
    ("name", "bracket", "expected"),
    [
        ("D.J.E. Hall", "DJEH", True),  # dotted initials counted one by one
        ("L. Cooney", "LMC", True),  # a middle initial the name leaves out
        ("Mrs. S.E. Locking", "SEL", True),
        ("Cllr Ann Reid", "AR", True),
        ("Cllr Lisa Dane", "LD", True),  # exactly the initials: the tag, as before
        ("Cllr Carl Newton", "CON", False),  # a party's short name
        ("Cllr Ann Reid", "BA", False),
        ("Committee Officer", "CJB", False),
    ],
)
def test_a_bracket_of_a_members_initials_is_no_capacity(
    name: str, bracket: str, expected: bool
) -> None:
    assert own_initials(name, bracket) is expected


def test_a_post_after_the_initials_bracket_and_a_dash_is_the_capacity() -> None:
    [entry] = split_name_list("Owen Tate (OT) – Chief Executive Officer")
    assert (entry.as_written, entry.capacity) == ("Owen Tate", "Chief Executive Officer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NB: Cllr. Mrs AR joined the meeting at approximately 7:45pm.", True),
        ("Cllr. HF and Cllr. Mrs. JMS may be late.", True),
        ("Councillor B Moss arrived at 7.10pm.", True),
        ("Apologies from Cllr A Reid; Cllr B Moss will be late.", False),
        ("Councillor A Reid, Councillor B Moss", False),
        ("The late payment was discussed.", False),
        ("Cllr A Reid (left the meeting at 8.15pm), Cllr B Moss", False),
    ],
)
def test_a_note_of_lateness_is_no_list(text: str, expected: bool) -> None:
    assert coming_or_going(text) is expected


def test_a_town_councils_list_with_tags_notes_and_absentees() -> None:
    text = (
        "Minutes of the Eastwick Town Council Meeting 16th March 2021\n\n"
        "Present                           The Mayor, Cllr. P. Ashworth (PA) (in the chair).\n\n"
        "Councillors:  Mrs. G. Bramley (GB), T. Coker (TRC) and H.J.R. Dunn (HJRD).\n\n"
        "NB: Cllr. Mrs GB joined the meeting at approximately 7:20pm.\n\n"
        "Councillors not present: R. Kemp (RK).\n\n"
        "201.         Apologies for Absence\n"
        "Cllr. RK may be late.\n"
    )
    assert _read(text) == [
        (PRESENT, "Cllr. P. Ashworth", "in the chair, The Mayor", 3),
        (PRESENT, "Mrs. G. Bramley", None, 5),
        (PRESENT, "T. Coker", None, 5),
        (PRESENT, "H.J.R. Dunn", None, 5),
        (ABSENT, "R. Kemp", None, 9),
    ]


def test_a_stray_and_before_a_comma_and_an_untitled_name_with_its_post() -> None:
    entries = split_name_list("Councillor Reid and, Ann Moss - Director of Adult Social Care")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Councillor Reid", None),
        ("Ann Moss", "Director of Adult Social Care"),
    ]


def test_a_post_with_and_inside_it_stays_whole_after_its_holder() -> None:
    [entry] = split_name_list("Mr A Reid Clerk and Executive Officer to Wyke Parish Council")
    assert entry.capacity == "Clerk and Executive Officer to Wyke Parish Council"
    [entry] = split_name_list("Mrs B Moss Assistant Clerk and Finance Officer, Wyke Parish Council")
    assert entry.capacity == "Assistant Clerk and Finance Officer, Wyke Parish Council"
    pair = split_name_list("Mr A Reid Clerk and Mrs B Moss")
    assert [e.as_written for e in pair] == ["Mr A Reid", "Mrs B Moss"]


def test_in_attendance_as_a_substitute_names_the_substitute() -> None:
    sentence = (
        "It was noted that Councillor Poole was in attendance as a substitute for Councillor Reid."
    )
    assert substitute_sentences(sentence) == [("Councillor Poole", "Councillor Reid")]


def test_representing_headings_give_each_councils_members_their_capacity() -> None:
    text = (
        "Minutes of Meeting of the Strathmore Joint Fire Board held on Friday, 16 November 2012\n\n"
        "Present\n\nRepresenting Kinlorn Council\n\nMr A Rennie Mrs B Souter\n\n"
        "Representing Comhairle na Mara\n\nMr D Maclean\n\n"
        "1. Apologies for Absence\n\n"
        "Apologies for absence were intimated on behalf of Mr G Tait and Mrs H Baird of"
        " Kinlorn Council.\n"
    )
    assert _read(text) == [
        (PRESENT, "Mr A Rennie", "Representing Kinlorn Council", 7),
        (PRESENT, "Mrs B Souter", "Representing Kinlorn Council", 7),
        (PRESENT, "Mr D Maclean", "Representing Comhairle na Mara", 11),
        (APOLOGIES, "Mr G Tait", "Kinlorn Council", 15),
        (APOLOGIES, "Mrs H Baird", "Kinlorn Council", 15),
    ]


def test_any_column_header_of_roles_makes_the_rows_alternate() -> None:
    text = (
        "Minutes of the meeting of the Wyke Health and Wellbeing Board held on 3 March 2022.\n\n"
        "Present:\n\nName\n\nDesignation\n\nAnn Reid\n\nDirector of Public Health\n\n"
        "Ben Moss\n\nHealthwatch Wyke\n\n1. APOLOGIES\n\nNone.\n"
    )
    assert _read(text) == [
        (PRESENT, "Ann Reid", "Director of Public Health", 9),
        (PRESENT, "Ben Moss", "Healthwatch Wyke", 13),
    ]
