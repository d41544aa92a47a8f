"""Citing in a real browser, at desktop (1280 px) and phone (390 px) width.

- A link to a paragraph marks it on arrival (its computed background differs from its
  neighbour's) and the minute's heading stays in view above it, not over it.
- "Link copied" is a note in the flow: it never covers the citation, it can be dismissed,
  and it goes by itself after a few seconds.
- "Copy citation" copies the conventional citation, the day of access filled in.
- The citation UI of a long meeting page takes a small share of its height (measured as
  the page's height with and without it), and every page kind with a Cite block has one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import PHONE_VIEWPORT, meeting_with_most_minutes

pytestmark = pytest.mark.browser

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": PHONE_VIEWPORT}
#: How long the note may stay: minutebook.js removes it after NOTE_SECONDS (5), plus slack.
NOTE_GONE_MS = 8_000
#: The citation UI may take at most this share of a long meeting page's height. What is
#: left is the page's one closed "Cite this meeting" line (about 60 px with its margins)
#: and headings that wrap once because a small "Cite" sits beside them: under 1% on the
#: meeting with the most minutes at 1280 px. A box per minute, as before, took 5% to 14%
#: of every meeting page with minutes; 2% fails any return to that and leaves room for
#: wrapping.
MAX_CITE_SHARE = 0.02


@pytest.fixture(params=sorted(VIEWPORTS))
def sized_page(request: pytest.FixtureRequest, chromium: Any, site_url: str) -> Iterator[Any]:
    phone = request.param == "phone"
    context = chromium.new_context(
        viewport=VIEWPORTS[request.param], is_mobile=phone, has_touch=phone
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    context.set_default_timeout(15_000)
    try:
        yield context.new_page()
    finally:
        context.close()


#: The id of the paragraph furthest below its minute's heading (the hardest for which to
#: keep that heading in view), among those with a paragraph beside them to compare with.
FURTHEST_PARAGRAPH = """() => {
  let best = null, distance = -1;
  for (const p of document.querySelectorAll('.mb-minute p[id]')) {
    const head = p.closest('.mb-minute').querySelector('.mb-head');
    const d = p.getBoundingClientRect().top - head.getBoundingClientRect().bottom;
    const beside = [p.previousElementSibling, p.nextElementSibling].some(e => e && e.matches('p'));
    if (beside && d > distance) { best = p.id; distance = d; }
  }
  return best;
}"""

#: Where the paragraph and its minute's heading are once the page has arrived at it.
ARRIVED = """([id]) => {
  const p = document.getElementById(id);
  const neighbour = [p.previousElementSibling, p.nextElementSibling].find(e => e && e.matches('p'));
  const head = p.closest('.mb-minute').querySelector('.mb-head');
  const h = head.getBoundingClientRect(), r = p.getBoundingClientRect();
  const hit = document.elementFromPoint(h.left + 4, (h.top + h.bottom) / 2);
  const style = e => getComputedStyle(e).backgroundColor;
  return {
    marked: style(p), neighbour: style(neighbour), headTop: h.top, headBottom: h.bottom,
    top: r.top, inner: innerHeight, headHit: head.contains(hit),
  };
}"""


def test_arriving_at_a_paragraph_marks_it_under_its_minute_heading(
    sized_page: Any, site_url: str, archive: dict[str, Any]
) -> None:
    page = sized_page
    url = site_url + meeting_with_most_minutes(archive)["url"]
    page.goto(url)
    paragraph_id = page.evaluate(FURTHEST_PARAGRAPH)
    assert paragraph_id
    arrival = page.context.new_page()  # a fresh arrival from elsewhere, not a hash change
    arrival.goto(f"{url}#{paragraph_id}")
    arrival.wait_for_timeout(300)
    state = arrival.evaluate(ARRIVED, [paragraph_id])
    assert state["marked"] != state["neighbour"], state
    assert state["headTop"] >= 0 and state["headBottom"] < state["inner"], state
    assert state["headHit"], f"the minute's heading is covered: {state}"
    assert state["headBottom"] <= state["top"] + 1, f"the heading covers the paragraph: {state}"
    assert state["top"] < state["inner"], state


def test_the_link_copied_note_covers_nothing_and_goes(
    sized_page: Any, site_url: str, archive: dict[str, Any]
) -> None:
    page = sized_page
    page.goto(site_url + meeting_with_most_minutes(archive)["url"])
    paragraph = page.locator(".mb-minute p[id] >> nth=2")
    paragraph_id = paragraph.get_attribute("id")
    paragraph.locator("a.mb-permalink").click()
    note = page.locator(".mb-note")
    note.wait_for(state="visible")
    assert "Link copied" in note.inner_text()
    citation = page.locator(f"[id='cite-{paragraph_id}'] .mb-cite-text")
    assert citation.is_visible()
    box, cited = note.bounding_box(), citation.bounding_box()
    assert box and cited
    assert box["y"] >= cited["y"] + cited["height"] or box["y"] + box["height"] <= cited["y"], (
        box,
        cited,
    )
    # it goes by itself ...
    note.wait_for(state="detached", timeout=NOTE_GONE_MS)
    assert page.evaluate("document.getElementById('mb-status').textContent") == ""
    # ... or when dismissed
    paragraph.locator("a.mb-permalink").click()
    note.wait_for(state="visible")
    note.get_by_role("button", name="Dismiss").click()
    assert page.locator(".mb-note").count() == 0


def test_copy_citation_copies_the_conventional_citation(
    sized_page: Any, site_url: str, archive: dict[str, Any]
) -> None:
    page = sized_page
    meeting = meeting_with_most_minutes(archive)
    page.goto(site_url + meeting["url"])
    block = page.locator("details.mb-cite-compact >> nth=0")
    block.locator("summary").click()
    text = block.locator(".mb-cite-text").inner_text()
    assert "[date]" not in text  # the day of access is filled in
    assert block.locator(".mb-cite-url").inner_text() in text
    assert meeting["url"] in block.locator(".mb-cite-url").inner_text()
    block.get_by_role("button", name="Copy citation").click()
    page.locator(".mb-note").wait_for(state="visible")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert " ".join(copied.split()) == " ".join(text.split())


def test_the_cite_ui_takes_a_small_share_of_a_long_meeting_page(
    page: Any, site_url: str, archive: dict[str, Any]
) -> None:
    page.goto(site_url + meeting_with_most_minutes(archive)["url"])
    with_ui, without_ui, compact = page.evaluate(
        """() => {
          const height = () => document.documentElement.scrollHeight;
          const before = height();
          const compact = document.querySelectorAll('.mb-cite-compact').length;
          const style = document.createElement('style');
          style.textContent = '.mb-cite { display: none !important; }';
          document.head.appendChild(style);
          return [before, height(), compact];
        }"""
    )
    share = (with_ui - without_ui) / with_ui
    print(f"cite UI: {with_ui - without_ui} px of {with_ui} px ({share:.1%}), {compact} compact")
    assert compact >= 5
    assert share < MAX_CITE_SHARE


def _page_urls(archive: dict[str, Any]) -> dict[str, str]:
    """One page of each kind that has a Cite block: the meeting with the most minutes, a
    meeting with an agenda, and a paper of each kind that has a page of its own."""
    urls = {"meeting": meeting_with_most_minutes(archive)["url"]}
    items = {i["meeting"] for i in archive["agenda_items"]}
    urls["meeting-agenda"] = next(m["url"] for m in archive["meetings"] if m["id"] in items)
    for document in archive["documents"]:
        if "#" not in document["url"]:
            urls.setdefault(f"paper-{document['kind']}", document["url"])
    return urls


def test_every_page_kind_with_a_cite_block_has_one(
    page: Any, site_url: str, archive: dict[str, Any]
) -> None:
    urls = _page_urls(archive)
    assert any(kind.startswith("paper-") for kind in urls)
    for kind, url in sorted(urls.items()):
        page.goto(site_url + url)
        own = page.locator("details.mb-cite:not(.mb-cite-compact)")
        assert own.count() == 1, kind
        own.locator("summary").click()
        assert url.split("#")[0] in own.locator(".mb-cite-url").inner_text(), kind
        if kind.startswith("meeting"):
            headings = page.locator(".mb-head > h3[id]").count()
            assert headings and page.locator(".mb-head > .mb-cite-compact").count() == headings
