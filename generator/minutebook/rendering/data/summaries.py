"""Plain-text titles and summaries of meetings and papers, shared by the feeds, the
calendars and the structured data (every one plain text: each writer escapes it)."""

from __future__ import annotations

import datetime as dt

from ...model import Archive, Document, DocumentKind, Meeting
from ..pages.page_base import KIND_LABELS


def long_date(value: dt.date) -> str:
    return f"{value:%-d %B %Y}"


def midnight_utc(value: dt.date) -> dt.datetime:
    """A content date as the instant Atom and iCalendar need (the start of that day, UTC)."""
    return dt.datetime.combine(value, dt.time(), tzinfo=dt.UTC)


def meeting_summary(archive: Archive, meeting: Meeting) -> str:
    """One plain-text paragraph: when and where, and what is on the agenda."""
    body = archive.bodies[meeting.body].name
    when = long_date(meeting.date) + (f" at {meeting.time:%H:%M}" if meeting.time else "")
    text = f"Meeting of the {body} on {when}"
    text += f", {meeting.venue}." if meeting.venue else "."
    if meeting.items:
        text += " Agenda: " + "; ".join(f"{i.code} {i.title}".strip() for i in meeting.items) + "."
    papers = [archive.documents[d] for d in meeting.documents]
    if papers:
        text += f" Papers: {len(papers)}."
    return text


def document_title(document: Document) -> str:
    """Agenda, minutes and appendix titles already say what they are; other papers get
    their kind."""
    if document.kind in (DocumentKind.AGENDA, DocumentKind.MINUTES, DocumentKind.APPENDIX):
        return document.title
    return f"{KIND_LABELS[document.kind]}: {document.title}"


def document_summary(archive: Archive, document: Document) -> str:
    text = KIND_LABELS[document.kind]
    if document.date:
        text += f" dated {long_date(document.date)}"
    if document.meeting:
        meeting = archive.meetings[document.meeting]
        body = archive.bodies[meeting.body].name
        text += f", for the meeting of the {body} on {long_date(meeting.date)}"
    if document.agenda_item:
        item = next(
            i for m in archive.meetings.values() for i in m.items if i.id == document.agenda_item
        )
        if item.meeting == document.meeting:
            text += f", agenda {item.cited}"
        else:
            later = archive.meetings[item.meeting]
            text += (
                f"; {item.cited} on the agenda of the "
                f"{archive.bodies[later.body].name} on {long_date(later.date)}"
            )
    return text + f". Source: {document.source_file}."
