"""A hanging label broken over two lines of its left-hand column.

Minutes that set their attendance labels in a narrow left column break a two-word label
there, the names starting beside its first word:

    Committee     Councillors A Reid (Chairman), B Moss,
    Members:      C Lowe and D Hart

    Visiting      Councillors E Ward and F Yorke
    Members:

Read line by line the first word is no label and the second line's "Members:" opens a
list of its own. `join_broken_labels` puts the label together on the first line
("Committee Members:   Councillors A Reid ...") and leaves the second line's names
indented under it, so the names are read under the whole label.

A column too narrow for any names beside it breaks the label alone, after a word that
cannot end it, the names following under the label's last line:

    Also in
    Attendance:
    Mr E Ward, Chief Executive

There "Attendance:" alone would read the officers as those present: the label is put
together on its last line. Labels stacked with no names between them ("Officers in" /
"Attendance:" / "Also in" / "Attendance:") are a column the converter printed apart from
its names, and are left alone, as is a label with no names straight under it. Only a
pair whose joined words are a label the caller knows, or (beside names) a group's
heading in capitals, is joined. A label whose colon fell onto a line of its own
("PRESENT" / ":") gets it back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line

#: "Committee     Councillors A Reid": a word or two at the margin, a gap, the names
HEAD = re.compile(r"^(?P<head>[A-Z][\w'’-]{1,20}(?: [A-Za-z][\w'’-]{1,20}){0,2})[ \t]{3,}\S")
#: "Members:      C Lowe": the label's last word(s) and its colon at the margin
TAIL = re.compile(r"^(?P<tail>[A-Za-z][\w'’-]{1,20}(?: [A-Za-z][\w'’-]{1,20}){0,2}:)")
#: "Also in", "Officers in": a label's first words alone on their line, cut after a
#: word that cannot end it
HEAD_ALONE = re.compile(r"^(?P<head>[A-Z][\w'’-]{1,20}(?: [A-Za-z][\w'’-]{1,20}){0,2})\s*$")
#: A head that cannot end a label: "OFFICIALS IN", "POLICE SERVICE OF"
OPEN_END = re.compile(r"\s(?:in|of|the|and|for)$", re.IGNORECASE)
#: Longest line looked at
MAX_LINE = 300


#: A label's colon alone on the line under it, as a web page's cell printed it
LONE_COLONS = frozenset({":", ":-", ": -"})


def join_broken_labels(lines: list[Line], is_label: Callable[[str], bool]) -> list[Line]:
    """The lines with each label broken over two lines of its column joined on the first."""
    out = list(lines)
    for i in range(len(out) - 1):
        first, second = out[i].text, out[i + 1].text
        if len(first) > MAX_LINE or len(second) > MAX_LINE:
            continue
        if second.strip() in LONE_COLONS and is_label(f"{first.strip()}:"):
            # "PRESENT" / ":": the label's colon set on a line of its own
            out[i] = Line(out[i].number, f"{first.rstrip()}:")
            out[i + 1] = Line(out[i + 1].number, "")
            continue
        head, tail = HEAD.match(first), TAIL.match(second)
        if tail is not None and head is None and not _labels_stacked(out, i, is_label):
            out[i], out[i + 1] = _joined_alone(out[i], out[i + 1], tail, is_label)
            continue
        if head is None or tail is None:
            continue
        if is_label(f"{head['head']}:") and not OPEN_END.search(head["head"]):
            continue  # the first line's word is a label already ("OFFICIALS IN" is not)
        label = f"{head['head']} {tail['tail']}"
        # a group's heading in capitals ("DESIGNATED" / "ORGANISATIONS:") heads its names
        if not is_label(label) and not (label.isupper() and len(label.split()) <= 4):
            continue
        out[i] = Line(out[i].number, f"{label}{first[head.end('head') :]}")
        out[i + 1] = Line(out[i + 1].number, " " * len(tail["tail"]) + second[tail.end() :])
    return out


def _joined_alone(
    first: Line, second: Line, tail: re.Match[str], is_label: Callable[[str], bool]
) -> tuple[Line, Line]:
    """ "Also in" / "Attendance:": the label put together on the second line, the first
    left blank; the pair unchanged when it is no such label."""
    head = HEAD_ALONE.match(first.text)
    if head is None or not OPEN_END.search(head["head"]):
        return first, second
    label = f"{head['head']} {tail['tail']}"
    if not is_label(label):
        return first, second
    return Line(first.number, ""), Line(second.number, f"{label}{second.text[tail.end() :]}")


def _labels_stacked(lines: list[Line], i: int, is_label: Callable[[str], bool]) -> bool:
    """Whether the pair at `i` has no names straight under it, or the line above or below
    it is a label or another broken label's first words: labels printed apart from their
    names."""
    if i + 2 >= len(lines) or not lines[i + 2].text.strip():
        return True  # no names straight under it: a minute's number was blanked there
    near = [lines[j].text.strip() for j in (i - 1, i + 2) if 0 <= j < len(lines)]
    return any(
        is_label(text) or ((alone := HEAD_ALONE.match(text)) and OPEN_END.search(alone["head"]))
        for text in near
        if text and len(text) <= MAX_LINE
    )


#: "Officers in Ms A Reid, Director Attendance Mr B Moss, Head of Parks ...": a label's
#: first words at the line's start (a capital word, then words in lower case ending on one
#: that leaves it open: "in", "of"), the first row of names beside them, then the label's
#: last word ("Attendance", "Present") and the next rows
AROUND_HEAD = re.compile(r"^(?P<head>[A-Z][a-z]{1,20}(?: [a-z]{2,10}){1,2}) (?=\S)")
AROUND_TAIL = re.compile(r" (?P<tail>Attendance|Present|Attending):?(?= \S)")
#: Longest line searched for a label broken around its first row, and how far into it the
#: label's last word may stand
MAX_AROUND_LINE = 3000
MAX_FIRST_ROW = 300


def labels_around_first_rows(lines: list[Line], is_label: Callable[[str], bool]) -> list[Line]:
    """The lines with each label that a two-column layout broke around its first row of
    names, flattened onto one line ("Officers in Ms A Reid, Director Attendance Mr B
    Moss, ..."), put back together before the names ("Officers in Attendance: Ms A Reid,
    Director Mr B Moss, ..."). Only a label the caller knows, its first words ending on
    "in", "of", ..., is joined, at the first word that completes it."""
    out = list(lines)
    for i, line in enumerate(out):
        text = line.text.strip()
        head = AROUND_HEAD.match(text) if len(text) <= MAX_AROUND_LINE else None
        if head is None or not OPEN_END.search(head["head"]):
            continue
        for tail in AROUND_TAIL.finditer(text, head.end(), head.end() + MAX_FIRST_ROW):
            label = f"{head['head']} {tail['tail']}"
            if is_label(f"{label}:"):
                first, rest = text[head.end() : tail.start()], text[tail.end() :].strip()
                out[i] = Line(line.number, f"{label}: {first} {rest}")
                break
    return out
