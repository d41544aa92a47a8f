"""Apologies listed in the opening and restated in the apologies minute."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceFacts, AttendanceRole
from minutebook.parsing.restated_apologies import (
    repeated_in_minute,
    restated_beside_substitutes,
    restates_apologies,
)

APOLOGIES = AttendanceRole.APOLOGIES
PRESENT = AttendanceRole.PRESENT
SUBSTITUTE = AttendanceRole.SUBSTITUTE


def _fact(role: AttendanceRole, name: str, line: int) -> AttendanceFacts:
    return AttendanceFacts(role, name, None, line)


def test_the_same_people_named_again_are_a_restatement() -> None:
    opening = [_fact(APOLOGIES, "L Beddoe", 5), _fact(APOLOGIES, "J. O. Evans", 5)]
    minute = [_fact(APOLOGIES, "Councillor J O Evans", 12), _fact(APOLOGIES, "L Beddoe", 12)]
    assert restates_apologies(opening, minute)


def test_a_surname_alone_or_with_an_agreeing_initial_is_the_same_person() -> None:
    opening = [_fact(APOLOGIES, "Cllr Mike Critchley", 5), _fact(APOLOGIES, "Eileen Bland", 6)]
    assert restates_apologies(opening, [_fact(APOLOGIES, "Critchley", 20)])
    assert restates_apologies(opening, [_fact(APOLOGIES, "Cllr E. Bland", 20)])
    assert not restates_apologies(opening, [_fact(APOLOGIES, "J Bland", 20)])
    assert not restates_apologies(opening, [_fact(APOLOGIES, "Hughes", 20)])


def test_anyone_else_or_another_role_is_read_as_printed() -> None:
    opening = [_fact(APOLOGIES, "L Beddoe", 5)]
    assert not restates_apologies(opening, [_fact(APOLOGIES, "M Hale", 12)])
    assert not restates_apologies(opening, [_fact(PRESENT, "L Beddoe", 12)])
    assert not restates_apologies([], [_fact(APOLOGIES, "L Beddoe", 12)])
    assert not restates_apologies(opening, [])


def test_a_minute_restating_the_opening_list_adds_no_apology() -> None:
    text = (
        "MINUTES of a meeting of the Wyke Fire Authority held at Wyke on 3 May 2022\n"
        "\n"
        "PRESENT: Councillors A Reid, B Moss\n"
        "APOLOGIES: Councillors C Lowe, D Hart\n"
        "\n"
        "1.  APOLOGIES FOR ABSENCE\n"
        "\n"
        "Apologies for absence were received from Councillors C Lowe and D Hart.\n"
    )
    apologies = [(name, line) for role, name, _, line in attendance_of(text) if role is APOLOGIES]
    assert apologies == [("C Lowe", 4), ("D Hart", 4)]


def test_restated_apologies_beside_a_substitute_are_dropped_alone() -> None:
    opening = [_fact(APOLOGIES, "Councillor A Reid", 40), _fact(APOLOGIES, "Councillor B Moss", 40)]
    minute = [
        _fact(APOLOGIES, "A Reid", 5),
        _fact(APOLOGIES, "B Moss", 5),
        _fact(SUBSTITUTE, "Councillor C Lowe", 6),
    ]
    assert restated_beside_substitutes(opening, minute) == minute[:2]
    # someone the list does not name, or a role beside them other than a substitute
    assert restated_beside_substitutes(opening, [*minute, _fact(APOLOGIES, "D Pym", 5)]) == []
    assert restated_beside_substitutes(opening, [*minute, _fact(PRESENT, "D Pym", 5)]) == []
    assert restated_beside_substitutes(opening, minute[:2]) == []  # no substitute: not this rule


def test_apologies_accepted_by_name_in_the_resolution_are_one_fact_each() -> None:
    minute = [
        _fact(APOLOGIES, "Cllr A Reid", 7),
        _fact(APOLOGIES, "Cllr B Moss", 7),
        _fact(APOLOGIES, "Cllr A. Reid", 9),
        _fact(APOLOGIES, "Cllr B Moss", 9),
    ]
    assert repeated_in_minute(minute) == minute[2:]
    assert repeated_in_minute(minute[:2]) == []
    assert repeated_in_minute([minute[0], _fact(PRESENT, "Cllr A Reid", 9)]) == []


def test_a_minute_that_accepts_its_apologies_by_name_gives_each_once() -> None:
    text = (
        "Minutes of the Meeting of Fenby Parish Council held on 4 March 2024 at 7pm\n"
        "\n"
        "Present: Cllr C Lowe (Chairman), Cllr D Hart\n"
        "\n"
        "FP23/24.051 To receive apologies for absence. Apologies were received from Cllr A "
        "Reid for family reasons and Cllr B Moss, and it was:\n"
        "\n"
        "RESOLVED: That the Council ACCEPTS the apologies from Cllr A Reid and Cllr B Moss.\n"
    )
    apologies = [(name, line) for role, name, _, line in attendance_of(text) if role is APOLOGIES]
    assert apologies == [("Cllr A Reid", 5), ("Cllr B Moss", 5)]
