"""The ids of a paper's headings that its printed contents list links to.

The Markdown `toc` extension gives each heading an id from its text ("Commissioner's
Introduction" -> "commissioners-introduction", a repeat "outcomes_1"), and those ids are
already in readers' links. A contents entry must link to the same id, so the ids are
worked out here the way `toc` does, in page order, and set on the linked headings
explicitly: the same value, now known before the engine runs.
"""

from __future__ import annotations

from collections.abc import Iterable

from markdown.extensions.toc import slugify, unique

from ...model import HeadingBlock, Part


def contents_links(part: Part, before: Iterable[str] = ()) -> tuple[dict[int, str], dict[int, str]]:
    """(heading line -> id, contents entry line -> the id it links to) for the part's
    printed contents list. `before`: the texts of the headings the page prints above the
    paper's body (its title), which take their ids first."""
    if not part.contents:
        return {}, {}
    used: set[str] = set()
    counters: dict[str, int] = {}
    for title in before:
        unique(slugify(title, "-"), used, counters)
    ids = {
        block.line: unique(slugify(block.title, "-"), used, counters)
        for block in part.blocks
        if isinstance(block, HeadingBlock)
    }
    linked = {entry.heading for entry in part.contents}
    headings = {line: ids[line] for line in linked if line in ids}
    entries = {e.line: headings[e.heading] for e in part.contents if e.heading in headings}
    return headings, entries
