"""Organisations named in the text: the councils membership lists name, and the curated
ones (content/organisations.yaml: Kent Police, the Commissioner's office, HMICFRS), found
by their names as printed, each mention kept with its line so the organisation's page can
link to the paragraph; and the organisations each attendee's capacity names.
"""

from __future__ import annotations

import bisect
import re

from ..model import Archive, Organisation, OrganisationMention
from .curated import Curated


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words, the first listed winning where several match at
    one place (longest first, so "Kent Police and Crime Commissioner" is not read as "Kent
    Police"): what `\\b(?:phrase|...)\\b` matches.

    That pattern tries every phrase at every position of the text. When every phrase starts
    with a word character, the word boundary before it is the same as "no word character
    before its first character", which can be tested just after that character; the
    pattern then starts with a choice of plain characters, and Python's regular expression
    engine skips straight to the positions holding one of them (about three times faster
    on the archive's text, same matches)."""
    if all(re.match(r"\w", phrase) for phrase in phrases):
        branches = []
        for phrase in phrases:
            first = re.escape(phrase[0])
            branches.append(f"{first}(?<!\\w{first}){re.escape(phrase[1:])}")
        return re.compile("(?:" + "|".join(branches) + r")\b")
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


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
    # a phrase with a line break in it (a curated entry could have one) never matches a
    # line, and must not match across the newlines that join lines below
    searchable = [p for p in sorted(phrases, key=len, reverse=True) if "\n" not in p]
    pattern = phrase_pattern(searchable) if searchable else re.compile("(?!)")  # (no match)
    curated_names = {e.id: e.name for e in curated.organisations}
    found: list[OrganisationMention] = []
    for document_id in sorted(archive.documents):
        part = archive.documents[document_id].part
        recorded = {f.line for f in part.membership}  # the membership list links them already
        # One search over the paper's lines joined by newlines rather than one per line
        # (most lines name no organisation): a phrase holds no newline, so no match spans
        # two lines, and a newline is a word boundary as a line's start and end are.
        starts, offset = [], 0
        for line in part.lines:
            starts.append(offset)
            offset += len(line.text) + 1
        text = "\n".join(line.text for line in part.lines)
        for match in pattern.finditer(text):
            line = part.lines[bisect.bisect_right(starts, match.start()) - 1]
            if line.number in recorded:
                continue
            org_id = phrases[match.group(0)]
            if org_id not in archive.organisations:
                archive.organisations[org_id] = Organisation(org_id, curated_names[org_id])
            found.append(OrganisationMention(org_id, document_id, line.number, match.group(0)))
    archive.organisations = dict(sorted(archive.organisations.items()))
    archive.organisation_mentions = found
    # whom someone attended for: the organisations their capacity, or the heading they are
    # listed under ("Kent Police:"), names, read the same way (longest name first: "Kent
    # Police and Crime Commissioner" is the Commissioner's office, not Kent Police)
    for meeting in archive.meetings.values():
        for attendance in meeting.attendance:
            printed = (attendance.capacity, attendance.group, attendance.organisation)
            said = " / ".join(x for x in printed if x)
            if said:
                named = {phrases[m.group(0)] for m in pattern.finditer(said)}
                attendance.organisations = sorted(named & archive.organisations.keys())
