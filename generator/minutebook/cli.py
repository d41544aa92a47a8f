"""The `minutebook` command: a thin layer over the library (pipeline, site)."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import click

from . import __version__
from .errors import Diagnostic, Diagnostics, MinutebookError, Severity, printable
from .locking import folders_locked
from .page_sources import PageSourceNotes, page_sources
from .parsing import parse_document
from .pipeline import BuildResult, content_epoch, generate, read_archive
from .reading import read_source
from .rendering.publication import DEFAULT_SITE_URL, SITE_URL_ENV, normalise_site_url
from .search_index import build_search_index
from .site import build_site, serve_site, watch_content

DEFAULT_PAGES = Path("build/pages")
DEFAULT_CACHE = Path("build/cache")
#: Inside the cache folder: the parsed documents, and the record of the last site build.
PARSED = "parsed"
SITE_STATE = "site-state.json"


def _site_url(value: str) -> str:
    try:
        return normalise_site_url(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


@click.group()
@click.version_option(__version__)
def main() -> None:
    """Minutebook turns meeting documents into a searchable static site."""
    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING)


CONTENT_OPTION = click.option(
    "--content",
    "content_dir",
    type=click.Path(path_type=Path),
    default=Path("content"),
    show_default=True,
    help="Folder holding documents/ and curated data.",
)
PAGES_OPTION = click.option(
    "--pages-dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_PAGES,
    show_default=True,
    help="Where the generated Markdown pages go.",
)
CONFIG_OPTION = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    default=Path("mkdocs.yml"),
    show_default=True,
    help="The site engine's config.",
)


@main.command()
@CONTENT_OPTION
@click.option(
    "--site-dir",
    type=click.Path(path_type=Path),
    default=Path("site"),
    show_default=True,
    help="Where the built site goes.",
)
@PAGES_OPTION
@CONFIG_OPTION
@click.option(
    "--site-url",
    envvar=SITE_URL_ENV,
    default=DEFAULT_SITE_URL,
    show_default=True,
    show_envvar=True,
    callback=lambda ctx, param, value: _site_url(value),
    help="Public base URL of the site, for the absolute URLs of feeds, calendars, the "
    "sitemap, structured data and the engine's canonical links.",
)
@click.option("--strict", is_flag=True, help="Fail if any document gave a warning.")
@click.option("--pages-only", is_flag=True, help="Write the pages; do not run the site engine.")
@click.option(
    "--clean",
    is_flag=True,
    help="Full build: forget the parse cache and the previous site, parse and render everything.",
)
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_CACHE,
    show_default=True,
    help="Where parsed documents and the record of the last site build are kept.",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help=(
        "Processes that parse documents and write pages (default: every CPU this process may use)."
    ),
)
def build(
    content_dir: Path,
    site_dir: Path,
    pages_dir: Path,
    config_file: Path,
    site_url: str,
    strict: bool,
    pages_only: bool,
    clean: bool,
    cache_dir: Path,
    jobs: int | None,
) -> None:
    """Build the site from CONTENT/documents (incrementally, unless --clean)."""
    folders = [pages_dir, cache_dir] if pages_only else [pages_dir, site_dir, cache_dir]
    try:
        with folders_locked(*folders):
            result = _build(
                content_dir,
                site_dir,
                pages_dir,
                config_file,
                site_url,
                pages_only,
                clean,
                cache_dir,
                jobs,
            )
    except MinutebookError as exc:
        _fail(str(exc))
    except OSError as exc:  # a read-only or full disk, a folder not allowed: one line
        _fail(disk_error(exc))
    click.echo(result.summary())
    if strict and result.diagnostics.warnings:
        _fail(f"--strict: {len(result.diagnostics.warnings)} warnings")


def disk_error(exc: OSError) -> str:
    """'build/pages/index.md: Read-only file system': the path and what the system said."""
    what = exc.strerror or str(exc)
    return printable(f"{exc.filename}: {what}" if exc.filename else what)


def _printable_echo(text: str) -> None:
    click.echo(printable(text))


def _print_error_line(text: str) -> None:
    click.echo(printable(text), err=True)


def _print_warning(diagnostic: Diagnostic) -> None:
    if diagnostic.severity is Severity.WARNING:
        click.echo(str(diagnostic), err=True)


def _build(
    content_dir: Path,
    site_dir: Path,
    pages_dir: Path,
    config_file: Path,
    site_url: str,
    pages_only: bool,
    clean: bool,
    cache_dir: Path,
    jobs: int | None,
) -> BuildResult:
    """The build command's work, its folders locked; warnings printed as they come."""
    state_file = cache_dir / SITE_STATE
    if clean:
        shutil.rmtree(cache_dir / PARSED, ignore_errors=True)
    result = generate(
        content_dir,
        pages_dir,
        config_file.parent / "site_config",
        site_url,
        cache_dir=cache_dir / PARSED,
        workers=jobs,
        on_diagnostic=_print_warning,
    )
    if not pages_only:
        engine_logger = logging.getLogger("mkdocs")
        notes = PageSourceNotes(page_sources(result.archive), _print_error_line)
        engine_logger.addHandler(notes)
        try:
            site = build_site(
                config_file,
                pages_dir,
                site_dir,
                content_epoch(result.archive),
                site_url,
                state_file=state_file,
                incremental=not clean,
            )
        finally:
            engine_logger.removeHandler(notes)
        if site.incremental:
            click.echo(
                f"incremental site build: {site.rendered} pages rendered, "
                f"{site.removed} stale files removed"
            )
        else:
            click.echo(f"full site build ({site.reason}): {site.rendered} pages")
        build_search_index(site_dir)
    return result


