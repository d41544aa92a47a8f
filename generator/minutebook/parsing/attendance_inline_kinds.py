"""Kinds of member labelled inside one line of a list, some of them empty.

A board's record prints each list on one line, the kinds of member it seats labelled in
turn after the list's own label, a kind with nobody under it left empty:

    PRESENT: Ratepayer Members: Mr A Reid (Ch) Mr B Moss Appointed Members: Co-opted
    Members: Members Present: 3
    APOLOGIES: Ratepayer Members: Mr C Lowe Appointed Members: Cllr D Pym Co-opted Members:
    IN ATTENDANCE: Officers: Mr E Hart – Chief Executive

Read as it is, each label became part of a name ("Mr C Lowe Appointed") or a name of its
own ("Ratepayer"). `inline_kinds` rewrites the line as its names alone, each member given
its kind in brackets (the capacity a kind of member is, as `attendance_member_kinds`
reads a kind printed over its names) unless a bracket of its own follows it; an empty
kind, "Officers:" or "Others:" and a count of those present ("Members Present: 3") name
nobody and go.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .names import NameEntry

#: A kind's label inside a line: one capitalised word and "Members" (two would take a
#: name's surname: "Mr C Lowe Appointed Members:"), or the officers' and others' labels,
#: then a colon
KIND_LABEL = re.compile(
    r"(?:(?<=\s)|^)(?P<kind>[A-Z][\w'’-]{1,20}\sMembers|Officers|Others)\s?:(?=\s|$)"
)
#: A count of those present: "Members Present: 5"
PRESENT_COUNT = re.compile(r"\bMembers\s+Present\s?:\s*\d{1,3}\b")
#: What a kind with nobody under it may say
NOBODY = re.compile(r"^(?:none|nil|n/?a|nobody|no\s+one|[-–—])\.?$", re.IGNORECASE)
#: The longest line read
MAX_LINE = 2000


def inline_kinds(text: str, split: Callable[[str], list[NameEntry]]) -> str:
    """The line with its kinds' labels read (see the module's docstring); the line as it
    is when it labels no kind of member. `split` reads a run of names."""
    if len(text) > MAX_LINE or ("Members" not in text and "Officers" not in text):
        return text
    text = PRESENT_COUNT.sub("", text)
    labels = list(KIND_LABEL.finditer(text))
    if not any(label["kind"].endswith("Members") for label in labels):
        return text  # "Officers: Mr E Hart – ...": the officers' own label, read as it is
    out = [text[: labels[0].start()].strip(" ,;")] if labels[0].start() > 0 else []
    for label, after in zip(labels, [*labels[1:], None], strict=True):
        run = text[label.end() : after.start() if after else len(text)].strip(" ,;")
        if not run or NOBODY.match(run):
            continue  # "Co-opted Members:" with nobody under it, "Local Members : none"
        kind = label["kind"]
        if kind in ("Officers", "Others"):
            out.append(run)
            continue
        entries = split(run)
        out.extend(e.as_written + f" ({e.capacity or kind})" for e in entries)
    return ", ".join(part for part in out if part)
