"""The whole flow, read -> parse -> resolve -> write pages, as one library call.

The CLI only calls this; tests call it too. Writing is the last step and writes only what
changed, so the pages folder can be rebuilt in place.
"""

from __future__ import annotations

import calendar
import gc
import multiprocessing
import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from .config import Settings, load_settings
from .dates import is_plausible
from .errors import ContentError, Diagnostic, Diagnostics
from .failures import describe
from .model import Archive, Meeting, SourceDocument
from .parsing import parse_document
from .parsing.cache import Entry, ParseCache, dump_entry, load_entry
from .parsing.reading import SourceText, read_sources
from .rendering.contained import failed_unit, unit_source
from .rendering.data.calendars import calendars
from .rendering.data.csv_files import csv_files
from .rendering.data.feeds import feeds
from .rendering.data.linked_data import LinkedData
from .rendering.data.open_data import archive_data, archive_json, sidecars
from .rendering.data.schema import SCHEMA_ID, schema_json
from .rendering.data.sitemap import SITEMAP, SitemapRow, SitemapRows, sitemap_document
from .rendering.pages.pages import PageWriter
from .rendering.publication import Publication
from .resolving import build_archive
from .resolving.contained import resolve_leaving_out_failures
from .resolving.curated import load_curated

#: Files of site_config/ copied into the pages folder (CSS must live beside the pages).
ASSETS = ("assets",)

#: Fewer uncached documents than this are parsed in this process: starting worker
#: processes and sending the parsed documents back costs more than it saves.
PARALLEL_MIN_DOCUMENTS = 4


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


