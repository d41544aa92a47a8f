"""Caps on how much text a name or title can carry into other pages.

A name or title is repeated: a person's name on every page that lists them, in the
navigation, in the index pages, in archive.json; a paper's title in its meeting's page,
the feeds and the search index. A conversion that glues a table or a line of brackets
onto a "name" (550 KB of '[' after "PRESENT: Cllr A Smith") would be copied into many
pages (10 MB from one line) and each copy rendered again. So each field of a part's facts
is cut to a length no real name or title reaches, with a warning naming the line; the
text itself is still on the paper's page, in full, and in its source file.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..errors import Diagnostics
from ..model import MentionFact, Part

#: Longest name, code or label kept (names, bodies, venues, capacities, item codes).
NAME_CHARACTERS = 200
#: Longest title kept (a paper's, an agenda item's, a minute's, a heading's). Some real
#: items are whole sentences: a fire authority's statutory first item ("To (a) confirm
#: ..., (b) check ... and (c) seek declarations ...") runs past 300 characters, and a
#: reader looking for it needs all of it; twice that is still no flattened table.
TITLE_CHARACTERS = 600
#: Longest running text kept in a fact (a question, a declaration, a resolution).
TEXT_CHARACTERS = 10_000
TITLE_FIELDS = frozenset({"title", "section_title", "heading"})
TEXT_FIELDS = frozenset({"text", "resolution"})
#: The part's lists of facts whose fields are capped.
FACT_LISTS = (
    "items",
    "minutes",
    "attendance",
    "membership",
    "questions",
    "declarations",
    "decisions",
    "actions",
    "references",
    "mentions",
    "headings",
)
#: Warnings per part, one by one; the rest are counted.
WARNINGS_PER_PART = 20


def _limit(fact: Any, field: str) -> int:
    if field in TITLE_FIELDS:
        return TITLE_CHARACTERS
    if field in TEXT_FIELDS and not isinstance(fact, MentionFact):
        return TEXT_CHARACTERS
    return NAME_CHARACTERS


def cut(text: str, limit: int) -> str:
    """The text cut to `limit` characters, an ellipsis showing where."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cap_lengths(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """Cut every over-long string field of the part and of its facts, warning for each."""
    cut_fields: list[tuple[int, str, int, int]] = []  # line, field, length, limit

    def capped(fact: Any, line: int) -> Any:
        changes = {}
        for field in dataclasses.fields(fact):
            value = getattr(fact, field.name)
            limit = _limit(fact, field.name)
            if isinstance(value, str) and len(value) > limit:
                changes[field.name] = cut(value, limit)
                cut_fields.append((line, field.name, len(value), limit))
        if not changes:
            return fact
        if type(fact).__dataclass_params__.frozen:
            return dataclasses.replace(fact, **changes)
        for name, value in changes.items():  # in place: others may hold this object
            setattr(fact, name, value)
        return fact

    for name in ("title", "heading"):
        value = getattr(part, name)
        if value is not None and len(value) > TITLE_CHARACTERS:
            setattr(part, name, cut(value, TITLE_CHARACTERS))
            cut_fields.append((part.first_line, name, len(value), TITLE_CHARACTERS))
    if part.meeting is not None:
        capped(part.meeting, part.meeting.line or part.first_line)
    for name in FACT_LISTS:
        facts = getattr(part, name)
        long = (len(v) > NAME_CHARACTERS for f in facts for v in vars(f).values() if type(v) is str)
        if any(long):  # cheap: nearly every part has no such field
            setattr(part, name, [capped(f, getattr(f, "line", part.first_line)) for f in facts])
    for line, field, length, limit in cut_fields[:WARNINGS_PER_PART]:
        diagnostics.warn(
            file,
            line,
            "long-field",
            f"{field} of {length:,} characters cut to its first {limit:,} "
            "(a name or title this long is a conversion gone wrong)",
        )
    if len(cut_fields) > WARNINGS_PER_PART:
        diagnostics.warn(
            file,
            cut_fields[WARNINGS_PER_PART][0],
            "long-field",
            f"{len(cut_fields) - WARNINGS_PER_PART:,} more over-long names or titles cut",
        )
