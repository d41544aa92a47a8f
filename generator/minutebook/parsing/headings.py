"""Section headings of a paper: printed ones, and those its own table of contents names.

Most papers print their headings: '#' lines, a numbered title as a bold line of its own
("**3. Work with Residents ...**"), or a short capitalised line ending in a colon that the
paragraph numbering runs on through ("Background:"). `printed_headings` finds them and
their level (a section number says the depth, whatever the '#' count: "4." a section,
"4.1" inside it; an unnumbered heading sits inside the last numbered one).

The annual report prints no '#' headings and no section numbers: its headings are plain
short lines ("Commissioner's Introduction"), bulleted lines ("• Tackle violence against
women and girls", sometimes bold) and colon lines ("National expectations:"). What says
which lines are headings, and how deep, is its "Contents" list: a tab and a page number
after each entry, bulleted (or italic) entries inside the plain ones, and plain entries
with no page ("My priorities for the Chief Constable:") that group the bulleted ones. Each
entry is found, in order, among the short lines after the list; a line that leads into a
list ("My priorities for the Chief Constable:" over "- Work with residents ...") is not a
heading, and an entry with no such line ("How to contact me") gets none.

Inside those sections the report heads its projects and their results with short lines of
their own that the Contents list does not name ("Young Peoples Prevention Service
(£75,000)", "Outcomes", "Case study"). `minor_headings` finds them, one level below the
section they sit in: a line standing alone between blank lines, short, with no closing
punctuation and no "Label: value", followed by the text it heads. A line over another
short line, or over the next section's heading, is a signature or an address, not a
heading; a short line that opens with a time ("In 2023/24", "During 2023") leads into
the list or text under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Line, SectionHeading
from .lines import heading_like, next_text
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


def contents_sections(lines: list[Line]) -> list[tuple[ContentsEntry, SectionHeading]]:
    """Each entry of a paper's contents list with the line after the list that it names,
    as a heading at the entry's level, in order; an entry naming no line is left out."""
    k, entries = contents_entries(lines)
    found: list[tuple[ContentsEntry, SectionHeading]] = []
    for entry in entries:
        for j in range(k, len(lines)):
            if _candidate(lines, j) and _matches(entry.title, lines[j].text):
                heading = SectionHeading(lines[j].number, entry.level, _title(lines[j].text))
                found.append((entry, heading))
                k = j + 1
                break
    return found


def contents_headings(lines: list[Line]) -> list[SectionHeading]:
    """The lines after a paper's contents list that its entries name, in order, with the
    entry's level; empty when the paper has no contents list."""
    return [heading for _, heading in contents_sections(lines)]


#: A minor heading is at most this many words (a project's name with its funding).
MINOR_WORDS = 12
MINOR_CHARS = 90
#: "In 2023/24" over a list: the list's lead-in with its colon lost, not a heading.
LEAD_IN = re.compile(r"^(?:In|During|Between|From|Since|Over|By|Until)\s+\d")


def _standalone(lines: list[Line], k: int) -> bool:
    """A short line with blank lines (or the paper's edge) either side."""
    before = k == 0 or not lines[k - 1].text.strip()
    after = k + 1 >= len(lines) or not lines[k + 1].text.strip()
    return before and after


def _short_line(text: str) -> bool:
    """Short, unpunctuated at its end, no bullet, number, table cell or 'Label: value'."""
    title = plain(text.strip())
    if ":" in title or title.endswith(("!", "?")) or text.strip().startswith("#"):
        return False
    return heading_like(text, MINOR_WORDS, MINOR_CHARS) and not LIST_ITEM.match(text)


def minor_headings(lines: list[Line], headings: list[SectionHeading]) -> list[SectionHeading]:
    """Short standalone lines heading text inside the sections `headings` opens, one level
    below the section they are in; none before the first section (the cover) and none when
    the paper has no sections."""
    if not headings:
        return []
    index = {line.number: k for k, line in enumerate(lines)}
    levels = {h.line: h.level for h in headings}
    first = index[headings[0].line]
    short = {k for k in range(first + 1, len(lines))
             if lines[k].number not in levels and _standalone(lines, k)
             and _short_line(lines[k].text)}  # fmt: skip

    def leads_in(k: int) -> bool:
        return bool(LEAD_IN.match(plain(lines[k].text)))

    def heads_text(k: int) -> bool:
        nxt = next_text(lines, k)
        if nxt is None or lines[nxt].number in levels:
            return False
        return nxt not in short or leads_in(nxt)  # "Outcomes" over "In 2023/24"

    found: list[SectionHeading] = []
    level = headings[0].level
    for k in range(first, len(lines)):
        number = lines[k].number
        if number in levels:
            level = levels[number]
        elif k in short and not leads_in(k) and heads_text(k):
            found.append(SectionHeading(number, min(level + 1, 6), _title(lines[k].text)))
    return found


