"""Run the site engine (MkDocs with Material) over the pages Minutebook wrote.

Kept apart so the engine can be swapped: `engine` names the Python package that runs the
build, MkDocs or ProperDocs (its drop-in continuation: same API, config, theme and hooks).
The engine always runs strict: a broken link, a missing page or any warning fails the build.

Incremental builds (`build_site(..., state_file=...)`) use MkDocs' dirty mode, made exact:
MkDocs' own test of "modified" (source newer than output) is replaced by a comparison of
each file's bytes with those recorded after the last successful build, outputs of files
that are gone are deleted. See `incremental_blocker` for when a full build is done instead.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import re
import sys
import threading
import time
import types
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import DEFAULT_SITE_URL
from ..errors import SiteBuildError
from ..failures import STAND_IN_KIND
from ..fingerprint import code_fingerprint
from .engine_config import DEFAULT_ENGINE, ENGINES, site_config_for

#: Plugin events that see one page and write only that page's output. A hook (or plugin)
#: using only these can run in a dirty build: skipping an unchanged page skips nothing else.
PAGE_LOCAL_EVENTS = frozenset(
    {
        "startup",
        "shutdown",
        "config",
        "pre_page",
        "page_read_source",
        "page_markdown",
        "page_content",
        "page_context",
        "post_page",
    }
)
DIRTY_WARNING = "A 'dirty' build is being performed"
#: How a stand-in page's Markdown starts (see `rendering.contained`).
STAND_IN_START = f"---\nkind: {STAND_IN_KIND}\n"


@dataclass
class SiteBuild:
    """What a site build did: `incremental` (and if not, why not), pages rendered."""

    incremental: bool
    reason: str
    rendered: int
    removed: int


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def engine_fingerprint(
    config_file: Path,
    site_dir: Path,
    pages_dir: Path,
    site_url: str,
    engine: str = DEFAULT_ENGINE,
) -> str:
    """Everything besides the pages that shapes every page's HTML: the engine's config,
    site_config/ (hooks, theme overrides), Minutebook's code (hooks import it), the engine's
    and Python's versions, the site URL (canonical links), and where pages and site live.
    A change means a full build."""
    digest = hashlib.sha256()
    parts = [sys.version, code_fingerprint(), str(site_dir.resolve()), str(pages_dir.resolve())]
    parts.append(site_url)
    if engine != DEFAULT_ENGINE:  # (the default's fingerprint stays what it was)
        parts.append(f"engine={engine}")
    for name in (engine, "mkdocs-material", "markdown", "pymdown-extensions", "jinja2"):
        try:
            parts.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name}==missing")
    for part in parts:
        digest.update(part.encode() + b"\0")
    inputs = [config_file]
    site_config = site_config_for(config_file)
    inputs += sorted(
        p for p in site_config.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    for path in inputs:
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def plugin_events(plugin: Any, engine: str = DEFAULT_ENGINE) -> set[str]:
    """The events a plugin or hook acts on: a hook module's `on_*` functions, or the `on_*`
    methods a plugin class overrides (the engine's BasePlugin defines them all as no-ops)."""
    if isinstance(plugin, types.ModuleType):
        return {name[3:] for name in dir(plugin) if name.startswith("on_")}
    BasePlugin = importlib.import_module(f"{engine}.plugins").BasePlugin

    return {
        name[3:]
        for name in dir(plugin)
        if name.startswith("on_")
        and getattr(type(plugin), name, None) is not getattr(BasePlugin, name, None)
    }


def incremental_blocker(
    plugins: Iterable[tuple[str, Any]], engine: str = DEFAULT_ENGINE
) -> str | None:
    """Why this config cannot be built incrementally, or None. A plugin or hook that acts on
    the whole site (files, nav, templates, post-build) may change a page that did not change
    itself, so only page-local hooks are allowed. (Material's search plugin is one of those:
    a dirty build would write its one index with only the re-rendered pages.)"""
    for name, plugin in plugins:
        global_events = sorted(plugin_events(plugin, engine) - PAGE_LOCAL_EVENTS)
        if global_events:
            return f"plugin {name} acts on the whole site ({', '.join(global_events)})"
    return None


class _DirtyWarningFilter(logging.Filter):
    """Drop MkDocs' warning that a dirty build may be inaccurate (strict mode would count
    it): this dirty build is made exact by `_Incremental`, and a real warning still fails."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(DIRTY_WARNING)


class _StandInAnchorFilter(logging.Filter):
    """Drop MkDocs' warning that a page lacks an anchor another page links to, when that
    page is a stand-in for one that could not be written (`rendering.contained`: already
    reported, naming its source, and the links to the page itself still resolve)."""

    MISSING_ANCHOR = re.compile(r"but the doc '(?P<doc>[^']{1,1000})' does not contain an anchor")

    def __init__(self, pages_dir: Path) -> None:
        super().__init__()
        self.pages_dir = pages_dir
        self.stand_ins: dict[str, bool] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "does not contain an anchor" not in message:
            return True
        match = self.MISSING_ANCHOR.search(message)
        if match is None:
            return True
        doc = match["doc"]
        if doc not in self.stand_ins:
            try:
                with (self.pages_dir / doc).open(encoding="utf-8") as page:
                    self.stand_ins[doc] = page.read(len(STAND_IN_START)) == STAND_IN_START
            except OSError:
                self.stand_ins[doc] = False
        return not self.stand_ins[doc]


class _Incremental:
    """An internal MkDocs plugin: decides which files are modified by their bytes, deletes
    outputs of files that are gone, and records the state of this build. With `previous`
    None it only records (a full build). With `template_cache`, the theme's compiled
    templates are kept there between builds."""

    def __init__(
        self,
        previous: dict[str, dict[str, str]] | None,
        site_dir: Path,
        template_cache: Path | None = None,
    ) -> None:
        self.previous = previous
        self.site_dir = site_dir
        self.template_cache = template_cache
        self.current: dict[str, dict[str, str]] = {}
        self.modified: set[str] = set()
        self.removed = 0
        self.pages: set[str] = set()  # the pages' src_uri

    def on_files(self, files: Any, config: Any) -> Any:
        for file in files:
            entry = {"sha256": _sha256(file.content_bytes), "dest": file.dest_uri}
            self.current[file.src_uri] = entry
            if self.previous is not None:
                modified = self.previous.get(file.src_uri) != entry or not os.path.isfile(
                    file.abs_dest_path
                )
                if modified:
                    self.modified.add(file.src_uri)
                file.is_modified = lambda modified=modified: modified
        if self.previous is not None:
            self._remove_gone()
        return files

    def _remove_gone(self) -> None:
        assert self.previous is not None
        wanted = {entry["dest"] for entry in self.current.values()}
        for entry in self.previous.values():
            dest = entry["dest"]
            if dest in wanted:
                continue
            path = self.site_dir / dest
            if path.is_file():
                path.unlink()
                self.removed += 1
            parent = path.parent
            while parent != self.site_dir and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent

    def on_env(self, env: Any, config: Any, files: Any) -> Any:
        """Compiling Material's templates is most of a small build's fixed cost; Jinja's
        bytecode cache (keyed by each template's source checksum) skips it next time."""
        if self.template_cache is not None:
            from jinja2 import FileSystemBytecodeCache

            self.template_cache.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = FileSystemBytecodeCache(str(self.template_cache))
        return env

    def on_nav(self, nav: Any, config: Any, files: Any) -> Any:
        self.pages = {f.src_uri for f in files.documentation_pages()}
        return nav


#: Folders of the site written after the engine (the search index): not part of what the
#: build record vouches for.
AFTER_ENGINE = ("pagefind",)


def site_signature(site_dir: Path) -> str:
    """A hash of every file in the site folder (path, size, modification time), but the
    search index: what the last build left. A site folder restored from an older copy, or
    changed by hand since, no longer matches the record, and is rebuilt in full."""
    digest = hashlib.sha256()
    if site_dir.is_dir():
        for path in sorted(site_dir.rglob("*")):
            relative = path.relative_to(site_dir)
            if relative.parts[0] in AFTER_ENGINE or not path.is_file():
                continue
            stat = path.stat()
            digest.update(f"{relative.as_posix()}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _load_state(state_file: Path, fingerprint: str) -> tuple[dict[str, Any] | None, str]:
    if not state_file.is_file():
        return None, "no record of a previous site build"
    try:
        state = json.loads(state_file.read_text("utf-8"))
    except (OSError, ValueError):
        return None, "the record of the previous build is unreadable"
    if state.get("engine") != fingerprint:
        return None, "the engine, its config, site_config/ or Minutebook's code changed"
    files = state.get("files")
    return (files, "") if isinstance(files, dict) else (None, "no file list in the record")


def _recorded_site(state_file: Path) -> str | None:
    """The site folder's signature the last build recorded (None if none)."""
    try:
        site = json.loads(state_file.read_text("utf-8")).get("site")
    except (OSError, ValueError, AttributeError):
        return None
    return site if isinstance(site, str) else None


#: How the engines call themselves in messages.
ENGINE_NAMES = {"mkdocs": "MkDocs", "properdocs": "ProperDocs"}


def _engine_api(engine: str) -> tuple[Callable[..., None], Callable[..., Any], type[Exception]]:
    """The engine's `build`, `load_config` and base exception. ProperDocs keeps MkDocs'
    API under its own package name, so both are called the same way. (Its command line
    also redirects `mkdocs.*` imports to itself, for plugins written against MkDocs;
    Minutebook's config uses no plugins, so neither engine's modules are touched here.)"""
    if engine not in ENGINES:
        raise SiteBuildError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    try:
        build_module = importlib.import_module(f"{engine}.commands.build")
        config_module = importlib.import_module(f"{engine}.config")
        exceptions = importlib.import_module(f"{engine}.exceptions")
    except ImportError as exc:
        raise SiteBuildError(
            f"the engine {engine} is not installed: pip install {engine} (or set engine: "
            f"{DEFAULT_ENGINE} in content/site.yaml)"
        ) from exc
    return build_module.build, config_module.load_config, exceptions.MkDocsException


def build_site(
    config_file: Path,
    pages_dir: Path,
    site_dir: Path,
    source_date_epoch: int = 0,
    site_url: str = DEFAULT_SITE_URL,
    state_file: Path | None = None,
    incremental: bool = True,
    site_name: str | None = None,
    site_description: str | None = None,
    engine: str = DEFAULT_ENGINE,
) -> SiteBuild:
    """Build the site; `source_date_epoch` (from the content, see `pipeline.content_epoch`)
    stands in for "now" wherever the engine writes a date, so builds are reproducible.
    `site_url` is the engine's `site_url` (canonical links): the same public base URL the
    pages were generated with, so the engine's URLs and Minutebook's agree. `site_name`
    and `site_description` come from the archive's settings (content/site.yaml) and
    override the engine config's, so the config file need hold nothing of one archive.

    With `state_file` the build is incremental when it can be: only pages whose Markdown
    changed since the last successful build are rendered again (the state file records
    each file's hash). Without it, or when the engine's inputs changed, the site folder is
    cleaned and everything is rendered; `incremental=False` forces that (and records the
    state for the next build). `engine` is one of `ENGINES` (content/site.yaml's `engine`)."""
    build, load_config, engine_exception = _engine_api(engine)
    os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch)
    fingerprint = engine_fingerprint(
        config_file, site_dir, pages_dir, f"{site_url} {site_name} {site_description}", engine
    )
    previous: dict[str, Any] | None = None
    recorded_site: str | None = None
    reason = "full build asked for"
    if state_file is not None:
        if incremental:
            previous, reason = _load_state(state_file, fingerprint)
            recorded_site = _recorded_site(state_file)
        if previous is not None and not (site_dir / "index.html").is_file():
            previous, reason = None, "the site folder has no previous build"
        elif previous is not None and recorded_site != site_signature(site_dir):
            previous, reason = None, "the site folder is not the one the last build left"
        # The record is void until this build succeeds: a failed build leaves a mixed site.
        state_file.unlink(missing_ok=True)
    build_logger = logging.getLogger(f"{engine}.commands.build")
    dirty_filter = _DirtyWarningFilter()
    pages_logger = logging.getLogger("mkdocs.structure.pages")
    stand_in_filter = _StandInAnchorFilter(pages_dir)
    try:
        config = load_config(
            str(config_file),
            docs_dir=str(pages_dir.resolve()),
            site_dir=str(site_dir.resolve()),
            site_url=site_url,
            strict=True,
            **({"site_name": site_name} if site_name else {}),
            **({"site_description": site_description} if site_description else {}),
        )
        if previous is not None:
            blocker = incremental_blocker(config.plugins.items(), engine)
            if config.nav is None:  # every page's sidebar would list the pages there are
                blocker = "mkdocs.yml has no explicit nav"
            if blocker:
                previous, reason = None, blocker
        templates = state_file.parent / "templates" if state_file is not None else None
        tracker = _Incremental(previous, site_dir.resolve(), templates)
        config.plugins["minutebook/incremental"] = tracker
        build_logger.addFilter(dirty_filter)
        pages_logger.addFilter(stand_in_filter)
        build(config, dirty=previous is not None)
    except (engine_exception, SystemExit) as exc:
        raise SiteBuildError(
            f"{ENGINE_NAMES[engine]} failed: {exc} (its messages above say what to fix)"
        ) from exc
    finally:
        build_logger.removeFilter(dirty_filter)
        pages_logger.removeFilter(stand_in_filter)
    if state_file is not None:
        state_file.parent.mkdir(parents=True, exist_ok=True)
        state = {"engine": fingerprint, "files": tracker.current, "site": site_signature(site_dir)}
        state_file.write_text(json.dumps(state, indent=0, sort_keys=True), "utf-8")
    if previous is None:
        return SiteBuild(False, reason, len(tracker.pages), 0)
    return SiteBuild(True, "", len(tracker.pages & tracker.modified), tracker.removed)


def serve_site(
    config_file: Path,
    pages_dir: Path,
    dev_addr: str,
    site_url: str | None = None,
    engine: str = DEFAULT_ENGINE,
) -> None:
    _engine_api(engine)  # (a clear error when the engine is missing)
    serve = importlib.import_module(f"{engine}.commands.serve").serve
    serve(
        config_file=str(config_file),
        docs_dir=str(pages_dir.resolve()),
        dev_addr=dev_addr,
        site_url=site_url,
    )


def watch_content(
    content_dir: Path, regenerate: Callable[[], object], interval: float = 1.0
) -> None:
    """Regenerate the pages whenever a file under `content_dir` changes (for `serve`).

    Pages are rewritten only where they change, and MkDocs' own watcher on the pages folder
    then rebuilds and reloads the browser, so this works the same for any engine.
    """

    def snapshot() -> dict[Path, float]:
        return {p: p.stat().st_mtime for p in content_dir.rglob("*") if p.is_file()}

    def loop() -> None:
        seen = snapshot()
        while True:
            time.sleep(interval)
            now = snapshot()
            if now != seen:
                seen = now
                try:
                    regenerate()
                except Exception as exc:  # keep serving; report and wait for the next change
                    print(f"minutebook: regenerating pages failed: {exc}")

    threading.Thread(target=loop, name="minutebook-watch", daemon=True).start()
