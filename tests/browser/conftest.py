"""Browser fixtures: build the real site once, serve it locally, drive Debian's Chromium.

Playwright is used only as a driver: it never downloads a browser. The Chromium it launches
is the system one (``/usr/bin/chromium`` unless ``MINUTEBOOK_CHROMIUM`` names another).
Without that browser the tests skip locally but fail loudly when ``CI`` is set, so a CI run
can never pass by silently skipping them.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from minutebook.engine.engine_config import DEFAULT_CONFIG, DEFAULT_SITE_CONFIG
from minutebook.engine.search_index import build_search_index
from minutebook.engine.site import build_site
from minutebook.pipeline import generate

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path(os.environ.get("MINUTEBOOK_CHROMIUM", "/usr/bin/chromium"))
PHONE_VIEWPORT = {"width": 390, "height": 844}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _unavailable(reason: str) -> None:
    """Fail under CI (a skipped browser test there is a broken pipeline), else skip."""
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)


class BuiltSite:
    """The site built from content/ into a temporary folder, and its open data."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.dir = root / "site"

    @functools.cached_property
    def archive(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(
            (self.dir / "data" / "archive.json").read_text(encoding="utf-8")
        )
        return data

    def file_size(self, url_path: str) -> int:
        """Bytes the local server sends for a site path ("/pagefind/x.pf_index")."""
        file = self.dir / url_path.split("?")[0].lstrip("/")
        return file.stat().st_size if file.is_file() else 0


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    root = tmp_path_factory.mktemp("browser-site")
    result = generate(
        content_dir=REPO / "content",
        pages_dir=root / "pages",
        site_config=DEFAULT_SITE_CONFIG,
    )
    settings = result.settings  # (the packaged engine config names no archive)
    build_site(
        DEFAULT_CONFIG,
        root / "pages",
        root / "site",
        site_name=settings.name,
        site_description=settings.description,
    )
    build_search_index(root / "site")
    site = BuiltSite(root)
    assert (site.dir / "index.html").is_file(), "MkDocs built no home page"
    return site


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves the site silently, keeping the path of every request it answered (in
    ``served``), so a test can count what the browser fetched, workers included."""

    served: list[str]

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.served.append(self.path)
        super().do_GET()


@pytest.fixture(scope="session")
def served_paths() -> list[str]:
    """Paths the local site server was asked for, in order (the list grows as tests run)."""
    return []


@contextlib.contextmanager
def _serve(directory: Path, served: list[str]) -> Iterator[str]:
    """A local HTTP server over `directory`; yields its origin."""
    handler_class = type("_Handler", (_QuietHandler,), {"served": served})
    handler = functools.partial(handler_class, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def site_url(built_site: BuiltSite, served_paths: list[str]) -> Iterator[str]:
    """Origin of a local HTTP server over the built site, e.g. ``http://127.0.0.1:40123``."""
    with _serve(built_site.dir, served_paths) as origin:
        yield origin


@pytest.fixture(scope="session")
def sub_path_site_url(built_site: BuiltSite) -> Iterator[str]:
    """The built site served from a sub-path, as on a host that publishes it in a folder:
    ``http://127.0.0.1:40124/site`` (the server's root is the site's parent folder)."""
    with _serve(built_site.root, []) as origin:
        yield f"{origin}/{built_site.dir.name}"


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A headless system Chromium driven by Playwright's sync API."""
    if not CHROMIUM.is_file() or not os.access(CHROMIUM, os.X_OK):
        _unavailable(
            f"{CHROMIUM} not found: install Debian's chromium (scripts/ensure-chromium); "
            "Playwright's own browser download is not used"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        _unavailable(f"the playwright package is not installed ({exc}); pip install -e '.[dev]'")
        raise  # unreachable: _unavailable always raises
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    """A fresh desktop-sized page (own context: no cookies or storage shared)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def phone_page(chromium: Any) -> Iterator[Any]:
    """A fresh page the size of a phone (390x844 CSS pixels, touch, mobile layout)."""
    context = chromium.new_context(
        viewport=PHONE_VIEWPORT,
        device_scale_factor=3,
        is_mobile=True,
        has_touch=True,
    )
    context.set_default_timeout(15_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def meeting_with_most_minutes(archive: dict[str, Any]) -> dict[str, Any]:
    """The archive's meeting with the most minutes (the first by id on a tie): the longest
    record page, where citing and linking have the most to get wrong."""
    counts: dict[str, int] = {}
    for minute in archive["minutes"]:
        counts[minute["meeting"]] = counts.get(minute["meeting"], 0) + 1
    best = max(sorted(counts), key=lambda m: counts[m])
    meeting: dict[str, Any] = next(m for m in archive["meetings"] if m["id"] == best)
    return meeting


@pytest.fixture(scope="session")
def archive(built_site: BuiltSite) -> dict[str, Any]:
    """The built site's open data (data/archive.json)."""
    return built_site.archive


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
