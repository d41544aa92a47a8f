"""The visible "Follow" links: each body's Atom feed and calendar, as plain Markdown links;
and a topic's or a person's "Latest" entries with the link to its own feed.

Pages call this so the links are written by Minutebook (and checked by the site engine like
any other link); the files they point to are written by `feeds` and `calendars`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ...model import Archive
from ..data.followed import Followed
from ..data.summaries import long_date
from ..urls import calendar_path, feed_path

#: PageWriter.link: (from page, to path, link text) -> a Markdown link with escaped text.
Link = Callable[[str, str, str], str]


def follow_section(
    archive: Archive, here: str, body_ids: Iterable[str | None], link: Link
) -> list[str]:
    """A "Follow" section: for each body (None: every body) a feed link and a calendar link,
    each link text naming the body, so a list of the page's links still says which is which."""
    lines = [
        "",
        "## Follow {#follow}",
        "",
        "Subscribe to a feed in a feed reader to hear of new meetings and papers, or add a "
        "calendar of meetings to your calendar app.",
        "",
    ]
    for body_id in body_ids:
        name = archive.bodies[body_id].name if body_id else "All bodies"
        lines.append(f"- {link(here, feed_path(body_id), f'{name}: Atom feed')}")
        lines.append(f"- {link(here, calendar_path(body_id), f'{name}: calendar (.ics)')}")
    return [*lines, ""]


#: How many entries a topic's or a person's page lists under "Latest" (the rest are on
#: its year pages and in its feed), so the page does not grow with the archive.
LATEST_ENTRIES = 10


def latest_section(
    here: str, entries: Sequence[Followed], feed: str, feed_text: str, link: Link
) -> list[str]:
    """The newest entries across every year, newest first, and the record's own feed (its
    entries are the feed's, so page and feed agree)."""
    lines = [
        "## Latest {#latest}",
        "",
        "Newest first, across every year. Follow them in a feed reader: "
        f"{link(here, feed, feed_text)}.",
        "",
    ]
    for entry in entries[:LATEST_ENTRIES]:
        lines.append(f"- {long_date(entry.date)}: {link(here, entry.md, entry.title)}")
    return [*lines, ""]
