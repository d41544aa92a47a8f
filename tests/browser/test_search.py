"""The built site in a real browser: Pagefind search finds the passage and the item it
belongs to, finds people, narrows by filters, stays small, never leaves the site, and works
on a phone and from the keyboard.

Expectations are taken from the site's own data/archive.json and HTML, not hard-coded URLs.
"""

from __future__ import annotations

import re
from collections import Counter
from html import unescape
from typing import Any
from urllib.parse import urlsplit

import pytest

from .conftest import BuiltSite

pytestmark = pytest.mark.browser

#: A phrase printed in exactly one paper (the Road Safety report of 18 December 2024).
#: ("Community Speedwatch" is not unique: two Making Kent Safer papers mention it too.)
SEARCH_PHRASE = "window tinting"
SEARCH_TITLE = "Road Safety"
#: A one-word query for measuring what a search downloads.
ONE_WORD = "tinting"
#: What one search may download from /pagefind/ (index chunks, Pagefind's script and wasm).
SEARCH_BUDGET = 300_000

#: Request schemes that never leave the browser.
LOCAL_SCHEMES = ("data:", "blob:", "about:")


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).lower()


def _document(archive: dict[str, Any], title: str) -> dict[str, Any]:
    matches = [d for d in archive["documents"] if d["title"] == title]
    assert len(matches) == 1, f"archive.json has {len(matches)} documents titled {title!r}"
    document: dict[str, Any] = matches[0]
    return document


def _pages_containing(site: BuiltSite, phrase: str) -> set[str]:
    """Indexed pages (site paths) whose HTML text contains the phrase."""
    return {
        "/" + str(html.parent.relative_to(site.dir)) + "/"
        for html in site.dir.rglob("index.html")
        if "data-pagefind-body" in (text := html.read_text("utf-8"))
        and phrase.lower() in _plain(text)
    }


def _search(page: Any, query: str) -> Any:
    """Open the search dialog from the header button and type a query; the results list."""
    page.locator("[data-mb-search-open]").click()
    box = page.get_by_role("searchbox", name="Words from a meeting, paper or minute")
    box.wait_for(state="visible")
    box.press_sequentially(query, delay=20)
    page.locator("#mb-search-status").filter(has_text=query).wait_for()
    return page.locator(".mb-result")


def _result_paths(page: Any) -> list[str]:
    return [
        urlsplit(a.get_attribute("href") or "").path
        for a in page.locator(".mb-result > a.mb-result__title").all()
    ]


def _status_count(page: Any) -> int:
    text = page.locator("#mb-search-status").inner_text()
    match = re.match(r"(\d+|No) results?", text)
    assert match, text
    return 0 if match[1] == "No" else int(match[1])


def test_phrase_leads_to_its_section_and_its_agenda_item(
    page: Any, site_url: str, archive: dict[str, Any], built_site: BuiltSite, artifacts_dir: Any
) -> None:
    document = _document(archive, SEARCH_TITLE)
    expected = document["url"]
    # The phrase must really be unique to that paper, or the test proves nothing.
    assert _pages_containing(built_site, SEARCH_PHRASE) == {expected}, (
        f"{SEARCH_PHRASE!r} should occur only in {expected}; pick another phrase"
    )
    item = next(i for i in archive["agenda_items"] if i["id"] == document["agenda_item"])

    page.goto(f"{site_url}/")
    results = _search(page, SEARCH_PHRASE)
    results.first.wait_for(state="visible")
    page.screenshot(path=str(artifacts_dir / "search.png"), full_page=False)
    assert _result_paths(page) == [expected]

    top = results.first
    # the result says which meeting and agenda item the hit belongs to ...
    item_link = top.locator("a.mb-result__item")
    assert item_link.inner_text() == f"Item {item['code']} {item['title']}"
    assert urlsplit(item_link.get_attribute("href") or "")[2:4] == urlsplit(item["url"])[2:4]
    # ... and its section link leads to the place the phrase sits in: the paragraph
    # holding it, or (where paragraphs have no id) the heading it sits under
    section = top.locator("a.mb-result__section").first
    section.click()
    page.wait_for_url(re.compile(re.escape(expected) + "#.+"))
    anchor = urlsplit(page.url).fragment
    text_of_place = page.evaluate(
        """(id) => {
            const place = document.getElementById(id);
            if (!place) return null;
            if (!/^H[1-6]$/.test(place.tagName)) return place.textContent;
            let text = "", node = place.nextElementSibling;
            while (node && !/^H[1-6]$/.test(node.tagName)) {
                text += " " + node.textContent; node = node.nextElementSibling;
            }
            return text;
        }""",
        anchor,
    )
    assert text_of_place is not None, f"#{anchor} is not on {expected}"
    assert SEARCH_PHRASE in _plain(text_of_place)

    # following the item link lands on the item's own heading on the meeting page
    page.goto(f"{site_url}/")
    _search(page, SEARCH_PHRASE).first.locator("a.mb-result__item").click()
    page.wait_for_url(re.compile(re.escape(urlsplit(item["url"]).path) + "#"))
    assert urlsplit(page.url).fragment == urlsplit(item["url"]).fragment
    heading = page.locator(f"[id='{urlsplit(item['url']).fragment}']")
    assert heading.evaluate("e => e.tagName") == "H3"
    assert item["title"] in heading.inner_text()


