"""Atom feeds of meetings and papers: one per body, and one of every body.

Written with feedgen (lxml underneath), so every title and summary taken from a document is
escaped by the XML writer, never pasted into markup. Entries are dated from the content (a
meeting by its date, a paper by the date it carries) and never from the build clock, so the
same documents always give byte-identical feeds. A paper that carries no date is left out:
an Atom entry must say when it was updated, and Minutebook does not guess dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from ... import __version__
from ...model import Archive, Document, DocumentKind, Meeting
from ..pages.pages import KIND_LABELS
from ..publication import Publication, plain
from ..urls import feed_path, md_body, md_document, md_meeting, url_of


def long_date(value: dt.date) -> str:
    return f"{value:%-d %B %Y}"


def midnight_utc(value: dt.date) -> dt.datetime:
    """A content date as the instant Atom and iCalendar need (the start of that day, UTC)."""
    return dt.datetime.combine(value, dt.time(), tzinfo=dt.UTC)


@dataclass(frozen=True)
class Entry:
    """One feed entry: a meeting or a dated paper."""

    body: str | None
    date: dt.date
    order: int  # on one date: the meeting first, then its papers
    url: str  # site-root-relative, as in archive.json
    title: str
    summary: str
    category: str


def meeting_summary(archive: Archive, meeting: Meeting) -> str:
    """One plain-text paragraph: when and where, and what is on the agenda."""
    body = archive.bodies[meeting.body].name
    when = long_date(meeting.date) + (f" at {meeting.time:%H:%M}" if meeting.time else "")
    text = f"Meeting of the {body} on {when}"
    text += f", {meeting.venue}." if meeting.venue else "."
    if meeting.items:
        text += " Agenda: " + "; ".join(f"{i.code} {i.title}" for i in meeting.items) + "."
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
            text += f", agenda item {item.code} {item.title}"
        else:
            later = archive.meetings[item.meeting]
            text += (
                f"; item {item.code} {item.title} on the agenda of the "
                f"{archive.bodies[later.body].name} on {long_date(later.date)}"
            )
    return text + f". Source: {document.source_file}."


def entries(archive: Archive) -> list[Entry]:
    """Every meeting and every dated paper, newest first (ties in a fixed order)."""
    found: list[Entry] = []
    for meeting in archive.meetings.values():
        found.append(
            Entry(
                body=meeting.body,
                date=meeting.date,
                order=0,
                url=url_of(md_meeting(meeting.id)),
                title=f"Meeting: {archive.bodies[meeting.body].name}, {long_date(meeting.date)}",
                summary=meeting_summary(archive, meeting),
                category="meeting",
            )
        )
    for document in archive.documents.values():
        if document.date is None:
            continue
        found.append(
            Entry(
                body=archive.meetings[document.meeting].body if document.meeting else None,
                date=document.date,
                order=1,
                url=url_of(md_document(archive, document)),
                title=document_title(document),
                summary=document_summary(archive, document),
                category=document.kind.value,
            )
        )
    found.sort(key=lambda e: (-e.date.toordinal(), e.order, e.url))
    return found


def atom_feed(
    archive: Archive, publication: Publication, body_id: str | None, items: list[Entry]
) -> str:
    """The Atom document of one body (None: every body), entries already newest first."""
    name = archive.bodies[body_id].name if body_id else publication.settings.name
    home = url_of(md_body(body_id)) if body_id else "/"
    self_url = publication.absolute(feed_path(body_id))
    feed = FeedGenerator()
    feed.id(self_url)
    feed.title(plain(f"{name}: meetings and papers"))
    feed.subtitle(
        plain(
            f"New meetings and published papers of the {name}"
            if body_id
            else "New meetings and published papers of every body in the archive"
        )
    )
    feed.author({"name": plain(name)})
    feed.link(href=self_url, rel="self", type="application/atom+xml")
    feed.link(href=publication.absolute(home), rel="alternate", type="text/html")
    feed.language(publication.settings.locale)
    feed.generator("Minutebook", __version__)
    latest = max((e.date for e in items), default=dt.date(1970, 1, 1))
    feed.updated(midnight_utc(latest))
    for item in items:
        entry = feed.add_entry(order="append")
        url = publication.absolute(item.url)
        entry.id(url)
        entry.title(plain(item.title))
        entry.updated(midnight_utc(item.date))
        entry.published(midnight_utc(item.date))
        entry.link(href=url, rel="alternate", type="text/html")
        entry.summary(plain(item.summary), type="text")
        entry.category(term=item.category)
    xml: bytes = feed.atom_str(pretty=True, encoding="UTF-8", xml_declaration=True)
    return xml.decode("utf-8")


def feeds(archive: Archive, publication: Publication) -> dict[str, str]:
    """Site path -> Atom document, for each body and for the whole archive."""
    everything = entries(archive)
    out = {feed_path(None): atom_feed(archive, publication, None, everything)}
    for body_id in archive.bodies:
        mine = [e for e in everything if e.body == body_id]
        out[feed_path(body_id)] = atom_feed(archive, publication, body_id, mine)
    return out
