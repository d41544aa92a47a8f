"""A town council's members grouped by ward, each group its own sentence closed by its
ward in brackets (invented example)."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_group_brackets import joined_ward_groups

PRESENT = AttendanceRole.PRESENT

RECORD = (
    "PRESENT Mayor Councillor Reid (Mill Ward). Councillors Moss, Lowe, (Mill Ward), A Pym "
    "(Hexton). Hart, Fenby and Wyke (Church Ward). Hale (North Ward), with the Clerk of the "
    "Council\n"
    "25/01 Apologies\n"
    "None.\n"
)


def test_each_ward_closes_its_group_and_the_list_goes_on_past_its_stop() -> None:
    assert [(role, name, capacity) for role, name, capacity, _ in attendance_of(RECORD)] == [
        (PRESENT, "Councillor Reid", "Mill Ward, Mayor"),
        (PRESENT, "Moss", "Mill Ward"),
        (PRESENT, "Lowe", "Mill Ward"),
        (PRESENT, "A Pym", "Hexton"),
        (PRESENT, "Hart", "Church Ward"),
        (PRESENT, "Fenby", "Church Ward"),
        (PRESENT, "Wyke", "Church Ward"),
        (PRESENT, "Hale", "North Ward"),
    ]


def test_a_list_with_fewer_than_two_wards_keeps_its_stops() -> None:
    text = "Cllr A Reid (Mill Ward). The Mayor welcomed everyone."
    assert joined_ward_groups(text) == text