def test_a_person_is_found_by_name(page: Any, site_url: str, archive: dict[str, Any]) -> None:
    # the person named in the most attendance records: certainly in the content
    counts = Counter(a["person"] for a in archive["attendance"])
    person = next(p for p in archive["people"] if p["id"] == counts.most_common(1)[0][0])
    meetings = {m["id"]: m["url"] for m in archive["meetings"]}
    theirs = {person["url"]} | {
        meetings[a["meeting"]] for a in archive["attendance"] if a["person"] == person["id"]
    }

    page.goto(f"{site_url}/")
    _search(page, person["name"]).first.wait_for(state="visible")
    paths = _result_paths(page)
    assert paths, f"no results for {person['name']}"
    assert paths[0] in theirs, f"top result for {person['name']}: {paths[0]}"
    assert person["url"] in paths[:3], paths


def test_filters_narrow_the_results(page: Any, site_url: str, archive: dict[str, Any]) -> None:
    year = min(m["date"] for m in archive["meetings"])[:4]
    meetings_that_year = {m["url"] for m in archive["meetings"] if m["date"].startswith(year)}
    assert 0 < len(meetings_that_year) < len(archive["meetings"])

    page.goto(f"{site_url}/")
    _search(page, "police").first.wait_for(state="visible")
    everything = _status_count(page)

    page.get_by_label("Year").select_option(year)
    page.locator("#mb-search-status").filter(has_text=f"in {year}").wait_for()
    in_year = _status_count(page)
    assert 0 < in_year < everything

    page.get_by_label("Kind").select_option("Meeting")
    page.locator("#mb-search-status").filter(has_text="Meeting").wait_for()
    assert _status_count(page) == len(meetings_that_year)
    assert set(_result_paths(page)) == meetings_that_year


def test_a_one_word_search_downloads_little(
    page: Any, site_url: str, built_site: BuiltSite, served_paths: list[str]
) -> None:
    page.goto(f"{site_url}/", wait_until="networkidle")
    before = len(served_paths)
    _search(page, ONE_WORD).first.wait_for(state="visible")
    page.wait_for_load_state("networkidle")
    fetched = [p for p in served_paths[before:] if p.startswith("/pagefind/")]
    total = sum(built_site.file_size(p) for p in fetched)
    index = sum(built_site.file_size(p) for p in fetched if "/pagefind/pagefind" not in p)
    print(f"one-word search {ONE_WORD!r}: {total} bytes from /pagefind/ in {len(fetched)} files")
    assert any(".pf_index" in p for p in fetched), fetched
    assert any(".pf_fragment" in p for p in fetched), fetched
    assert total < SEARCH_BUDGET, f"{total} bytes: {fetched}"
    assert index < total


