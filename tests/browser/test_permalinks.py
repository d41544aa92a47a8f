"""Permalinks and Cite blocks in a real browser: a journalist reaches a paragraph's permalink
by keyboard, copies it, and gets a citation for exactly that paragraph."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import meeting_with_most_minutes

pytestmark = pytest.mark.browser


def test_a_paragraph_permalink_is_keyboard_reachable_copies_and_cites(
    chromium: Any, site_url: str, archive: dict[str, Any]
) -> None:
    meeting = meeting_with_most_minutes(archive)
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()
    try:
        page.goto(site_url + meeting["url"])
        paragraph = page.locator("p[id^='minute-'][id*='-'] >> nth=0")
        paragraph_id = paragraph.get_attribute("id")
        assert paragraph_id and paragraph_id.count("-") >= 2
        link = paragraph.locator("a.mb-permalink")
        assert float(link.evaluate("a => getComputedStyle(a).opacity")) == 0.0

        # keyboard: focusing the permalink shows it
        link.focus()
        page.wait_for_function(
            "a => getComputedStyle(a).opacity === '1'", arg=link.element_handle()
        )
        page.keyboard.press("Enter")

        expected = f"{site_url}{meeting['url']}#{paragraph_id}"
        page.wait_for_function("document.getElementById('mb-status')?.textContent")
        assert page.evaluate("navigator.clipboard.readText()") == expected
        assert page.url == expected

        cite = page.locator(f"#cite-{paragraph_id}")
        text = cite.locator(".mb-cite-text").inner_text()
        number = paragraph_id.rsplit("-", 1)[1]
        assert f"paragraph {number}" in text and expected in text
        assert cite.locator(".mb-cite-url").inner_text() == expected
        [csl] = json.loads(cite.locator("code").inner_text())
        assert csl["URL"] == expected and csl["id"] == paragraph_id
        assert f"paragraph {number}" in csl["title"]
    finally:
        context.close()


def test_cite_blocks_open_and_show_plain_text_and_csl_json(
    page: Any, site_url: str, archive: dict[str, Any]
) -> None:
    meeting = meeting_with_most_minutes(archive)
    page.goto(site_url + meeting["url"])
    block = page.locator("#cite-meeting")
    assert not block.locator(".mb-cite-text").is_visible()
    block.locator("summary").click()
    text = block.locator(".mb-cite-text").inner_text()
    assert meeting["url"] in text
    [csl] = json.loads(block.locator("code").inner_text())
    assert csl["type"] == "event" and csl["URL"].endswith(meeting["url"])
