"""Run-in capitals headings: a minute's number, its title in capitals, a dash, then the
minute's text on the same line.

Many county and panel minutes print a minute so, the agenda item's number in brackets
between the minute's number and its title when the two differ:

    512 WELCOME AND INTRODUCTIONS - The Chairman welcomed everyone ...
    516 (5) MINUTES - Resolved - That the minutes of the proceedings ...
    7. APOLOGIES FOR ABSENCE – Apologies were received from ...

A long title wraps in capitals onto the next line before its dash ("... PERSONAL AND" over
"PREJUDICIAL INTERESTS - Councillor ..."). The title is the capitals before the first
dash; the text after it opens with a capital (a sentence or "Resolved"). A title with no
dash on its line or the next one or two is some other layout, and the rule does not apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Line

#: "512 ", "7. ", "12) ", then "(5) " (the agenda item) when printed; the rest follows
NUMBER_AND_ITEM = re.compile(
    r"^(?P<number>\d{1,4})[.)]?[ \t]+(?:\((?P<item>\d{1,2}[a-z]?)\)[ \t]+)?(?P<rest>\S.{0,240})$"
)
#: capitals (with digits, "&", "'", "/", ",", brackets) up to a spaced dash and the text
TITLE_DASH_TEXT = re.compile(
    r"^(?P<title>[A-Z0-9][A-Z0-9&'’/,.() ]{1,200}?)[ \t]+[-–—][ \t]+(?P<text>[A-Z]\S.*)$"
)
#: a title line that has not reached its dash: capitals only
CAPITALS_ONLY = re.compile(r"^[A-Z0-9][A-Z0-9&'’/,.() -]{1,200}$")
#: a title holds a word of three capitals at least ("AOB" yes; "A" or "B1" no)
CAPITALS_WORD = re.compile(r"[A-Z]{3}")
#: the text after the dash opens with a word in lower case or a decision in capitals; a
#: dash between capitals only ("COMMISSIONER – ESTATES STRATEGY") is inside the title
TEXT_OPENING = re.compile(r"^(?:[A-Z][A-Za-z'’]*[a-z]|(?:RESOLVED|AGREED|NOTED|DECIDED)\b)")
#: a line that opens a decision is the minute's text, never a title's second line
DECISION = re.compile(r"^(?:RESOLVED|AGREED|NOTED|DECIDED|RECOMMENDED)\b", re.IGNORECASE)
#: lines below the number's line that a title may wrap onto before its dash
MAX_WRAPPED_LINES = 2


@dataclass(frozen=True)
class RunInHeading:
    """A run-in heading read from `lines[index]`; its text starts on `lines[index + text_at]`."""

    number: str
    item: str | None
    title: str
    text: str
    text_at: int


def _title_and_text(line: str) -> tuple[str, str] | None:
    match = TITLE_DASH_TEXT.match(line)
    if match is None or not CAPITALS_WORD.search(match["title"]):
        return None
    if not TEXT_OPENING.match(match["text"]) or DECISION.match(match["title"]):
        return None
    return match["title"].strip(), match["text"]


def run_in_capitals(lines: list[Line], i: int, text: str) -> RunInHeading | None:
    """The run-in heading at `i` ("512 WELCOME - The Chairman ..."), its title wrapped onto
    at most two lines below (no blank between); None when the line is not one."""
    opening = NUMBER_AND_ITEM.match(text.strip())
    if opening is None:
        return None
    rest = opening["rest"].rstrip()
    titles: list[str] = []
    for k in range(i, min(i + 1 + MAX_WRAPPED_LINES, len(lines))):
        line = rest if k == i else lines[k].text.strip()
        found = _title_and_text(line)
        if found is not None:
            title = " ".join([*titles, found[0]])
            if not CAPITALS_WORD.search(title):
                return None
            return RunInHeading(opening["number"], opening["item"], title, found[1], k - i)
        if not CAPITALS_ONLY.match(line) or not CAPITALS_WORD.search(line):
            return None
        if DECISION.match(line):
            return None
        titles.append(line)
    return None
