"""`data/archive.json`: the archive as open data, from the same model as the pages.

The contract is ../shared/open-data.md (schema_version 1): fields may be added, never
renamed or dropped. Output is deterministic: collections are sorted by id.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from ...markup import plain
from ...model import Archive, Document
from ..publication import Publication
from ..urls import (
    Locator,
    decision_anchor,
    md_body,
    md_decision,
    md_document,
    md_meeting,
    md_on_meeting,
    md_organisation,
    md_person,
    md_source,
    md_source_page,
    md_target,
    md_topic,
    question_anchor,
    url_of,
)

SCHEMA_VERSION = 1

#: The collections whose records each belong to one meeting (they carry a "meeting" id).
MEETING_COLLECTIONS = (
    "agenda_items",
    "minutes",
    "attendance",
    "memberships",
    "questions",
    "declarations",
    "decisions",
    "actions",
)


#: The collections that name a person, and the field naming them (for person sidecars).
PERSON_COLLECTIONS = (
    ("attendance", "person"),
    ("memberships", "person"),
    ("questions", "asker"),
    ("declarations", "person"),
    ("mentions", "person"),
)


def archive_data(archive: Archive, publication: Publication | None = None) -> dict[str, Any]:
    """The archive as open data. With a `publication`, the data also says where the site is
    (`site_url`), its data licence, and gives every record with a site-root-relative `url` an
    absolute `permalink` under that base (which may have a path: a client cannot resolve
    `url` against the host alone)."""
    data = _archive_data(archive)
    if publication is None:
        return data
    head = {
        "schema_version": data.pop("schema_version"),
        "site_url": publication.site_url,
        "data_licence": publication.settings.data_licence,
    }
    for rows in data.values():
        for row in rows:
            _add_permalinks(row, publication)
    return {**head, **data}


def _add_permalinks(row: dict[str, Any], publication: Publication) -> None:
    """`permalink` beside every `url` of a record and of the records nested in it."""
    url = row.get("url")
    if isinstance(url, str):
        row["permalink"] = publication.absolute(url)
    for value in row.values():
        if isinstance(value, list):
            for nested in value:
                if isinstance(nested, dict):
                    _add_permalinks(nested, publication)


def _archive_data(archive: Archive) -> dict[str, Any]:
    a = archive
    locate = Locator(a)
    meetings = sorted(a.meetings.values(), key=lambda m: m.id)

    def anchor(meeting_id: str, record_id: str) -> str:
        return url_of(md_on_meeting(meeting_id, record_id))

    return {
        "schema_version": SCHEMA_VERSION,
        "sources": [
            {
                "file": s.file,
                "sha256": s.sha256,
                "document": s.document,
                "url": url_of(md_source(s)),
                "html_url": url_of(md_source_page(s)),
                "publisher": s.publisher,
                "published_url": s.published_url,
                "published": s.published.isoformat() if s.published else None,
            }
            for s in sorted(a.sources, key=lambda s: s.file)
        ],
        "bodies": [
            {
                "id": b.id,
                "name": b.name,
                "url": url_of(md_body(b.id)),
                "official_url": b.official_url,
                "publisher": b.publisher,
            }
            for b in sorted(a.bodies.values(), key=lambda b: b.id)
        ],
        "organisations": [
            {"id": o.id, "name": o.name, "url": url_of(md_organisation(o.id))}
            for o in sorted(a.organisations.values(), key=lambda o: o.id)
        ],
        "people": [
            {"id": p.id, "name": p.name, "aliases": p.aliases, "url": url_of(md_person(p.id))}
            for p in sorted(a.people.values(), key=lambda p: p.id)
        ],
        "meetings": [
            {
                "id": m.id,
                "body": m.body,
                "date": m.date.isoformat(),
                "time": m.time.strftime("%H:%M") if m.time else None,
                "venue": m.venue,
                "url": url_of(md_meeting(m.id)),
                "documents": m.documents,
                "official_url": m.official_url,
                "opening_resolutions": [
                    {"text": text, "line": line} for text, line in m.opening_resolutions
                ],
            }
            for m in meetings
        ],
        "agenda_items": [
            {
                "id": i.id,
                "meeting": m.id,
                "code": i.code,
                "title": i.title,
                "section": i.facts.section,
                "section_title": i.facts.section_title,
                "pages": i.facts.pages,
                "url": anchor(m.id, i.id),
                "minute": i.minute,
                "documents": i.documents,
            }
            for m in meetings
            for i in m.items
        ],
        "minutes": [
            {
                "id": n.id,
                "meeting": m.id,
                "number": n.facts.number if n.facts.numbered else None,  # none printed
                "title": n.facts.title,
                "item_code": n.facts.item_code,
                "agenda_item": n.item,
                "resolution": n.facts.resolution,
                "resolution_line": n.facts.resolution_line,
                "further_resolutions": [
                    {"text": text, "line": line} for text, line in n.facts.further_resolutions
                ],
                "document": m.minutes_document,
                "line": n.facts.line,
                "end_line": n.facts.end_line,
                "url": anchor(m.id, n.id),
                "paragraphs": [
                    {"number": p.number, "line": p.line, "url": f"{anchor(m.id, n.id)}-{p.key}"}
                    for p in n.facts.paragraphs
                    if p.key
                ],
                "subparagraphs": [
                    {"number": p.number, "line": p.line, "url": f"{anchor(m.id, n.id)}-{p.key}"}
                    for p in n.facts.subparagraphs
                    if p.key
                ],
            }
            for m in meetings
            for n in m.minutes
        ],
        "attendance": [
            {
                "meeting": m.id,
                "person": x.person,
                "role": x.role.value,
                "capacity": x.capacity,
                "as_written": x.as_written,
                "minute": x.minute,
                "group": x.group,
                "document": m.minutes_document,
                "line": x.line,
                "organisation": x.organisation,
                "reason": x.reason,
                "timing": x.timing,
            }
            for m in meetings
            for x in m.attendance
        ],
        "memberships": [
            {
                "person": x.person,
                "body": m.body,
                "organisation": x.organisation,
                "represents": x.represents,
                "meeting": m.id,
                "as_written": x.as_written,
                "document": m.agenda,
                "line": x.line,
            }
            for m in meetings
            for x in m.membership
        ],
        "questions": [
            {
                "id": q.id,
                "meeting": m.id,
                "asker": q.asker,
                "organisation": q.organisation,
                "text": q.text,
                "asker_as_written": q.facts.asker_as_written,
                "document": m.minutes_document,
                "line": q.facts.line,
                "url": anchor(m.id, question_anchor(m, q)),
            }
            for m in meetings
            for q in m.questions
        ],
        "declarations": [
            {
                "meeting": m.id,
                "person": d.person,
                "text": d.text,
                "as_written": d.facts.as_written,
                "document": m.minutes_document,
                "line": d.facts.line,
                "url": anchor(m.id, d.minute),
            }
            for m in meetings
            for d in m.declarations
        ],
        "decisions": [
            {
                "id": f"{m.id}-{decision_anchor(d.reference)}",
                "meeting": m.id,
                "reference": d.reference,
                "title": d.title,
                "minute": d.minute,
                "document": m.minutes_document,
                "line": d.facts.line,
                "url": url_of(md_decision(m.id, d.reference)),
            }
            for m in meetings
            for d in m.decisions
        ],
        "actions": [
            {
                "id": f"{m.id}-action-{n}",
                "meeting": m.id,
                "text": x.text,
                "status": x.status,
                "owner": x.owner,
                "due": x.due.isoformat() if x.due else None,
                "document": m.minutes_document,
                "line": x.line,
                "url": url_of(f"{md_meeting(m.id)}#action-{n}"),
            }
            for m in meetings
            for n, x in enumerate(m.actions, start=1)
        ],
        "mentions": [
            {
                "person": x.person,
                "document": x.document,
                "meeting": a.documents[x.document].meeting,
                "line": x.line,
                "as_written": x.as_written,
                "role": x.role,
                "url": url_of(locate(x.document, x.line).md),
            }
            for x in sorted(a.mentions, key=lambda x: (x.document, x.line, x.as_written, x.person))
        ],
        "organisation_mentions": [
            {
                "organisation": x.organisation,
                "document": x.document,
                "meeting": a.documents[x.document].meeting,
                "line": x.line,
                "as_written": x.as_written,
                "url": url_of(locate(x.document, x.line).md),
            }
            for x in a.organisation_mentions
        ],
        "references": [
            {
                "document": r.document,
                "line": r.line,
                "text": r.text,
                "kind": r.kind.value,
                "target": r.target.id if r.target else None,
                "target_kind": r.target.kind if r.target else None,
                "url": url_of(locate(r.document, r.line).md),
                "target_url": url_of(md_target(a, r.target)) if r.target else None,
            }
            for r in sorted(a.references, key=lambda r: (r.document, r.line, r.text))
        ],
        "topics": [
            {
                "id": t.id,
                "name": t.name,
                "curated": t.curated,
                "agenda_items": t.items,
                "minutes": t.minutes,
                "documents": t.documents,
                "url": url_of(md_topic(t.id)),
            }
            for t in sorted(a.topics.values(), key=lambda t: t.id)
        ],
        "documents": [
            {
                "id": d.id,
                "source_file": d.source_file,
                "kind": d.kind.value,
                "title": d.title,
                "date": d.date.isoformat() if d.date else None,
                "meeting": d.meeting,
                "agenda_item": d.agenda_item,
                "source_lines": [d.part.first_line, d.part.last_line],
                "parent": d.parent,
                "appendix_label": d.appendix_label,
                "heading": d.part.heading,
                "sections": _sections(a, d),
                "url": url_of(md_document(a, d)),
            }
            for d in sorted(a.documents.values(), key=lambda d: d.id)
        ],
    }


def _dumps(data: Any) -> str:
    """Compact JSON (json's C encoder; an indented dump runs in Python and costs a large
    archive seconds), UTF-8 as it is, one newline at the end."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def archive_json(archive: Archive, data: dict[str, Any] | None = None) -> str:
    return _dumps(data if data is not None else archive_data(archive))


