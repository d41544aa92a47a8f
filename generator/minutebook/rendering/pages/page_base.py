"""What every page writer shares: the archive, indexes built once, links, labels, where a
line of a paper is read, references and back-links, and the Page record itself.

The writers of each kind of page (meetings, papers, people, organisations and bodies) are
mixins over `WriterBase` in their own modules; `pages.PageWriter` combines them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar

import frontmatter
from frontmatter.default_handlers import SafeDumper

from ...config import Settings
from ...model import (
    Archive,
    AttendanceRole,
    Document,
    DocumentKind,
    Meeting,
    Membership,
    Mention,
    OrganisationMention,
    Reference,
    ReferenceKind,
)
from ..urls import (
    Locator,
    md_document,
    md_meeting,
    md_on_meeting,
    md_organisation,
    md_person,
    md_source_page,
    md_target,
    md_year,
    relative,
    url_of,
)
from .text import inline

ROLE_LABELS = {
    AttendanceRole.PRESENT: "Present",
    AttendanceRole.ALSO_PRESENT: "Also present",
    AttendanceRole.IN_ATTENDANCE: "In attendance",
    AttendanceRole.APOLOGIES: "Apologies",
    AttendanceRole.SUBSTITUTE: "Substitutes",
    AttendanceRole.ABSENT: "Absent",
}
KIND_LABELS = {
    DocumentKind.AGENDA: "Agenda",
    DocumentKind.MINUTES: "Minutes",
    DocumentKind.REPORT: "Report",
    DocumentKind.APPENDIX: "Appendix",
    DocumentKind.WORK_PROGRAMME: "Work programme",
    DocumentKind.ANNUAL_REPORT: "Annual report",
    DocumentKind.OTHER: "Document",
}


#: Keys every page's front matter carries, with their value when a record has none.
RECORD_KEYS: tuple[tuple[str, Any], ...] = (
    ("kind", None),
    ("id", None),
    ("title", None),
    ("date", None),
    ("body", None),
    ("meetings", []),
    ("items", []),
    ("people", []),
    ("documents", []),
)


@dataclass(frozen=True)
class Page:
    path: str  # relative to the pages folder, e.g. "meetings/2024-10-10-x.md"
    meta: dict[str, Any]
    body: str

    def render(self) -> str:
        """Front matter with the same record keys on every page, in a fixed order."""
        meta: dict[str, Any] = {key: self.meta.get(key, default) for key, default in RECORD_KEYS}
        meta.update((k, v) for k, v in self.meta.items() if k not in meta)
        post = frontmatter.Post(self.body, **meta)
        return (
            frontmatter.dumps(post, Dumper=FrontMatterDumper, sort_keys=False, allow_unicode=True)
            + "\n"
        )


class FrontMatterDumper(SafeDumper):  # type: ignore[misc,valid-type]
    """python-frontmatter's YAML dumper (libyaml's safe dumper when PyYAML has it), with
    the answers of `resolve` kept. PyYAML asks it, in Python, twice for every value written
    (does this text need quotes, or would it read back as a number, a date, a boolean?),
    and page after page writes the same ids, names, dates and labels: remembering the
    answer gives the same bytes at a fraction of the cost. The answer depends only on the
    value and the class's implicit resolvers (a safe dumper has no path resolvers)."""

    _resolved: ClassVar[dict[tuple[Any, str, tuple[bool, bool]], Any]] = {}

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if self.yaml_path_resolvers or not isinstance(value, str):
            return super().resolve(kind, value, implicit)
        key = (kind, value, tuple(implicit))
        found = self._resolved.get(key)
        if found is None:
            if len(self._resolved) > RESOLVED_KEPT:
                self._resolved.clear()
            found = self._resolved[key] = super().resolve(kind, value, implicit)
        return found


#: How many answers FrontMatterDumper keeps (then it starts again): far more than the
#: distinct values of a large archive's front matter, and bounded all the same.
RESOLVED_KEPT = 200_000


@lru_cache(maxsize=4096)
def _date(value: dt.date | None) -> str:
    """'10 October 2024' (cached: thousands of links name the same few hundred dates)."""
    return f"{value:%-d %B %Y}" if value else "undated"


