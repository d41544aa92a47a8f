"""Search stays light as the archive grows (issue 7): on an archive of 16 times the real
documents (grown as `make bench` grows it), a one-word query matching hundreds of pages
shows its first results after fetching at most 300 KB from the site.

How long the first results take after the last keystroke (Pagefind's loading included: the
first search of a visit) is printed and written to test-artifacts/ (never asserted:
speed is measured, not tested); the benchmark (`make bench`) reports the same archive's
search bytes from the index files.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmark_scripts import benchmark
from minutebook.engine.engine_config import DEFAULT_CONFIG, DEFAULT_SITE_CONFIG
from minutebook.engine.search_index import build_search_index
from minutebook.engine.site import build_site
from minutebook.pipeline import content_epoch, generate

from .conftest import BuiltSite, _serve
from .test_search import SEARCH_BUDGET

pytestmark = pytest.mark.browser

#: How many times the real documents the archive holds, as the benchmark's largest size.
FACTOR = 16
#: A word on most pages of the archive: the query whose results cost most to show.
COMMON_WORD = "police"


@pytest.fixture(scope="module")
def large_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    root = tmp_path_factory.mktemp("site-16x")
    benchmark("scale").synthesise(FACTOR, root / "content")
    built = generate(root / "content", root / "pages", DEFAULT_SITE_CONFIG)
    assert len(built.archive.meetings) == 8 * FACTOR
    build_site(
        DEFAULT_CONFIG,
        root / "pages",
        root / "site",
        content_epoch(built.archive),
        site_name=built.settings.name,
        site_description=built.settings.description,
    )
    build_search_index(root / "site")
    return BuiltSite(root)


@pytest.fixture(scope="module")
def large_site_served(large_site: BuiltSite) -> Iterator[tuple[str, list[str]]]:
    served: list[str] = []
    with _serve(large_site.dir, served) as origin:
        yield origin, served


def test_a_common_word_at_16x_shows_results_within_the_budget(
    page: Any, large_site: BuiltSite, large_site_served: tuple[str, list[str]],
    artifacts_dir: Path,
) -> None:  # fmt: skip
    origin, served = large_site_served
    page.goto(f"{origin}/", wait_until="networkidle")
    before = len(served)
    page.locator("[data-mb-search-open]").click()
    box = page.get_by_role("searchbox", name="Words from a meeting, paper or minute")
    box.wait_for(state="visible")
    box.press_sequentially(COMMON_WORD, delay=20)
    typed = time.perf_counter()  # from the last keystroke: loading, searching, showing
    results = page.locator(".mb-result")
    results.first.wait_for(state="visible")
    first_results_s = time.perf_counter() - typed
    page.wait_for_load_state("networkidle")
    fetched = [p for p in served[before:] if p.startswith("/pagefind/")]
    total = sum(large_site.file_size(p) for p in fetched)
    matching = results.count()
    figures = {
        "factor": FACTOR,
        "query": COMMON_WORD,
        "bytes_fetched": total,
        "files_fetched": len(fetched),
        "results_shown": matching,
        "seconds_from_last_keystroke_to_first_results": round(first_results_s, 3),
    }
    print(f"search at {FACTOR}x: {json.dumps(figures)}")
    (artifacts_dir / "search-at-16x.json").write_text(json.dumps(figures, indent=1), "utf-8")
    assert matching > 0
    assert any(".pf_fragment" in p for p in fetched), fetched
    assert total < SEARCH_BUDGET, f"{total} bytes: {fetched}"
