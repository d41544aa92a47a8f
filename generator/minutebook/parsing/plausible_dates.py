"""Dates outside the years meeting papers are written in: a typing slip ("20224"), a
conversion's garbage, or a hostile "31 December 9999". Each is warned about, naming the
line, and kept as written: the reader sees what the paper says, and the writers that
compute with dates leave implausible ones out of the ranges they derive."""

from __future__ import annotations

import datetime as dt

from ..dates import PLAUSIBLE_YEARS, is_plausible
from ..errors import Diagnostics
from ..model import Part


def report_implausible_dates(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """Warn about each date of the part (its own, its meeting's, a minuted meeting's)
    outside `PLAUSIBLE_YEARS`."""
    found: list[tuple[int | None, str, dt.date]] = []
    if part.date is not None:
        found.append((part.first_line, "the paper's date", part.date))
    if part.meeting is not None:
        found.append(
            (part.meeting.line or part.first_line, "the meeting's date", part.meeting.date)
        )
    found += [
        (item.line, "the date of the minutes it names", item.minutes_of)
        for item in part.items
        if item.minutes_of is not None
    ]
    reported: set[tuple[int | None, dt.date]] = set()
    for line, what, date in found:
        if is_plausible(date) or (line, date) in reported:
            continue
        reported.add((line, date))
        diagnostics.warn(
            file,
            line,
            "implausible-date",
            f"{what}, {date.isoformat()}, is outside {PLAUSIBLE_YEARS.start}-"
            f"{PLAUSIBLE_YEARS.stop - 1}; kept as written",
        )