def search_entry(meta: dict[str, str | None], filters: dict[str, list[str]]) -> dict[str, Any]:
    """What the search index shows with a page's results (`meta`: meeting, date, item, body;
    `*_url`: where the meeting or item is, site-root-relative)
    and lets readers narrow them by (`filters`: body, year, kind, person).

    Only record pages carry this mapping, and only they are indexed: index pages, the home
    page and alias pages have none. The theme renders it as attributes the indexer reads
    (site_config/overrides/main.html), so the values are plain text, never markup.
    """
    return {
        "meta": {k: v for k, v in meta.items() if v},
        "filters": {k: sorted(set(v)) for k, v in filters.items() if v},
    }


def search_weight_of_text(markdown: str) -> str:
    """`markdown` (already escaped) weighted for search like body text, where it stands in
    a heading: the indexer ranks a heading's words up to five times above the text's, so a
    minute's number or an item's code ("101", "B2") outranked the same figure in the words
    of the minutes ("101 call attrition" found minute 101 first)."""
    return f'<span data-pagefind-weight="1">{markdown}</span>'


#: Year pages a record's own page links by year (the newest); older ones are reached from
#: the year pages' "earlier" links, or from the first year.
YEAR_LINKS = 10


def _year_label(year: int | None) -> str:
    return str(year) if year is not None else "undated papers"


def _text(value: str) -> str:
    """Untrusted text for use inside our own Markdown (names, titles): `inline` has
    escaped every '[' but a safe link's; with every ']' escaped too, no link is left."""
    return inline(value).replace("]", "\\]")


