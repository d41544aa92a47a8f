"""The whole flow, read -> parse -> resolve -> write pages, as one library call.

The CLI only calls this; tests call it too. Each stage's work is in its own folder
(`parsing.workers` reads and parses, `resolving` resolves, `rendering.writing` writes);
this module only runs them in order.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings, load_settings
from .dates import is_plausible
from .errors import Diagnostic, Diagnostics
from .model import Archive, SourceDocument
from .parsing.cache import ParseCache
from .parsing.workers import read_documents
from .rendering.writing import write_pages
from .resolving import build_archive
from .resolving.contained import resolve_leaving_out_failures
from .resolving.curated import load_curated


@dataclass
class BuildResult:
    archive: Archive
    documents: list[SourceDocument]
    diagnostics: Diagnostics
    pages_written: int
    settings: Settings = field(default_factory=Settings)

    def summary(self) -> str:
        a = self.archive
        items = sum(len(m.items) for m in a.meetings.values())
        minutes = sum(len(m.minutes) for m in a.meetings.values())
        return (
            f"{len(self.documents)} documents read, {len(a.documents)} papers, "
            f"{len(a.meetings)} meetings, {items} agenda items, {minutes} minutes, "
            f"{len(a.people)} people, {len(self.diagnostics.warnings)} warnings"
        )


def content_epoch(archive: Archive) -> int:
    """Seconds since 1970 at midnight UTC of the latest date in the archive (0 if none):
    the build's SOURCE_DATE_EPOCH, so dates the engine writes come from the content.
    Implausible dates (a paper dated 9999, warned about in parsing) are left out."""
    dates = [m.date for m in archive.meetings.values() if is_plausible(m.date)]
    dates += [d.date for d in archive.documents.values() if d.date and is_plausible(d.date)]
    return calendar.timegm(max(dates).timetuple()) if dates else 0


def read_archive(
    content_dir: Path,
    diagnostics: Diagnostics,
    cache: ParseCache | None = None,
    workers: int | None = None,
) -> tuple[Archive, list[SourceDocument]]:
    """Read, parse and resolve. If resolving raises, the papers that make it raise are
    found and left out with a warning (`resolving.contained`), so one paper never stops
    the archive; the documents are read again for that, as resolving changed them."""
    documents = read_documents(content_dir, diagnostics, cache, workers)
    curated = load_curated(content_dir)
    found = Diagnostics()
    try:
        archive = build_archive(documents, curated, found)
    except Exception:
        found = Diagnostics()
        fresh = read_documents(content_dir, Diagnostics(), cache, workers)
        archive, documents = resolve_leaving_out_failures(fresh, curated, found)
    diagnostics.replay(found.items)
    return archive, documents


def generate(
    content_dir: Path,
    pages_dir: Path,
    site_config: Path | None = None,
    site_url: str | None = None,
    cache_dir: Path | None = None,
    workers: int | None = None,
    on_diagnostic: Callable[[Diagnostic], None] | None = None,
) -> BuildResult:
    """Read, parse, resolve and write the pages. `site_url`: the public base URL (None: the
    one content/site.yaml gives); `cache_dir` keeps parsed documents between builds (None:
    parse everything); `workers` caps the processes that parse documents and write pages
    (None: every CPU); `on_diagnostic` is called with each diagnostic as it is reported
    (the CLI prints warnings so, before a later step can stop the build)."""
    settings = load_settings(content_dir)
    diagnostics = Diagnostics(listener=on_diagnostic)
    cache = ParseCache(cache_dir) if cache_dir is not None else None
    archive, documents = read_archive(content_dir, diagnostics, cache, workers)
    written = write_pages(archive, pages_dir, site_config, site_url, workers, settings, diagnostics)
    return BuildResult(archive, documents, diagnostics, written, settings)
