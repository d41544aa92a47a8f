"""Decimal sub-minutes: "4.1 Title", "4.2 Title" heading minutes of their own under "4.".

Northern Irish councils and partnerships, and the "Agenda and minutes" pages of some
Welsh panels, group several pieces of business under one numbered heading that carries
no text of its own, and number each piece with a decimal:

    4.    Report from the Director of Operations

    4.1   Depot Opening Hours

          Members considered ... It was proposed by ..., seconded by ... and agreed ...

    4.2   Correspondence

The decimal headings are the minutes that carry the discussion and the decision; the
heading above them only groups them. A decimal heading is read so (`sub_minute`) only:

- under a bare minute number "N", with "N" as its whole part, at the margin, reading
  as a title (short, no sentence, no decision word: "26.1 Resolved –" is a paragraph),
  with a blank line under it (a paragraph's first line runs on to its next);
- the first, "N.1", straight under its group's heading (blank lines only between): a
  minute whose text has begun numbers its paragraphs "6.1 The Panel ...", not minutes;
- each later one the next decimal after the last ("N.2" after "N.1");
- not under a minute of questions ("7. Questions from Members" over "7.1 Question by
  Councillor A"): there the decimals number the questions the minute records.

The number may stand alone on its line with the title on the next line with text ("4.1"
over "Minute 6 - Annual Report", the web page's table flattened to text); the title is
then printed whole, even when it cites another meeting's minute. Scottish and some English
web pages letter the parts with no bracket ("4." MINUTES over "4a", "4b", each over the
meeting it confirms): read only alone on the line, "Na" first, then the next letter. A
town or parish council may letter them without the group's number, the title after the
letter ("16. MINUTES OF COMMITTEES" over "(a) PLANS COMMITTEE", the bracket glued to the
title or not; "5. PLANNING" over "a. PLANNING APPLICATIONS"): numbered "16(a)"
and "5a" as printed, under the same conditions, when the part's title is set in capitals
as its group's is: a part in smaller type ("(a) Local Bus Review" under "REPORT OF THE
CABINET") is a paragraph of the group's minute.

A group "Minutes" may confirm several earlier meetings' minutes, a sub-minute each titled
by the meeting's date alone ("5.1" over "5TH MARCH, 2024;", the list's semicolon kept):
such a date is the sub-minute's title (`meeting_date_title`), though a bare date heads no
minute elsewhere. A web page's field label ("Additional documents:") between the group's
heading and its first sub-minute is no text of the group's own.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import MONTHS
from .minute_headings import (
    DECIMAL_NUMBERED,
    DECISION_WORD,
    MAX_HEADING_CHARS,
    WEB_FIELD_LABEL,
    MinuteHeading,
    _title_and_code,
    looks_like_title,
    title_line,
)

#: "4.1" (or "4.1.") alone on its line, its title on the next line with text; a web
#: page may bracket the part instead ("1(1)", "1(b)" under "1." General) or glue its
#: letter to the number ("4a" under "4." MINUTES)
DECIMAL_ALONE = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}|\((?:\d{1,2}|[a-h])\)|[a-h]))\.?$")
#: "1(2) Declarations of Interest": a bracketed part and its title on one line
BRACKETED_NUMBERED = re.compile(r"^(?P<number>\d{1,2}\((?:\d{1,2}|[a-h])\))[ \t]+(?P<title>\S.*)$")
#: "(a) PLANS COMMITTEE", "(a)PLANS COMMITTEE" (glued), "a. Planning Applications": a
#: part lettered without its group's number, the title after it on the line
LETTER_ONLY = re.compile(
    r"^(?:\((?P<bracketed>[a-h])\)|(?P<stopped>[a-h])[.)])[ \t]*(?P<title>[A-Z][^\t]*)$"
)
#: a sub-number's whole part and its part, decimal ("4.2"), bracketed ("1(2)", "1(b)") or
#: a letter glued on ("4b")
SUB_NUMBER = re.compile(
    r"^(?P<major>\d{1,2}|\d{1,4}/\d\d(?:\d\d)?)"  # "4", or a year's minute "34/15"
    r"(?:\.(?P<minor>\d{1,2})|\((?P<part>\d{1,2}|[a-h])\)|(?P<letter>[a-h]))$"
)
#: "34/15.1 Village Green": a part of a parish council's minute numbered with its year
#: ("34/15"), indented under it as often as not: the whole code says whose part it is
SESSION_DECIMAL = re.compile(
    r"^(?P<number>\d{1,4}/\d\d(?:\d\d)?\.\d{1,2})\.?[ \t]+(?P<title>\S.*)$"
)
#: a group heading's number: bare ("4") or with its year ("34/15")
GROUP_NUMBER = re.compile(r"^(?:\d{1,4}|\d{1,4}/\d\d(?:\d\d)?)$")
#: A minute of questions: its decimals number the questions it records, not minutes.
QUESTIONS = re.compile(r"\bquestions?\b", re.IGNORECASE)
#: A meeting's date as a sub-minute's title: "5TH MARCH, 2024;", "14 May 2024."
MEETING_DATE = re.compile(
    rf"^\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:{MONTHS}),?\s{{1,3}}\d{{4}}[;.]?$", re.IGNORECASE
)
#: A group heading that confirms earlier minutes: "Minutes", "MINUTES", "Minutes of ..."
MINUTES_GROUP = re.compile(r"^Minutes\b", re.IGNORECASE)
#: How many lines below the number alone its title may stand (blank lines between).
MAX_TITLE_GAP = 3


def _parent(found: list[MinuteHeading]) -> MinuteHeading | None:
    """The group heading the sub-minutes hang under: the last heading with a bare number."""
    for heading in reversed(found):
        if heading.number and GROUP_NUMBER.match(heading.number):
            return heading
    return None


def _expected(
    found: list[MinuteHeading], parent: MinuteHeading, lines: list[Line], i: int, number: str
) -> str | None:
    """The number a sub-minute at line `i` must print, in the style of `number`: "N.1"
    ("N(1)", "N(a)") straight under the group's heading, else the next after the last
    sub-minute; None when neither holds."""
    mine = SUB_NUMBER.match(number)
    if mine is None:
        return None
    last = found[-1]
    if last is parent:
        top = title_line(lines, parent)
        top = parent.index if top is None else top
        if any(_own_text(lines[k].text) for k in range(top + 1, i)):
            return None  # the group's minute has text of its own: paragraphs, not minutes
        if mine["minor"]:
            return f"{parent.number}.1"
        if mine["letter"]:
            return f"{parent.number}a"
        return f"{parent.number}({'a' if mine['part'].isalpha() else '1'})"
    before = SUB_NUMBER.match(last.number or "")
    if before is None or before["major"] != parent.number:
        return None
    if mine["minor"] and before["minor"]:
        return f"{parent.number}.{int(before['minor']) + 1}"
    if mine["letter"] and before["letter"]:
        return f"{parent.number}{chr(ord(before['letter']) + 1)}"
    part = before["part"]
    if not mine["part"] or not part or part.isalpha() != mine["part"].isalpha():
        return None
    after = chr(ord(part) + 1) if part.isalpha() else str(int(part) + 1)
    return f"{parent.number}({after})"


def _own_text(text: str) -> bool:
    """Whether a line under the group's heading is text of its own: not blank and not a
    web page's field label ("Additional documents:")."""
    return bool(text.strip()) and not WEB_FIELD_LABEL.match(text.strip())


