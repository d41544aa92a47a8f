"""A run of titled names one of whose surnames opens with a particle ("De Silva"), and
apologies under a minute titled "Apologies for non attendance"."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import AttendanceRole
from minutebook.parsing.names import split_name_list

ROLL = (
    "Councillor Ann Reid (Chairman) Councillor Ben Moss Councillor Ana Gomez De Silva "
    "Councillor Cara Lowe Councillor Dan Hart"
)

MINUTES = f"""CABINET

Minutes of the meeting held on 5 March 2019

PRESENT:

{ROLL}

12/19 Apologies for non attendance

Councillor Eve Pym

13/19 Budget Monitoring

The Cabinet noted the report.
"""


def test_a_particle_keeps_the_surname_whole() -> None:
    names = [e.as_written for e in split_name_list(ROLL)]
    assert names == [
        "Councillor Ann Reid",
        "Councillor Ben Moss",
        "Councillor Ana Gomez De Silva",
        "Councillor Cara Lowe",
        "Councillor Dan Hart",
    ]
    run_on = ROLL.replace("Ana Gomez De Silva", "Ana Gomez Tom Bell")  # a member untitled
    names = [e.as_written for e in split_name_list(run_on)]
    assert names[2:4] == ["Councillor Ana Gomez", "Tom Bell"]


def test_names_under_apologies_for_non_attendance_are_apologies() -> None:
    part = parse_text(MINUTES)
    away = [(a.as_written, a.line) for a in part.attendance if a.role is AttendanceRole.APOLOGIES]
    assert away == [("Councillor Eve Pym", 11)]
