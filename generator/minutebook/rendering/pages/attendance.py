"""Attendance that the minutes bear out: who was expected at which meeting, and what the
minutes say of them.

Minutes record who was present and who sent apologies; they rarely say who simply did not
come. Counting only the meetings that name someone makes anyone who never sends apologies
look perfect. So a member of a body (listed on an agenda's membership, or recorded present
or sending apologies) is expected at every meeting of that body with minutes in the
archive from the first to the last date the papers show them as a member; at such a
meeting, not being recorded as present is counted as absent. Outside that span, and for
people who only ever attend (officers, guests, substitutes), only the meetings whose minutes
name them count. Every rate says what it counts: "present at 3 of 5 meetings ... between
A and B".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cached_property

from ...model import AttendanceRole, Meeting
from .page_base import WriterBase, _date, _text

#: Roles only a member of the body is recorded under: they anchor the span of membership.
MEMBER_ROLES = frozenset({AttendanceRole.PRESENT, AttendanceRole.APOLOGIES})
PRESENT_ROLES = frozenset(
    {AttendanceRole.PRESENT, AttendanceRole.ALSO_PRESENT, AttendanceRole.IN_ATTENDANCE}
)

#: One meeting in a person's record: the meeting, "present", "substitute", "apologies" or
#: "absent", and the capacity they attended in ("" when none is printed).
Sitting = tuple[Meeting, str, str]


def status_at(meeting: Meeting, person_id: str) -> str:
    """What the minutes of `meeting` say of the person: present, substitute, apologies, or
    absent when they are not recorded as either."""
    roles = {x.role for x in meeting.attendance if x.person == person_id}
    if roles & PRESENT_ROLES:
        return "present"
    if AttendanceRole.SUBSTITUTE in roles:
        return "substitute"
    if AttendanceRole.APOLOGIES in roles:
        return "apologies"
    return "absent"


def membership_span(person_id: str, meetings: list[Meeting]) -> tuple[dt.date, dt.date] | None:
    """The first and last date the papers show the person as a member of the body these
    meetings belong to (membership lists, present, apologies), or None. Once they are
    known as a member, a question they put or an interest they declared at a meeting of
    the body is a known date too: a member whose question the minutes answer in writing
    "as Cllr X was not present" was expected there."""
    dates = [
        m.date
        for m in meetings
        if any(x.person == person_id for x in m.membership)
        or any(x.person == person_id and x.role in MEMBER_ROLES for x in m.attendance)
    ]
    if not dates:
        return None
    dates += [
        m.date
        for m in meetings
        if any(q.asker == person_id for q in m.questions)
        or any(d.person == person_id for d in m.declarations)
    ]
    return min(dates), max(dates)


def expected_sittings(
    person_id: str, own_meetings: list[Meeting], minuted_of_body: list[Meeting]
) -> list[Sitting]:
    """The meetings of one body at which the person was expected, oldest first:
    `own_meetings` are the body's meetings whose papers name them, `minuted_of_body` every
    meeting of the body whose minutes record attendance."""
    span = membership_span(person_id, own_meetings)
    named = {m.id for m in own_meetings if any(x.person == person_id for x in m.attendance)}
    sittings: list[Sitting] = []
    for meeting in minuted_of_body:
        in_span = span is not None and span[0] <= meeting.date <= span[1]
        if not in_span and meeting.id not in named:
            continue
        capacity = next(
            (x.capacity for x in meeting.attendance if x.person == person_id and x.capacity), ""
        )
        sittings.append((meeting, status_at(meeting, person_id), capacity or ""))
    return sittings


class AttendanceRecords(WriterBase):
    """Attendance records and the sentence that states a rate, shared by the person, body
    and organisation pages."""

    @cached_property
    def minuted_meetings(self) -> dict[str, list[Meeting]]:
        """Per body, its meetings whose minutes record attendance, oldest first."""
        found: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in self._meetings_sorted(reverse=False):
            if meeting.attendance:
                found[meeting.body].append(meeting)
        return found

    def attendance_record(self, person_id: str) -> dict[str, list[Sitting]]:
        """Per body, each meeting with minutes at which the person was expected (see the
        module's docstring) and what the minutes say of them."""
        own: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in self.meetings_of_person.get(person_id, []):
            own[meeting.body].append(meeting)
        record: dict[str, list[Sitting]] = {}
        for body, meetings in own.items():
            sittings = expected_sittings(person_id, meetings, self.minuted_meetings.get(body, []))
            if sittings:
                record[body] = sittings
        return record

    def attendance_rate(self, body_id: str, sittings: list[Sitting]) -> str:
        """'present at 3 of 5 meetings of the X between A and B (60%)'."""
        present = sum(1 for _, s, _ in sittings if s in {"present", "substitute"})
        total = len(sittings)
        rate = round(100 * present / total)
        name = _text(self.archive.bodies[body_id].name)
        first, last = sittings[0][0].date, sittings[-1][0].date
        noun = "meeting" if total == 1 else "meetings"
        when = (
            f"on {_date(first)}" if first == last else f"between {_date(first)} and {_date(last)}"
        )
        return f"present at {present} of {total} {noun} of the {name} {when} ({rate}%)"
