"""Run the site engine (MkDocs with Material) over the pages Minutebook wrote.

Kept apart so the engine can be swapped (Zensical reads the same mkdocs.yml and pages).
MkDocs always runs strict: a broken link, a missing page or any warning fails the build.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import SiteBuildError


def build_site(config_file: Path, pages_dir: Path, site_dir: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    try:
        config = load_config(
            str(config_file),
            docs_dir=str(pages_dir.resolve()),
            site_dir=str(site_dir.resolve()),
            strict=True,
        )
        build(config)
    except (MkDocsException, SystemExit) as exc:
        raise SiteBuildError(f"MkDocs failed: {exc}") from exc


def serve_site(config_file: Path, pages_dir: Path, dev_addr: str) -> None:
    from mkdocs.commands.serve import serve

    serve(config_file=str(config_file), docs_dir=str(pages_dir.resolve()), dev_addr=dev_addr)