HASH_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s*(?P<text>.*)$")
#: A heading wholly in bold ("**6.1 Organised Crime Groups (OCG)**"): the bold is the
#: conversion's, the heading already says it.
BOLD_WRAPPED = re.compile(r"^\*\*(?P<text>[^*]+?)\*\*$")
#: A report's numbered section title printed as a bold line of its own, not as a heading.
BOLD_NUMBERED_HEADING = re.compile(r"^\*\*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[^*]{2,150}\*\*$")
#: A heading's own section number: "4." or "4.1" or "4.1.2" before its words.
SECTION_NUMBER = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")
#: A numbered paragraph ("3. The Commissioner ...").
NUMBERED_PARAGRAPH = re.compile(r"^(?P<number>\d{1,3})\.(?P<rest>\s.*)$")
#: A report's section heading as the conversions print it: a short capitalised line ending
#: in a colon, with no sentence in it ("Introduction:", "Holding to account:").
SECTION_LABEL = re.compile(r"^(?P<text>[A-Z][^.:;!?]{0,78}):$")
#: ... when the paper's paragraph numbering runs on through it: from paragraphs before it
#: ("18. ..." / "Overview of the changes:" / "19. The main changes ... as follows:"), or
#: into a paragraph of prose; a colon line before a short numbered list that starts the
#: numbering ("Apologies:" then "1. Welcome") introduces the list instead.
SECTION_PROSE = 60


def heading_level(title: str, hashes: int, numbered: int | None) -> tuple[int, int | None]:
    """The level a heading reads at, and the level of the last numbered heading.

    The conversions print the same report's headings with any number of '#': "#### 4.
    Tackle Violence Against Women." beside "## 5. Protect People ...". A section number
    says the real depth ("4." is a section, "4.1" inside it), and an unnumbered heading
    sits inside the last numbered one; without numbers, the '#' count is all there is.
    """
    match = SECTION_NUMBER.match(title)
    if match:
        level = min(2 + match["number"].count("."), 6)
        return level, level
    if numbered is not None:
        return min(numbered + 1, 6), numbered
    return max(min(hashes + 1, 6), 2), None


def section_label_lines(lines: list[Line]) -> set[int]:
    """Indexes of the colon lines that head a section of a report (SECTION_LABEL)."""
    found: set[int] = set()
    last_number = 0  # of the paper's latest numbered paragraph
    for k, line in enumerate(lines):
        text = line.text.strip()
        # cheap tests first: a numbered paragraph needs a leading digit, a label a colon
        numbered = NUMBERED_PARAGRAPH.match(text) if text[:1].isdigit() else None
        if numbered:
            last_number = int(numbered["number"])
        if not text.endswith(":") or not SECTION_LABEL.match(text):
            continue
        after = next_text(lines, k)
        following = lines[after].text.strip() if after is not None else ""
        runs_on = NUMBERED_PARAGRAPH.match(following)
        if (
            runs_on
            and int(runs_on["number"]) == last_number + 1
            and (len(following) >= SECTION_PROSE or last_number >= 1)
        ):
            found.add(k)  # the numbering runs on into prose, or on from paragraphs before
    return found


def printed_headings(lines: list[Line], known: list[SectionHeading]) -> list[SectionHeading]:
    """The headings a paper prints, with their levels, besides the `known` ones (from its
    contents list), whose lines are taken as they are. Titles are as printed, bold
    wrapping and a closing colon removed (other Markdown kept, for the page to render)."""
    taken = {h.line for h in known}
    labels = section_label_lines(lines)
    # a glued heading shares its line number with the text before it: the number's last
    # line is the heading
    last_index = {line.number: k for k, line in enumerate(lines)}
    found: list[SectionHeading] = []
    numbered: int | None = None  # level of the last numbered heading ("4.1 Rape Offences")
    for k, line in enumerate(lines):
        stripped = line.text.strip()
        if not stripped or "\t" in line.text:
            continue  # blank, or a table row
        if last_index[line.number] != k or line.number in taken:
            continue  # text glued before a heading, or a heading already known
        if k in labels:
            found.append(SectionHeading(line.number, 2, stripped.removesuffix(":")))
            continue
        heading = HASH_HEADING.match(stripped) if stripped.startswith("#") else None
        if not heading and stripped.startswith("**") and BOLD_NUMBERED_HEADING.match(stripped):
            heading = HASH_HEADING.match(f"## {stripped}")  # "**3. Work with Residents ...**"
        if heading and heading["text"]:
            title = BOLD_WRAPPED.sub(r"\g<text>", heading["text"].strip())
            level, numbered = heading_level(title, len(heading["hashes"]), numbered)
            found.append(SectionHeading(line.number, level, title))
    return found