@main.command()
@CONTENT_OPTION
@PAGES_OPTION
@CONFIG_OPTION
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True)
def serve(content_dir: Path, pages_dir: Path, config_file: Path, dev_addr: str) -> None:
    """Preview the site; a change in CONTENT regenerates the pages and reloads the browser."""
    site_config = config_file.parent / "site_config"
    preview = f"http://{dev_addr}/"  # feeds and calendars link to the preview itself
    try:
        cache = DEFAULT_CACHE / PARSED
        generate(content_dir, pages_dir, site_config, preview, cache_dir=cache)
        watch_content(
            content_dir,
            lambda: generate(content_dir, pages_dir, site_config, preview, cache_dir=cache),
        )
        serve_site(config_file, pages_dir, dev_addr, preview)
    except MinutebookError as exc:
        _fail(str(exc))


@main.command()
@CONTENT_OPTION
def people(content_dir: Path) -> None:
    """List each person with the spellings merged into them and why, and the names that
    could not be resolved."""
    diagnostics = Diagnostics()
    try:
        archive, _ = read_archive(content_dir, diagnostics)
    except MinutebookError as exc:
        _fail(str(exc))
    for person in sorted(archive.people.values(), key=lambda p: p.id):
        _printable_echo(f"{person.id}: {person.name}")
        for alias in person.aliases:
            _printable_echo(f"  as written: {alias}")
        for evidence in person.evidence:
            _printable_echo(f"  because: {evidence}")
    _printable_echo(f"unresolved names ({len(archive.unresolved_names)}):")
    for name in archive.unresolved_names:
        _printable_echo(f"  {name}")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def check(file: Path) -> None:
    """Show what Minutebook recognises in FILE, with line numbers, and its problems."""
    diagnostics = Diagnostics()
    try:
        source = read_source(file, file.parent, diagnostics)
    except OSError as exc:
        _fail(disk_error(exc))
    echo = _printable_echo  # document text shown on a terminal: no escape sequences
    if source is not None:
        document = parse_document(source, diagnostics)
        for part in document.parts:
            echo(
                f"{part.first_line}-{part.last_line} {part.kind.value} "
                f"({part.layout}): {part.title}"
            )
            if part.parent is not None:
                label = f" {part.appendix_label}" if part.appendix_label else ""
                echo(f"  appendix{label} of: {part.parent.title}")
            if part.heading:
                echo(f"  headed: {part.heading}")
            for heading in part.headings:
                echo(f"  {heading.line} heading h{heading.level}: {heading.title}")
            if part.meeting:
                m = part.meeting
                echo(f"  meeting: {m.body_name}, {m.date}, time {m.time}, venue {m.venue}")
            for item in part.items:
                section = f" [{item.section} - {item.section_title}]" if item.section_title else ""
                echo(f"  {item.line} item {item.code}: {item.title}{section}")
            for minute in part.minutes:
                echo(
                    f"  {minute.line} minute {minute.number} (item {minute.item_code}): "
                    f"{minute.title}"
                )
            for a in part.attendance:
                echo(
                    f"  {a.line} {a.role.value}: {a.as_written}"
                    + (f" ({a.capacity})" if a.capacity else "")
                    + (f", for minute {a.minute_number}" if a.minute_number else "")
                )
            for q in part.questions:
                echo(f"  {q.line} question by {q.asker_as_written}: {q.text[:70]}")
    for diagnostic in diagnostics.sorted():
        echo(str(diagnostic))
    if diagnostics.warnings:
        sys.exit(1)