def default_workers() -> int:
    """The CPUs this process may use (a container's or scheduler's limit, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _parse_alone(source: SourceText) -> Entry:
    """Parse one document with its own diagnostics (the unit a worker process runs)."""
    diagnostics = Diagnostics()
    document = parse_document(source, diagnostics)
    return document, diagnostics.items


def _parse_pickled(source: SourceText) -> bytes:
    """`_parse_alone` in a worker process: the entry pickled as the parse cache stores it,
    so the main process unpickles it once and caches these bytes as they are."""
    return dump_entry(_parse_alone(source))


def parse_all(sources: Sequence[SourceText], workers: int | None = None) -> list[Entry]:
    """Parse documents, in worker processes when there are enough of them; results come
    back in the order of `sources` whatever order the workers finish in."""
    return [entry for entry, _ in _parse_all(sources, workers)]


def _parse_all(
    sources: Sequence[SourceText], workers: int | None
) -> list[tuple[Entry, bytes | None]]:
    """`parse_all`, each entry with its pickled bytes when a worker process made it."""
    workers = default_workers() if workers is None else workers
    workers = min(workers, len(sources))
    if workers < 2 or len(sources) < PARALLEL_MIN_DOCUMENTS:
        return [(_parse_alone(source), None) for source in sources]
    # Largest first so one big pack does not start last and leave a core idle.
    by_size = sorted(range(len(sources)), key=lambda i: (-len(sources[i].text), i))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_parse_pickled, [sources[i] for i in by_size], chunksize=1))
    ordered: list[tuple[Entry, bytes | None] | None] = [None] * len(sources)
    for index, data in zip(by_size, results, strict=True):
        ordered[index] = (load_entry(data), data)
    return [entry for entry in ordered if entry is not None]


def read_documents(
    content_dir: Path,
    diagnostics: Diagnostics,
    cache: ParseCache | None = None,
    workers: int | None = None,
) -> list[SourceDocument]:
    """Read and parse every document, in file order. With a cache, only documents whose
    bytes, name or parsing code changed are parsed; the others, and the diagnostics they
    gave when parsed, come from the cache (so their warnings are reported every build)."""
    documents_dir = content_dir / "documents"
    if not documents_dir.is_dir():
        raise ContentError(f"{documents_dir}: no such folder (expected the source documents here)")
    sources = read_sources(documents_dir, diagnostics)
    entries: list[Entry | None] = [cache.get(s) if cache else None for s in sources]
    missing = [i for i, entry in enumerate(entries) if entry is None]
    parsed = _parse_all([sources[i] for i in missing], workers)
    for index, (fresh, data) in zip(missing, parsed, strict=True):
        entries[index] = fresh
        if cache is not None:
            cache.put(sources[index], fresh, data)
    documents = []
    for entry in entries:
        assert entry is not None
        document, found = entry
        diagnostics.replay(found)  # in file order, as a serial parse would report them
        documents.append(document)
    if cache is not None:
        cache.prune()
    return documents


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


#: Fewer page units than this are written in this process: forking workers costs more
#: than it saves on a small archive.
PARALLEL_MIN_PAGES = 100

#: In a page-writing process: the archive and publication it inherited from the parent
#: ("input", set just before the fork), then its own writer, linked data and page units.
_PAGE_WORK: dict[str, Any] = {}

T = TypeVar("T")


#: A written page: its path in the pages folder, whether its file was (re)written, and
#: its row of the sitemap.
Rendered = tuple[str, bool, SitemapRow | None]


def _write_if_changed(path: Path, text: str, made: set[Path]) -> bool:
    """Write the file unless it holds that text already; whether it was written. `made`:
    folders known to exist (creating a file is what costs most here, and asking for its
    folder again for each of thousands of files adds a system call each)."""
    data = text.encode("utf-8")  # bytes: calendars end their lines with CRLF
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    if path.parent not in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        made.add(path.parent)
    path.write_bytes(data)
    return True


def _rendered(
    writer: PageWriter,
    linked: LinkedData,
    sitemap: SitemapRows,
    pages_dir: Path,
    units: Sequence[tuple[str, Any]],
    indexes: Iterable[int],
    made: set[Path],
) -> tuple[list[Rendered], list[Diagnostic]]:
    """Write the pages of the given units, with their linked data, into `pages_dir`
    (where a page's text changed); return each page's path, whether it was written, and
    its sitemap row (all that is kept of a page, and cheap to send between processes),
    and a warning for each unit that raised (its record gets a stand-in page)."""
    out = []
    failures = []
    for index in indexes:
        try:
            pages = [linked.enrich(page) for page in writer.unit_pages(*units[index])]
            texts = [page.render() for page in pages]
        except Exception as exc:
            pages, failure = failed_unit(writer.archive, *units[index], exc)
            texts = [page.render() for page in pages]
            failures.append(failure)
        for page, text in zip(pages, texts, strict=True):
            written = _write_if_changed(pages_dir / page.path, text, made)
            out.append((page.path, written, sitemap(page)))
    return out, failures


def _render_part(indexes: list[int]) -> tuple[list[Rendered], list[Diagnostic]]:
    """The unit of work of a page-writing process (forked: it has the parent's archive)."""
    work = _PAGE_WORK
    if "units" not in work:
        archive, publication, pages_dir = work["input"]
        writer = PageWriter(archive, site_url=publication.site_url, settings=publication.settings)
        work.update(
            writer=writer,
            linked=LinkedData(archive, publication),
            sitemap=SitemapRows(archive, publication),
            pages_dir=pages_dir,
            units=writer.page_units(),
            made=set(),
        )
    w = work
    return _rendered(
        w["writer"], w["linked"], w["sitemap"], w["pages_dir"], w["units"], indexes, w["made"]
    )


def render_pages(
    writer: PageWriter,
    publication: Publication,
    pages_dir: Path,
    workers: int | None,
    meanwhile: Callable[[], T],
) -> tuple[list[Rendered], list[Diagnostic], T]:
    """Write every page into `pages_dir` (`Rendered`: in `writer.page_units()` order), the
    warnings about units that could not be written (see `_rendered`), and what `meanwhile`
    returns (the other files, made while the pages are being written).

    With two or more workers and enough pages, the pages are made and written by worker
    processes forked from this one (so they share the archive without copying it), each
    taking consecutive runs of units and writing their files; every page's text depends on
    the archive only, and the results come back in unit order, so the pages are the same
    whatever the number of workers and whichever finishes first. Where processes
    cannot be forked (not on Linux), everything is done in this process."""
    archive = writer.archive
    units = writer.page_units()
    workers = default_workers() if workers is None else workers
    workers = min(workers, len(units))
    if (
        workers < 2
        or len(units) < PARALLEL_MIN_PAGES
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        other = meanwhile()
        linked, sitemap = LinkedData(archive, publication), SitemapRows(archive, publication)
        everything = range(len(units))
        pages, failures = _rendered(writer, linked, sitemap, pages_dir, units, everything, set())
        return pages, failures, other
    size = max(1, len(units) // (workers * 16))
    runs = [list(range(k, min(k + size, len(units)))) for k in range(0, len(units), size)]
    _PAGE_WORK.clear()
    _PAGE_WORK["input"] = (archive, publication, pages_dir)
    # Objects made so far are left out of garbage collection while the workers run: a
    # collection in a forked worker would touch every inherited object and so copy the
    # parent's whole memory into the worker.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            # Every run is submitted (and the workers forked) now, the last first: the
            # last units (people, organisations, topics with their year pages) are the
            # heaviest, and a heavy run taken last would leave one worker finishing alone.
            parts = pool.map(_render_part, runs[::-1])
            other = meanwhile()
            done = list(parts)[::-1]
    finally:
        gc.unfreeze()
        _PAGE_WORK.clear()
    rendered = [page for pages, _ in done for page in pages]
    return rendered, [failure for _, failures in done for failure in failures], other


def write_pages(
    archive: Archive,
    pages_dir: Path,
    site_config: Path | None,
    site_url: str | None = None,
    workers: int | None = None,
    settings: Settings | None = None,
    diagnostics: Diagnostics | None = None,
) -> int:
    """Write every page, data/archive.json, the feeds, calendars and sitemap; remove stale
    files; return files written (a file is written only when its text changes).
    `site_url` is the public base URL that the absolute URLs in feeds, calendars, the
    sitemap and each page's structured data start with. `workers` caps the processes that
    write pages (None: every CPU; see `render_pages`). `settings`: the archive's
    (content/site.yaml); None: the defaults, and their `site_url` when none is given. A page
    or file that cannot be written is reported to `diagnostics` (see
    `rendering.contained`); the rest are written."""
    diagnostics = Diagnostics() if diagnostics is None else diagnostics
    settings = settings or Settings()
    publication = Publication(site_url or settings.site_url, settings)
    writer = PageWriter(archive, site_url=publication.site_url, settings=settings)

    def other_files() -> tuple[dict[Path, str], int]:
        """Everything but the pages and the sitemap (which lists the pages), written
        (where changed) while the pages are; the files and how many were written."""
        files: dict[Path, str] = {}
        for name, text in writer.files():
            files[pages_dir / name] = text
        open_data = archive_data(archive, publication)
        files[pages_dir / "data" / "archive.json"] = archive_json(archive, open_data)
        files[pages_dir / "data" / SCHEMA_ID] = schema_json()
        for site_path, text in csv_files(open_data).items():
            files[pages_dir / site_path] = text
        for sidecar, text in sidecars(archive, open_data).items():
            files[pages_dir / sidecar] = text

        def skipped(meeting: Meeting, exc: Exception) -> None:
            file, line = unit_source(archive, "meeting", meeting)
            message = f"{describe(exc)}; the meeting is left out of the calendars"
            diagnostics.warn(file, line, "write-failed", message)

        for make in (feeds, partial(calendars, skipped=skipped)):
            try:
                subscriptions = make(archive, publication)
            except Exception as exc:  # the pages are still worth having without them
                what = "calendars" if make is not feeds else "feeds"
                diagnostics.warn(what, None, "write-failed", f"{describe(exc)}; not written")
                continue
            for site_path, text in subscriptions.items():
                files[pages_dir / site_path] = text
        if site_config is not None:
            for name in ASSETS:
                source = site_config / name
                for path in sorted(source.rglob("*")) if source.is_dir() else []:
                    if path.is_file():
                        files[pages_dir / name / path.relative_to(source)] = path.read_text("utf-8")
        made: set[Path] = set()
        return files, sum(_write_if_changed(p, text, made) for p, text in sorted(files.items()))

    rendered, failures, (wanted, written) = render_pages(
        writer, publication, pages_dir, workers, other_files
    )
    diagnostics.replay(failures)
    pages = {pages_dir / page_path for page_path, _, _ in rendered}
    if len(pages) < len(rendered):  # (worker processes would race to write it)
        raise ValueError("two pages at one path")
    if not pages.isdisjoint(wanted):  # a page (Markdown) and another file at one path
        raise ValueError(f"written twice: {sorted(pages & set(wanted))[:3]}")
    written += sum(1 for _, was_written, _ in rendered if was_written)
    sitemap = sitemap_document(row for _, _, row in rendered)
    wanted[pages_dir / SITEMAP] = sitemap
    written += _write_if_changed(pages_dir / SITEMAP, sitemap, set())
    if pages_dir.exists():
        for path in sorted(pages_dir.rglob("*"), reverse=True):
            if path.is_file() and path not in wanted and path not in pages:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                shutil.rmtree(path)
    return written


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
