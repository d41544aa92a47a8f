"""A sentence of the record run on after the last name of an attendance list.

A conversion that loses line breaks may run the record's first sentence onto the line of
its lists:

    Observing: Mr B Courage (Town Ranger) Canon Moatt offered a few words on service.

Read with the list, the sentence makes the whole line read as prose, and the names before
it are lost. The line is cut where a sentence opens: up to three capitalised words (a
title and a name) before a verb in the past tense and two more words in lower case
("offered a few", "welcomed everyone to"). Only a line whose part before the sentence
opens with an attendance label and holds no figure (a heading's number, a date: more than
a list) is cut, never inside a bracket, and not before a member's arrival or departure
("Cllr B Moss arrived at 7.45 pm" is a timing the list reader keeps). The pieces keep the
line's number.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line

#: where a sentence opens after a list: a name of one to three capitalised words, a verb in
#: the past tense and two words in lower case
SENTENCE_OPENS = re.compile(
    r"(?<=[\w.)\]])\s+(?P<start>(?:[A-Z][\w'’.-]*\s+){1,3})"
    r"(?!(?:arrived|left|joined|departed|entered|returned|attended)\b)"
    r"[a-z]{3,}ed\s+[a-z]{1,12}\s+[a-z]{1,12}\b"
)
#: a figure before the sentence: a heading's number or a date ("25. ELECTION OF CHAIR",
#: "Minutes of August 2020"), more than a list runs on into; the line is left whole
DIGIT = re.compile(r"\d")
#: Longest line looked at
MAX_CHARS = 3000


def _outside_brackets(text: str, at: int) -> bool:
    """Whether position `at` stands outside any bracket opened before it."""
    depth = 0
    for char in text[:at]:
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
    return depth == 0


def cut_trailing_sentences(lines: list[Line], opens_list: Callable[[str], bool]) -> list[Line]:
    """The lines with each attendance line cut before a sentence run on after its names
    (see the module's docstring); `opens_list` tells a line that opens with a label."""
    out: list[Line] = []
    for line in lines:
        text = line.text
        found = SENTENCE_OPENS.finditer(text) if len(text) <= MAX_CHARS else iter(())
        cut = next(
            (m.start("start") for m in found if _outside_brackets(text, m.start("start"))), None
        )
        # the list before the sentence opens with a label (the whole line, a sentence's
        # words in it, may not read as one)
        if cut is None or DIGIT.search(text, 0, cut) or not opens_list(text[:cut].strip()):
            out.append(line)
            continue
        out += [Line(line.number, text[:cut].rstrip()), Line(line.number, text[cut:])]
    return out
