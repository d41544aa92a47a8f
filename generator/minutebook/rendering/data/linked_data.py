"""What a page says about itself to machines: schema.org JSON-LD, a link preview, its feed.

Minutebook computes these into each page's front matter (keys `jsonld`, `social`, `feed`),
as plain data; the theme override (site_config/overrides/main.html) only renders them, the
JSON-LD with Jinja's `tojson` (which escapes <, > and &, so no document text can close the
script element) and every meta attribute with `|e`. Another engine's templates can render
the same keys.

Types: an Event for a meeting (organised by its body, a GovernmentOrganization), a Person
for a person, a GovernmentOrganization for a body or an organisation, a Report for a report
or annual report and a DigitalDocument for any other paper, a WebSite for the home page and
a CollectionPage for the lists. A value the documents do not give (a venue, a time) is left
out, never guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

from ...model import Archive, Document, DocumentKind, Meeting
from ..pages.pages import KIND_LABELS, Page
from ..publication import Publication, plain
from ..urls import (
    feed_path,
    md_body,
    md_document,
    md_meeting,
    md_organisation,
    md_person,
    person_feed_path,
    topic_feed_path,
    url_of,
)
from .summaries import document_summary, long_date

SCHEMA = "https://schema.org"
REPORT_KINDS = {DocumentKind.REPORT, DocumentKind.ANNUAL_REPORT}
DOCUMENT_KINDS = {kind.value for kind in DocumentKind}
LIST_KINDS = {"meetings", "documents", "people", "organisations", "bodies"}
#: A venue that says the meeting is also broadcast is attended in person and online.
BROADCAST = re.compile(r"\b(broadcast|webcast|online|teams|zoom|virtual)\b", re.IGNORECASE)


def start_date(meeting: Meeting, timezone: str) -> str:
    """ISO 8601: a local date-time with its UTC offset when the time is known, else a date."""
    if meeting.time is None:
        return meeting.date.isoformat()
    start = dt.datetime.combine(meeting.date, meeting.time, tzinfo=ZoneInfo(timezone))
    return start.isoformat()


#: Meetings a body page's JSON-LD names as its events.
BODY_EVENTS = 10


class LinkedData:
    """Computes the machine-readable description of each page from the archive."""

    def __init__(self, archive: Archive, publication: Publication) -> None:
        self.archive = archive
        self.publication = publication

    def url(self, md_path: str) -> str:
        return self.publication.absolute(url_of(md_path))

    def body_ref(self, body_id: str) -> dict[str, Any]:
        body = self.archive.bodies[body_id]
        url = self.url(md_body(body_id))
        return {
            "@type": "GovernmentOrganization",
            "@id": f"{url}#organization",
            "name": body.name,
            "url": url,
        }

    def organisation_ref(self, org_id: str) -> dict[str, Any]:
        url = self.url(md_organisation(org_id))
        return {
            "@type": "GovernmentOrganization",
            "@id": f"{url}#organization",
            "name": self.archive.organisations[org_id].name,
            "url": url,
        }

    # -- descriptions (plain text; escaped by whoever writes them out) ----------------------
    def meeting_description(self, meeting: Meeting) -> str:
        body = self.archive.bodies[meeting.body].name
        when = long_date(meeting.date) + (f" at {meeting.time:%H:%M}" if meeting.time else "")
        where = f", {meeting.venue}" if meeting.venue else ""
        papers = len(meeting.documents)
        what = [f"{papers} paper{'s' if papers != 1 else ''}"]
        if meeting.items:
            what.append(f"{len(meeting.items)} agenda items")
        if meeting.minutes:
            what.append(f"{len(meeting.minutes)} minutes")
        return f"Meeting of the {body} on {when}{where}: {', '.join(what)}."

    def description(self, page: Page) -> str:
        kind = page.meta.get("kind")
        record = str(page.meta.get("id"))
        title = str(page.meta.get("title"))
        a = self.archive
        if kind == "meeting":
            return self.meeting_description(a.meetings[record])
        if kind in DOCUMENT_KINDS and record in a.documents:
            return document_summary(a, a.documents[record])
        if kind in {"person", "person-alias"}:
            count = len(page.meta.get("meetings", []))
            return (
                f"{title}: attendance, membership, questions and declarations in the papers of "
                f"{count} meeting{'s' if count != 1 else ''}."
                if kind == "person"
                else f"{title}: an older address of this person's page."
            )
        if kind == "person-year":
            count = len(page.meta.get("meetings", []))
            return (
                f"{title}: attendance, membership, questions, declarations and mentions in "
                f"the papers of {count} meeting{'s' if count != 1 else ''}."
            )
        if kind == "body":
            dates = sorted(a.meetings[m].date for m in page.meta.get("meetings", []))
            span = f", {dates[0].year}–{dates[-1].year}" if dates else ""
            return f"Meetings of the {title}: {len(dates)} in the archive{span}."
        if kind == "organisation":
            return f"{title}: its members and their questions in the archive."
        if kind == "home":
            return self.publication.settings.description
        return f"{title}, in the {self.publication.settings.name}."

    # -- JSON-LD -------------------------------------------------------------------------
    def event(self, meeting: Meeting) -> dict[str, Any]:
        url = self.url(md_meeting(meeting.id))
        event: dict[str, Any] = {
            "@type": "Event",
            "@id": f"{url}#event",
            "name": f"{self.archive.bodies[meeting.body].name}, {long_date(meeting.date)}",
            "startDate": start_date(meeting, self.publication.settings.timezone),
            "eventStatus": f"{SCHEMA}/EventScheduled",
            "url": url,
            "organizer": self.body_ref(meeting.body),
        }
        if meeting.venue:
            mode = "Mixed" if BROADCAST.search(meeting.venue) else "Offline"
            event["eventAttendanceMode"] = f"{SCHEMA}/{mode}EventAttendanceMode"
            event["location"] = {"@type": "Place", "name": meeting.venue, "address": meeting.venue}
        return event

    def person(self, person_id: str) -> dict[str, Any]:
        person = self.archive.people[person_id]
        url = self.url(md_person(person_id))
        data: dict[str, Any] = {
            "@type": "Person",
            "@id": f"{url}#person",
            "name": person.name,
            "url": url,
        }
        others = [alias for alias in person.aliases if alias != person.name]
        if others:
            data["alternateName"] = others
        bodies: set[str] = set()
        organisations: set[str] = set()
        for meeting in self.archive.meetings.values():
            for member in meeting.membership:
                if member.person == person_id:
                    bodies.add(meeting.body)
                    if member.organisation:
                        organisations.add(member.organisation)
        if bodies:
            data["memberOf"] = [self.body_ref(b) for b in sorted(bodies)]
        if organisations:
            data["affiliation"] = [self.organisation_ref(o) for o in sorted(organisations)]
        return data

    def document(self, document: Document) -> dict[str, Any]:
        data: dict[str, Any] = {
            "@type": "Report" if document.kind in REPORT_KINDS else "DigitalDocument",
            "name": document.title,
            "url": self.url(md_document(self.archive, document)),
            "genre": KIND_LABELS[document.kind],
            "inLanguage": self.publication.settings.locale,
        }
        if document.date:
            data["datePublished"] = document.date.isoformat()
        if document.meeting:
            meeting = self.archive.meetings[document.meeting]
            data["publisher"] = self.body_ref(meeting.body)
        if document.parent:  # an appendix is part of its report
            report = self.archive.documents[document.parent]
            data["isPartOf"] = {
                "@type": "Report",
                "name": report.title,
                "url": self.url(md_document(self.archive, report)),
            }
        return data

    def jsonld(self, page: Page) -> dict[str, Any] | None:
        kind = page.meta.get("kind")
        record = str(page.meta.get("id"))
        a = self.archive
        here = self.url(page.path)
        data: dict[str, Any] | None
        if kind == "meeting":
            data = self.event(a.meetings[record])
        elif kind == "person":
            data = self.person(record)
        elif kind == "body":
            data = {
                **self.body_ref(record),
                "event": [
                    {
                        "@type": "Event",
                        "@id": f"{self.url(md_meeting(m))}#event",
                        "name": f"{a.bodies[record].name}, {long_date(a.meetings[m].date)}",
                        "startDate": start_date(a.meetings[m], self.publication.settings.timezone),
                        "url": self.url(md_meeting(m)),
                    }
                    # the newest few (meetings are listed newest first): the year pages
                    # and the calendars list them all, and the page must not grow with
                    # the archive
                    for m in page.meta.get("meetings", [])[:BODY_EVENTS]
                ],
            }
        elif kind == "organisation":
            data = self.organisation_ref(record)
        elif kind in DOCUMENT_KINDS and record in a.documents:
            data = self.document(a.documents[record])
        elif kind == "home":
            data = {"@type": "WebSite", "name": self.publication.settings.name, "url": here}
        elif kind == "person-alias":
            data = None  # an old address: the person's own page describes them
        else:
            data = {"@type": "CollectionPage" if kind in LIST_KINDS else "WebPage"}
            data.update(name=page.meta.get("title"), url=here)
        if data is None:
            return None
        if "description" not in data:
            data["description"] = self.description(page)
        return {"@context": SCHEMA, **data}

    # -- front matter --------------------------------------------------------------------
    def feed(self, page: Page, body_id: str | None) -> dict[str, str]:
        """The feed a page's head points feed readers to: a topic's or a person's own, else
        its body's (of every body for pages of no body)."""
        kind, record = page.meta.get("kind"), str(page.meta.get("id"))
        if kind == "topic" and record in self.archive.topics:
            name = self.archive.topics[record].name
            return {"path": topic_feed_path(record), "title": f"{name}: Atom feed"}
        if kind == "person" and record in self.archive.people:
            name = self.archive.people[record].name
            return {"path": person_feed_path(record), "title": f"{name}: Atom feed"}
        feed_name = self.archive.bodies[body_id].name if body_id else self.publication.settings.name
        return {"path": feed_path(body_id), "title": f"{feed_name}: meetings and papers"}

    def enrich(self, page: Page) -> Page:
        """The page with `jsonld`, `social` and `feed` added to its front matter."""
        kind = page.meta.get("kind")
        body = page.meta.get("body") or (page.meta.get("id") if kind == "body" else None)
        body_id = str(body) if body in self.archive.bodies else None
        title = self.publication.settings.name if kind == "home" else str(page.meta.get("title"))
        og_type = (
            "profile"
            if kind == "person"
            else "article"
            if kind == "meeting" or kind in DOCUMENT_KINDS
            else "website"
        )
        extra: dict[str, Any] = {
            "social": {
                "title": plain(title),
                "description": plain(self.description(page)),
                "type": og_type,
                "url": self.url(page.path),
                "locale": self.publication.settings.og_locale,
            },
            "feed": self.feed(page, body_id),
        }
        data = self.jsonld(page)
        if data is not None:
            extra["jsonld"] = data
        return dataclasses.replace(page, meta={**page.meta, **extra})


def with_linked_data(
    pages: Iterable[Page], archive: Archive, publication: Publication
) -> Iterator[Page]:
    linked = LinkedData(archive, publication)
    for page in pages:
        yield linked.enrich(page)
