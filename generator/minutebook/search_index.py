"""The site's search index: Pagefind, run over the built HTML after the site engine.

Material's own search ships one search_index.json holding the text of every page, which a
reader downloads whole before the first result; it grows with the archive. Pagefind splits
the index into small chunks and fetches only those a query needs, so a search costs a few
hundred kilobytes however large the archive becomes.

Minutebook runs the indexer itself (the site engine only renders HTML), so another engine
that renders the same pages gets the same search. Which parts of a page are indexed, and
what each result shows (meeting, date, item, body) and can be filtered by (body, year,
kind, person), is marked in the HTML by `site_config/overrides/main.html` from the
`search` entry Minutebook writes into each record page's front matter.

The index is written to `<site>/pagefind/`; its bytes depend only on the HTML it reads
(checked by the two-builds test in tests/test_site.py).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from .errors import SiteBuildError

#: Where the index and Pagefind's UI scripts go, relative to the site root; the theme's
#: search dialog loads them from here.
OUTPUT_SUBDIR = "pagefind"

#: Text that is not content: the permalink signs the Markdown toc extension adds to every
#: heading (they would otherwise end each result's section title with a pilcrow).
EXCLUDE_SELECTORS = ".headerlink"


def build_search_index(site_dir: Path) -> None:
    """Index the built site in `site_dir` into `site_dir/pagefind/`.

    Runs the Pagefind binary that the `pagefind[bin]` package installs (no download at run
    time). A stale index from an earlier build is removed first, so nothing outlives the
    pages it came from. Raises SiteBuildError if Pagefind fails or indexes no page.
    """
    site_dir = site_dir.resolve()
    if not (site_dir / "index.html").is_file():
        raise SiteBuildError(f"no built site to index in {site_dir}")
    output = site_dir / OUTPUT_SUBDIR
    shutil.rmtree(output, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site_dir),
        "--output-subdir",
        OUTPUT_SUBDIR,
        "--exclude-selectors",
        EXCLUDE_SELECTORS,
        # one index for the whole archive, whatever a page's lang attribute says
        "--force-language",
        "en",
        "--quiet",
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise SiteBuildError(f"Pagefind could not run: {exc}") from exc
    if done.returncode != 0:
        raise SiteBuildError(
            f"Pagefind failed (exit {done.returncode}): {(done.stderr or done.stdout).strip()}"
        )
    entry = output / "pagefind-entry.json"
    try:
        languages = json.loads(entry.read_text(encoding="utf-8"))["languages"]
    except (OSError, ValueError, KeyError) as exc:
        raise SiteBuildError(f"Pagefind wrote no usable {entry}: {exc}") from exc
    if not sum(language.get("page_count", 0) for language in languages.values()):
        raise SiteBuildError(f"Pagefind indexed no page in {site_dir}")
