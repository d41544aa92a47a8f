"""An agenda item whose title in capitals runs straight into what the meeting is to do.

Parish and town agendas often print each item as its number, a short title in capitals
and, on the same line, the item's description in sentence case:

    1. APOLOGIES To receive apologies for absence.
    3 MINUTES To approve the minutes of the meeting held on 4 May.

The conversion may also lose the space after the number ("1APOLOGIES To receive ..."),
also on an item whose title has no description after it ("4COUNCIL REPORTS").
Such a line reads as no title (a sentence too long to be one); the title is the capitals
before the first word in sentence case, when a sentence follows (a word in lower case
among its first few). Read only when the item readers found no item on the line, unless
the capitals close with the agenda's instruction ("To receive") or a full stop ("2 ANN
REID MSP. Ann will report on the bus routes"): those are read first.
"""

from __future__ import annotations

import re

from .agenda_items import ItemLine, item_line
from .run_in_capitals import (
    ACRONYM,
    CAPITALS_TOKEN,
    CAPITALS_WORD,
    DECISION,
    LOWER_WORD,
    OPENING_WORDS,
    SENTENCE_WORD,
)

#: "1. ", "3 ", "12) ", or "1" glued to the capitals; the capitals after it
NUMBERED = re.compile(
    r"^\s{0,8}(?P<code>\d{1,3}[a-z]?)(?:[.):]?[ \t]{1,6}|(?=[A-Z]{2}))(?P<rest>[A-Z][^a-z\s].*)$"
)
#: Words of a title in capitals at most
MAX_TITLE_WORDS = 16


def capitals_run_in(text: str) -> ItemLine | None:
    """The item of a line whose number and title in capitals run into a sentence ("1.
    APOLOGIES To receive apologies"): its number and the capitals alone; None when the
    line is not so."""
    match = NUMBERED.match(text)
    if match is None:
        return None
    words = match["rest"].split()
    at = next((n for n, w in enumerate(words) if not CAPITALS_TOKEN.match(w)), None)
    if at is None or at == 0 or at > MAX_TITLE_WORDS or not SENTENCE_WORD.match(words[at]):
        return None
    title = " ".join(words[:at]).rstrip(" -–:")
    if not CAPITALS_WORD.search(title) or ACRONYM.match(title) or DECISION.match(title):
        return None
    if not any(LOWER_WORD.match(w) for w in words[at + 1 : at + OPENING_WORDS]):
        return None  # "4 CCTV Camera Replacement": capitals open a title in sentence case
    return item_line(f"{match['code']}. {title}")


#: the agenda's instruction opening a description: "To receive", "To note"
INSTRUCTION_OPENING = re.compile(r"To\s[a-z]{2,20}\b")


def capitals_before_instruction(text: str) -> ItemLine | None:
    """The item of a line whose title in capitals runs into the agenda's instruction ("5
    DECLARATIONS OF INTEREST To receive any declarations."), read before the whole line
    (short enough to pass for a title): its number and the capitals alone; None unless the
    capitals stop at "To" and a verb in lower case."""
    item = capitals_run_in(text)
    if item is None:
        return None
    at = text.find(item.title)
    rest = text[at + len(item.title) :].lstrip(" -–:") if at >= 0 else ""
    return item if INSTRUCTION_OPENING.match(rest) else None


def capitals_before_stop(text: str) -> ItemLine | None:
    """The item of a line whose title in capitals closes with a full stop before a
    sentence of description ("2 ANN REID MSP. Ann will report on the bus routes"),
    read before the whole line: its number and the capitals without the stop; None
    unless the capitals end with the stop and a sentence follows."""
    item = capitals_run_in(text)
    if item is None or not item.title.endswith(".") or item.title.endswith(".."):
        return None
    title = item.title[:-1].rstrip()
    return ItemLine(item.code, title, item.pages, item.cell) if title else None


#: "4COUNCIL REPORTS": a number glued to a title in capitals that is the whole line (not an
#: ordinal's "2ND", "3RD", "4TH", "1ST")
GLUED_ALONE = re.compile(
    r"^\s{0,8}(?P<code>\d{1,3})(?!ST\b|ND\b|RD\b|TH\b)(?P<title>[A-Z]{3}[A-Z&'’,/ -]{0,120})$"
)


def glued_capitals_alone(text: str) -> ItemLine | None:
    """The item of a line that is only a number glued to a title in capitals ("4COUNCIL
    REPORTS"), as the agendas whose items run into their descriptions print an item with
    none; None for any other line."""
    match = GLUED_ALONE.match(text.rstrip())
    if match is None or DECISION.match(match["title"]):
        return None
    return item_line(f"{match['code']}. {match['title'].strip()}")


#: "3. ", "3 ": an item's number and what follows it
CODED = re.compile(r"^\s{0,8}(?P<code>\d{1,3}[a-z]?)[.):]?[ \t]{1,6}(?P<rest>[A-Z].*)$")
#: small words a title in title case keeps in lower case
TITLE_SMALL = frozenset(
    {"of", "and", "the", "for", "to", "in", "on", "a", "an", "with", "by", "at", "&", "-", "–"}
)
#: words that open a sentence before its subject ("The Panel is asked ...")
DETERMINERS = frozenset({"The", "This", "These", "A", "An", "Any", "All", "Each", "Its"})
#: a time the item is timed at, printed after its description on a front sheet
TRAILING_TIME = re.compile(r"\s\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)$", re.IGNORECASE)
#: Words of the description at least, and of the title at most
MIN_SENTENCE_WORDS = 5


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def title_case_run_in(text: str) -> ItemLine | None:
    """The item of a line whose title in title case runs into its description in sentence
    case, the line break between them lost ("3. Urgent Matters Items not on the agenda
    which ... urgency. 10.50 am"): the title stops before the sentence's first word (the
    last capitalised word before its first word in lower case, with a determiner before
    it); None when the line is not so."""
    match = CODED.match(TRAILING_TIME.sub("", text.rstrip()))
    if match is None or not match["rest"].endswith("."):
        return None
    words = match["rest"].split()
    lower = next((n for n, w in enumerate(words) if w[:1].islower() and w not in TITLE_SMALL), None)
    if lower is None:
        return None
    start = next((n for n in range(lower - 1, -1, -1) if _capitalised(words[n])), 0)
    if start and words[start - 1] in DETERMINERS:
        start -= 1
    title = words[:start]
    if not title or len(title) > MAX_TITLE_WORDS or len(words) - start < MIN_SENTENCE_WORDS:
        return None
    if not all(_capitalised(w) or w in TITLE_SMALL for w in title) or title[-1] in TITLE_SMALL:
        return None
    return item_line(f"{match['code']}. {' '.join(title)}")
