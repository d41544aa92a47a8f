"""Members listed council by council in one run: "Councillors A and B - X Council
Councillors C and D - Y Council ...": each name sits for the council after its dash."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_plural_groups import plural_title_groups

RUN = (
    "Councillors A.B. Reid and Mrs. C. Moss - Fenby District Council Councillors "
    "D.E. Lowe and F. Pym - Ashby District Council Councillors G. Hale - Marsh Council"
)


def test_each_group_sits_for_its_council() -> None:
    text = f"Present:\n\n{RUN}\n\n1. APOLOGIES\n\nNone.\n"
    p = AttendanceRole.PRESENT
    assert attendance_of(text) == [
        (p, "A.B. Reid", "Fenby District Council", 3),
        (p, "Mrs. C. Moss", "Fenby District Council", 3),
        (p, "D.E. Lowe", "Ashby District Council", 3),
        (p, "F. Pym", "Ashby District Council", 3),
        (p, "G. Hale", "Marsh Council", 3),
    ]


def test_one_group_or_a_group_without_its_dash_is_no_run() -> None:
    assert plural_title_groups("Councillors A Reid and B Moss - Fenby Council") is None
    assert plural_title_groups("Councillors A Reid and B Moss Councillors C Lowe - X") is None
    assert plural_title_groups("Apologies: Councillors A - X Councillors B - Y") is None
    prose = "Councillors Noted the budget update - Fenby Council Councillors B Moss - Ashby Council"
    assert plural_title_groups(prose) is None
