"""The official record from `content/sources.yaml`, joined to the archive: each source file
(by its sha256) learns its publisher, original and date; each meeting and body its official
page. A source matches by the sha256 of its bytes (what `sha256sum` prints) or of its text
as decoded (what names `/sources/<hash>.txt`): a copy saved with Windows line endings or a
byte-order mark is the same document, while a file whose words were edited is not.

A meeting entry may name a meeting the archive lacks but its papers refer to ("the
minutes of the meeting held on 16 July 2024"): the reference then links the official
page instead of ending at "not in this archive"; without one, it links the body's page.

An entry that matches nothing in the archive is a warning naming the entry, not an error:
the file may be added later, or the entry may have a typo worth fixing."""

from __future__ import annotations

import hashlib

from ..errors import Diagnostics
from ..model import Archive
from .curated import OfficialRecord

FILE = "sources.yaml"


def apply_official(archive: Archive, official: OfficialRecord, diagnostics: Diagnostics) -> None:
    by_digest = {s.sha256: s for s in archive.sources}
    for kept in archive.sources:
        by_digest.setdefault(hashlib.sha256(kept.text.encode("utf-8")).hexdigest(), kept)
    for entry in official.sources:
        source = by_digest.get(entry.sha256)
        if source is None:
            diagnostics.warn(FILE, entry.line, "unmatched-official-entry",
                             f"no source file has sha256 {entry.sha256[:12]}...")  # fmt: skip
            continue
        source.publisher = entry.publisher
        source.published_url = entry.url
        source.published = entry.published
    named = {r.named_meeting for r in archive.references if r.named_meeting}
    pages = {page.id: page.url for page in official.meetings}
    for page in official.meetings:
        meeting = archive.meetings.get(page.id)
        if meeting is not None:
            meeting.official_url = page.url
            meeting.official_publisher = page.publisher
        elif page.id not in named:  # a meeting the papers only mention is kept for them
            diagnostics.warn(FILE, page.line, "unmatched-official-entry",
                             f"no meeting has the id {page.id!r}")  # fmt: skip
    for page in official.bodies:
        body = archive.bodies.get(page.id)
        if body is None:
            diagnostics.warn(FILE, page.line, "unmatched-official-entry",
                             f"no body has the id {page.id!r}")  # fmt: skip
            continue
        body.official_url = page.url
        body.publisher = page.publisher
    for reference in archive.references:
        if reference.named_meeting is not None:
            reference.official_url = pages.get(reference.named_meeting) or _body_page(
                archive, reference.named_meeting
            )


def _body_page(archive: Archive, meeting_id: str) -> str | None:
    """The official page of the body a meeting id ("2024-07-16-<body>") is of."""
    body = archive.bodies.get(meeting_id[len("YYYY-MM-DD-") :])
    return body.official_url if body is not None else None
