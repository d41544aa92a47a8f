"""What a reader can follow beyond a body: a topic, or a person, across every year.

One list of entries per topic and per person, newest first, feeds both the record's Atom
feed (`feeds/topics/<id>.xml`, `feeds/people/<id>.xml`) and the "Latest" list on its page,
so the two always agree. Each entry is dated from the content (its meeting's date, or the
date its paper carries); a paper that carries no date is left out, as in the body feeds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...model import AttendanceRole, Document, Meeting, Topic
from ..pages.page_base import WriterBase
from ..urls import md_document, md_meeting, md_on_meeting, question_anchor
from .summaries import document_summary, document_title, long_date

#: How a person's attendance at a meeting is put in an entry's title.
ATTENDED = {
    AttendanceRole.PRESENT: "Present",
    AttendanceRole.ALSO_PRESENT: "Also present",
    AttendanceRole.IN_ATTENDANCE: "In attendance",
    AttendanceRole.APOLOGIES: "Sent apologies",
    AttendanceRole.SUBSTITUTE: "Present as a substitute",
    AttendanceRole.ABSENT: "Recorded as absent",
}


@dataclass(frozen=True)
class Followed:
    """One dated entry on a topic or a person: where it is (a Markdown path, with its
    anchor), what to call it, and a plain-text summary."""

    date: dt.date
    order: int  # on one date: meeting records first, in the order of the page
    md: str
    title: str
    summary: str
    category: str
    body: str | None


def newest_first(entries: list[Followed]) -> list[Followed]:
    """Newest first, ties in a fixed order; one entry per place (an Atom id is unique)."""
    seen: set[str] = set()
    out = []
    for entry in sorted(entries, key=lambda e: (-e.date.toordinal(), e.order, e.md, e.title)):
        if entry.md not in seen:
            seen.add(entry.md)
            out.append(entry)
    return out


def _at(writer: WriterBase, meeting: Meeting) -> str:
    body = writer.archive.bodies[meeting.body].name
    return f"the meeting of the {body} on {long_date(meeting.date)}"


def _paper(writer: WriterBase, document: Document, order: int) -> Followed | None:
    if document.date is None:
        return None
    meeting = writer.archive.meetings[document.meeting] if document.meeting else None
    return Followed(
        date=document.date,
        order=order,
        md=md_document(writer.archive, document),
        title=document_title(document),
        summary=document_summary(writer.archive, document),
        category=document.kind.value,
        body=meeting.body if meeting else None,
    )


def topic_entries(writer: WriterBase, topic: Topic) -> list[Followed]:
    """The topic's agenda items, minutes, papers and report sections, newest first."""
    a = writer.archive
    found: list[Followed] = []
    for item_id in topic.items:
        item = writer.items[item_id]
        meeting = a.meetings[item.meeting]
        found.append(
            Followed(
                meeting.date, 0, md_on_meeting(meeting.id, item.id),
                f"{item.headline} ({writer.meeting_title(meeting)})",
                f"Agenda {item.cited}, at {_at(writer, meeting)}.",
                "agenda-item", meeting.body,
            )
        )  # fmt: skip
    for minute_id in topic.minutes:
        minute = writer.minutes[minute_id]
        meeting = a.meetings[writer.minute_meeting[minute_id]]
        summary = f"Minute {minute.facts.number} {minute.facts.title}, at {_at(writer, meeting)}."
        if minute.facts.resolution:
            summary += f" {minute.facts.resolution}"
        found.append(
            Followed(
                meeting.date, 1, md_on_meeting(meeting.id, minute.id),
                f"Minute {minute.facts.number}: {minute.facts.title} "
                f"({writer.meeting_title(meeting)})",
                summary, "minute", meeting.body,
            )
        )  # fmt: skip
    papers = [*topic.documents, *(document_id for document_id, _line, _heading in topic.sections)]
    for document_id in papers:
        entry = _paper(writer, a.documents[document_id], 2)
        if entry is not None:
            found.append(entry)
    return newest_first(found)


def person_entries(writer: WriterBase, person_id: str) -> list[Followed]:
    """Where the papers record a person: attendance, questions they asked, interests they
    declared and every place the text names them, newest first."""
    a = writer.archive
    found: list[Followed] = []
    for meeting in writer.meetings_of_person.get(person_id, []):
        title = writer.meeting_title(meeting)
        for x in meeting.attendance:
            if x.person == person_id:
                found.append(
                    Followed(
                        meeting.date, 0, md_meeting(meeting.id) + "#minutes",
                        f"{ATTENDED[x.role]}: {title}",
                        f"{ATTENDED[x.role]} at {_at(writer, meeting)}"
                        + (f", as {x.capacity}." if x.capacity else "."),
                        "attendance", meeting.body,
                    )
                )  # fmt: skip
        for q in meeting.questions:
            if q.asker == person_id:
                found.append(
                    Followed(
                        meeting.date, 1, md_on_meeting(meeting.id, question_anchor(meeting, q)),
                        f"Question: {title}", q.text, "question", meeting.body,
                    )
                )  # fmt: skip
        for d in meeting.declarations:
            if d.person == person_id:
                found.append(
                    Followed(
                        meeting.date, 2, md_on_meeting(meeting.id, d.minute),
                        f"Declaration of interest: {title}", d.text, "declaration", meeting.body,
                    )
                )  # fmt: skip
    for mention in writer.mentions_of.get(person_id, []):
        document = a.documents[mention.document]
        held = a.meetings[document.meeting] if document.meeting else None
        date = held.date if held else document.date
        if date is None:
            continue
        where, label = writer.where(mention.document, mention.line)
        found.append(
            Followed(
                date, 3, where, f"Mentioned: {label}",
                f"Named as “{mention.as_written}” in {label}.", "mention",
                held.body if held else None,
            )
        )  # fmt: skip
    return newest_first(found)
