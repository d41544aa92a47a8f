"""The site engine names the generated page it stopped on ("Doc file 'meetings/x.md'
contains a link ..."); a maintainer needs the document and line that page is made from.
A logging handler on the engine's logger adds that after each such warning."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from .model import Archive
from .rendering.contained import unit_source
from .rendering.urls import md_document, md_meeting

#: How the engine names a page in its warnings.
PAGE_NAMED = re.compile(r"Doc file '(?P<page>[^'\n]{1,1000})'")


def page_sources(archive: Archive) -> dict[str, tuple[str, int | None]]:
    """Page path (as the engine names it) -> the source file and line it is made from,
    for every meeting's and paper's page."""
    sources: dict[str, tuple[str, int | None]] = {}
    for meeting in archive.meetings.values():
        sources[md_meeting(meeting.id)] = unit_source(archive, "meeting", meeting)
    for document in archive.documents.values():
        page = md_document(archive, document).partition("#")[0]
        sources.setdefault(page, (document.source_file, document.part.first_line))
    return sources


class PageSourceNotes(logging.Handler):
    """After each engine warning that names a page, say which source it is made from."""

    def __init__(
        self, sources: dict[str, tuple[str, int | None]], say: Callable[[str], None]
    ) -> None:
        super().__init__(logging.WARNING)
        self.sources = sources
        self.say = say

    def emit(self, record: logging.LogRecord) -> None:
        match = PAGE_NAMED.search(record.getMessage())
        if match is None or match["page"] not in self.sources:
            return
        file, line = self.sources[match["page"]]
        where = f"{file}:{line}" if line is not None else file
        self.say(f"  {match['page']} is made from {where}")
