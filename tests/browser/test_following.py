"""Following a body from its page in a real browser: the feed and the calendar it links to
open, and read back as a feed reader (feedparser) and a calendar app (icalendar) read them.

The bodies and meetings are taken from the site's own data/archive.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import feedparser
import pytest
from icalendar import Calendar

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("body_index", [0, 1])
def test_a_body_page_links_to_a_feed_and_a_calendar_that_parse(
    page: Any, site_url: str, archive: dict[str, Any], body_index: int
) -> None:
    bodies = sorted(archive["bodies"], key=lambda b: b["id"])
    assert len(bodies) == 2, "the archive should hold the Panel and the Board"
    body = bodies[body_index]
    meetings = [m for m in archive["meetings"] if m["body"] == body["id"]]
    assert meetings

    page.goto(f"{site_url}{body['url']}")
    feed_link = page.get_by_role("link", name=f"{body['name']}: Atom feed", exact=True)
    calendar_link = page.get_by_role("link", name=f"{body['name']}: calendar (.ics)", exact=True)
    feed_href = feed_link.evaluate("a => a.href")
    assert feed_href == f"{site_url}/feeds/{body['id']}.xml"

    # the head names the same feed for feed readers' autodiscovery
    discovered = page.locator('link[rel~="alternate"][type="application/atom+xml"]')
    assert discovered.evaluate("l => l.href") == feed_href

    # the page describes the body as a schema.org GovernmentOrganization
    ld = json.loads(page.locator('script[type="application/ld+json"]').text_content() or "")
    assert ld["@type"] == "GovernmentOrganization" and ld["name"] == body["name"]

    # the calendar link downloads an .ics file: read it as a calendar app would
    with page.expect_download() as download_info:
        calendar_link.click()
    download = download_info.value
    assert download.suggested_filename == f"{body['id']}.ics"
    calendar = Calendar.from_ical(Path(download.path()).read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == len(meetings)
    assert sorted(str(e.decoded("dtstart"))[:10] for e in events) == sorted(
        m["date"] for m in meetings
    )

    # the feed link opens the feed in the browser
    feed_link.click()
    page.wait_for_url(feed_href)
    response = page.request.get(feed_href)
    assert response.ok
    feed = feedparser.parse(response.body())
    assert feed.bozo == 0, feed.get("bozo_exception")
    meeting_ids = {e.id for e in feed.entries if e.get("category") == "meeting"}
    assert len(meeting_ids) == len(meetings)
    assert feed.feed.title == f"{body['name']}: meetings and papers"


def test_no_page_view_fetches_the_sitemap_or_a_missing_file(
    chromium: Any, site_url: str, archive: dict[str, Any]
) -> None:
    """Material fetches sitemap.xml beside every link[rel=alternate]: beside a body feed
    that was a 404, and on every page the whole sitemap. No page view asks for either."""
    context = chromium.new_context()
    page = context.new_page()
    asked: list[tuple[str, int]] = []
    page.on("response", lambda r: asked.append((r.url, r.status)))
    try:
        for url in ("/", archive["bodies"][0]["url"], archive["meetings"][0]["url"]):
            page.goto(site_url + url)
            page.wait_for_load_state("networkidle")
    finally:
        context.close()
    assert not [u for u, _ in asked if u.endswith("sitemap.xml")], asked
    assert not [(u, s) for u, s in asked if s >= 400], asked
