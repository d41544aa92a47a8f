"""Apologies given on someone's behalf: "X gave the apologies of Y", and a substitute
named in one apologies sentence, not the next."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import apologies_sentence

APOLOGIES = AttendanceRole.APOLOGIES


def _names(text: str) -> str | None:
    found = apologies_sentence(text)
    return found[0].strip().rstrip(".") if found else None


def test_the_apologies_of_someone_name_them() -> None:
    assert _names("The Clerk reported the apologies of Councillor A Reid.") == "Councillor A Reid"
    assert _names("Apologies of absence were received from Cllr B Moss.") == "Cllr B Moss"


def test_apologies_for_absence_from_the_meeting_after_the_label() -> None:
    found = attendance_of(
        "MINUTES of the meeting of the COUNCIL held at Wyke Hall on 3 March 2015.\n\n"
        "PRESENT: Councillors A Reid and B Moss.\n\n"
        "APOLOGIES: Apologies for absence from the meeting had been received from"
        " Councillors E Fry and F Tate.\n\n1. MINUTES\n\nAgreed.\n"
    )
    assert [f for f in found if f[0] is APOLOGIES] == [
        (APOLOGIES, "E Fry", None, 5),
        (APOLOGIES, "F Tate", None, 5),
    ]


def test_the_speaker_going_on_after_the_name_is_cut_off() -> None:
    found = attendance_of(
        "MINUTES\n\nPresent: Councillors Hill and Moran.\n\n1 APOLOGIES FOR ABSENCE\n"
        "Mr A Lowe gave the apologies of Ms B Pym from Fenwick LLP and introduced Mr C Hale"
        " as the new audit manager.\n\n2 MINUTES\nApproved.\n"
    )
    assert [f for f in found if f[0] is APOLOGIES] == [(APOLOGIES, "Ms B Pym", None, 6)]


def test_a_substitute_belongs_to_its_own_apologies_sentence() -> None:
    found = attendance_of(
        "MINUTES\n\nPresent: Councillors Hill and Moran.\n\n1 APOLOGIES FOR ABSENCE\n"
        "An apology for absence was received from Councillor D Kerr and it was confirmed that"
        " Councillor E Shaw would be his substitute. Mr A Lowe gave the apologies of Ms B Pym."
        "\n\n2 MINUTES\nApproved.\n"
    )
    assert [f for f in found if f[0] is not AttendanceRole.PRESENT] == [
        (APOLOGIES, "Councillor D Kerr", None, 6),
        (AttendanceRole.SUBSTITUTE, "Councillor E Shaw", "substitute for Councillor D Kerr", 6),
        (APOLOGIES, "Ms B Pym", None, 6),
    ]


def test_names_before_a_passive_close_end_at_its_verb() -> None:
    """ "Apologies from X were received": the names come first and the sentence closes on
    its verb, which is no part of the last name."""
    assert _names("Apologies from Cllr K Lee were accepted.") == "Cllr K Lee"
    assert _names("Apologies from Cllr A Reid and Mr B Moss were received.") == (
        "Cllr A Reid and Mr B Moss"
    )
    assert _names("Apologies from Mrs C Lowe had been received and accepted.") == "Mrs C Lowe"
    assert _names("Apologies were received from Cllr D Hart.") == "Cllr D Hart"
