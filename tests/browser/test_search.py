"""The built site in a real browser: search finds a paper, nothing leaves the site, phones fit.

The pages under test are taken from the site's own data/archive.json, so the assertions follow
the model rather than hard-coded URLs.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

#: A phrase printed in exactly one paper (the Road Safety report of 18 December 2024).
#: ("Community Speedwatch" is not unique: two Making Kent Safer papers mention it too.)
SEARCH_PHRASE = "window tinting"
SEARCH_TITLE = "Road Safety"

#: Request schemes that never leave the browser.
LOCAL_SCHEMES = ("data:", "blob:", "about:")


def _path(url: str) -> str:
    """A site URL from archive.json ("/documents/x/") as a relative path ("documents/x")."""
    return url.strip("/")


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).lower()


def _document_url(archive: dict[str, Any], title: str) -> str:
    matches = [d["url"] for d in archive["documents"] if d["title"] == title]
    assert len(matches) == 1, f"archive.json has {len(matches)} documents titled {title!r}"
    url: str = matches[0]
    return url


def _pages_containing(search_index: dict[str, Any], phrase: str) -> set[str]:
    """Pages (paths without anchors) whose search-index text contains the phrase."""
    return {
        doc["location"].split("#")[0].strip("/")
        for doc in search_index["docs"]
        if phrase.lower() in _plain(f"{doc.get('title', '')} {doc.get('text', '')}")
    }


def _open_search(page: Any) -> Any:
    """Focus Material's search box, whatever the header layout."""
    box = page.locator("input.md-search__input")
    if box.is_visible():
        box.click()
    else:  # narrow layouts hide the box behind the magnifier button
        page.locator("label.md-header__button[for='__search']").first.click()
    box.wait_for(state="visible")
    box.focus()
    return box


def test_search_finds_the_one_paper_with_a_phrase(
    page: Any,
    site_url: str,
    archive: dict[str, Any],
    search_index: dict[str, Any],
    artifacts_dir: Path,
) -> None:
    expected = _path(_document_url(archive, SEARCH_TITLE))
    # The phrase must really be unique to that paper, or the test proves nothing.
    assert _pages_containing(search_index, SEARCH_PHRASE) == {expected}, (
        f"{SEARCH_PHRASE!r} should occur only in {expected}; pick another phrase"
    )

    page.goto(f"{site_url}/")
    box = _open_search(page)
    box.press_sequentially(SEARCH_PHRASE, delay=20)

    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="visible")
    page.locator(f".md-search-result__item a[href*='{expected}']").first.wait_for(state="visible")
    page.screenshot(path=str(artifacts_dir / "search.png"), full_page=False)

    links = [
        a.get_attribute("href") or ""
        for a in page.locator(".md-search-result__item > a.md-search-result__link").all()
    ]
    assert any(expected in urlsplit(href).path for href in links), links
    assert expected in urlsplit(links[0]).path, f"{expected} is not the top result: {links}"


def test_pages_make_no_third_party_requests(
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

    assert requests, "no requests were recorded"
    foreign = sorted(
        {
            url
            for url in requests
            if not (url.startswith(f"{site_url}/") or url.startswith(LOCAL_SCHEMES))
        }
    )
    assert not foreign, "requests left the site:\n" + "\n".join(foreign)


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
