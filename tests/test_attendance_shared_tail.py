"""Guests and the body they came from printed once after them; "Councillors:" as the
label of those present; "(In place of X)" among them; an apology in the singular."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import sent_apologies_sentence
from minutebook.parsing.attendance_member_kinds import councillors_label
from minutebook.parsing.attendance_shared_tail import shared_trailing_body
from minutebook.parsing.names import split_name_list

PRESENT = AttendanceRole.PRESENT


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(e.as_written, e.capacity) for e in shared_trailing_body(split_name_list(text), text)]


def test_a_body_after_the_last_of_several_guests_is_all_of_theirs() -> None:
    assert _read("Mr A Reid and Ms B Moss, Audit Scotland") == [
        ("Mr A Reid", "Audit Scotland"),
        ("Ms B Moss", "Audit Scotland"),
    ]
    assert _read("Mr C Lowe, Ms D Pym and Mr E Hale, Fenwick Partners") == [
        ("Mr C Lowe", "Fenwick Partners"),
        ("Ms D Pym", "Fenwick Partners"),
        ("Mr E Hale", "Fenwick Partners"),
    ]


def test_a_list_of_people_only_is_left_alone() -> None:
    assert _read("Mr A Reid and Ms B Moss, Mr C Lowe") == [
        ("Mr A Reid", None),
        ("Ms B Moss", None),
        ("Mr C Lowe", None),
    ]
    assert _read("Mr A Reid, Ms B Moss, Audit Scotland") == [  # no "and": three pieces
        ("Mr A Reid", None),
        ("Ms B Moss", None),
        ("Audit Scotland", None),
    ]


def test_councillors_with_a_colon_label_those_present() -> None:
    assert councillors_label("Councillors: Ann Reid (Chair), Ben Moss") == (
        "Councillors",
        PRESENT,
        "Ann Reid (Chair), Ben Moss",
    )
    assert councillors_label("Councillors:") is None
    assert councillors_label("Councillors: it was noted that the report was late") is None


def test_an_apology_in_the_singular_is_read() -> None:
    assert sent_apologies_sentence("Councillor Ann Reid had sent her apology.") == [
        "Councillor Ann Reid"
    ]


MINUTES = """WESTFORD COUNCIL
SCRUTINY PANEL

Minutes of the Meeting held
Tuesday, 4th March, 2014, 10.00 am

Councillors: Ann Reid (Chair), Ben Moss and Carl Lowe (In place of Dora Pym)

Also in attendance: Mr E Hale and Ms F Rowe, Westford Audit Partners


1    APOLOGIES FOR ABSENCE

     Councillor Dora Pym had sent her apology.
"""


def test_a_record_opening_with_councillors_is_read() -> None:
    assert attendance_of(MINUTES) == [
        (PRESENT, "Ann Reid", "Chair", 7),
        (PRESENT, "Ben Moss", None, 7),
        (AttendanceRole.SUBSTITUTE, "Carl Lowe", "substitute for Dora Pym", 7),
        (AttendanceRole.IN_ATTENDANCE, "Mr E Hale", "Westford Audit Partners", 9),
        (AttendanceRole.IN_ATTENDANCE, "Ms F Rowe", "Westford Audit Partners", 9),
        (AttendanceRole.APOLOGIES, "Councillor Dora Pym", None, 14),
    ]
