"""Organisations named in the text: the councils membership lists name, and the curated
ones (content/organisations.yaml: Kent Police, the Commissioner's office, HMICFRS), found
by their names as printed, each mention kept with its line so the organisation's page can
link to the paragraph.
"""

from __future__ import annotations

import re

from ..curated import Curated
from ..model import Archive, Organisation, OrganisationMention


def resolve_organisations(archive: Archive, curated: Curated) -> None:
    """Add the curated organisations the documents mention, then every mention of any
    organisation, in document and line order."""
    phrases: dict[str, str] = {}  # phrase as printed -> organisation id
    for org in archive.organisations.values():
        phrases.setdefault(org.name, org.id)
    for entry in curated.organisations:
        for phrase in (entry.name, *entry.match):
            phrases.setdefault(phrase, entry.id)
    if not phrases:
        return
    # longest first, so "Kent Police and Crime Commissioner" is not read as "Kent Police"
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b"
    )
    curated_names = {e.id: e.name for e in curated.organisations}
    found: list[OrganisationMention] = []
    for document_id in sorted(archive.documents):
        part = archive.documents[document_id].part
        recorded = {f.line for f in part.membership}  # the membership list links them already
        for line in part.lines:
            if line.number in recorded:
                continue
            for match in pattern.finditer(line.text):
                org_id = phrases[match.group(0)]
                if org_id not in archive.organisations:
                    archive.organisations[org_id] = Organisation(org_id, curated_names[org_id])
                found.append(OrganisationMention(org_id, document_id, line.number, match.group(0)))
    archive.organisations = dict(sorted(archive.organisations.items()))
    archive.organisation_mentions = found
