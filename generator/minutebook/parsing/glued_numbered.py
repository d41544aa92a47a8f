"""A numbered minute heading glued to the end of the previous minute's last sentence.

PDF conversion sometimes loses the line break before a heading: "The Forum NOTED the
position.5. Falling Rolls Fund Applications 2023/24". The heading is put back on a line
of its own (same source line) when its number is the one after the last heading printed
at a line's start ("4. Dedicated Schools Grant"), so a decimal ("3.5. The") or a
reference ("para.5.") that happens to follow a full stop is left alone.

Papers numbering minutes with a bare number ("19 School exclusions") lose the break the
same way, after a sentence's stop and a space: "... for their attendance. 20 Work
programme 2025/26". One small function per numbering style; each returns None when the
line is not its glued heading.

A paper whose lines were run together keeps a heading glued to its own first paragraph,
numbered from the minute's number: "2. Declarations of Interest 2.1 Mr Reid declared
..." (or "2 Minutes 2.1 The minutes of ...", the number bare). The paragraph's number
("2.1" under minute 2) ends the title: the two are put back on lines of their own
(`title_before_first_paragraph`).
"""

from __future__ import annotations

import re

from ..model import Furniture, Line
from .minute_headings import looks_like_title

#: "... the position.5. Falling Rolls Fund", "... a correct record. 64.   PUBLIC
#: QUESTIONS" (a two-column paper's heading run into the sentence beside it): a word's
#: last letter (or a bracket), a full stop, perhaps a space or two, the number, its stop,
#: a space and a capitalised title to the line's end
GLUED_NUMBERED = re.compile(
    r"^(?P<head>.{1,400}?[a-z)’'\"”])\.[ \t]{0,3}(?P<number>\d{1,3})\.[ \t]+"
    r"(?P<title>[A-Z][^\t]{1,150})$"
)
#: a heading at a line's start: "4. Dedicated Schools Grant"
LINE_START_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.[ \t]+[A-Z]")
#: "... for their attendance. 20 Work programme": a sentence's stop (or a note's closing
#: bracket: "(Part 4 of the Standing Orders) 3 Minutes"), a space, a bare number, a space and
#: a capitalised title to the line's end
GLUED_BARE = re.compile(
    r"^(?P<head>.{1,400}?(?:[a-z)’'\"”]\.|\)))[ \t]+(?P<number>\d{1,3})[ \t]+"
    r"(?P<title>[A-Z][^\t]{1,150})$"
)
#: a bare-numbered heading at a line's start: "19 School exclusions"
LINE_START_BARE = re.compile(r"^(?P<number>\d{1,3})[ \t]+[A-Z]")


def glued_after_stop(text: str, last: int | None) -> tuple[str, str] | None:
    """'... the position.5. Falling Rolls Fund' as the sentence and '5. Falling Rolls
    Fund', when 5 follows the last 'N.' heading; else None."""
    match = GLUED_NUMBERED.fullmatch(text) if last is not None and "." in text else None
    if match is None or int(match["number"]) != (last or 0) + 1:
        return None
    if not looks_like_title(match["title"].strip()):
        return None
    return f"{match['head']}.", f"{match['number']}. {match['title'].strip()}"


def glued_bare(text: str, last: int | None) -> tuple[str, str] | None:
    """'... their attendance. 20 Work programme' as the sentence and '20 Work programme',
    when 20 follows the last bare-numbered heading; else None."""
    match = (
        GLUED_BARE.fullmatch(text) if last is not None and (". " in text or ") " in text) else None
    )
    if match is None or int(match["number"]) != (last or 0) + 1:
        return None
    if not looks_like_title(match["title"]):
        return None
    return match["head"], f"{match['number']} {match['title']}"


#: "2. Declarations of Interest 2.1 Mr Reid declared ...": a numbered title, then the
#: minute's first paragraph numbered N.1 (the text after it may be empty)
TITLE_THEN_FIRST_PARAGRAPH = re.compile(
    r"^(?P<number>\d{1,3})\.?[ \t]+(?P<title>[A-Z][^\t]{1,150}?)[ \t]+"
    # (not the range of a pack's page numbers, "(Item 5.1 – 5.3)", after the title)
    r"(?P<paragraph>(?P=number)\.1\.?)(?![ \t]{0,3}[-–][ \t]{0,3}(?P=number)\.\d)"
    r"(?:[ \t]+(?P<text>\S.*))?$"
)


def title_before_first_paragraph(text: str) -> tuple[str, str] | None:
    """'2. Declarations of Interest' and '2.1 Mr Reid declared ...' from a heading glued
    to its minute's first numbered paragraph; None for any other line."""
    match = TITLE_THEN_FIRST_PARAGRAPH.match(text) if ".1" in text else None
    if match is None or not looks_like_title(match["title"]):
        return None
    paragraph = f"{match['paragraph']} {match['text'] or ''}".rstrip()
    return text[: match.end("title")], paragraph


def split_glued_numbered_headings(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Put a numbered heading glued to the previous sentence on a line of its own, when
    its number follows the last heading's of the same style."""
    out: list[Line] = []
    last: int | None = None
    last_bare: int | None = None
    for line in lines:
        text = line.text.strip()
        first = title_before_first_paragraph(text)
        if first is not None:  # "2. Declarations of Interest 2.1 Mr Reid declared ..."
            out.extend([Line(line.number, first[0]), Line(line.number, first[1])])
            if start := LINE_START_NUMBER.match(first[0]):
                last = int(start["number"])
            elif start := LINE_START_BARE.match(first[0]):
                last_bare = int(start["number"])
            continue
        if start := LINE_START_NUMBER.match(text):
            last = int(start["number"])
        elif start := LINE_START_BARE.match(text):
            last_bare = int(start["number"])
        split = glued_after_stop(text, last)
        bare = None if split else glued_bare(text, last_bare)
        if split is None and bare is None:
            out.append(line)
            continue
        head, heading = split or bare or ("", "")
        out.append(Line(line.number, head))
        out.append(Line(line.number, heading))
        if split:
            last = (last or 0) + 1
        else:
            last_bare = (last_bare or 0) + 1
    return out, []
