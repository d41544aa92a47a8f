"""Search lands on the words: a result links to the paragraph holding them (within one
screen of them, on a desktop and on a phone), a minute's number does not outrank the words
of the text, the address carries the search (shared or reloaded, it comes back), the filter
counts follow the query, and no excerpt shows page furniture.

The words searched for are chosen from the site's own search index (its fragment files),
never hard-coded, so the tests hold for any archive with numbered minute paragraphs.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from minutebook.engine.search_index import SIGNATURE

from .conftest import BuiltSite
from .test_search import _result_paths, _search, _status_count

pytestmark = pytest.mark.browser

#: A place far enough below its heading that landing on the heading would not show it.
DEEP = 250  # words


def _indexed(site: BuiltSite) -> list[dict[str, Any]]:
    """Every indexed page as Pagefind stored it: url, content, anchors."""
    fragments = []
    for file in sorted((site.dir / "pagefind" / "fragment").glob("*.pf_fragment")):
        fragments.append(json.loads(gzip.decompress(file.read_bytes()).removeprefix(SIGNATURE)))
    return fragments


def _tokens(content: str) -> list[str]:
    return [re.sub(r"^\W+|\W+$", "", word).lower() for word in re.split(r"\s+", content)]


def _place_of(anchors: list[dict[str, Any]], location: int) -> dict[str, Any] | None:
    before = [a for a in anchors if a["location"] <= location]
    return max(before, key=lambda a: a["location"]) if before else None


@dataclass(frozen=True)
class Deep:
    """A word printed once on its page, in a paragraph with an id, far below its heading."""

    word: str
    page: str
    anchor: str


@pytest.fixture(scope="module")
def deep_word(built_site: BuiltSite) -> Deep:
    fragments = _indexed(built_site)
    prefix_pages: Counter[str] = Counter()
    for fragment in fragments:
        prefix_pages.update({t[:6] for t in _tokens(fragment["content"]) if len(t) >= 7})
    best: tuple[int, Deep] | None = None
    for fragment in fragments:
        tokens = _tokens(fragment["content"])
        prefixes = Counter(t[:6] for t in tokens)
        headings = [a for a in fragment["anchors"] if re.fullmatch(r"h[2-6]", a["element"])]
        for location, token in enumerate(tokens):
            if not (len(token) >= 7 and token.isalpha() and prefixes[token[:6]] == 1):
                continue
            if prefix_pages[token[:6]] > 3:
                continue
            place = _place_of(fragment["anchors"], location)
            heading = _place_of(headings, location)
            if not place or place["element"] != "p" or not heading:
                continue
            depth = location - heading["location"]
            if depth >= DEEP and (best is None or depth > best[0]):
                best = (depth, Deep(token, fragment["url"], place["id"]))
    assert best, "no word deep in a numbered paragraph: the archive has no long minutes"
    return best[1]


def _landing(page: Any, word: str) -> dict[str, float]:
    """Where the word (the first time the page prints it), the paragraph holding it and its
    section's heading are on the screen, after arriving."""
    result: dict[str, float] = page.evaluate(
        """(word) => {
            const article = document.querySelector("article");
            const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
            const pattern = new RegExp("\\\\b" + word + "\\\\b", "i");
            let node;
            while ((node = walker.nextNode())) {
                const match = pattern.exec(node.textContent);
                if (!match) continue;
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + word.length);
                const box = range.getBoundingClientRect();
                let heading = node.parentElement;
                while (heading && !/^H[2-6]$/.test(heading.tagName)) {
                    heading = heading.previousElementSibling || heading.parentElement;
                }
                const header = document.querySelector(".md-header");
                const block = node.parentElement.closest("p, li, td, h2, h3, h4, h5, h6");
                return {
                    top: box.top, bottom: box.bottom, height: window.innerHeight,
                    paragraph: block.getBoundingClientRect().top,
                    header: header ? header.getBoundingClientRect().bottom : 0,
                    heading: heading ? heading.getBoundingClientRect().bottom : NaN,
                };
            }
            return null;
        }""",
        word,
    )
    assert result, f"{word!r} is not on {page.url}"
    return result


@pytest.mark.parametrize("device", ["page", "phone_page"])
def test_a_hit_deep_in_a_minute_lands_on_its_paragraph(
    device: str, request: pytest.FixtureRequest, site_url: str, deep_word: Deep
) -> None:
    page = request.getfixturevalue(device)
    page.goto(f"{site_url}/", wait_until="networkidle")
    _search(page, deep_word.word).first.wait_for(state="visible")
    result = page.locator(".mb-result").filter(
        has=page.locator(f"a.mb-result__title[href='{deep_word.page}']")
    )
    place = result.locator("a.mb-result__section").first
    assert urlsplit(place.get_attribute("href") or "").fragment == deep_word.anchor
    place.click()
    page.wait_for_url(re.compile(re.escape(deep_word.page) + "#" + re.escape(deep_word.anchor)))
    page.wait_for_timeout(300)  # let the browser finish scrolling to the place
    where = _landing(page, deep_word.word)
    print(f"{device}: {deep_word} lands with the word at {where}")
    # the paragraph holding the words starts on the screen, below the site's header, and
    # the words are within one screen of it (a long paragraph on a phone runs on below) ...
    assert where["header"] - 1 <= where["paragraph"] < where["height"], where
    assert where["bottom"] <= where["paragraph"] + where["height"], where
    # ... and their minute's heading is off the screen (landing there would not show them)
    assert where["heading"] < where["header"], where


