"""The `minutebook` command: a thin layer over the library (pipeline, site).

Exit codes (docs/commands.md): 0 done; 1 the content or the build has a problem, or
`--strict` found warnings; 2 the command line is wrong; 3 a bug in Minutebook. Every
failure is one line on stderr that says what to do, never a traceback.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .config import DEFAULT_SITE_URL, Settings
from .engine.engine_config import engine_config, site_config_for
from .engine.search_index import build_search_index
from .engine.site import build_site, serve_site, watch_content
from .errors import Diagnostic, Diagnostics, MinutebookError, Severity, one_line, printable
from .locking import folders_locked
from .page_sources import PageSourceNotes, page_sources
from .parsing import parse_document
from .parsing.reading import read_source
from .parsing.shortfalls import shortfalls
from .pipeline import BuildResult, content_epoch, generate, read_archive
from .rendering.publication import SITE_URL_ENV, normalise_site_url
from .scaffold import (
    DEFAULT_DATA_LICENCE,
    ScaffoldError,
    body_from_folder,
    new_archive,
    scaffold,
)

DEFAULT_PAGES = Path("build/pages")
DEFAULT_CACHE = Path("build/cache")
#: Inside the cache folder: the parsed documents, and the record of the last site build.
PARSED = "parsed"
SITE_STATE = "site-state.json"


def _site_url(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return normalise_site_url(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _fail(message: str) -> None:
    click.echo(f"Error: {one_line(message)}", err=True)
    sys.exit(1)


#: Set to see the traceback of a failure (for a bug report).
DEBUG_ENV = "MINUTEBOOK_DEBUG"


class Failure(click.ClickException):
    """A command could not do its work: printed as one `Error:` line, exit code 1."""

    exit_code = 1


class InternalError(click.ClickException):
    """A bug in Minutebook: one line asking for a report, exit code 3."""

    exit_code = 3


def os_error_message(exc: OSError) -> str:
    """One line for a file system failure: which file, what happened, what to do."""
    where = f"{exc.filename}: " if exc.filename else ""
    what = (exc.strerror or type(exc).__name__).lower()
    if isinstance(exc, PermissionError):
        return (
            f"{where}{what}: Minutebook may not read or write there; check the folder's "
            "permissions or choose other folders (--site-dir, --pages-dir, --cache-dir)"
        )
    return f"{where}{what}"


class Commands(click.Group):
    """The command group: turns every failure into one line on stderr (`DEBUG_ENV` shows
    the traceback instead)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except MinutebookError as exc:
            raise Failure(one_line(str(exc))) from exc
        except OSError as exc:
            raise Failure(one_line(os_error_message(exc))) from exc
        except UnicodeDecodeError as exc:
            raise Failure(f"a file is not UTF-8 text ({exc}); save it as UTF-8") from exc
        except Exception as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            raise InternalError(
                f"internal error ({type(exc).__name__}: {exc}); this is a bug in Minutebook "
                f"{__version__}: please report it, with the output of the same command "
                f"run with {DEBUG_ENV}=1"
            ) from exc


@click.group(cls=Commands)
@click.version_option(__version__, prog_name="minutebook", message="%(prog)s %(version)s")
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
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    show_default="mkdocs.yml in this folder, else Minutebook's own",
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
    default=None,
    show_default="site_url in CONTENT/site.yaml",
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
    config_file: Path | None,
    site_url: str | None,
    strict: bool,
    pages_only: bool,
    clean: bool,
    cache_dir: Path,
    jobs: int | None,
) -> None:
    """Build the site from CONTENT/documents (incrementally, unless --clean)."""
    config_file = config_file or engine_config(Path.cwd())
    if not content_dir.is_dir():
        _fail(
            f"{content_dir}: no such folder: run this in an archive's folder (start one with "
            "`minutebook init DIR`) or name its content folder with --content"
        )
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
        _fail(
            f"--strict: {len(result.diagnostics.warnings)} warnings (listed above): fix the "
            "documents or curated data they name, or build without --strict"
        )


