"""Topic pages: one subject followed across meetings (road safety, questions to the
Commissioner ...), and the index of topics. Built from `archive.topics`."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from functools import partial

from ...model import Topic
from ..data.followed import topic_entries
from ..urls import md_document, md_meeting, md_on_meeting, md_topic, md_year, topic_feed_path
from .following import latest_section
from .page_base import Page, WriterBase, _date, _text, _year_label


def topics_index(writer: WriterBase) -> Page:
    here = "topics/index.md"
    lines = [
        "# Topics",
        "",
        "Subjects that come up again and again, each followed across meetings: agenda "
        "items, minutes, papers and report sections.",
        "",
    ]
    groups = [("Subjects", True), ("Recurring items", False)]
    for heading, curated in groups:
        topics = [t for t in writer.archive.topics.values() if t.curated is curated]
        if not topics:
            continue
        lines += [f"## {heading}", ""]
        for topic in sorted(topics, key=lambda t: t.name.lower()):
            count = len(_meetings_of(writer, topic))
            where = f" — {count} meeting{'s' if count != 1 else ''}" if count else ""
            lines.append(f"- {writer.link(here, md_topic(topic.id), topic.name)}{where}")
        lines.append("")
    meta = {"kind": "topics", "id": "topics", "title": "Topics"}
    return Page(here, meta, "\n".join(lines))


def _meetings_of(writer: WriterBase, topic: Topic) -> dict[str, list[str]]:
    """Meeting id -> the Markdown links to its items and minutes on this topic."""
    found: dict[str, list[str]] = defaultdict(list)
    for item_id in topic.items:
        item = writer.items[item_id]
        found[item.meeting].append(item_id)
    for minute_id in topic.minutes:
        found[writer.minute_meeting[minute_id]].append(minute_id)
    return found


def _year_of_meeting(writer: WriterBase, meeting_id: str) -> int:
    return writer.archive.meetings[meeting_id].date.year


def _topic_years(writer: WriterBase, topic: Topic) -> list[int | None]:
    years: set[int | None] = {_year_of_meeting(writer, m) for m in _meetings_of(writer, topic)}
    years |= {writer.year_of_document(d) for d in topic.documents}
    years |= {writer.year_of_document(d) for d, _line, _heading in topic.sections}
    return sorted(years, key=lambda y: (y is None, y or 0))


def _topic_entries(writer: WriterBase, topic: Topic, here: str, year: int | None) -> list[str]:
    """The year's meetings (items and minutes), papers and report sections on the topic."""
    a = writer.archive
    lines: list[str] = []
    meetings = {
        m: records
        for m, records in _meetings_of(writer, topic).items()
        if _year_of_meeting(writer, m) == year
    }
    if meetings:
        lines += ["## At meetings", ""]
        for meeting_id in sorted(meetings, key=lambda m: (a.meetings[m].date, m)):
            meeting = a.meetings[meeting_id]
            links = []
            for record_id in meetings[meeting_id]:
                if record_id in writer.items:
                    item = writer.items[record_id]
                    text = item.headline
                else:
                    minute = writer.minutes[record_id]
                    text = f"Minute {minute.facts.number}: {minute.facts.title}"
                links.append(writer.link(here, md_on_meeting(meeting_id, record_id), text))
            title = writer.link(here, md_meeting(meeting_id), writer.meeting_title(meeting))
            lines.append(f"- {title}: {'; '.join(links)}")
        lines.append("")
    documents = sorted(
        (a.documents[d] for d in topic.documents if writer.year_of_document(d) == year),
        key=lambda d: (d.date or dt.date.min, d.id),
    )
    if documents:
        lines += ["## Papers", ""]
        for document in documents:
            link = writer.link(here, md_document(a, document), document.title)
            lines.append(f"- {_date(document.date)}: {link}")
        lines.append("")
    sections = [s for s in topic.sections if writer.year_of_document(s[0]) == year]
    if sections:
        lines += ["## Report sections", ""]
        for document_id, _line, heading in sections:
            document = a.documents[document_id]
            link = writer.link(here, md_document(a, document), document.title)
            lines.append(f"- {link}: “{_text(heading)}”")
        lines.append("")
    return lines


def topic_page(writer: WriterBase, topic: Topic) -> Page:
    """The topic's page: its newest entries across every year, newest first, and a line of
    links to every year's page, so the page does not grow with the archive."""
    here = md_topic(topic.id)
    lines = [f"# {_text(topic.name)}", ""]
    if topic.curated:
        lines += [
            "Agenda items, minutes, papers and report sections whose titles name this subject.",
            "",
        ]
    else:
        lines += ["An item that comes back meeting after meeting.", ""]
    entries = topic_entries(writer, topic)
    feed = topic_feed_path(topic.id)
    lines += latest_section(here, entries, feed, f"{topic.name}: Atom feed", writer.link)
    years = _topic_years(writer, topic)
    if years:
        lines += [
            "## Every year {#years}",
            "",
            "Each year's meetings, papers and report sections on this subject, oldest first: "
            + writer.year_links(here, partial(md_year, here), years),
            "",
        ]
    meetings = _meetings_of(writer, topic)
    meta = {
        "kind": "topic",
        "id": topic.id,
        "title": topic.name,
        "meetings": sorted(meetings),
        "items": topic.items,
        "documents": topic.documents,
    }
    return Page(here, meta, "\n".join(lines))


def topic_year_pages(writer: WriterBase, topic: Topic) -> Iterator[Page]:
    """One page per year of a topic: the meetings, papers and report sections."""
    years = _topic_years(writer, topic)
    for k, year in enumerate(years):
        here = md_year(md_topic(topic.id), year)
        label = _year_label(year)
        meetings = [m for m in _meetings_of(writer, topic) if _year_of_meeting(writer, m) == year]
        meta = {
            "kind": "topic-year",
            "id": f"{topic.id}-{year if year is not None else 'undated'}",
            "title": f"{topic.name}: {label}",
            "meetings": sorted(meetings),
            "documents": [d for d in topic.documents if writer.year_of_document(d) == year],
        }
        lines = [f"# {_text(topic.name)}: {label}", ""]
        lines += [writer.around(here, md_topic(topic.id), topic.name, years, k), ""]
        lines += _topic_entries(writer, topic, here, year)
        yield Page(here, meta, "\n".join(lines))
