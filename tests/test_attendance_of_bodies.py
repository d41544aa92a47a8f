"""A joint board's apologies sentence naming each member's council after "of", and a
member marked "(Substitute)" under the council heading they were sent by."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_of_bodies import bodies_after_each_of
from minutebook.parsing.names import split_name_list

APOLOGIES = AttendanceRole.APOLOGIES


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(e.as_written, e.capacity) for e in bodies_after_each_of(split_name_list(text), text)]


def test_each_council_after_of_is_its_members_capacity() -> None:
    assert _read(
        "Mr A Reid and Mrs B Moss of the Wyke Council, Mr C Lowe of Fenby Islands Council"
        " and Ms D Pym of Comhairle na Mara."
    ) == [
        ("Mr A Reid", "Wyke Council"),
        ("Mrs B Moss", "Wyke Council"),
        ("Mr C Lowe", "Fenby Islands Council"),
        ("Ms D Pym", "Comhairle na Mara"),
    ]


def test_a_name_parted_by_a_comma_keeps_no_body() -> None:
    assert _read("Cllr A Reid, Cllr B Moss of Wyke Council and Cllr C Lowe of Fenby Council") == [
        ("Cllr A Reid", None),
        ("Cllr B Moss", "Wyke Council"),
        ("Cllr C Lowe", "Fenby Council"),
    ]


def test_posts_and_bracketed_lists_are_left_alone() -> None:
    text = "Head of Finance of Wyke Council and Mr B Moss of Fenby Council"
    assert bodies_after_each_of(split_name_list(text), text) == split_name_list(text)
    text = "Mr A Reid (Chair) and Mr B Moss of Fenby Council"
    assert bodies_after_each_of(split_name_list(text), text) == split_name_list(text)


def test_apologies_and_substitutes_of_a_board_grouped_by_council() -> None:
    found = attendance_of(
        "Minutes of Meeting of the Northmoor Valuation Board held in the Board Room, Wyke,"
        " on Friday, 6 March 2009 at 10.30 a.m.\n\n"
        "Representing Wyke Council:\n\nMr A Reid, Mrs B Moss (Substitute), Mr C Lowe\n\n"
        "Representing Fenby Islands Council:\n\nMs D Pym, Mr E Hale\n\n"
        "1. Apologies for Absence\n\n"
        "Apologies for absence were intimated on behalf of Mr F Ward and Mr G Dunn of the Wyke"
        " Council and Mrs H Kerr of Fenby Islands Council.\n\n"
        "2. Minutes\n\nThe Minutes were APPROVED.\n"
    )
    assert (AttendanceRole.SUBSTITUTE, "Mrs B Moss", "Representing Wyke Council", 5) in found
    assert (AttendanceRole.PRESENT, "Mr C Lowe", "Representing Wyke Council", 5) in found
    assert [f for f in found if f[0] is APOLOGIES] == [
        (APOLOGIES, "Mr F Ward", "Wyke Council", 13),
        (APOLOGIES, "Mr G Dunn", "Wyke Council", 13),
        (APOLOGIES, "Mrs H Kerr", "Fenby Islands Council", 13),
    ]
