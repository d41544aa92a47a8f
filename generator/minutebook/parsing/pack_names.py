"""A committee named more fully by another paper of the same pack.

An agenda pack's front sheet names the committee with its council ("Kennet Vale Council"
over "... a meeting of the Adult Social Care and Health Scrutiny Panel"), while the
previous meeting's minutes bound into the pack head themselves with the committee's name
alone ("ADULT SOCIAL CARE AND HEALTH SCRUTINY PANEL"). Both are the same committee: the
shorter name takes the fuller one, when the fuller name is an authority's name followed
by exactly the shorter one. Names that differ otherwise are left as printed.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Part
from .letterheads import authority_name


def fuller_name(body: str, names: list[str]) -> str | None:
    """The name among `names` that is an authority's name followed by `body` (case aside);
    None when there is none or several."""
    short = body.strip().lower()
    found = {
        name
        for name in names
        if name.lower().endswith(f" {short}")
        and authority_name(name[: len(name) - len(short)].strip()) is not None
    }
    return found.pop() if len(found) == 1 else None


def with_pack_names(parts: list[Part]) -> None:
    """Name each paper's committee as another paper of the file names it more fully."""
    names = [p.meeting.body_name for p in parts if p.meeting is not None]
    for part in parts:
        if part.meeting is None:
            continue
        fuller = fuller_name(part.meeting.body_name, names)
        if fuller is None:
            continue
        part.title = part.title.replace(part.meeting.body_name, fuller)
        part.meeting = replace(part.meeting, body_name=fuller)
