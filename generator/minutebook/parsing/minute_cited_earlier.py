"""A heading of an earlier meeting's minute, cited inside this meeting's run of minutes.

Parish and community councils take "Matters Arising" minute by minute: under it the
clerk reports on each earlier minute, headed in the very form of a minute:

    Minute no. 106 – Matters Arising The Clerk reported on the following matters.
    Minute no. 98 - Bus Shelter The Clerk reported that the glass had been replaced.
    Minute no. 107 – Memorial Hall Grant ...

"Minute no. 98" is no minute of this meeting: its number falls below the run, and the
run goes straight on after it (106, then 107). Such a heading is dropped, its lines left
to the minute above it; a number that falls and starts a run of its own (a second series,
or a printer's slip the next heading follows) is kept as printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar


class Numbered(Protocol):
    """A heading with its printed number (a `MinuteHeading`)."""

    @property
    def number(self) -> str | None: ...


H = TypeVar("H", bound=Numbered)


def without_cited_earlier(
    found: Sequence[H], order_key: Callable[[str], tuple[int, ...] | None]
) -> list[H]:
    """The headings without each one numbered below the heading before it when the heading
    after it goes on from that one by one ("106", "98", "107")."""
    kept: list[H] = []
    for n, heading in enumerate(found):
        if kept and n + 1 < len(found):
            before = _key(kept[-1], order_key)
            now, after = _key(heading, order_key), _key(found[n + 1], order_key)
            if before and now and after and _cited(before, now, after):
                continue  # "Minute no. 98" between 106 and 107: cited, not held
        kept.append(heading)
    return kept


def _key(
    heading: Numbered, order_key: Callable[[str], tuple[int, ...] | None]
) -> tuple[int, ...] | None:
    return order_key(heading.number) if heading.number else None


def _cited(before: tuple[int, ...], now: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """`now` falls below `before` and `after` is the one after `before` (same form)."""
    if len({len(before), len(now), len(after)}) != 1:
        return False
    return now < before and after[:-1] == before[:-1] and after[-1] == before[-1] + 1
