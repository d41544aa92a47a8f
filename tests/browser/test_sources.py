"""A citation's "lines a–b" leads to the source's readable page with those lines marked
and in view, its "£" shown as "£" by a server that names no charset."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_cited_lines_are_marked_and_in_view(page: Any, site_url: str, archive: Any) -> None:
    meeting = next(m for m in archive["meetings"] if m["id"].startswith("2024-10-10"))
    page.goto(site_url + meeting["url"])
    link = page.locator("a", has_text=re.compile(r"^lines \d+–\d+$")).first
    first, last = map(int, re.findall(r"\d+", link.inner_text()))
    link.click()
    page.wait_for_selector(".src-cited")
    marked = page.eval_on_selector_all(".src-cited", "lines => lines.map(l => l.id)")
    assert marked == [f"L{n}" for n in range(first, last + 1)]
    top = page.eval_on_selector(f"#L{first}", "l => l.getBoundingClientRect().top")
    assert -2 <= top < page.viewport_size["height"]  # scrolled to it (sub-pixel)
    assert page.evaluate("document.characterSet") == "UTF-8"
    assert "£" in page.inner_text(".src-text") and "Â£" not in page.inner_text(".src-text")
    # following another line's own anchor moves the mark to it
    page.click(f"#L{last + 2} a")
    page.wait_for_function(
        f"document.getElementById('L{last + 2}').classList.contains('src-cited')"
    )
    assert page.eval_on_selector_all(".src-cited", "l => l.length") == 1


def test_a_long_source_does_not_scroll_sideways_on_a_phone(
    phone_page: Any, site_url: str, archive: Any
) -> None:
    for source in archive["sources"]:  # tables flattened to tabs, long unbroken lines
        phone_page.goto(site_url + source["html_url"])
        scroll, client = phone_page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert scroll <= client, f"{source['html_url']}: {scroll}px in {client}px"
