"""A page unit whose writing raises: a diagnostic naming its source, and a stand-in page.

The stand-in keeps the record's address, so the links other pages make to it still
resolve (the engine's strict mode would abort on a missing page), and tells the reader
the page could not be written; the site build lets links to anchors it lacks pass.
See `failures` for why the build goes on.
"""

from __future__ import annotations

from typing import Any

from ..errors import Diagnostic, Severity
from ..failures import STAND_IN_KIND, describe
from ..model import Archive, Attendance, Document, Meeting
from .pages.page_base import Page
from .urls import md_body, md_document, md_meeting, md_organisation, md_person, md_topic

#: The front matter kind of a stand-in page (the site build knows such a page by it).


def unit_source(archive: Archive, kind: str, key: Any) -> tuple[str, int | None]:
    """The source file and line a unit's record comes from (a person: the first line that
    lists them; a record read from many papers, such as a topic, is named by its page)."""
    if isinstance(key, Document):
        return key.source_file, key.part.first_line
    if isinstance(key, Meeting):
        for document_id in key.documents:
            document = archive.documents.get(document_id)
            if document is not None:
                return document.source_file, document.part.first_line
        return md_meeting(key.id), None
    if kind == "person":
        for meeting in archive.meetings.values():
            for attendance in meeting.attendance:
                if attendance.person == key:
                    return _attendance_source(archive, meeting, attendance)
    return f"{kind} page {key if isinstance(key, str) else getattr(key, 'id', '')}", None


def _attendance_source(
    archive: Archive, meeting: Meeting, attendance: Attendance
) -> tuple[str, int | None]:
    """The file and line of the minutes that list an attendee (the record keeps its line)."""
    document = archive.documents.get(meeting.minutes_document or "")
    if document is None or attendance.line is None:
        return unit_source(archive, "meeting", meeting)
    return document.source_file, attendance.line


def unit_path(archive: Archive, kind: str, key: Any) -> str | None:
    """The path of the unit's own page (None: an index, which has no record)."""
    if isinstance(key, Meeting):
        return md_meeting(key.id)
    if isinstance(key, Document):
        return md_document(archive, key).partition("#")[0]
    ids = {"person": md_person, "organisation": md_organisation, "body": md_body}
    if kind in ids and isinstance(key, str):
        return ids[kind](key)
    if kind == "topic" and hasattr(key, "id"):
        return md_topic(str(key.id))
    return None


def failed_unit(
    archive: Archive, kind: str, key: Any, exc: Exception
) -> tuple[list[Page], Diagnostic]:
    """The stand-in page of a unit that could not be written, and the warning about it."""
    file, line = unit_source(archive, kind, key)
    path = unit_path(archive, kind, key)
    pages = []
    if path is not None:
        body = "# Page not written\n\nThis page could not be written; see the build's warnings.\n"
        pages.append(Page(path, {"kind": STAND_IN_KIND, "title": "Page not written"}, body))
    message = f"{describe(exc)}; the {kind} page could not be written"
    return pages, Diagnostic(file, line, "write-failed", message, Severity.WARNING)
