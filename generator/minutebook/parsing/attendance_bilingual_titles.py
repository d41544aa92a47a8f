"""Minute titles printed in English and Welsh: "Apologies for Absence / Ymddiheuriadau".

Welsh councils head each minute in both languages, the halves split by a slash
("Attendance / Presenoldeb", "Ymddiheuriadau / Apologies"). A minute about one role of
attendance is known by its English title alone, so the English half is read when exactly
one half is such a title and the other half names no attendance at all (so "Apologies /
Substitutions", two roles, is never read as one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import AttendanceRole

#: The slash between the two halves; at most one is read (a title has two languages).
HALVES = re.compile(r"\s?/\s?")


def bilingual_role(
    title: str,
    one_role: Callable[[str], AttendanceRole | None],
    names_attendance: Callable[[str], bool],
) -> AttendanceRole | None:
    """The role of a minute titled in two languages, from its English half; None unless
    the title has two halves, one of them a one-role title (`one_role`) and the other
    naming no attendance in English (`names_attendance`)."""
    halves = HALVES.split(title, maxsplit=1) if "/" in title else []
    if len(halves) != 2 or not all(h.strip() for h in halves):
        return None
    roles = [one_role(h.strip()) for h in halves]
    found = [
        (role, other)
        for role, other in zip(roles, reversed(halves), strict=True)
        if role is not None
    ]
    if len(found) != 1 or names_attendance(found[0][1]) or ENGLISH_ROLE.search(found[0][1]):
        return None  # "Record of those Present/Apologies": two roles, one language
    return found[0][0]


#: An English word of attendance in the other half: both halves are English roles
ENGLISH_ROLE = re.compile(r"\b(?:present|attendance|attending|absent|apologies)\b", re.IGNORECASE)
