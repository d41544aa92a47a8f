"""An apology with its substitute named after a dash (attendance_substituted_by)."""

from __future__ import annotations

from minutebook.model import AttendanceFacts, AttendanceRole
from minutebook.parsing.attendance_substituted_by import substitute_named, with_named_substitutes
from opening_facts import parsed


def test_the_note_names_the_substitute() -> None:
    assert substitute_named("- Ben Moss substituted") == "Ben Moss"
    assert substitute_named("– Cllr Ben Moss attended as substitute") == "Cllr Ben Moss"
    assert substitute_named("- substituted by Ben Moss.") == "Ben Moss"
    assert substitute_named("Ben Moss deputised") == "Ben Moss"


def test_other_notes_stay_the_capacity() -> None:
    assert substitute_named("- Chief Executive") is None
    assert substitute_named("- the meeting substituted") is None
    assert substitute_named(None) is None
    present = AttendanceFacts(AttendanceRole.PRESENT, "Ann Reid", "- Ben Moss substituted", 4)
    assert with_named_substitutes([present]) == [present]


def test_a_partnerships_apologies_one_a_line_with_a_substitute() -> None:
    text = (
        "FENBY COMMUNITY SAFETY PARTNERSHIP\n\n"
        "MINUTES of the meeting held on 18 February 2010 at 11.00 am at the Civic Centre\n\n"
        "Present: Ann Reid (Chair), Cara Lowe\n\n"
        "1. APOLOGIES FOR ABSENCE\n\n"
        "Apologies for absence were received from the following:\n\n"
        "Dan Hart\n\nPeter Lewis                 - Jennifer James substituted\n\nEd Kerr\n\n"
        "2. MINUTES\n\nThe minutes were agreed.\n"
    )
    part = parsed(text).parts[0]
    assert [(a.role, a.as_written, a.capacity) for a in part.attendance][2:] == [
        (AttendanceRole.APOLOGIES, "Dan Hart", None),
        (AttendanceRole.APOLOGIES, "Peter Lewis", None),
        (AttendanceRole.SUBSTITUTE, "Jennifer James", "substitute for Peter Lewis"),
        (AttendanceRole.APOLOGIES, "Ed Kerr", None),
    ]
