"""Run the site engine (MkDocs with Material) over the pages Minutebook wrote.

Kept apart so the engine can be swapped (Zensical reads the same mkdocs.yml and pages).
MkDocs always runs strict: a broken link, a missing page or any warning fails the build.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .errors import SiteBuildError
from .rendering.publication import DEFAULT_SITE_URL


def build_site(
    config_file: Path,
    pages_dir: Path,
    site_dir: Path,
    source_date_epoch: int = 0,
    site_url: str = DEFAULT_SITE_URL,
) -> None:
    """Build the site; `source_date_epoch` (from the content, see `pipeline.content_epoch`)
    stands in for "now" wherever the engine writes a date, so builds are reproducible.
    `site_url` is the engine's `site_url` (canonical links): the same public base URL the
    pages were generated with, so the engine's URLs and Minutebook's agree."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch)
    try:
        config = load_config(
            str(config_file),
            docs_dir=str(pages_dir.resolve()),
            site_dir=str(site_dir.resolve()),
            site_url=site_url,
            strict=True,
        )
        build(config)
    except (MkDocsException, SystemExit) as exc:
        raise SiteBuildError(f"MkDocs failed: {exc}") from exc


def serve_site(
    config_file: Path, pages_dir: Path, dev_addr: str, site_url: str | None = None
) -> None:
    from mkdocs.commands.serve import serve

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
