"""Section headings a paper's own table of contents names.

The annual report prints no '#' headings and no section numbers: its headings are plain
short lines ("Commissioner's Introduction"), bulleted lines ("• Tackle violence against
women and girls", sometimes bold) and colon lines ("National expectations:"). What says
which lines are headings, and how deep, is its "Contents" list: a tab and a page number
after each entry, bulleted (or italic) entries inside the plain ones, and plain entries
with no page ("My priorities for the Chief Constable:") that group the bulleted ones. Each
entry is found, in order, among the short lines after the list; a line that leads into a
list ("My priorities for the Chief Constable:" over "- Work with residents ...") is not a
heading, and an entry with no such line ("How to contact me") gets none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Line, SectionHeading
from .text import plain

CONTENTS = re.compile(r"^\**\s*(?:Table of )?Contents\s*\**$", re.IGNORECASE)
#: An entry that names its kind: "Cluster: Resolute, ...", "Competency: We take ownership".
LABEL = re.compile(r"^(?P<label>[A-Z][a-z]{2,20}):\s+\S")
INNER = re.compile(r"^(?:[•·▪]|<i>|\*[^*])")  # a bulleted or italic entry: one level in
BULLET_MARK = re.compile(r"^\s*[•·▪]\s*")
LIST_ITEM = re.compile(r"^\s*[-*]\s+\S")
#: How alike an entry and a line must be (rapidfuzz token set ratio: "My priorities for the
#: Chief Constable" heads the section "My priorities for the Chief Constable to deliver").
MATCH = 90
#: ... and the shorter of the two at least this share of the longer.
LENGTH_SHARE = 0.5
MAX_HEADING = 120


@dataclass(frozen=True)
class ContentsEntry:
    title: str
    level: int  # 2 for a section, 3 inside it
    line: int


def _title(text: str) -> str:
    return plain(BULLET_MARK.sub("", text)).removesuffix(":").strip()


def contents_entries(lines: list[Line]) -> tuple[int, list[ContentsEntry]]:
    """The entries of the first 'Contents' list and the index after it ((0, []) if none):
    the lines after 'Contents' up to the first blank line (the page number, after a tab,
    is left out; a group entry has none)."""
    start = next((k for k, line in enumerate(lines) if CONTENTS.match(line.text.strip())), None)
    if start is None:
        return 0, []
    entries: list[ContentsEntry] = []
    labels: list[str] = []  # "Cluster: ...", then "Competency: ...": the first label is outer
    k = start + 1
    while k < len(lines):
        text = lines[k].text.strip()
        if not text:
            if entries:
                break
            k += 1
            continue
        if len(text) > MAX_HEADING + 10:
            break  # prose: the list has ended
        entry = text.split("\t")[0].strip()
        label = LABEL.match(_title(entry))
        if label and label["label"] not in labels:
            labels.append(label["label"])
        inner = INNER.match(entry) or (label is not None and label["label"] != labels[0])
        entries.append(ContentsEntry(_title(entry), 3 if inner else 2, lines[k].number))
        k += 1
    return k, entries


def _candidate(lines: list[Line], k: int) -> bool:
    """A line that could head a section: short, no table cells, not a list item, not a
    sentence, and not the lead-in of a list that follows it."""
    text = lines[k].text.strip()
    if not text or "\t" in text or len(text) > MAX_HEADING or LIST_ITEM.match(lines[k].text):
        return False
    if _title(text).endswith("."):
        return False
    following = next((x.text for x in lines[k + 1 :] if x.text.strip()), "")
    return not (text.endswith(":") and LIST_ITEM.match(following))


def _matches(entry: str, text: str) -> bool:
    a, b = entry.lower(), _title(text).lower()
    if not a or not b or min(len(a), len(b)) < LENGTH_SHARE * max(len(a), len(b)):
        return False
    return fuzz.token_set_ratio(a, b) >= MATCH


def contents_headings(lines: list[Line]) -> list[SectionHeading]:
    """The lines after a paper's contents list that its entries name, in order, with the
    entry's level; empty when the paper has no contents list."""
    k, entries = contents_entries(lines)
    headings: list[SectionHeading] = []
    for entry in entries:
        for j in range(k, len(lines)):
            if _candidate(lines, j) and _matches(entry.title, lines[j].text):
                headings.append(SectionHeading(lines[j].number, entry.level, _title(lines[j].text)))
                k = j + 1
                break
    return headings
