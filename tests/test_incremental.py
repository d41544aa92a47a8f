"""Incremental builds give exactly the site a clean build gives.

The parse cache and MkDocs' dirty mode (made exact in `minutebook.engine.site`) skip work; none of
that may show in the output. One folder is built incrementally through a series of edits
to the real documents (add a document, change one so that a paper is renamed, remove
one); after each step the site is compared, byte for byte and file for file, with a clean
build of the same content in a fresh folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from conftest import CONTENT, REPO
from minutebook.engine.engine_config import DEFAULT_CONFIG, DEFAULT_SITE_CONFIG
from minutebook.engine.site import SiteBuild, build_site, incremental_blocker
from minutebook.errors import Diagnostics
from minutebook.model import SourceDocument
from minutebook.parsing import cache as cache_module
from minutebook.parsing import workers
from minutebook.parsing.cache import ParseCache
from minutebook.parsing.reading import SourceText
from minutebook.pipeline import BuildResult, content_epoch, generate, read_documents
from minutebook.rendering import writing

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow

#: Minutes of the 17 October 2023 meeting: adding them changes existing pages too (people,
#: the meetings index, neighbouring meetings) and the document gives a warning.
ADDED = "001_78dbf443e4e88d81.txt"
#: A pack whose "Road Safety" report and agenda item get a new title (so a new address).
CHANGED = "000_0ff52443d89633af.txt"


def _build(
    content: Path, work: Path, *, clean: bool, jobs: int | None = None
) -> tuple[BuildResult, SiteBuild]:
    result = generate(
        content, work / "pages", DEFAULT_SITE_CONFIG, cache_dir=work / "cache", workers=jobs
    )
    site = build_site(
        DEFAULT_CONFIG,
        work / "pages",
        work / "site",
        content_epoch(result.archive),
        state_file=work / "state.json",
        incremental=not clean,
    )
    return result, site


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _assert_same_site(incremental: Path, clean: Path) -> None:
    got, want = _tree(incremental), _tree(clean)
    assert sorted(got) == sorted(want), "the incremental site has other files than a clean one"
    differing = [name for name in sorted(want) if got[name] != want[name]]
    assert differing == [], f"incremental build differs from a clean build in {differing[:10]}"


def _clean_build(content: Path, work: Path) -> BuildResult:
    result, site = _build(content, work, clean=True, jobs=2)  # parallel parsing
    assert not site.incremental
    return result


def _warnings(result: BuildResult) -> list[str]:
    return [str(d) for d in result.diagnostics.warnings]


def test_incremental_builds_equal_clean_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    held_back = tmp_path / ADDED
    shutil.move(content / "documents" / ADDED, held_back)
    work = tmp_path / "incremental"

    first, site = _build(content, work, clean=False, jobs=1)
    assert not site.incremental  # nothing to be incremental from yet
    subset_site = tmp_path / "subset-site"
    shutil.copytree(work / "site", subset_site)

    # Add a document: only it is parsed; only the pages it changes are rendered.
    parsed: list[str] = []

    def counting_parse(source: SourceText, diagnostics: Diagnostics) -> SourceDocument:
        parsed.append(source.file)
        return real_parse(source, diagnostics)

    real_parse = workers.parse_document
    monkeypatch.setattr(workers, "parse_document", counting_parse)
    shutil.copy(held_back, content / "documents" / ADDED)
    added, site = _build(content, work, clean=False, jobs=1)
    assert parsed == [ADDED]
    assert site.incremental
    pages = len(list((work / "pages").rglob("*.md")))
    assert 0 < site.rendered < pages
    clean = _clean_build(content, tmp_path / "clean-added")
    _assert_same_site(work / "site", tmp_path / "clean-added" / "site")
    assert _warnings(added) == _warnings(clean)
    assert any(ADDED in w for w in _warnings(added))  # the new document's own warning

    # Change a document: a report and its agenda item get a new title, so a new address.
    parsed.clear()
    pack = content / "documents" / CHANGED
    text = pack.read_text("utf-8")
    assert text.count("Road Safety") >= 2
    pack.write_text(text.replace("Road Safety", "Road Safety and Speeding"), "utf-8")
    changed, site = _build(content, work, clean=False, jobs=1)
    assert parsed == [CHANGED]
    assert site.incremental and site.removed > 0  # the old address's page is gone
    # Warnings of documents that came from the cache are still reported.
    assert any("001_78dbf443e4e88d81.txt:5" in w for w in _warnings(changed))
    clean = _clean_build(content, tmp_path / "clean-changed")
    _assert_same_site(work / "site", tmp_path / "clean-changed" / "site")
    assert _warnings(changed) == _warnings(clean)

    # Remove the added document and undo the change: back to the first site exactly.
    parsed.clear()
    (content / "documents" / ADDED).unlink()
    pack.write_text(text, "utf-8")
    _, site = _build(content, work, clean=False, jobs=1)
    assert parsed == [CHANGED]  # the cache keeps current documents only: the old text went
    assert site.incremental
    _assert_same_site(work / "site", subset_site)
    assert _warnings(first) == _warnings(generate(content, tmp_path / "p", None))


def test_a_change_to_the_engine_config_forces_a_full_build(tmp_path: Path) -> None:
    """The state records the engine's inputs: a different config is never built dirty."""
    work = tmp_path / "work"
    _, site = _build(CONTENT, work, clean=False)
    _, again = _build(CONTENT, work, clean=False)
    assert not site.incremental and again.incremental and again.rendered == 0
    state = work / "state.json"
    state.write_text(state.read_text("utf-8").replace('"engine": "', '"engine": "x'), "utf-8")
    _, changed = _build(CONTENT, work, clean=False)
    assert not changed.incremental and "changed" in changed.reason


