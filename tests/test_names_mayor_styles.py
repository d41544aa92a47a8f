"""An elected mayor's style before a name ("Metro Mayor A Reid", "Mayor B Moss") is a title,
as combined authorities, London boroughs and the LGA print it; the office after a name
("Deputy Mayor for Policing", "Mayor of Westbury") is not (invented minutes)."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.vocabulary import STARTS_WITH_TITLE

PRESENT = AttendanceRole.PRESENT
APOLOGIES = AttendanceRole.APOLOGIES

MAYORS = """\
MINUTES of a meeting of the Westmere Combined Authority held at the Civic Hall, Westmere on \
3 March 2023 at 10.00 am

Present:
Metro Mayor Ann Reid (Chair)
Deputy Mayor Ben Moss (Eastholm Council)
Councillor Cy Lowe (Northby Council)
Mayor Dee Hart (Southby Council)

1. Apologies
Apologies were received from Mayor Eve Pym and Councillor F Tait.
"""


def test_mayors_one_per_line_are_members_with_their_own_capacity() -> None:
    assert attendance_of(MAYORS) == [
        (PRESENT, "Metro Mayor Ann Reid", "Chair", 4),
        (PRESENT, "Deputy Mayor Ben Moss", "Eastholm Council", 5),
        (PRESENT, "Councillor Cy Lowe", "Northby Council", 6),
        (PRESENT, "Mayor Dee Hart", "Southby Council", 7),
        (APOLOGIES, "Mayor Eve Pym", None, 10),
        (APOLOGIES, "Councillor F Tait", None, 10),
    ]


def test_only_a_style_before_a_name_is_a_title() -> None:
    assert STARTS_WITH_TITLE.match("Mayor Dee Hart")
    assert STARTS_WITH_TITLE.match("Metro Mayor Ann Reid")
    assert not STARTS_WITH_TITLE.match("Mayor of Westbury")
    assert not STARTS_WITH_TITLE.match("Deputy Mayor for Policing and Fire")
    assert not STARTS_WITH_TITLE.match("Mayor")


def test_a_civic_style_is_no_elected_mayors_title() -> None:
    """ "the Mayor Councillor A Reid" is a council's civic style over the councillor's own
    title; "The Mayor" and "Mayor," alone are an office."""
    assert not STARTS_WITH_TITLE.match("Mayor Councillor A B Reid")
    assert not STARTS_WITH_TITLE.match("Mayor, Cllr A Reid")