__all__ = ["MEETING_COLLECTIONS", "SCHEMA_VERSION", "archive_data", "archive_json", "sidecars"]


def sidecars(archive: Archive, data: dict[str, Any] | None = None) -> dict[str, str]:
    """A JSON file beside each meeting and person page (`meetings/<id>/index.json`), cut
    from the same open data as archive.json, for programmatic users of one record. Each
    record's rows are grouped in one pass over the data, not one scan per record."""
    data = data if data is not None else archive_data(archive)
    out: dict[str, str] = {}
    by_meeting: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for key in MEETING_COLLECTIONS:
        for r in data[key]:
            by_meeting[r["meeting"]][key].append(r)
    documents = {d["id"]: d for d in data["documents"]}
    for meeting in data["meetings"]:
        mid = meeting["id"]
        record = {
            **_head(data),
            "meeting": meeting,
            **{key: by_meeting[mid][key] for key in MEETING_COLLECTIONS},
            "documents": [documents[d] for d in sorted(meeting["documents"]) if d in documents],
        }
        out[f"meetings/{mid}/index.json"] = _dumps(record)
    by_person: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for key, field in PERSON_COLLECTIONS:
        for r in data[key]:
            if r[field]:
                by_person[r[field]][key].append(r)
    for person in data["people"]:
        pid = person["id"]
        record = {
            **_head(data),
            "person": person,
            **{key: by_person[pid][key] for key, _ in PERSON_COLLECTIONS},
        }
        out[f"people/{pid}/index.json"] = _dumps(record)
    return out


def _head(data: dict[str, Any]) -> dict[str, Any]:
    """What a sidecar says of the whole archive: its schema version and where it is."""
    keys = ("schema_version", "site_url", "data_licence")
    return {key: data[key] for key in keys if key in data}


def _sections(archive: Archive, document: Document) -> list[dict[str, Any]]:
    """A paper's heading hierarchy ("3.1 Victim Based Crime" at level 3 inside "3. Work
    with Residents ..." at level 2), with the source line of each heading, for the papers
    that have a page of their own (an agenda's and minutes' structure is in
    `agenda_items` and `minutes`)."""
    if not md_document(archive, document).startswith("documents/"):
        return []
    return [
        {"title": plain(h.title), "level": h.level, "line": h.line} for h in document.part.headings
    ]
