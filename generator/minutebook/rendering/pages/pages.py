"""Render the archive as front-matter Markdown pages, one per record.

Every page starts with YAML front matter (written by the YAML library, never by string
pasting) holding its record; the Markdown below reads well on its own. Links between pages
are relative `.md` links so the site engine checks every one of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ...model import Source
from ..source_pages import source_page
from ..urls import (
    md_document,
    md_meeting,
    md_source,
    md_source_page,
    url_of,
)
from .charts import figure_svg
from .document_pages import DocumentPages
from .following import follow_section
from .meeting_pages import MeetingPages
from .organisation_pages import OrganisationPages
from .page_base import KIND_LABELS, RECORD_KEYS, ROLE_LABELS, Page, _date, _text, search_entry
from .people_pages import PeoplePages
from .topic_pages import topic_page, topic_year_pages, topics_index

__all__ = ["KIND_LABELS", "RECORD_KEYS", "ROLE_LABELS", "Page", "PageWriter", "_date", "_text",
           "search_entry"]  # fmt: skip


class PageWriter(MeetingPages, DocumentPages, PeoplePages, OrganisationPages):
    """Every page of the archive, in a fixed order: one writer per kind of record."""

    def pages(self) -> Iterator[Page]:
        for kind, key in self.page_units():
            yield from self.unit_pages(kind, key)

    def page_units(self) -> list[tuple[str, Any]]:
        """Every page of the archive as units of work, in a fixed order: a kind of record
        and its key (`unit_pages` gives the unit's pages: the record's page and the pages
        that go with it, its year pages or a person's alias pages). The list is the same in
        every process for the same archive, so page writing can share out units by their
        index (see `pipeline.render_pages`) and still put the pages in this order."""
        a = self.archive
        units: list[tuple[str, Any]] = [("home", None), ("meetings", None)]
        units += [("meeting", meeting) for meeting in a.meetings.values()]
        units.append(("documents", None))
        for document in a.documents.values():
            if md_document(a, document).startswith("documents/"):
                units.append(("document", document))
        units.append(("people", None))
        units += [("person", person_id) for person_id in a.people]
        units.append(("organisations", None))
        units += [("organisation", org_id) for org_id in a.organisations]
        units.append(("bodies", None))
        units += [("body", body_id) for body_id in a.bodies]
        units.append(("topics", None))
        units += [("topic", topic) for topic in a.topics.values()]
        return units

    def unit_pages(self, kind: str, key: Any) -> list[Page]:
        """The pages of one unit of `page_units`."""
        if kind == "meeting":
            return [self.meeting_page(key)]
        if kind == "document":
            return [self.document_page(key)]
        if kind == "person":
            return [self.person_page(key), *self.person_year_pages(key), *self.alias_pages(key)]
        if kind == "organisation":
            return [self.organisation_page(key), *self.organisation_year_pages(key)]
        if kind == "body":
            return [self.body_page(key), *self.body_year_pages(key)]
        if kind == "topic":
            return [topic_page(self, key), *topic_year_pages(self, key)]
        indexes: dict[str, Callable[[], Iterable[Page]]] = {
            "home": lambda: [self.home()],
            "meetings": lambda: [self.meetings_index(), *self.meetings_year_pages()],
            "documents": lambda: [self.documents_index()],
            "people": lambda: [self.people_index()],
            "organisations": lambda: [self.organisations_index()],
            "bodies": lambda: [self.bodies_index()],
            "topics": lambda: [topics_index(self)],
        }
        return list(indexes[kind]())

    def _bodies_phrase(self) -> str:
        """ "the X and of the Y": the bodies whose meetings the archive holds, by name."""
        held = Counter(self.archive.bodies[m.body].name for m in self.archive.meetings.values())
        names = sorted(held, key=lambda name: (-held[name], name))  # most meetings first
        if not names:
            return "its bodies"
        phrases = [f"the {_text(name)}" for name in names]
        return (
            phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and of " + phrases[-1]
        )

    def home(self) -> Page:
        here = "index.md"
        a = self.archive
        licence = self.settings.data_licence
        lines = [
            f"# {_text(self.settings.name)}",
            "",
            f"This archive publishes the meeting papers of {self._bodies_phrase()}: "
            "what was decided, who attended, what was asked and what the reports said. It is "
            "built by Minutebook from the published documents; every "
            "page links back to the paper it came from.",
            "",
            f"It holds {len(a.meetings)} meetings, {len(a.documents)} papers from "
            f"{len(a.sources)} published files, and {len(a.people)} people.",
            "",
            "## Latest meetings",
            "",
        ]
        for meeting in self._meetings_sorted()[:10]:
            lines.append(
                f"- {self.link(here, md_meeting(meeting.id), self.meeting_title(meeting))}"
            )
        lines += [
            "",
            "## How to search",
            "",
            "Use the search box at the top of every page (or press /). Type a few words from "
            "what you are looking for (a place, a topic, a person's name); each result names "
            "the meeting, item or section it comes from and links straight to it. Narrow the "
            "results by body, year, kind of page or person.",
            "",
            "## Browse",
            "",
            f"- {self.link(here, 'meetings/index.md', 'Meetings by year')}",
            f"- {self.link(here, 'documents/index.md', 'Reports and other papers')}",
            f"- {self.link(here, 'people/index.md', 'People')}",
            f"- {self.link(here, 'organisations/index.md', 'Organisations')}",
            f"- {self.link(here, 'topics/index.md', 'Topics followed across meetings')}",
            f"- {self.link(here, 'bodies/index.md', 'Bodies')}",
            "",
            "The whole archive is also published as open data: "
            "[data/archive.json](data/archive.json) (described by "
            "[its JSON Schema](data/archive.schema.json)), and each collection as a "
            "spreadsheet table in [data/csv/](data/csv/meetings.csv)."
            + (f" The data is published under {_text(licence)}." if licence else ""),
        ]
        lines += follow_section(a, here, [*a.bodies, None], self.link)
        return Page(here, {"kind": "home", "id": "home", "title": "Home"}, "\n".join(lines))

    def source_page(self, source: Source) -> str:
        """The source file's HTML page, with links to the pages made from it."""
        here = md_source_page(source)
        up = "../" * here.count("/")
        papers: dict[str, str] = {}
        for document in sorted(self.archive.documents.values(), key=lambda d: d.part.first_line):
            if document.source_file == source.file:
                target = md_document(self.archive, document).partition("#")[0]
                papers.setdefault(up + url_of(target).lstrip("/"), document.title)
        return source_page(
            source,
            text_href=up + url_of(md_source(source)).lstrip("/"),
            home_href=up,
            papers=list(papers.items()),
        )

    def files(self) -> Iterator[tuple[str, str]]:
        """Files other than pages: the source texts, and the charts pages show."""
        for document in self.archive.documents.values():
            if not md_document(self.archive, document).startswith("documents/"):
                continue
            for figure in document.part.figures:
                title = f"{document.title}: {figure.describe()}"
                svg = figure_svg(title, figure.periods, figure.series)
                yield f"documents/{document.id}/figure-{figure.line}.svg", svg
        for source in sorted(self.archive.sources, key=lambda s: s.sha256):
            yield md_source(source), source.text
            yield md_source_page(source), self.source_page(source)
        for person_id in self.archive.people:
            chart = self.attendance_chart(person_id)
            if chart:
                yield chart
