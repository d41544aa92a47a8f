"""Topics: where a subject comes up across meetings.

Two sources, both from titles and headings, never from body text (a passing mention is not
a subject): curated topics (content/topics.yaml, e.g. road safety, with the phrases that
name them), and titles that recur at two or more meetings once dates, years and "update"
are set aside ("Questions to the Commissioner", "Future work programme"), except the
procedural ones topics.yaml lists. A topic with nothing in the archive gets no page.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..dates import DATE_PHRASE
from ..model import Archive, Topic
from ..slugs import RESERVED, slug
from .curated import Curated

YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?\b")
NOISE = re.compile(r"\b(?:update|updates|verbal|on the|following|for)\b")
HEADING = re.compile(r"^#{1,6}\s*(?P<text>.+?)\s*$")


def recurring_key(title: str) -> str:
    """'Complaints Against the Commissioner - Annual Report 2022/23' and '... 2023-24' give
    the same key; so do 'Future work programme' and 'Future Work Programme'."""
    text = DATE_PHRASE.sub(" ", title.lower())
    text = YEARS.sub(" ", text)
    text = NOISE.sub(" ", text)
    return " ".join(re.findall(r"[a-z0-9']+", text))


def _titles(archive: Archive) -> list[tuple[str, str, str, str]]:
    """(kind, record id, meeting id or "", title) for every item, minute and paper."""
    found = []
    for meeting in sorted(archive.meetings.values(), key=lambda m: (m.date, m.id)):
        found += [("item", i.id, meeting.id, i.title) for i in meeting.items]
        found += [("minute", m.id, meeting.id, m.facts.title) for m in meeting.minutes]
    for document in sorted(archive.documents.values(), key=lambda d: d.id):
        found.append(("document", document.id, document.meeting or "", document.title))
    return found


def _add(topic: Topic, kind: str, record_id: str) -> None:
    target = {"item": topic.items, "minute": topic.minutes, "document": topic.documents}[kind]
    if record_id not in target:
        target.append(record_id)


def resolve_topics(archive: Archive, curated: Curated) -> None:
    titles = _titles(archive)
    # every paper's headings, read once (not once per topic)
    headings: list[tuple[str, int, str]] = []
    for document_id in sorted(archive.documents):
        for line in archive.documents[document_id].part.lines:
            if line.text.startswith("#"):
                heading = HEADING.match(line.text)
                text = heading["text"].strip("*_ ") if heading else ""
                if text:
                    headings.append((document_id, line.number, text))
    topics: dict[str, Topic] = {}
    for entry in curated.topics:
        topic = Topic(entry.id, entry.name, curated=True)
        for kind, record_id, _meeting, title in titles:
            if any(phrase in title.lower() for phrase in entry.match):
                _add(topic, kind, record_id)
        for document_id, number, text in headings:
            if any(p in text.lower() for p in entry.match):
                topic.sections.append((document_id, number, text))
        if topic.items or topic.minutes or topic.documents or topic.sections:
            topics[topic.id] = topic
    # titles of items and minutes that recur at two or more meetings
    groups: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for found in titles:
        if found[0] != "document":
            groups[recurring_key(found[3])].append(found)
    for key, entries in sorted(groups.items()):
        meetings = {meeting for _, _, meeting, _ in entries}
        if not key or len(meetings) < 2 or any(p in key for p in curated.not_topics):
            continue
        covered = any(
            record_id in t.items or record_id in t.minutes
            for t in topics.values() for _, record_id, _, _ in entries
        )  # fmt: skip
        if covered:
            continue  # a curated topic already gathers these
        name = YEARS.sub("", min((t for *_, t in entries), key=lambda t: (len(t), t)))
        name = name.strip(" -–")
        topic_id = slug(name)
        if topic_id in topics or topic_id in RESERVED:
            topic_id = f"{topic_id}-topic"
        topic = Topic(topic_id, name, curated=False)
        for kind, record_id, _, _ in entries:
            _add(topic, kind, record_id)
        for kind, record_id, _, title in titles:  # papers of that title ("... work programme")
            if kind == "document" and key in recurring_key(title):
                _add(topic, kind, record_id)
        topics[topic.id] = topic
    archive.topics = dict(sorted(topics.items()))
