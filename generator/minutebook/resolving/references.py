"""Resolve the references found in each paper's text to records of the archive.

A reference whose target the archive does not hold stays in the archive with no target, so
pages can say "not in this archive" instead of linking nowhere, and a later document that
supplies the target turns it into a link without any other change.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import (
    Archive,
    Document,
    DocumentKind,
    Reference,
    ReferenceFact,
    ReferenceKind,
    Target,
)

#: (printed name, file it is printed in) -> body id; a file's own body comes first
BodyLookup = Callable[[str, str], str | None]


def _named_meeting(archive: Archive, document: Document, fact: ReferenceFact,
                   body_of: BodyLookup) -> str | None:  # fmt: skip
    """The id of the meeting of the named body on that date, whether the archive holds it
    or not; "the meeting held on D" with no body named means a meeting of the body whose
    paper says it. None when the body is not known."""
    if fact.body_hint:
        body = body_of(fact.body_hint, document.source_file)
    else:
        body = archive.meetings[document.meeting].body if document.meeting else None
    return f"{fact.key}-{body}" if body else None


def _item(archive: Archive, document: Document, fact: ReferenceFact) -> Target | None:
    """An item code means an item of the meeting the paper records or was written for."""
    if document.meeting is None:
        return None
    meeting = archive.meetings[document.meeting]
    item = next((i for i in meeting.items if i.code.upper() == fact.key.upper()), None)
    return Target("item", item.id, meeting.id) if item else None


def _decision(archive: Archive, fact: ReferenceFact) -> Target | None:
    """The first meeting (by date) whose minutes note the decision."""
    for meeting in sorted(archive.meetings.values(), key=lambda m: (m.date, m.id)):
        if any(d.reference == fact.key for d in meeting.decisions):
            return Target("decision", fact.key, meeting.id)
    return None


def _annual_report(archive: Archive, fact: ReferenceFact) -> Target | None:
    """The annual report covering the same years ("2023-24" and "2023 - 2024" agree)."""
    for document_id in sorted(archive.documents):
        document = archive.documents[document_id]
        if document.kind is DocumentKind.ANNUAL_REPORT and document.part.period == fact.key:
            return Target("document", document.id)
    return None


def resolve_references(archive: Archive, body_of: BodyLookup) -> None:
    """Fill `archive.references` from the reference facts of every document's text."""
    found = []
    for document_id in sorted(archive.documents):
        document = archive.documents[document_id]
        for fact in document.part.references:
            named = None
            if fact.kind is ReferenceKind.MEETING:
                named = _named_meeting(archive, document, fact, body_of)
                target = Target("meeting", named) if named in archive.meetings else None
            elif fact.kind is ReferenceKind.ITEM:
                target = _item(archive, document, fact)
            elif fact.kind is ReferenceKind.DECISION:
                target = _decision(archive, fact)
            else:
                target = _annual_report(archive, fact)
            reference = Reference(document.id, fact.line, fact.text, fact.kind, target)
            if target is None:
                reference.named_meeting = named
            found.append(reference)
    archive.references = found


def resolve_appendix_references(archive: Archive) -> None:
    """Resolve each paper's "Appendix A" mentions to the appendix of that label of its
    report (a report's own, or the report an appendix belongs to): its siblings, never
    another report's. A label with no appendix cut off, or naming the paper itself, keeps
    no target, so the phrase stays text."""
    for document in archive.documents.values():
        if not document.part.appendix_mentions:
            continue
        report = archive.documents[document.parent] if document.parent else document
        labelled = {
            label: appendix_id
            for appendix_id in report.appendices
            if (label := archive.documents[appendix_id].appendix_label)
        }
        document.appendix_references = []
        for fact in document.part.appendix_mentions:
            found = labelled.get(fact.key)
            target = Target("document", found) if found and found != document.id else None
            document.appendix_references.append(
                Reference(document.id, fact.line, fact.text, fact.kind, target)
            )
