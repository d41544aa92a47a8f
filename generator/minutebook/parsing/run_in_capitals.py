"""Run-in capitals headings: a minute's number, its title in capitals, a dash, then the
minute's text on the same line.

Many county and panel minutes print a minute so, the agenda item's number in brackets
between the minute's number and its title when the two differ:

    512 WELCOME AND INTRODUCTIONS - The Chairman welcomed everyone ...
    516 (5) MINUTES - Resolved - That the minutes of the proceedings ...
    7. APOLOGIES FOR ABSENCE – Apologies were received from ...
    1491 / APPOINTMENT OF CHAIR – Resolved – That ...   (a table's cells, slash between)

A long title wraps in capitals onto the next line before its dash ("... PERSONAL AND" over
"PREJUDICIAL INTERESTS - Councillor ..."). The title is the capitals before the first
dash; the text after it opens with a capital (a sentence or "Resolved"). A title with no
dash on its line or the next one or two is some other layout, and the rule does not apply.

County minutes numbered with the session ("18/14") often print no dash at all: the title
in capitals stops where the text starts, at a decision in capitals or at a word in
sentence case (`run_in_undashed`):

    19/14 MINUTES RESOLVED that the minutes of the meeting ...
    33/15 MINUTES the minutes of the last meeting were approved ...
    20/14 PROPOSED DIVERSION OF FOOTPATH NO 12 (PART) – PARISH OF
    CRICHLOW Members were informed that ...

A title wraps there only from a line that reached the column's margin.

A web page prints each minute's paragraph on one line, so a run-in heading's line holds
the whole first paragraph: however long, the line is read (up to MAX_RUN_IN_LINE
characters), the title in capitals still ending at its dash (`long_run_in`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Line

#: Longest line read as a run-in heading and its first paragraph (a web page's paragraph)
MAX_RUN_IN_LINE = 6000
#: "512 ", "7. ", "12) ", then "(5) " (the agenda item) when printed; the rest follows;
#: a conversion may lose the space between a running number and its capitals
#: ("3563DECLARATIONS OF INTEREST - No declarations ..."), or keep the rule between a
#: table's number cell and its text cell as a spaced slash ("1491 / APPOINTMENT ...")
NUMBER_AND_ITEM = re.compile(
    r"^(?P<number>\d{1,4})(?:[ \t]+/[ \t]+|[.)]?[ \t]+|(?=[A-Z]{3}))"
    r"(?:\((?P<item>\d{1,2}[a-z]?)\)[ \t]+)?(?P<rest>\S.{0,6000})$"
)
#: a title in capitals before its dash, spaced dashes inside it
TITLE_BEFORE_DASH = re.compile(r"[A-Z0-9][A-Z0-9&'’/,.() \t–—-]{1,250}")
#: how far into a line a title's dashes are searched
TITLE_SPAN = 260
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
#: a planning application's reference before the dash ("23/01410/FUL - Boathouse, ...",
#: "DC/24/0312/OUT - Land at ..."): the opening of a title in sentence case, whose
#: capitals are the reference's kind of application, never a run-in title of its own
APPLICATION_REFERENCE = re.compile(r"^(?:[A-Z]{1,4}/)?\d{2,4}/\d{2,6}(?:/[A-Z0-9]{1,6}){0,2}$")


@dataclass(frozen=True)
class RunInHeading:
    """A run-in heading read from `lines[index]`; its text starts on `lines[index + text_at]`."""

    number: str
    item: str | None
    title: str
    text: str
    text_at: int


#: a spaced dash inside a title in capitals or after it
SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
#: most dashes a title in capitals holds before its text ("POLICE EFFICIENCY - 2015 -
#: AN INSPECTION - The Director ...")
MAX_TITLE_DASHES = 4


def _title_and_text(line: str) -> tuple[str, str] | None:
    """The title in capitals and the text after its dash: the first dash whose text opens
    a sentence or a decision (a dash between capitals is inside the title)."""
    for dash in list(SPACED_DASH.finditer(line[:TITLE_SPAN]))[:MAX_TITLE_DASHES]:
        title, text = line[: dash.start()].strip(), line[dash.end() :]
        if not TITLE_BEFORE_DASH.fullmatch(title):
            return None  # lower case before this dash: no title in capitals
        if not text[:1].isupper() or not TEXT_OPENING.match(text):
            continue
        if not CAPITALS_WORD.search(title) or DECISION.match(title):
            return None
        if APPLICATION_REFERENCE.match(title):
            return None
        return title, text
    return None


def run_in_capitals(lines: list[Line], i: int, text: str) -> RunInHeading | None:
    """The run-in heading at `i` ("512 WELCOME - The Chairman ..."), its title wrapped onto
    at most two lines below (no blank between); None when the line is not one."""
    opening = NUMBER_AND_ITEM.match(text.strip()[:MAX_RUN_IN_LINE])
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


#: one word of a title in capitals: no lower-case letter ("(PART)", "CM4/1013/77)", "–")
CAPITALS_TOKEN = re.compile(r"^[^a-z]{1,60}$")
#: the text's first paragraph number after a title in capitals: "1." (then a word in
#: sentence case)
PARAGRAPH_MARK = re.compile(r"^\d{1,2}\.$")
#: the text's first lettered paragraph after a title in capitals: "a)", "(a)"
LETTER_MARK = re.compile(r"^\(?[a-h]\)$")
#: a police officer's rank before a name opening the text: "PC Howie Davies reported ..."
POLICE_RANK = re.compile(r"^(?:PC|PCSO|PS|DC|DS|DI|DCI|Sgt|Insp)$")
#: a word opening the text in sentence case: "Members", "The", "Councillor"
SENTENCE_WORD = re.compile(r"^[A-Z][a-z'’]{1,30}[,.:;]?$")
#: a word of the text's opening in lower case ("were", "that"): the text is a sentence
LOWER_WORD = re.compile(r"^[a-z][a-z'’-]{1,30}[,.:;]?$")
#: a lone short word in capitals is an acronym opening a title in sentence case ("PCC
#: Update on the Plan"), not a whole title
ACRONYM = re.compile(r"^[A-Z0-9]{1,4}$")
#: how many of the text's first words are read for one in lower case
OPENING_WORDS = 4
#: a line that wrapped reaches this share of the widest line of the text below it
MARGIN_SHARE = 0.7
#: how many lines below are read for the column's width
WIDTH_LINES = 6


def _split_capitals(words: list[str]) -> int | None:
    """Where the text starts among `words` (after a title in capitals), or None when every
    word is in capitals or a word before the text is not."""
    for n, word in enumerate(words):
        if DECISION.match(word) or SENTENCE_WORD.match(word):
            return n
        if n and words[n - 1].endswith(".") and len(words[n - 1]) > 3 and word[:1].isupper():
            return n  # "COMMUNITY CENTRE GRANT. A request ...": the title's stop ends it
        # "MINUTES 1. Minutes from ...", "POLICE REPORT PC Howie Davies reported ...",
        # "PLANNING a) The bus shelter ..."
        marked = PARAGRAPH_MARK.match(word) or POLICE_RANK.match(word) or LETTER_MARK.match(word)
        if n and marked and n + 1 < len(words) and SENTENCE_WORD.match(words[n + 1]):
            return n
        if n and LOWER_WORD.match(word) and _a_sentence(words[n:]):
            return n  # "MINUTES the minutes of the last meeting were approved.": lower case
        if not CAPITALS_TOKEN.match(word):
            return None
    return None


def _a_sentence(words: list[str]) -> bool:
    """Words in lower case that close with a full stop: a sentence ("the minutes ... were
    approved."), not a title's qualifier ("MATTERS ARISING for noting only")."""
    return len(words) > 2 and LOWER_WORD.match(words[1]) is not None and words[-1].endswith(".")


def _opens_a_sentence(words: list[str], below: str) -> bool:
    """The text opens a decision, or a sentence: a word in lower case among its first few
    (words on the next line count when the line ends early)."""
    if DECISION.match(words[0]):
        return True
    start = 2 if LETTER_MARK.match(words[0]) else 1  # "a) Bus Shelter. It was ...": past "a)"
    opening = [*words, *below.split()][start : OPENING_WORDS + start - 1]
    return any(LOWER_WORD.match(w) for w in opening)


#: Most words of a name after a police officer's rank
RANKED_NAME_WORDS = 3


def _ranked_name(words: list[str]) -> bool:
    """The text is a police officer's rank and name alone ("APOLOGIES PC Ann Reid"): whose
    apologies the title's minute records, though no sentence follows."""
    rest = words[1:]
    return (
        len(words) > 1
        and POLICE_RANK.match(words[0]) is not None
        and len(rest) <= RANKED_NAME_WORDS
        and all(SENTENCE_WORD.match(w) for w in rest)
    )


def _reached_margin(lines: list[Line], k: int) -> bool:
    """The line at `k` is about as wide as the text below it: it wrapped, not ended."""
    below = [len(ln.text.rstrip()) for ln in lines[k + 1 : k + 1 + WIDTH_LINES]]
    return bool(below) and len(lines[k].text.rstrip()) >= MARGIN_SHARE * max(below)


def run_in_undashed(lines: list[Line], i: int, rest: str) -> tuple[str, str, int] | None:
    """The title, the text and the line (below `i`) the text starts on, for a heading whose
    title in capitals (`rest`, after the number on line `i`) runs straight into its text
    ("MINUTES RESOLVED that ..."), wrapped onto the next line only when line `i` reached the
    margin; None when no text in sentence case or a decision follows the capitals."""
    titles: list[str] = []
    for k in range(i, min(i + 1 + MAX_WRAPPED_LINES, len(lines))):
        words = (rest if k == i else lines[k].text).split()
        if not words:
            return None
        if k > i and (DECISION.match(words[0]) or not _reached_margin(lines, k - 1)):
            return None  # the title ended on the line above; its text starts below
        at = _split_capitals(words)
        if at is None:
            if not all(CAPITALS_TOKEN.match(w) for w in words):
                return None
            titles.extend(words)
            continue
        below = lines[k + 1].text if k + 1 < len(lines) else ""
        title = " ".join([*titles, *words[:at]])
        if not at or not CAPITALS_WORD.search(title) or DECISION.match(title):
            return None
        if ACRONYM.match(title):
            return None
        if not _opens_a_sentence(words[at:], below) and not _ranked_name(words[at:]):
            return None
        return title, " ".join(words[at:]), k - i
    return None