def meeting_date_title(parent: MinuteHeading, title: str) -> bool:
    """Whether `title` is a meeting's date naming the minutes a sub-minute of the group
    "Minutes" confirms ("5.1" over "5TH MARCH, 2024;")."""
    return bool(MINUTES_GROUP.match(parent.title) and MEETING_DATE.match(title.strip()))


def _title_below(lines: list[Line], i: int) -> tuple[int, str] | None:
    """The line with text under the number alone at `i`, and its title; None if none."""
    for k in range(i + 1, min(len(lines), i + 1 + MAX_TITLE_GAP)):
        text = lines[k].text.strip().replace("**", "")
        if text:
            return (k, text) if len(text) <= MAX_HEADING_CHARS else None
    return None


def sub_minute(
    lines: list[Line], i: int, text: str, found: list[MinuteHeading]
) -> tuple[MinuteHeading, int] | None:
    """The decimal sub-minute "N.k Title" (or "N.k" over its title) at line `i` under the
    group heading "N", with the last line its heading takes; None when the line is none
    (see the module's conditions)."""
    session = SESSION_DECIMAL.match(text)
    if not found or (lines[i].text[:1] in (" ", "\t") and session is None):
        return None
    parent = _parent(found)
    if parent is None or QUESTIONS.search(parent.title):
        return None
    inline = session or DECIMAL_NUMBERED.match(text) or BRACKETED_NUMBERED.match(text)
    lettered = LETTER_ONLY.match(text) if inline is None else None
    alone = DECIMAL_ALONE.match(text) if inline is None and lettered is None else None
    number = inline["number"] if inline else alone["number"] if alone else None
    if lettered is not None:  # "(a) PLANS COMMITTEE" under "16.": "16(a)"; "a." under "5.": "5a"
        if not (lettered["title"].isupper() and parent.title.isupper()):
            return None  # "(a) Local Bus Review" under "REPORT OF THE CABINET": a paragraph
        letter = lettered["bracketed"] or lettered["stopped"]
        number = (
            f"{parent.number}({letter})" if lettered["bracketed"] else f"{parent.number}{letter}"
        )
    if number is None or number != _expected(found, parent, lines, i, number):
        return None
    end, title_text = i, inline["title"] if inline else lettered["title"] if lettered else ""
    if alone is not None:
        below = _title_below(lines, i)
        if below is None:
            return None
        end, title_text = below
    if end + 1 < len(lines) and lines[end + 1].text.strip():
        return None  # "26.1 The Council considered a report ..." runs on: a paragraph
    title, code = _title_and_code(lines, end, title_text)
    if not title or DECISION_WORD.match(title):
        return None
    if not looks_like_title(title) and not meeting_date_title(parent, title):
        return None
    return MinuteHeading(i, number, title, code, certain=False), end
