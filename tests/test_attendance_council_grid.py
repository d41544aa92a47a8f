"""Members marked "P." / "A." under their councils' headings, in two columns."""

from __future__ import annotations

from minute_fixtures import attendance_of, lines_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_council_grid import council_grid_attendance

PRESENT = AttendanceRole.PRESENT
APOLOGIES = AttendanceRole.APOLOGIES

MINUTES = (
    "MINUTES of a meeting of the Tarnby Police and Crime Panel held at Elm Hall on\n"
    "Monday 3 March 2025 at 10.00 am\n"
    "\n"
    "Elmside Borough Council              Lowfold Council\n"
    "P. Councillor Ada Frome (Chair)      P. Councillor Ben Tull\n"
    "A. Councillor Cara Voss              P. Councillor Dan Upton (Deputy\n"
    "                                     Chair)\n"
    "Independent Members                  Tarnby County Council\n"
    "P. Eve Ward                          P. Councillor Fay Yorke\n"
    "\n"
    "1.  APOLOGIES FOR ABSENCE\n"
    "\n"
    "Apologies were received from Councillor Cara Voss.\n"
)


def test_each_column_is_read_under_its_council_heading() -> None:
    assert attendance_of(MINUTES) == [
        (PRESENT, "Councillor Ada Frome", "Chair", 5),
        (PRESENT, "Councillor Ben Tull", "Lowfold Council", 5),
        (PRESENT, "Councillor Dan Upton", "Deputy Chair", 6),
        (PRESENT, "Eve Ward", "Independent Members", 9),
        (PRESENT, "Councillor Fay Yorke", "Tarnby County Council", 9),
        (APOLOGIES, "Councillor Cara Voss", None, 13),
    ]


def test_an_office_in_brackets_keeps_the_council_as_organisation() -> None:
    grid = council_grid_attendance(lines_of(MINUTES))
    assert grid is not None
    chair = grid[0][0]
    assert (chair.capacity, chair.organisation) == ("Chair", "Elmside Borough Council")
    assert grid[1] == set(range(3, 9))  # the grid's lines, headings included


def test_a_sentence_with_initials_is_no_grid() -> None:
    text = (
        "Present: P. Smith, A. Jones and P. Brown\n"
        "\n"
        "P. Smith said that the report was late.\n"
        "A. Jones asked why.\n"
        "P. Brown agreed.\n"
    )
    assert council_grid_attendance(lines_of(text)) is None


def test_fewer_than_three_marks_are_no_grid() -> None:
    text = (
        "Lowfold Council              Elmside Council\n"
        "P. Councillor Ben Tull       A. Councillor Cara Voss\n"
    )
    assert council_grid_attendance(lines_of(text)) is None