def test_only_page_local_hooks_allow_a_dirty_build() -> None:
    """The project's hooks act on one page at a time; Material's search plugin writes one
    index of every page at the end, which a dirty build would fill with a few pages."""
    from material.plugins.search.plugin import SearchPlugin
    from mkdocs.config import load_config

    config = load_config(str(DEFAULT_CONFIG), docs_dir=str(REPO / "tests"))
    assert incremental_blocker(config.plugins.items()) is None
    reason = incremental_blocker([("material/search", SearchPlugin())])
    assert reason is not None and "post_build" in reason


def test_a_change_to_minutebooks_code_invalidates_every_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cached parses are keyed by the package's code: new code parses everything again."""
    cache = ParseCache(tmp_path / "cache")
    first = read_documents(CONTENT, Diagnostics(), cache, workers=1)
    parsed: list[str] = []
    real_parse = workers.parse_document

    def counting_parse(source: SourceText, diagnostics: Diagnostics) -> SourceDocument:
        parsed.append(source.file)
        return real_parse(source, diagnostics)

    monkeypatch.setattr(workers, "parse_document", counting_parse)
    read_documents(CONTENT, Diagnostics(), ParseCache(tmp_path / "cache"), workers=1)
    assert parsed == []  # same code: every document from the cache
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "other code")
    again = read_documents(CONTENT, Diagnostics(), ParseCache(tmp_path / "cache"), workers=1)
    assert parsed == [d.file for d in first]
    assert [d.sha256 for d in again] == [d.sha256 for d in first]
    assert len(list((tmp_path / "cache").iterdir())) == len(first)  # old entries pruned


def test_pages_do_not_depend_on_the_number_of_processes_writing_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages written by worker processes (`--jobs 2`, `--jobs 3`: each takes other runs of
    pages) are, file for file and byte for byte, the pages one process writes."""
    monkeypatch.setattr(writing, "PARALLEL_MIN_PAGES", 2)  # worker processes at any size
    pools: list[int | None] = []
    real_pool = writing.ProcessPoolExecutor

    def recording_pool(*args: Any, **kwargs: Any) -> Any:
        pools.append(kwargs.get("max_workers"))
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(workers, "ProcessPoolExecutor", recording_pool)  # parsing
    monkeypatch.setattr(writing, "ProcessPoolExecutor", recording_pool)  # writing pages
    trees = {}
    for jobs in (1, 2, 3):
        pools.clear()
        pages = tmp_path / f"jobs-{jobs}"
        generate(CONTENT, pages, DEFAULT_SITE_CONFIG, workers=jobs)
        assert pools == ([] if jobs == 1 else [jobs, jobs])  # parsing, then writing pages
        trees[jobs] = _tree(pages)
    assert len(trees[1]) > 100
    assert trees[2] == trees[1]
    assert trees[3] == trees[1]


def test_a_site_folder_the_last_build_did_not_leave_is_rebuilt(tmp_path: Path) -> None:
    """A site folder restored from an older copy, or changed by hand, is not the one the
    build record describes: the next build is full, and gives the clean build's site."""
    work = tmp_path / "work"
    _build(CONTENT, work, clean=False)
    _, again = _build(CONTENT, work, clean=False)
    assert again.incremental
    page = next((work / "site" / "meetings").rglob("index.html"))
    page.write_text("<p>an older copy</p>", "utf-8")
    _, after = _build(CONTENT, work, clean=False)
    assert not after.incremental and "not the one the last build left" in after.reason
    assert "an older copy" not in page.read_text("utf-8")
