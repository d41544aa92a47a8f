"""Where each record lives in the built site, in one place.

`url_*` give site-root-relative URLs (for archive.json); `md_*` give the Markdown source
path relative to the pages folder, which pages use for links so MkDocs checks them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from ..model import (
    AgendaItem,
    Archive,
    Document,
    DocumentKind,
    Meeting,
    Minute,
    Question,
    Source,
    Target,
)

ON_MEETING_PAGE = {DocumentKind.AGENDA: "agenda", DocumentKind.MINUTES: "minutes"}


def md_meeting(meeting_id: str) -> str:
    return f"meetings/{meeting_id}.md"


def fragment(meeting_id: str, record_id: str) -> str:
    """The anchor of a record on its meeting's page: ids are '<meeting id>-<anchor>'."""
    return record_id.removeprefix(f"{meeting_id}-")


def md_on_meeting(meeting_id: str, record_id: str) -> str:
    """An agenda item, minute or question, on its meeting's page."""
    return f"{md_meeting(meeting_id)}#{fragment(meeting_id, record_id)}"


def question_anchor(meeting: Meeting, question: Question) -> str:
    """The record id a question is linked by: its own numbered paragraph when the
    question opens one ("2. Across the Borough ...": minute-115-2), else the question's own
    ("question-2", the id its paragraph has on the meeting page), as for a question put
    before the first minute."""
    minute = next((m for m in meeting.minutes if m.id == question.minute), None)
    if minute is None:
        return fragment(meeting.id, question.id)
    key = next(
        (p.key for p in minute.facts.paragraphs if p.key and p.line == question.facts.line), None
    )
    return f"{question.minute}-{key}" if key else fragment(meeting.id, question.id)


def md_document(archive: Archive, document: Document) -> str:
    """A meeting's agenda and minutes are read on its page; other papers have their own
    (so does a second copy of an agenda or minutes, which the meeting page does not show);
    a report's appendices have theirs under the report's address."""
    if document.meeting and document.kind in ON_MEETING_PAGE:
        meeting = archive.meetings[document.meeting]
        if document.id in (meeting.agenda, meeting.minutes_document):
            return f"{md_meeting(document.meeting)}#{ON_MEETING_PAGE[document.kind]}"
    if document.parent:  # an appendix, under its report: documents/<report>/appendix-a.md
        return f"documents/{document.parent}/{document.id.removeprefix(document.parent + '-')}.md"
    return f"documents/{document.id}.md"


def md_target(archive: Archive, target: Target) -> str:
    """Where a resolved reference leads."""
    if target.kind == "meeting":
        return md_meeting(target.id)
    if target.kind == "document":
        return md_document(archive, archive.documents[target.id])
    assert target.meeting is not None
    if target.kind == "decision":
        return md_decision(target.meeting, target.id)
    return md_on_meeting(target.meeting, target.id)


@dataclass(frozen=True)
class Location:
    """Where a line of a paper is read: the page and the nearest anchor before it."""

    md: str
    document: Document
    meeting: Meeting | None = None
    item: AgendaItem | None = None
    minute: Minute | None = None
    paragraph: str | None = None


def locate(archive: Archive, document_id: str, line: int) -> Location:
    """The agenda item, minute or numbered paragraph a source line belongs to, when the
    paper is read on its meeting's page; otherwise the paper's own page."""
    document = archive.documents[document_id]
    page = md_document(archive, document)
    meeting = archive.meetings[document.meeting] if document.meeting else None
    if meeting is None or not page.startswith(md_meeting(meeting.id)):
        return Location(page, document)
    if document.kind is DocumentKind.AGENDA:
        items = [i for i in meeting.items if i.facts.line <= line]
        if not items:
            return Location(page, document, meeting)
        item = max(items, key=lambda i: i.facts.line)
        return Location(md_on_meeting(meeting.id, item.id), document, meeting, item=item)
    minutes = [m for m in meeting.minutes if m.facts.line <= line]
    if not minutes:
        return Location(page, document, meeting)
    minute = max(minutes, key=lambda m: m.facts.line)
    anchor = md_on_meeting(meeting.id, minute.id)
    paragraphs = [p for p in minute.facts.paragraphs if p.key and p.line <= line]
    if not paragraphs:
        return Location(anchor, document, meeting, minute=minute)
    paragraph = max(paragraphs, key=lambda p: p.line)
    return Location(
        f"{anchor}-{paragraph.key}", document, meeting, minute=minute, paragraph=paragraph.number
    )


