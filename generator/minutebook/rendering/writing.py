"""Write every page and data file of the resolved archive into the pages folder.

Pages are made from the model only, in worker processes forked from this one when the
archive is large (they share the archive without copying it); a file is written only when
its text changed, and files no longer wanted are removed, so the pages folder can be
rebuilt in place.
"""

from __future__ import annotations

import gc
import multiprocessing
import shutil
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from ..config import Settings
from ..cpus import default_workers
from ..errors import Diagnostic, Diagnostics
from ..failures import describe
from ..model import Archive, Meeting
from .contained import failed_unit, unit_source
from .data.calendars import calendars
from .data.csv_files import csv_files
from .data.feeds import feeds
from .data.linked_data import LinkedData
from .data.open_data import archive_data, archive_json, sidecars
from .data.schema import SCHEMA_ID, schema_json
from .data.sitemap import SITEMAP, SitemapRow, SitemapRows, sitemap_document
from .pages.pages import PageWriter
from .publication import Publication

#: Files of site_config/ copied into the pages folder (CSS must live beside the pages).
ASSETS = ("assets",)

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
