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

The index is written to `<site>/pagefind/`. Builds must be byte-identical, and Pagefind's
are not quite: it writes each filter's values (and the list of filters in its metadata file)
in hash-map order, which changes from run to run (Pagefind issue #638: fragments were made
stable in 1.3, "filter/metadata indexes" still change), and there is no option for it.
`_canonical_filters` therefore rewrites those files in sorted order after Pagefind runs,
renaming them by their new content's hash; the rest of the index is already stable. The
two-builds test in tests/test_site.py checks the result.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import cbor2

from ..errors import SiteBuildError

#: Where the index and Pagefind's UI scripts go, relative to the site root; the theme's
#: search dialog loads them from here.
OUTPUT_SUBDIR = "pagefind"

#: Text that is not content, left out of the index (as if marked data-pagefind-ignore): the
#: permalink signs the Markdown toc extension adds to every heading (they would otherwise
#: end each result's section title with a pilcrow); the facts listed at the top of a
#: meeting's or a paper's page (body, date, venue, kind, source file: the filters and each
#: result's meta already carry them, and as excerpts they hid the words searched for); the
#: line naming the source file above an agenda or minutes; and the address printed at the
#: foot of every page, which only paper shows.
EXCLUDE_SELECTORS = ", ".join(
    (".headerlink", ".mb-summary", ".mb-facts", ".mb-provenance", ".mb-print-url")
)

#: Pagefind's index files are gzipped CBOR after this signature.
SIGNATURE = b"pagefind_dcd"


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
    try:
        _canonical_filters(output)
    except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
        raise SiteBuildError(
            f"Pagefind's index in {output} has an unexpected layout: {exc}"
        ) from exc


def _read(path: Path) -> Any:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path.name} is not a Pagefind index file")
    return cbor2.loads(data[len(SIGNATURE) :])


def _write(folder: Path, file_name: str, language: str, digits: int, value: Any) -> str:
    """Write `value` as a Pagefind index file named by its content (`file_name` with "{}"
    for the hash part, which is returned: "en_1a2b3c4"). gzip without a timestamp, so the
    bytes depend on `value` only."""
    data = gzip.compress(SIGNATURE + cbor2.dumps(value), mtime=0)
    name = f"{language}_{hashlib.sha256(data).hexdigest()[:digits]}"
    (folder / file_name.format(name)).write_bytes(data)
    return name


def _canonical_filters(output: Path) -> None:
    """Rewrite each language's filter files, and its metadata file listing them, in sorted
    order (see the module docstring). The metadata file is
    [version, pages, word chunks, [[filter, file hash]...], sorts, meta fields]; a filter
    file is [filter, [[value, [page numbers]]...]]."""
    entry_path = output / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, info in entry["languages"].items():
        meta_path = output / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        filters = []
        for name, file_hash in meta[3]:
            filter_path = output / "filter" / f"{file_hash}.pf_filter"
            filter_name, values = _read(filter_path)
            filter_path.unlink()
            values = sorted([value, sorted(pages)] for value, pages in values)
            content = [filter_name, values]
            filters.append([name, _write(output / "filter", "{}.pf_filter", language, 7, content)])
        meta[3] = sorted(filters)
        meta_path.unlink()
        info["hash"] = _write(output, "pagefind.{}.pf_meta", language, 10, meta)
    entry_path.write_text(
        json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