def disk_error(exc: OSError) -> str:
    """'build/pages/index.md: read-only file system': the path, what the system said, and
    for a permission what to check (control characters in the path shown as escapes)."""
    return printable(os_error_message(exc))


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
    site_url: str | None,
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
        site_config_for(config_file),
        site_url,
        cache_dir=cache_dir / PARSED,
        workers=jobs,
        on_diagnostic=_print_warning,
    )
    if not result.documents:
        _fail(
            f"{content_dir / 'documents'} holds no documents: add the body's papers "
            "(agenda packs, minutes, reports) as .txt files, then build again"
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
                normalise_site_url(site_url or result.settings.site_url),
                state_file=state_file,
                site_name=result.settings.name,
                site_description=result.settings.description,
                incremental=not clean,
                engine=result.settings.engine,
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
def serve(content_dir: Path, pages_dir: Path, config_file: Path | None, dev_addr: str) -> None:
    """Preview the site; a change in CONTENT regenerates the pages and reloads the browser."""
    config_file = config_file or engine_config(Path.cwd())
    site_config = site_config_for(config_file)
    preview = f"http://{dev_addr}/"  # feeds and calendars link to the preview itself
    try:
        cache = DEFAULT_CACHE / PARSED
        result = generate(content_dir, pages_dir, site_config, preview, cache_dir=cache)
        watch_content(
            content_dir,
            lambda: generate(content_dir, pages_dir, site_config, preview, cache_dir=cache),
        )
        serve_site(config_file, pages_dir, dev_addr, preview, result.settings.engine)
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
            for text, line in part.opening_resolutions:  # decided before any minute heading
                click.echo(f"  {line} resolution before any minute: {text[:70]}")
            for minute in part.minutes:
                echo(
                    f"  {minute.line} minute {minute.number} (item {minute.item_code}): "
                    f"{minute.title}"
                )
                if minute.resolution:
                    click.echo(f"  {minute.resolution_line} resolution: {minute.resolution[:70]}")
            for d in part.declarations:
                click.echo(
                    f"  {d.line} declaration by {d.as_written} (minute {d.minute_number or 'none'})"
                )
            for a in part.attendance:
                echo(
                    f"  {a.line} {a.role.value}: {a.as_written}"
                    + (f" ({a.capacity})" if a.capacity else "")
                    + (f", for minute {a.minute_number}" if a.minute_number else "")
                )
            for q in part.questions:
                echo(f"  {q.line} question by {q.asker_as_written}: {q.text[:70]}")
        missed = shortfalls(document.parts)
        for warning in missed:
            echo(f"{file.name}: {warning}")
    else:
        missed = []
    for diagnostic in diagnostics.sorted():
        echo(str(diagnostic))
    if diagnostics.warnings or missed:
        sys.exit(1)


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--body",
    default=None,
    show_default="from FOLDER's name",
    help="The body whose meetings the archive records, as its papers name it.",
)
@click.option("--name", default=None, show_default="BODY archive", help="The archive's name.")
@click.option(
    "--site-url",
    default=DEFAULT_SITE_URL,
    show_default=True,
    help="Where the site will be published (the workflow overrides it on GitHub Pages).",
)
@click.option("--timezone", default=Settings.timezone, show_default=True)
@click.option(
    "--locale", default=Settings.locale, show_default=True, help="The documents' language."
)
@click.option("--data-licence", default=DEFAULT_DATA_LICENCE, show_default=True)
def init(
    folder: Path,
    body: str | None,
    name: str | None,
    site_url: str,
    timezone: str,
    locale: str,
    data_licence: str,
) -> None:
    """Start a new archive in FOLDER: settings, one body, an empty documents folder, a
    publishing workflow and a README. Never overwrites a file."""
    try:
        archive = new_archive(
            body or body_from_folder(folder), name, site_url, timezone, locale, data_licence
        )
    except ScaffoldError as exc:
        raise click.UsageError(str(exc)) from exc
    scaffold(folder, archive)
    click.echo(f"Started the archive {archive.name!r} in {folder}.")
    click.echo(f"Put the body's papers (text files) in {folder / 'content' / 'documents'}, then:")
    click.echo(f"  cd {folder}")
    click.echo("  minutebook build")