class WriterBase:
    """The archive and what every page writer needs, computed once for all pages."""

    def __init__(
        self, archive: Archive, site_url: str = "", settings: Settings | None = None
    ) -> None:
        """`site_url` makes the URLs in Cite blocks absolute ("" leaves them site-relative);
        `settings` name the archive (its home page)."""
        self.archive = archive
        self.settings = settings or Settings()
        self.locate = Locator(archive)
        self.sources = {s.file: s for s in archive.sources}
        self.site_url = site_url.rstrip("/")
        # references in each paper's text by line, and by the page they lead to
        self.references: dict[str, dict[int, list[Reference]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.referred_from: dict[str, list[Reference]] = defaultdict(list)
        self.mentions: dict[str, dict[int, list[Mention]]] = defaultdict(lambda: defaultdict(list))
        self.mentions_of: dict[str, list[Mention]] = defaultdict(list)
        self.organisation_mentions_of: dict[str, list[OrganisationMention]] = defaultdict(list)
        for org_mention in archive.organisation_mentions:
            self.organisation_mentions_of[org_mention.organisation].append(org_mention)
        for mention in archive.mentions:
            self.mentions[mention.document][mention.line].append(mention)
            self.mentions_of[mention.person].append(mention)
        for reference in archive.references:
            self.references[reference.document][reference.line].append(reference)
            if reference.target is not None:
                target_page = md_target(archive, reference.target).partition("#")[0]
                source = archive.documents[reference.document]
                if md_document(archive, source).partition("#")[0] != target_page:
                    self.referred_from[target_page].append(reference)
        self.items = {i.id: i for m in archive.meetings.values() for i in m.items}
        self.minutes = {x.id: x for m in archive.meetings.values() for x in m.minutes}
        self.minute_meeting = {x.id: m.id for m in archive.meetings.values() for x in m.minutes}
        # previous and next meeting of the same body, worked out once for all pages
        self.neighbours: dict[str, tuple[Meeting | None, Meeting | None]] = {}
        by_body: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in self._meetings_sorted(reverse=False):
            by_body[meeting.body].append(meeting)
        # the meetings each person and organisation appears in, indexed once, so a page
        # costs the size of its own record rather than the size of the archive
        self.meetings_of_person: dict[str, list[Meeting]] = defaultdict(list)
        self.meetings_of_organisation: dict[str, list[Meeting]] = defaultdict(list)
        for meeting in self._meetings_sorted(reverse=False):
            people = {x.person for x in meeting.attendance} | {x.person for x in meeting.membership}
            people |= {q.asker for q in meeting.questions if q.asker}
            people |= {d.person for d in meeting.declarations if d.person}
            for person_id in people:
                self.meetings_of_person[person_id].append(meeting)
            organisations = {x.organisation for x in meeting.membership if x.organisation}
            organisations |= {q.organisation for q in meeting.questions if q.organisation}
            for org_id in organisations:
                self.meetings_of_organisation[org_id].append(meeting)
        for series in by_body.values():
            for k, meeting in enumerate(series):
                self.neighbours[meeting.id] = (
                    series[k - 1] if k > 0 else None,
                    series[k + 1] if k + 1 < len(series) else None,
                )

    def link(self, from_md: str, to_md: str, text: str) -> str:
        return f"[{_text(text)}]({relative(from_md, to_md)})"

    def represents(self, here: str, membership: Membership) -> str:
        """What a member represents, linked to the organisation's page when it is one."""
        if membership.organisation:
            return self.link(here, md_organisation(membership.organisation), membership.represents)
        return _text(membership.represents)

    def meeting_title(self, meeting: Meeting) -> str:
        return f"{self.archive.bodies[meeting.body].name}, {_date(meeting.date)}"

    def url(self, md_path: str) -> str:
        return self.site_url + url_of(md_path)

    def links(self, document_id: str, here: str) -> dict[int, list[tuple[str, str]]]:
        """The references in a paper's text as (phrase, Markdown) by line: a link when the
        archive holds the target, else the phrase and a note that it is not here."""
        found: dict[int, list[tuple[str, str]]] = {}
        for line, references in self.references.get(document_id, {}).items():
            found[line] = []
            for reference in references:
                if reference.target is not None:
                    target = md_target(self.archive, reference.target)
                    markdown = self.link(here, target, reference.text)
                elif reference.kind is ReferenceKind.ITEM and not self.has_agenda(document_id):
                    continue  # said once for the whole paper: its agenda is not here
                elif reference.official_url:
                    markdown = (
                        f"{_text(reference.text)} *(not in this archive: "
                        f"[official record]({reference.official_url}))*"
                    )
                else:
                    markdown = f"{_text(reference.text)} *(not in this archive)*"
                found[line].append((reference.text, markdown))
        for line, mentions in self.mentions.get(document_id, {}).items():
            for mention in mentions:
                if mention.role is None:  # names link to the person; role words stay text
                    markdown = self.link(here, md_person(mention.person), mention.as_written)
                    found.setdefault(line, []).append((mention.as_written, markdown))
        return found

    def has_agenda(self, document_id: str) -> bool:
        """Whether the meeting a paper belongs to has its agenda in the archive."""
        meeting = self.archive.documents[document_id].meeting
        return meeting is not None and self.archive.meetings[meeting].agenda is not None

    def where(self, document_id: str, line: int) -> tuple[str, str]:
        """The page and anchor a line of a paper is read at, and how to name that place."""
        at = self.locate(document_id, line)
        if at.meeting is None:
            return at.md, at.document.title
        title = self.meeting_title(at.meeting)
        if at.document.kind is DocumentKind.AGENDA:
            return at.md, f"Agenda of {title}" + (f", item {at.item.code}" if at.item else "")
        label = f"Minutes of {title}"
        if at.minute:
            label += f", minute {at.minute.facts.number}"
        if at.paragraph:
            label += f", paragraph {at.paragraph}"
        return at.md, label

    def referred_to(self, here: str) -> list[str]:
        """The 'Referred to from' section: every place elsewhere that refers to this page."""
        places: dict[str, tuple[str, list[str]]] = {}
        for reference in self.referred_from.get(here, []):
            where, label = self.where(reference.document, reference.line)
            quotes = places.setdefault(where, (label, []))[1]
            if reference.text not in quotes:
                quotes.append(reference.text)
        if not places:
            return []
        lines = ["", "## Referred to from {#referred-to}", ""]
        for where, (label, quotes) in sorted(places.items(), key=lambda kv: (kv[1][0], kv[0])):
            said = "; ".join(f"“{_text(q)}”" for q in quotes)
            lines.append(f"- {self.link(here, where, label)}: {said}")
        return lines

    def source_link(
        self, here: str, document: Document, span: tuple[int, int] | None = None
    ) -> str:
        """The published file a paper was read from, linked to its readable text; with
        `span`, "lines 80–96" linked to those lines there."""
        source = self.sources[document.source_file]
        name = self.link(here, md_source_page(source), document.source_file)
        if span is None:
            return name
        first, last = span
        lines = f"line {first}" if first == last else f"lines {first}–{last}"
        return f"{name}, {self.link(here, md_source_page(source, first, last), lines)}"

    def year_of_document(self, document_id: str) -> int | None:
        """The year a paper is filed under: its meeting's, else its own date's, else the
        year the period in its title ends ("Annual Report 2023 - 2024": 2024, when it is
        published), else None."""
        document = self.archive.documents[document_id]
        if document.meeting is not None:
            return self.archive.meetings[document.meeting].date.year
        if document.date is not None:
            return document.date.year
        period = document.part.period
        return int(period.rpartition("-")[2]) if period else None

    def year_links(
        self, here: str, page_of: Callable[[int | None], str], years: Collection[int | None]
    ) -> str:
        """One line of links to a record's year pages: the newest `YEAR_LINKS` years, then
        (if there are more) the year before them and the first year, whose pages lead on
        year by year; undated last. So the record's own page stays the same size however
        many years the archive holds."""
        dated = sorted({y for y in years if y is not None}, reverse=True)
        shown = [self.link(here, page_of(y), str(y)) for y in dated[:YEAR_LINKS]]
        if len(dated) > YEAR_LINKS:
            before = dated[YEAR_LINKS]
            shown.append(f"earlier: {self.link(here, page_of(before), str(before))}")
            if len(dated) > YEAR_LINKS + 1:
                shown.append(f"the first: {self.link(here, page_of(dated[-1]), str(dated[-1]))}")
        if None in years:
            shown.append(self.link(here, page_of(None), "undated"))
        return " · ".join(shown)

    def span(self, here: str, meetings: list[Meeting], anchor: str = "") -> str:
        """'3 meetings, from 6 December 2022 to 18 December 2024' (first and last linked)."""
        distinct = sorted({m.id: m for m in meetings}.values(), key=lambda m: (m.date, m.id))
        first, last = distinct[0], distinct[-1]
        when = self.link(here, md_meeting(first.id) + anchor, _date(first.date))
        if len(distinct) == 1:
            return f"1 meeting, {when}"
        until = self.link(here, md_meeting(last.id) + anchor, _date(last.date))
        return f"{len(distinct)} meetings, from {when} to {until}"

    def around(self, here: str, record_md: str, name: str, years: list[int | None], k: int) -> str:
        """The line atop a year page: back to the record's page, and the years either side."""
        parts = [f"{self.link(here, record_md, name)}: summary and latest years"]
        if k > 0:
            parts.append("earlier: " + self.link(here, md_year(record_md, years[k - 1]),
                                                 _year_label(years[k - 1])))  # fmt: skip
        if k + 1 < len(years):
            parts.append("later: " + self.link(here, md_year(record_md, years[k + 1]),
                                               _year_label(years[k + 1])))  # fmt: skip
        return " · ".join(parts)

    def _meetings_sorted(self, reverse: bool = True) -> list[Meeting]:
        return sorted(self.archive.meetings.values(), key=lambda m: (m.date, m.id), reverse=reverse)

    def minute_list(
        self, here: str, heading: str, entries: list[tuple[Meeting, str, str]]
    ) -> list[str]:
        """A section listing texts, each linked to the minute it was recorded in."""
        if not entries:
            return []
        lines = [f"## {heading}", ""]
        for meeting, minute_id, text in entries:
            target = md_on_meeting(meeting.id, minute_id)
            lines.append(f"- {self.link(here, target, self.meeting_title(meeting))}: {_text(text)}")
        return [*lines, ""]
