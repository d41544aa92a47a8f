"""A reason after each name sending apologies, the names going on after it."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import RELATIVE_CLAUSE, read_apologies_and_substitutes
from minutebook.parsing.attendance_apology_reasons import carried_reason_cut, without_reasons
from minutebook.parsing.names import split_name_list

APOLOGIES = AttendanceRole.APOLOGIES


def _apologies(body: list[Line]) -> list[tuple[str, int]]:
    part = Part(kind=DocumentKind.MINUTES, title="", lines=body, layout="minutes")
    read_apologies_and_substitutes(part, body, "f.txt", Diagnostics(), "Apologies")
    assert all(f.role is APOLOGIES for f in part.attendance)
    return [(f.as_written, f.line) for f in part.attendance]


def test_the_names_go_on_after_each_reason() -> None:
    names = "Cllr A Reid who was on holiday and Cllr B Moss who was unwell"
    assert without_reasons(names, RELATIVE_CLAUSE) == "Cllr A Reid and Cllr B Moss"
    # a clause that is no reason ends the names
    names = "Cllr A Reid and it was noted that Cllr B Moss would be late"
    assert without_reasons(names, RELATIVE_CLAUSE) == "Cllr A Reid"


def test_a_reason_carried_to_the_next_line_is_no_name() -> None:
    assert carried_reason_cut("holiday and Cllr B Moss who was ill") == "Cllr B Moss who was ill"
    assert carried_reason_cut("unwell") == ""
    assert carried_reason_cut("and Cllr B Moss") == "and Cllr B Moss"
    assert carried_reason_cut("de Souza") == "de Souza"


def test_a_sentence_broken_inside_a_reason() -> None:
    body = [
        Line(4, "Apologies were received and accepted from Cllr A Reid who was on"),
        Line(5, "holiday and Cllr Mrs B Moss who was ill."),
        Line(6, "Carl Lowe had also sent his apologies."),
    ]
    assert _apologies(body) == [("Cllr A Reid", 4), ("Cllr Mrs B Moss", 5), ("Carl Lowe", 6)]


def test_reasons_on_one_line() -> None:
    body = [Line(4, "Apologies were received from Cllr A Reid due to work and Cllr B Moss.")]
    assert _apologies(body) == [("Cllr A Reid", 4), ("Cllr B Moss", 4)]


def test_the_sentence_going_on_is_kept() -> None:
    assert carried_reason_cut("attended as substitute.") == "attended as substitute."
    assert carried_reason_cut("substituted by Mr C Lowe and Mrs D Hart") == (
        "substituted by Mr C Lowe and Mrs D Hart"
    )
    body = [
        Line(4, "Apologies were received from Cllr A Reid who was"),
        Line(5, "substituted by Cllr B Moss."),
    ]
    assert ("Cllr B Moss", 5) not in _apologies(body)


def test_a_reason_without_a_verb_is_no_name() -> None:
    names = "Cllr A Reid for medical reasons and Cllr B Moss for work commitments"
    assert without_reasons(names, RELATIVE_CLAUSE) == "Cllr A Reid and Cllr B Moss"
    assert without_reasons("Cllr A Reid on holiday", RELATIVE_CLAUSE) == "Cllr A Reid"
    assert without_reasons("Cllr A Reid through illness", RELATIVE_CLAUSE) == "Cllr A Reid"
    assert without_reasons("Cllr A Reid for illness", RELATIVE_CLAUSE) == "Cllr A Reid"
    # "for" before a name or a body is no reason
    assert without_reasons("Cllr A Reid for the Chair", RELATIVE_CLAUSE) == (
        "Cllr A Reid for the Chair"
    )


def test_apologies_given_together_with_reasons_name_the_members_after() -> None:
    body = [
        Line(
            5,
            "APOLOGIES: Apologies for absence, together with reasons, were received from "
            "Councillors Rose Connor and Chris Punchard.",
        ),
    ]
    assert _apologies(body) == [("Rose Connor", 5), ("Chris Punchard", 5)]


def test_offices_sending_apologies_are_each_a_person() -> None:
    """ "the Town Mayor, the Deputy Town Mayor": two offices naming their holders, not a
    person and a post ("Cllr A Reid, the Mayor" is one person and her office)."""
    text = (
        "Minutes of the Meeting of Fenby Town Council held on 6 September 2010.\n\n"
        "PRESENT: Councillors Bob Moss and Cal Lowe.\n\n"
        "APOLOGIES: Apologies for absence were received from the Town Mayor, the Deputy "
        "Town Mayor, Councillors Ann Reid and Dee Hart.\n\n"
        "1. MINUTES\nThe minutes were approved.\n"
    )
    apologies = [(name, cap) for role, name, cap, _ in attendance_of(text) if role is APOLOGIES]
    assert apologies == [
        ("the Town Mayor", None),
        ("the Deputy Town Mayor", None),
        ("Ann Reid", None),
        ("Dee Hart", None),
    ]


def test_an_office_joined_to_a_name_by_and_is_a_person_of_its_own() -> None:
    """ "from the Mayor, the Deputy Mayor and Cllr G Grey" inside the apologies minute: the
    offices are people, not the councillor's posts; an office before its holder after a
    comma stays the holder's ("The Police and Crime Commissioner, Mr M Scott")."""
    text = (
        "Minutes of the meeting of Eastby Town Council held on 3 June 2019.\n\n"
        "Present: Cllr A Smith (Chairman) and Cllr B Jones.\n\n"
        "1. Apologies for absence\n\n"
        "Apologies were received from the Town Mayor, the Deputy Town Mayor and Cllr G "
        "Grey.\n\n"
        "2. Minutes\nThe minutes were approved.\n"
    )
    apologies = [(name, cap) for role, name, cap, _ in attendance_of(text) if role is APOLOGIES]
    assert apologies == [
        ("the Town Mayor", None),
        ("the Deputy Town Mayor", None),
        ("Cllr G Grey", None),
    ]


def test_an_office_before_its_holder_after_a_comma_is_the_holders_post() -> None:
    entries = split_name_list("The Police and Crime Commissioner, Mr M Scott, Cllr A Reid")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Mr M Scott", "The Police and Crime Commissioner"),
        ("Cllr A Reid", None),
    ]
    entries = split_name_list("The Police and Crime Commissioner and Mr M Scott")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("The Police and Crime Commissioner", None),
        ("Mr M Scott", None),
    ]
