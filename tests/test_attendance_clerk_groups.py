"""The clerk printed under a label of the post, below the members present."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance_clerk_groups import clerk_group
from minutebook.parsing.minutes import parse_minutes

PAPER = """MINUTES of a meeting of Eastwold Parish Council held on 3 March 2031
Present: Councillors A Reid (Chairman), B Moss and C Lowe

Clerk: Dawn Hart

1. APOLOGIES
None.
"""


def test_clerk_posts_are_clerk_groups() -> None:
    assert clerk_group("Clerk")
    assert clerk_group("Clerk and RFO")
    assert clerk_group("Parish Clerk")
    assert clerk_group("Clerk to the Council")


def test_other_groups_are_not() -> None:
    assert not clerk_group("Chairman")
    assert not clerk_group("Councillors")
    assert not clerk_group("Clerk's report on the accounts")


def test_the_clerk_under_the_members_is_in_attendance() -> None:
    lines = [Line(n, t) for n, t in enumerate(PAPER.splitlines(), 1)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    parse_minutes(part, "x.txt", Diagnostics())
    roles = {a.as_written: a.role for a in part.attendance}
    assert roles["Dawn Hart"] is AttendanceRole.IN_ATTENDANCE
    assert roles["B Moss"] is AttendanceRole.PRESENT


def test_the_clerk_among_those_also_present_is_of_that_group() -> None:
    """A clerk is attended like any officer: under "Also Present", as those there are."""
    paper = (
        "MINUTES of a meeting of Eastwold Parish Council held on 3 March 2031\n"
        "Present: Councillors A Reid (Chairman) and B Moss\n"
        "Also Present: Cllr C Lowe (District Council), Dawn Hart (Clerk to the Council)\n"
        "\n"
        "1. APOLOGIES\n"
        "None.\n"
    )
    lines = [Line(n, t) for n, t in enumerate(paper.splitlines(), 1)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    parse_minutes(part, "x.txt", Diagnostics())
    roles = {a.as_written: a.role for a in part.attendance}
    assert roles["Dawn Hart"] is AttendanceRole.ALSO_PRESENT
    assert roles["Cllr C Lowe"] is AttendanceRole.ALSO_PRESENT