class Locator:
    """`locate` for one archive whose records no longer change (while its pages and open
    data are written), each place worked out once: people's, organisations' and the open
    data's lists ask for the same lines again and again."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._known: dict[tuple[str, int], Location] = {}

    def __call__(self, document_id: str, line: int) -> Location:
        key = (document_id, line)
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = locate(self.archive, document_id, line)
        return found


def md_source(source: Source) -> str:
    """A source file's decoded text, published as plain text for readers to check the
    pages against; named by a hash of that text, so the same text has the same URL
    whatever the file is called or however its bytes were encoded."""
    return _source_path(source.text)


@lru_cache(maxsize=1024)
def _source_path(text: str) -> str:
    """md_source's answer, hashed once per text: every page that cites a paper links its
    source, and hashing a whole document each time cost more than the rest of the link
    (a string caches its own hash, so looking the text up here is cheap)."""
    return f"sources/{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"


def md_source_page(source: Source, first: int | None = None, last: int | None = None) -> str:
    """A source file's HTML page (one anchor per line), beside its plain text and named by
    the same hash; with `first` (and `last`), the anchor of that line or range of lines
    (`#L80`, `#L80-L96`)."""
    page = _source_path(source.text).removesuffix(".txt") + "/index.html"
    if first is None:
        return page
    return f"{page}#L{first}" + (f"-L{last}" if last is not None and last != first else "")


def md_topic(topic_id: str) -> str:
    return f"topics/{topic_id}.md"


def md_person(person_id: str) -> str:
    return f"people/{person_id}.md"


def md_organisation(org_id: str) -> str:
    return f"organisations/{org_id}.md"


def md_body(body_id: str) -> str:
    return f"bodies/{body_id}.md"


def md_meetings_year(year: int | None) -> str:
    """The calendar of one year's meetings: 'meetings/2024.md' (URL /meetings/2024/)."""
    return f"meetings/{year}.md"


def md_year(md_path: str, year: int | None) -> str:
    """The page of one year under a record's page: 'people/x.md' -> 'people/x/2024.md'.

    Records that gather entries from the whole archive (a person, an organisation, the
    meetings calendar) keep a summary on their own page and the entries on one page per
    year, so no page grows with the archive and a year's URL never changes as documents
    are added. Entries with no date at all go on 'undated'."""
    return f"{md_path.removesuffix('.md')}/{year if year is not None else 'undated'}.md"


def url_of(md_path: str) -> str:
    """'meetings/x.md#minute-1' -> '/meetings/x/#minute-1' (MkDocs directory URLs)."""
    path, _, fragment = md_path.partition("#")
    if path == "index.md":
        url = "/"
    elif path.endswith("/index.md"):
        url = "/" + path[: -len("index.md")]
    elif path.endswith(".md"):
        url = "/" + path[: -len(".md")] + "/"
    elif path.endswith("/index.html"):  # a page Minutebook writes whole (a source's)
        url = "/" + path[: -len("index.html")]
    else:  # a file published as it is (data/archive.json, sources/<sha>.txt)
        url = "/" + path
    return f"{url}#{fragment}" if fragment else url


def relative(from_md: str, to_md: str) -> str:
    """A link from one page's Markdown to another's, as MkDocs expects."""
    from_parts = from_md.split("/")[:-1]
    to_path, _, fragment = to_md.partition("#")
    to_parts = to_path.split("/")
    common = 0
    while (
        common < min(len(from_parts), len(to_parts) - 1) and from_parts[common] == to_parts[common]
    ):
        common += 1
    rel = "/".join([".."] * (len(from_parts) - common) + to_parts[common:])
    return f"{rel}#{fragment}" if fragment else rel


def md_decision(meeting_id: str, reference: str) -> str:
    """A Commissioner's decision, on the page of the meeting whose minutes noted it."""
    return f"{md_meeting(meeting_id)}#{decision_anchor(reference)}"


def decision_anchor(reference: str) -> str:
    """'OPCC.D.030.22' -> 'decision-opcc-d-030-22' (stable: the reference is the decision's)."""
    return "decision-" + "-".join(part.lower() for part in reference.split("."))


#: The all-bodies feed and calendar sit at the site root, so no body id can take their name.
ALL_FEED = "feed.xml"
ALL_CALENDAR = "calendar.ics"


def feed_path(body_id: str | None) -> str:
    """The Atom feed of a body's meetings and papers (None: of every body), as a site path."""
    return f"feeds/{body_id}.xml" if body_id else ALL_FEED


def topic_feed_path(topic_id: str) -> str:
    """The Atom feed of a topic (items, minutes and papers on it), as a site path."""
    return f"feeds/topics/{topic_id}.xml"


def person_feed_path(person_id: str) -> str:
    """The Atom feed of where the papers record a person, as a site path."""
    return f"feeds/people/{person_id}.xml"


def calendar_path(body_id: str | None) -> str:
    """The iCalendar file of a body's meetings (None: of every body), as a site path."""
    return f"calendars/{body_id}.ics" if body_id else ALL_CALENDAR
