"""Pages that gather from the whole archive (a person, an organisation, a body, a topic,
the meetings calendar) must not grow with it, and their year pages must not change when
papers of other years are added (so their URLs and contents stay citable).

The archive grows the way the benchmark grows it: every document again with its years moved
(8 and 16 years on), so the same people and organisations recur in new years.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import frontmatter
import pytest

from benchmark_scripts import benchmark
from minutebook.pipeline import generate
from minutebook.rendering.pages import page_base
from minutebook.rendering.pages.following import LATEST_ENTRIES

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
#: Record pages whose content comes from the whole archive, with their year pages below.
GATHERING = ("people", "organisations", "bodies", "topics")
#: The navigation line atop a year page (it gains a "later:" link when a year is added).
AROUND = re.compile(r"^\[[^\n]*(?:summary and latest years|Meetings by year)[^\n]*$", re.M)


def _grown(content: Path, out: Path, years: list[int]) -> Path:
    """The archive with every document again, moved on by each of `years`."""
    shift = benchmark("scale").shift_years
    shutil.copytree(CONTENT, content)
    for source in sorted((CONTENT / "documents").glob("*.txt")):
        for by in years:
            moved = shift(source.read_text("utf-8"), by)
            (content / "documents" / f"later{by}-{source.name}").write_text(moved, "utf-8")
    generate(content, out)
    return out


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Pages of the archive at 1x, 2x and 3x."""
    root = tmp_path_factory.mktemp("weight")
    # a record's page links its newest YEAR_LINKS years; fewer here, so that the 3x archive
    # (9 years) has records with more years than their page links directly
    linked = page_base.YEAR_LINKS
    page_base.YEAR_LINKS = 4
    try:
        generate(CONTENT, root / "one")
        two = _grown(root / "content2", root / "two", [8])
        three = _grown(root / "content3", root / "three", [8, 16])
    finally:
        page_base.YEAR_LINKS = linked
    return root / "one", two, three


def _body(path: Path) -> str:
    return frontmatter.load(path).content


def _without_latest(body: str) -> str:
    """A page's body less its "Latest" list, which is capped (checked below) but fills up
    to its cap as a small archive grows."""
    start = body.find("## Latest {#latest}")
    if start < 0:
        return body
    end = body.find("\n## ", start + 1)
    latest = body[start : end if end >= 0 else len(body)]
    entries = [line for line in latest.splitlines() if line.startswith("- ")]
    assert len(entries) <= LATEST_ENTRIES, latest
    return body[:start] + (body[end:] if end >= 0 else "")


def test_record_pages_do_not_grow_with_the_archive(archives) -> None:
    """From 2x to 3x (both with several years, so the summaries already read "N meetings,
    from A to B"), a record's own page may gain a link per added year, never its entries
    (beyond its "Latest" list, never longer than LATEST_ENTRIES)."""
    _, two, three = archives
    pages = [two / "meetings" / "index.md"]
    for folder in GATHERING:
        pages += [p for p in (two / folder).glob("*.md") if p.stem != "index"]
    assert len(pages) > 80
    grown = {}
    for page in pages:
        before = len(_without_latest(_body(page)))
        after = len(_without_latest(_body(three / page.relative_to(two))))
        if after - before > max(0.1 * before, 250):
            grown[str(page.relative_to(two))] = (before, after)
    assert not grown, grown


def test_year_pages_do_not_change_when_other_years_are_added(archives) -> None:
    one, two, _ = archives
    years = sorted(one.glob("meetings/[12][0-9][0-9][0-9].md"))
    for folder in GATHERING:
        years += sorted(one.glob(f"{folder}/*/*.md"))
    years = [p for p in years if frontmatter.load(p).metadata["kind"].endswith("-year")]
    assert len(years) > 100
    for page in years:
        before = AROUND.sub("", _body(page))
        after = AROUND.sub("", _body(two / page.relative_to(one)))
        assert before == after, page.relative_to(one)


def test_every_year_page_is_reached_from_its_record_page(archives) -> None:
    """Following links from a record's page (its newest years, the first year, then each
    year page's earlier / later links) reaches every one of its year pages, in the 3x
    archive too, where a record has more years than its page links directly."""
    for root in (archives[0], archives[2]):
        for folder in GATHERING:
            for record in (root / folder).glob("*.md"):
                below = record.with_suffix("")
                years = {
                    year.name
                    for year in (below.glob("*.md") if below.is_dir() else [])
                    if frontmatter.load(year).metadata["kind"].endswith("-year")
                }
                seen: set[str] = set()
                todo = [n for n in years if f"]({record.stem}/{n})" in _body(record)]
                while todo:
                    name = todo.pop()
                    if name not in seen:
                        seen.add(name)
                        text = _body(below / name)
                        todo += [n for n in years if f"]({n})" in text]
                assert seen == years, (record, sorted(years - seen))
