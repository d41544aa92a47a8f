"""Members marked by a small letter ("p", "a", "d") in the margin, with no key."""

from __future__ import annotations

from minute_fixtures import attendance_of, lines_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_small_marks import marked_row, small_marked_attendance

PRESENT = AttendanceRole.PRESENT
APOLOGIES = AttendanceRole.APOLOGIES
SUBSTITUTE = AttendanceRole.SUBSTITUTE
ALSO = AttendanceRole.ALSO_PRESENT

MINUTES = (
    "AT A MEETING of the Tarnby Police and Crime Panel held at Elm Hall\n"
    "\n"
    "Chairman:\n"
    "p Councillor Ada Frome (Tarnby Borough Council)\n"
    "\n"
    "\tp Councillor Ben Tull\ta Councillor Cara Voss\n"
    "\t(Elmside City Council)\t(Lowfold District Council)\n"
    "\tp Mrs Dee Ward\tp Councillor Eli Yorke\n"
    "\t(Independent Member)\t(Tarnby County Council)\n"
    "\n"
    "Deputy Members in attendance:\n"
    "d Councillor Fay Zeal (deputy for Councillor Cara Voss)\n"
    "\n"
    "At the invitation of the Chairman:\n"
    "Gil Ames – Police and Crime Commissioner for Tarnby\n"
    "\n"
    "1.  APOLOGIES FOR ABSENCE\n"
)


def test_rows_of_small_marks_give_each_members_role_and_council() -> None:
    assert attendance_of(MINUTES) == [
        (PRESENT, "Councillor Ada Frome", "Tarnby Borough Council", 4),
        (PRESENT, "Councillor Ben Tull", "Elmside City Council", 6),
        (APOLOGIES, "Councillor Cara Voss", "Lowfold District Council", 6),
        (PRESENT, "Mrs Dee Ward", "Independent Member", 8),
        (PRESENT, "Councillor Eli Yorke", "Tarnby County Council", 8),
        (SUBSTITUTE, "Councillor Fay Zeal", "substitute for Councillor Cara Voss", 12),
        (ALSO, "Gil Ames", "Police and Crime Commissioner for Tarnby", 15),
    ]


def test_a_marked_row_is_a_letter_and_a_titled_name_in_every_cell() -> None:
    assert marked_row("\tp Councillor Ben Tull\ta Councillor Cara Voss") == [
        (PRESENT, "Councillor Ben Tull"),
        (APOLOGIES, "Councillor Cara Voss"),
    ]
    assert marked_row("a Councillor of the borough spoke") is None  # "of": no name
    assert marked_row("p Ben Tull") is None  # untitled: maybe an initial and a surname
    assert marked_row("\tp Councillor Ben Tull\tElmside City Council") is None


def test_fewer_than_three_marked_rows_are_no_marks() -> None:
    two_rows = lines_of("p Councillor Ben Tull\na Councillor Cara Voss")
    assert small_marked_attendance(two_rows) is None
