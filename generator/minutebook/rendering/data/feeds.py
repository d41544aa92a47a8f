"""Atom feeds of meetings and papers: one per body, and one of every body; and one per
topic and per person (entries from `followed`).

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
from ...model import Archive
from ..pages.page_base import WriterBase
from ..publication import Publication, plain
from ..urls import (
    feed_path,
    md_body,
    md_document,
    md_meeting,
    md_person,
    md_topic,
    person_feed_path,
    topic_feed_path,
    url_of,
)
from .followed import Followed, person_entries, topic_entries
from .summaries import document_summary, document_title, long_date, meeting_summary, midnight_utc


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


@dataclass(frozen=True)
class FeedHead:
    """What a feed says about itself: its path, the page it follows, title and subtitle."""

    path: str
    home: str  # site-root-relative URL of the page the feed follows
    title: str
    subtitle: str
    author: str


def atom_feed(publication: Publication, head: FeedHead, items: list[Entry]) -> str:
    """The Atom document of `head`, entries already newest first."""
    self_url = publication.absolute(head.path)
    feed = FeedGenerator()
    feed.id(self_url)
    feed.title(plain(head.title))
    feed.subtitle(plain(head.subtitle))
    feed.author({"name": plain(head.author)})
    feed.link(href=self_url, rel="self", type="application/atom+xml")
    feed.link(href=publication.absolute(head.home), rel="alternate", type="text/html")
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


def body_head(archive: Archive, publication: Publication, body_id: str | None) -> FeedHead:
    """The head of a body's feed (None: of every body)."""
    name = archive.bodies[body_id].name if body_id else publication.settings.name
    return FeedHead(
        path=feed_path(body_id),
        home=url_of(md_body(body_id)) if body_id else "/",
        title=f"{name}: meetings and papers",
        subtitle=(
            f"New meetings and published papers of the {name}"
            if body_id
            else "New meetings and published papers of every body in the archive"
        ),
        author=name,
    )


def followed_entries(items: list[Followed]) -> list[Entry]:
    """A topic's or a person's entries (already newest first) as feed entries."""
    return [
        Entry(e.body, e.date, e.order, url_of(e.md), e.title, e.summary, e.category) for e in items
    ]


def record_feeds(archive: Archive, publication: Publication) -> dict[str, str]:
    """Site path -> Atom document, for each topic and each person."""
    writer = WriterBase(archive)
    site = publication.settings.name
    out: dict[str, str] = {}
    for topic in archive.topics.values():
        head = FeedHead(
            path=topic_feed_path(topic.id),
            home=url_of(md_topic(topic.id)),
            title=f"{topic.name}: {site}",
            subtitle=f"Agenda items, minutes and papers on {topic.name}",
            author=site,
        )
        out[head.path] = atom_feed(
            publication, head, followed_entries(topic_entries(writer, topic))
        )
    for person in archive.people.values():
        head = FeedHead(
            path=person_feed_path(person.id),
            home=url_of(md_person(person.id)),
            title=f"{person.name}: {site}",
            subtitle=f"Where the papers record {person.name}: attendance, questions, "
            "declarations and mentions",
            author=site,
        )
        out[head.path] = atom_feed(
            publication, head, followed_entries(person_entries(writer, person.id))
        )
    return out


def feeds(archive: Archive, publication: Publication) -> dict[str, str]:
    """Site path -> Atom document, for each body, the whole archive, each topic and each
    person."""
    everything = entries(archive)
    out = {
        feed_path(None): atom_feed(publication, body_head(archive, publication, None), everything)
    }
    for body_id in archive.bodies:
        mine = [e for e in everything if e.body == body_id]
        out[feed_path(body_id)] = atom_feed(
            publication, body_head(archive, publication, body_id), mine
        )
    return {**out, **record_feeds(archive, publication)}
