"""Headings in words over the people who attended: "Officers on the platform", "In the
Public Gallery", "Other people attending".

A minute that records attendance ("Attendance", "Those present") may sort the people it
lists under headings of its own wording instead of a label the readers know: who sat at
the top table, other officers who came for part of the meeting, guests, those in the
public gallery. Such a heading is a short line alone, with no name and no full stop,
naming a kind of attendee who is not a member; everyone under it is in attendance.
"""

from __future__ import annotations

import re

from ..model import AttendanceRole

#: A short line of words: no digits, commas, colons inside or full stop; a colon may end it.
SHAPE = re.compile(r"^(?=.{3,100}$)[A-Z][\w'’&/-]*(?:[ \t]+[\w'’&/()-]+){0,14}[ \t]*:?$")
#: Words naming those who attend but are not members.
ATTENDEES = re.compile(
    r"\b(?:officers?|officials|staff|attending|observing|observers?|gallery|public"
    r"|people|others|guests?|visitors?|advis[eo]rs?|presenters?|speakers?)\b",
    re.IGNORECASE,
)
#: A person's title: a line with one is a name, not a heading.
PERSON = re.compile(r"\b(?:Cllrs?|Councillors?|Mrs?|Ms|Miss|Dr|Mayor)\b\.?")


def group_heading(text: str) -> tuple[str, AttendanceRole, str] | None:
    """'Officers on the platform': a heading over people in attendance, as a label (the
    heading, its role, no names after it); None for any other line."""
    words = text.strip()
    if not SHAPE.match(words) or PERSON.search(words) or not ATTENDEES.search(words):
        return None
    return words.rstrip(":").strip(), AttendanceRole.IN_ATTENDANCE, ""


#: The last word of a team or service sending people: "Youth Service", "Learning Team",
#: "Youth Forum".
TEAM = re.compile(
    r"^[A-Z][\w'’&,() -]{0,80}\s(?:Service|Services|Team|Unit|Department|Directorate|Office"
    r"|Partnership|Trust|Forum|Agency)$"
)


def team_group(group: str) -> bool:
    """'Youth Service:' heading officers in attendance: the team each comes from (their
    capacity); False for any other group."""
    return TEAM.match(group.strip()) is not None


#: "Representing Wyke Borough Council:", "Appointed by Hexton County Council:" alone on its
#: line: the council whose members are listed under it.
APPOINTING_HEADING = re.compile(
    r"^(?:representing|appointed\s+by|nominated\s+by)\s+(?:the\s+)?[A-Z][\w'’&,. -]{2,80}?"
    r"(?:Council|Authority|Borough|District|County|City)\s*:$",
    re.IGNORECASE,
)


#: "Representing the Wyke Council" alone on its line with no colon: a joint board's minutes
#: list each council's members under it, blank lines around.
REPRESENTING_HEADING = re.compile(
    r"^Representing\s+(?:the\s+)?[A-Z][\w'’&,. -]{2,80}?(?:Council|Authority)$"
)


def appointing_heading(text: str) -> bool:
    """Whether a line alone names the council whose members the lines under it list
    (a joint authority's members present, printed by constituent council)."""
    heading = text.strip()
    return bool(APPOINTING_HEADING.match(heading) or REPRESENTING_HEADING.match(heading))
