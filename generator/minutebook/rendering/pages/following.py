"""The visible "Follow" links: each body's Atom feed and calendar, as plain Markdown links.

Pages call this so the links are written by Minutebook (and checked by the site engine like
any other link); the files they point to are written by `feeds` and `calendars`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...model import Archive
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
