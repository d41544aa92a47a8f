"""A town council's lists printed each holder then their post after a comma ("Mrs N
Reay, Town Clerk, Ms E Small, Deputy Clerk"), a shortened post ("RFO") among them, and the
members' list wrapped after a bracket that follows its comma (invented examples)."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole

PRESENT, OFFICER = AttendanceRole.PRESENT, AttendanceRole.IN_ATTENDANCE

LISTS = """MINUTES OF A MEETING OF THE FINANCE COMMITTEE HELD on Monday 8th January 2024 at 7.30 pm
PRESENT: Cllrs A Reid, (in the Chair)
B Moss, C Lowe,
D Pym
IN ATTENDANCE: Mrs E Hale, Town Clerk, Ms F Ives, Deputy Clerk
Mrs G Kerr, RFO, Mr H Lamb, Estates Manager
"""


def test_each_post_goes_with_the_holder_before_it() -> None:
    officers = [(name, post) for role, name, post, _ in attendance_of(LISTS) if role is OFFICER]
    assert officers == [
        ("Mrs E Hale", "Town Clerk"),
        ("Ms F Ives", "Deputy Clerk"),
        ("Mrs G Kerr", "RFO"),
        ("Mr H Lamb", "Estates Manager"),
    ]


def test_the_list_goes_on_after_a_bracket_that_follows_its_comma() -> None:
    present = [(name, post) for role, name, post, _ in attendance_of(LISTS) if role is PRESENT]
    assert present == [
        ("A Reid", "in the Chair"),
        ("B Moss", None),
        ("C Lowe", None),
        ("D Pym", None),
    ]


def test_a_clerk_printed_before_the_holder_is_still_read_so() -> None:
    text = LISTS.replace(
        "IN ATTENDANCE: Mrs E Hale, Town Clerk, Ms F Ives, Deputy Clerk\n", ""
    ).replace("D Pym\n", "D Pym and the Town Clerk, Mrs E Hale\n")
    assert (OFFICER, "Mrs E Hale", "Town Clerk") in [
        (r, n, p) for r, n, p, _ in attendance_of(text)
    ]
