"""A label without its colon run into names of initials with no commas between them."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import label_line, read_attendance_lists
from minutebook.parsing.attendance_initials_run import initials_entries, initials_run

PRESENT = AttendanceRole.PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


def test_names_of_initials_are_cut_at_each_name() -> None:
    assert initials_entries("C Moss D E Lowe Mrs F G Hart") == [
        "C Moss",
        "D E Lowe",
        "Mrs F G Hart",
    ]
    assert initials_entries("H J Kerr, (Chief Executive) Mr K Pym (Director of Works)") == [
        "H J Kerr (Chief Executive)",
        "Mr K Pym (Director of Works)",
    ]


def test_a_label_run_into_the_names() -> None:
    assert initials_run("Officers Present H J Kerr (Clerk) L Dunn", label_line) == (
        "Officers Present",
        ["H J Kerr (Clerk)", "L Dunn"],
    )
    assert initials_run("Presiding A B Reid", label_line) == ("Presiding", ["A B Reid"])


@pytest.mark.parametrize(
    "text",
    [
        "Present were the following members of the Council",
        "Members noted A B Reid had left",  # "Members noted" is no label
        "Presiding A B Reid C Moss",  # one member presides
        "Present: A B Reid, C Moss",  # a colon: the list reader reads it
        "Officers Present H J Kerr and others",
    ],
)
def test_other_lines_are_not_runs(text: str) -> None:
    assert initials_run(text, label_line) is None


def test_the_opening_reads_each_name_and_post() -> None:
    lines = [
        Line(1, "Minutes of a Meeting of Drumcarra District Council held on 2 May 2006"),
        Line(3, "Presiding A B Reid"),
        Line(5, "Other Members Present C Moss D E Lowe Mrs F G Hart"),
        Line(7, "Officers Present H J Kerr, (Chief Executive) Mr K Pym (Director of Works)"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance] == [
        (PRESENT, "A B Reid", "Presiding", 3),
        (PRESENT, "C Moss", None, 5),
        (PRESENT, "D E Lowe", None, 5),
        (PRESENT, "Mrs F G Hart", None, 5),
        (IN_ATTENDANCE, "H J Kerr", "Chief Executive", 7),
        (IN_ATTENDANCE, "Mr K Pym", "Director of Works", 7),
    ]


def test_other_members_under_a_list_of_members_are_not_its_own() -> None:
    lines = [
        Line(3, "Present A B Reid C Moss"),
        Line(5, "Other Members Present D E Lowe"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(f.role, f.as_written) for f in part.attendance] == [
        (PRESENT, "A B Reid"),
        (PRESENT, "C Moss"),
        (AttendanceRole.ALSO_PRESENT, "D E Lowe"),
    ]


def test_representatives_of_other_bodies_are_in_attendance() -> None:
    label = label_line("Representatives from Other Bodies in Attendance")
    assert label is not None and label[1] is IN_ATTENDANCE


def test_names_of_initials_after_a_colon_are_cut_at_each_name() -> None:
    assert initials_run("Members Present Councillors: C Moss D E Lowe F Hart", label_line) == (
        "Members Present Councillors",
        ["C Moss", "D E Lowe", "F Hart"],
    )
    # one name, or names with commas, after a colon: the list reader reads them
    assert initials_run("Present: C Moss", label_line) is None
    assert initials_run("Present: C Moss, D E Lowe", label_line) is None


def test_a_surnames_particle_and_a_colon_after_presiding() -> None:
    """ "Mrs D Ní Shiadhail": a Gaelic particle before the surname is the name's;
    "Presiding: G C Shiels" with its colon names the member in the chair."""
    assert initials_entries("P J Bateson Mrs D Ní Shiadhail A de Vere") == [
        "P J Bateson",
        "Mrs D Ní Shiadhail",
        "A de Vere",
    ]
    assert initials_run("Presiding: G C Shiels", label_line) == ("Presiding", ["G C Shiels"])