def test_pages_and_search_make_no_third_party_requests(
    page: Any, site_url: str, archive: dict[str, Any]
) -> None:
    assert archive["meetings"], "archive.json lists no meetings"
    assert archive["documents"], "archive.json lists no documents"
    paths = ["/", archive["meetings"][0]["url"], archive["documents"][0]["url"]]

    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    for path in paths:
        response = page.goto(f"{site_url}{path}", wait_until="networkidle")
        assert response is not None and response.ok, f"{path}: {response and response.status}"
    _search(page, SEARCH_PHRASE).first.wait_for(state="visible")
    page.wait_for_load_state("networkidle")

    assert any("/pagefind/" in url for url in requests), "the search fetched nothing"
    foreign = sorted(
        {
            url
            for url in requests
            if not (url.startswith(f"{site_url}/") or url.startswith(LOCAL_SCHEMES))
        }
    )
    assert not foreign, "requests left the site:\n" + "\n".join(foreign)


def test_search_works_when_the_site_is_served_from_a_sub_path(
    page: Any, sub_path_site_url: str, archive: dict[str, Any]
) -> None:
    prefix = urlsplit(sub_path_site_url).path
    expected = prefix + _document(archive, SEARCH_TITLE)["url"]
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{sub_path_site_url}/")
    _search(page, SEARCH_PHRASE).first.wait_for(state="visible")
    assert _result_paths(page) == [expected]
    searched = [urlsplit(url).path for url in requests if "/pagefind/" in url]
    assert searched and all(path.startswith(f"{prefix}/pagefind/") for path in searched)
    page.locator(".mb-result a.mb-result__section").first.click()
    page.wait_for_url(re.compile(re.escape(expected) + "#.+"))


def test_search_from_the_keyboard(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/")
    opener = page.locator("[data-mb-search-open]")
    page.keyboard.press("/")
    dialog = page.get_by_role("dialog", name="Search the archive")
    dialog.wait_for(state="visible")
    box = page.get_by_role("searchbox", name="Words from a meeting, paper or minute")
    assert box.evaluate("e => e === document.activeElement")
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    # the focus is back on the button as the dialog shuts (waited for: a task, not a frame)
    page.wait_for_function(
        "() => document.activeElement === document.querySelector('[data-mb-search-open]')",
        timeout=2_000,
    )
    assert opener.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    dialog.wait_for(state="visible")
    assert opener.get_attribute("aria-expanded") == "true"
    box.press_sequentially(SEARCH_PHRASE, delay=20)
    page.locator(".mb-result").first.wait_for(state="visible")
    # Tab moves from the box through the filters to the results
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('mb-result__title')"):
            break
    else:
        pytest.fail("Tab never reached a result")


def test_search_works_on_a_phone(
    phone_page: Any, site_url: str, archive: dict[str, Any], artifacts_dir: Any
) -> None:
    expected = _document(archive, SEARCH_TITLE)["url"]
    phone_page.goto(f"{site_url}/", wait_until="networkidle")
    opener = phone_page.locator("[data-mb-search-open]")
    box = opener.bounding_box()
    assert box and box["x"] + box["width"] <= 390, f"search button off screen: {box}"
    _search(phone_page, SEARCH_PHRASE).first.wait_for(state="visible")
    phone_page.screenshot(path=str(artifacts_dir / "search-phone.png"), full_page=False)
    dialog = phone_page.locator("#mb-search")
    widths = dialog.evaluate("e => [e.scrollWidth, e.clientWidth, e.getBoundingClientRect().right]")
    assert widths[0] <= widths[1] + 1 and widths[2] <= 390 + 1, widths
    assert _result_paths(phone_page) == [expected]
    phone_page.locator(".mb-result a.mb-result__title").first.click()
    phone_page.wait_for_url(re.compile(re.escape(expected) + "$"))


def test_meeting_page_fits_a_phone(phone_page: Any, site_url: str, archive: dict[str, Any]) -> None:
    path = archive["meetings"][0]["url"]
    response = phone_page.goto(f"{site_url}{path}", wait_until="networkidle")
    assert response is not None and response.ok
    scroll_width, inner_width = phone_page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    # A mobile browser widens the layout viewport to fit content that overflows it, so
    # innerWidth alone can hide the overflow: hold both to the phone's width.
    screen_width = phone_page.viewport_size["width"]
    assert screen_width == 390
    assert scroll_width <= min(inner_width, screen_width) + 1, (
        f"{path} scrolls sideways on a phone: {scroll_width}px of content on a "
        f"{screen_width}px screen (innerWidth {inner_width}px)"
    )
