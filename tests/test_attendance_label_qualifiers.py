"""Attendance labels in capitals with a qualifier before "IN ATTENDANCE" ("OTHER MEMBERS IN
ATTENDANCE:", "OFFICERS IN ATTENDANCE:"), on their own lines or flattened onto one: the
whole label heads its list, never cut inside (invented examples)."""

from __future__ import annotations

from minute_fixtures import attendance_of, lines_of
from minutebook.model import AttendanceRole
from minutebook.parsing.flattened_lines import split_flattened_lines

LINES = (
    "MINUTES OF THE MEETING OF THE CABINET HELD ON MONDAY 3 JULY 2023 AT 6 PM IN THE GUILDHALL\n"
    "\n"
    "PRESENT: Councillor A Reid (Chairman) and Councillor B Moss\n"
    "\n"
    "OTHER MEMBERS IN ATTENDANCE: Councillor C Lowe\n"
    "\n"
    "OFFICERS IN ATTENDANCE: Ann Hart (Chief Executive)\n"
    "\n"
    "1. APOLOGIES\n"
    "\n"
    "None.\n"
)


def test_capitals_labels_with_a_qualifier_give_their_roles() -> None:
    roles = {(role, name) for role, name, _, _ in attendance_of(LINES)}
    assert (AttendanceRole.ALSO_PRESENT, "Councillor C Lowe") in roles
    assert (AttendanceRole.IN_ATTENDANCE, "Ann Hart") in roles
    assert not any(name.endswith(("OTHER MEMBERS", "OFFICERS")) for _, name in roles)


def test_a_flattened_line_is_cut_before_the_qualifier() -> None:
    flat = " ".join(line for line in LINES.splitlines() if line) + " " + "word " * 80
    texts = [line.text for line in split_flattened_lines(lines_of(flat))[0]]
    assert "OTHER MEMBERS IN ATTENDANCE: Councillor C Lowe" in texts
    assert any(
        text.startswith("OFFICERS IN ATTENDANCE: Ann Hart (Chief Executive)") for text in texts
    )


def test_mixed_case_qualified_labels_are_cut_too() -> None:
    flat = (
        "Minutes of a meeting of the Cabinet held on 3 July 2023 in the Guildhall Present: "
        "Councillor A Reid and Councillor B Moss Other Members in attendance: Councillor C Lowe "
        "Officers in attendance: Ann Hart (Chief Executive) 1. Apologies None. 2. Minutes "
        "RESOLVED that the minutes be approved. " + "word " * 60
    )
    texts = [line.text for line in split_flattened_lines(lines_of(flat))[0]]
    assert "Other Members in attendance: Councillor C Lowe" in texts
    assert "Officers in attendance: Ann Hart (Chief Executive)" in texts