def test_a_minute_number_does_not_outrank_the_words(
    page: Any, site_url: str, built_site: BuiltSite
) -> None:
    """'101 call attrition': minute 101's heading holds one of the words, a paragraph of
    another minute all three; the paragraph comes first."""
    query = None
    for fragment in _indexed(built_site):
        numbers = {
            a["id"].removeprefix("minute-"): a["id"]
            for a in fragment["anchors"]
            if re.fullmatch(r"minute-\d+", a["id"])
        }
        tokens = _tokens(fragment["content"])
        for location, token in enumerate(tokens[:-2]):
            place = _place_of(fragment["anchors"], location)
            following = tokens[location + 1 : location + 3]
            if (
                token in numbers
                and place
                and place["element"] == "p"
                and not place["id"].startswith(numbers[token] + "-")
                and all(len(w) >= 4 and w.isalpha() for w in following)
            ):
                query = (" ".join([token, *following]), fragment, numbers[token])
                break
        if query:
            break
    assert query, "no paragraph quotes another minute's number: nothing to test"
    words, fragment, heading = query
    url = fragment["url"]
    page.goto(f"{site_url}/")
    _search(page, words).first.wait_for(state="visible")
    result = page.locator(".mb-result").filter(
        has=page.locator(f"a.mb-result__title[href='{url}']")
    )
    first = result.locator("a.mb-result__section").first
    anchor = urlsplit(first.get_attribute("href") or "").fragment
    assert anchor != heading, f"{words!r}: minute {heading}'s heading came first"
    # the place linked first holds all the words (up to the next element with an id)
    anchors = sorted(a["location"] for a in fragment["anchors"])
    start = next(a["location"] for a in fragment["anchors"] if a["id"] == anchor)
    end = next((at for at in anchors if at > start), None)
    held = set(_tokens(fragment["content"])[start:end])
    assert set(words.split()) <= held, (words, anchor)


def _year_counts(page: Any) -> dict[str, int]:
    counts = {}
    for text in page.locator("select[name=year] option").all_inner_texts():
        match = re.fullmatch(r"(\d{4}) \((\d+)\)", text.strip())
        if match:
            counts[match[1]] = int(match[2])
    return counts


def test_the_address_carries_the_search_and_restores_it(
    page: Any, site_url: str, archive: dict[str, Any]
) -> None:
    year = min(m["date"] for m in archive["meetings"])[:4]
    page.goto(f"{site_url}/")
    _search(page, "police").first.wait_for(state="visible")
    page.get_by_label("Year").select_option(year)
    page.locator("#mb-search-status").filter(has_text=f"in {year}").wait_for()
    status = page.locator("#mb-search-status").inner_text()
    paths = _result_paths(page)
    shared = page.url
    assert parse_qs(urlsplit(shared).query) == {"q": ["police"], "year": [year]}, shared

    # a shared address opens the same search, filter and results
    other = page.context.new_page()
    other.goto(shared)
    other.locator("#mb-search-status").filter(has_text=status).wait_for()
    box = other.get_by_role("searchbox", name="Words from a meeting, paper or minute")
    assert box.input_value() == "police"
    assert other.get_by_label("Year").input_value() == year
    assert _result_paths(other) == paths
    # ... and so does a reload
    other.reload()
    other.locator("#mb-search-status").filter(has_text=status).wait_for()
    assert _result_paths(other) == paths
    # closing the search takes it out of the address
    other.locator("[data-mb-search-close]").click()
    other.locator("#mb-search").wait_for(state="hidden")
    # read from the page itself: Playwright learns of replaceState a message later
    assert other.evaluate("() => location.search") == ""


def test_filter_counts_follow_the_query(page: Any, site_url: str, deep_word: Deep) -> None:
    page.goto(f"{site_url}/")
    page.locator("[data-mb-search-open]").click()
    page.locator("select[name=year] option").nth(1).wait_for(state="attached")
    everything = _year_counts(page)
    assert sum(everything.values()) > 1

    _search_more(page, deep_word.word)
    narrowed = _year_counts(page)
    assert narrowed != everything
    assert sum(narrowed.values()) <= _status_count(page)
    # choosing a year gives the count it showed; its siblings still count without it
    year, n = next((y, n) for y, n in sorted(narrowed.items()) if n)
    page.get_by_label("Year").select_option(year)
    page.locator("#mb-search-status").filter(has_text=f"in {year}").wait_for()
    assert _status_count(page) == n
    page.wait_for_timeout(300)  # the counts are drawn after the results
    assert _year_counts(page) == narrowed


def _search_more(page: Any, query: str) -> None:
    box = page.get_by_role("searchbox", name="Words from a meeting, paper or minute")
    box.fill("")
    box.press_sequentially(query, delay=20)
    page.locator("#mb-search-status").filter(has_text=query).wait_for()
    page.wait_for_timeout(300)  # the counts are drawn after the results


def test_no_excerpt_shows_page_furniture(page: Any, site_url: str) -> None:
    """The print-only address and the facts box (Kind: ..., Source: file.txt) are not
    indexed, so no excerpt shows them."""
    page.goto(f"{site_url}/")
    page.locator("[data-mb-search-open]").click()
    checked = 0
    for query, furniture in (("archive", "Printed from"), ("appendix", "Kind:")):
        box = page.get_by_role("searchbox", name="Words from a meeting, paper or minute")
        box.fill(query)
        page.locator("#mb-search-status").filter(has_text=query).wait_for()
        excerpts = page.locator(".mb-result__excerpt").all_inner_texts()
        checked += len(excerpts)
        assert not [e for e in excerpts if furniture in e], (query, excerpts)
    assert checked, "the queries found nothing: they test nothing"
