"""A board's lists one a line, its kinds of member labelled inside the line, some empty;
and the whole board's meeting named under the board's letterhead."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_inline_kinds import inline_kinds
from minutebook.parsing.names import split_name_list
from opening_facts import first_part_meeting

BOARD = """FENBY AND WYKE INTERNAL DRAINAGE BOARD

MINUTES OF THE FULL BOARD MEETING

MONDAY 13th MAY 2019

PRESENT: Ratepayer Members: Mr Reid (Ch) Mr Moss Mr C Lowe

Appointed Members: Co-opted Members: Members Present: 3

APOLOGIES: Ratepayer Members: Mr Pym Appointed Members: Cllr Hart Co-opted Members:

49 Welcome and Apologies

49.1 The Chairman welcomed members to the meeting.

50 Declarations of Interest

50.1 There were none.
"""


def test_each_kind_labelled_inside_a_line_is_its_members_capacity() -> None:
    found = [(role, name, capacity) for role, name, capacity, _ in attendance_of(BOARD)]
    assert found == [
        (AttendanceRole.PRESENT, "Mr Reid", "Ch"),
        (AttendanceRole.PRESENT, "Mr Moss", "Ratepayer Members"),
        (AttendanceRole.PRESENT, "Mr C Lowe", "Ratepayer Members"),
        (AttendanceRole.APOLOGIES, "Mr Pym", "Ratepayer Members"),
        (AttendanceRole.APOLOGIES, "Cllr Hart", "Appointed Members"),
    ]


def test_a_line_with_no_kind_of_member_is_left_as_it_is() -> None:
    officers = "Officers: Mr Dunn – Chief Executive"
    assert inline_kinds(officers, split_name_list) == officers
    assert inline_kinds("Co-opted Members: Members Present: 3", split_name_list) == ""


def test_the_full_boards_meeting_is_the_boards() -> None:
    _, body, date, _, _ = first_part_meeting(BOARD)
    assert (body, date) == ("FENBY AND WYKE INTERNAL DRAINAGE BOARD", dt.date(2019, 5, 13))


def test_a_kind_that_says_nobody_names_nobody() -> None:
    assert inline_kinds("Local Members : none", split_name_list) == ""
