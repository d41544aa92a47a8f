"""A paper's own minute numbering, learnt from the standard minutes every UK paper prints.

Papers number their minutes in schemes no list can foresee ("PC.52/15", "AG/31",
"P/25/061", "*12", "Min 23/045"), but nearly every paper opens its business with the same
few minutes (apologies, declarations of interest, minutes of the previous meeting, election
of the chair, public questions) and closes with others (date of the next meeting, urgent
business, exclusion of the press and public). How the paper prints THOSE headings shows its
scheme: the token before each standard title (`anchors`) gives a shape, letters and
separators kept literally and digit runs as numbers (`shape_of`); two or more anchors that
agree on it, one number rising between them, make the scheme (`learn_scheme`; a bare
number is left to the other detectors, which read it with their cues). Every other
line that opens with a token of that shape, continues the running number and reads as a
title (on its line or the next) heads a minute too (`scheme_headings`).

A scheme is learnt only from standard titles, so numbered paragraphs ("1. The Chair
welcomed ..."), dates, page numbers and sums of money never teach one; and a line joins
only when its number continues the sequence within a bounded gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..model import Line
from .minute_headings import (
    MAX_HEADING_CHARS,
    MinuteHeading,
    colon_run_on,
    looks_like_title,
    stopped_title,
    with_wrapped_title,
)
from .minute_standing_titles import standing_title_run_on
from .text import plain

#: The longest token that may number a minute ("P/25/061", "Min 23/045", "PC.52/15")
MAX_TOKEN_CHARS = 20
#: The widest jump between two consecutive minutes' running numbers
MAX_GAP = 12
#: Fewest anchors that must agree on a scheme
MIN_ANCHORS = 2
#: Lines below a token printed alone where its title may stand
TITLE_BELOW_LINES = 3

#: The standard business of a UK meeting, at the start of a title (case ignored).
STANDARD_TITLE = re.compile(
    r"(?:apologies(?:\s+for\s+absence)?|substitut(?:e|es|ions)\b|"
    r"(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+){0,2}interests?|"
    r"minutes\b|confirmation\s+of\s+(?:the\s+)?minutes|"
    r"(?:election|appointment)\s+of\s+(?:a\s+|the\s+)?(?:vice[\s-]?)?chair|"
    r"public\s+(?:questions|participation|question\s+time|forum|speaking)|"
    r"questions\s+from\s+(?:members\s+of\s+)?the\s+public|"
    r"dates?\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|"
    r"(?:urgent|any\s+other)\s+business|"
    r"exclusion\s+of\s+(?:the\s+)?(?:press|public))",
    re.IGNORECASE,
)
#: "(Item 3)", "[Item 3]", "[Agenda Item 4a]" at a title's end: the agenda item it records
TRAILING_CITATION = re.compile(
    r"[ \t]*[(\[][ \t]*(?:Agenda[ \t]+)?Item[ \t]+(?:No\.?[ \t]*)?"
    r"(?P<code>[A-Z]?\d{1,3}[a-z]?)[ \t]*[)\]]$",
    re.IGNORECASE,
)
#: a token: at most one inner space ("Min 23/045"), holding a digit
TOKEN_THEN_TITLE = re.compile(
    rf"^(?P<token>\S{{1,{MAX_TOKEN_CHARS}}}?(?:[ \t]\S{{1,{MAX_TOKEN_CHARS}}}?)?)[.:)]?"
    r"(?:[ \t]+(?P<title>\S.*))?$"
)
DIGITS = re.compile(r"\d{1,6}")
#: A token that is money, a time or a date part, never a minute number
NOT_A_NUMBER = re.compile(r"^(?:[£$€]|\d{1,2}[:.]\d\d(?:am|pm)?$|\d{1,2}(?:st|nd|rd|th)$)")


@dataclass(frozen=True)
class Scheme:
    """A numbering shape: literal text around the digit runs, which run is the running
    number, and the other runs' fixed values ("P/25/061": ("P/", "/", ""), running run 1,
    fixed {0: "25"})."""

    literals: tuple[str, ...]
    running: int
    fixed: tuple[tuple[int, str], ...]

    def read(self, token: str) -> int | None:
        """The running number of `token` when it has this shape, else None."""
        shape = shape_of(token)
        if shape is None or shape[0] != self.literals:
            return None
        runs = shape[1]
        if any(runs[k] != value for k, value in self.fixed):
            return None
        return int(runs[self.running])


def shape_of(token: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The token's literal parts and digit runs ("PC.52/15" -> (("PC.", "/", ""), ("52",
    "15"))); None when it holds no digit or reads as money, a time or an ordinal."""
    token = token.rstrip(".:)")
    if not token or NOT_A_NUMBER.match(token):
        return None
    runs = tuple(DIGITS.findall(token))
    if not runs or len(token) > MAX_TOKEN_CHARS:
        return None
    return tuple(DIGITS.split(token)), runs


def _title(text: str) -> str:
    """A heading's title without emphasis, its trailing item citation and colon, and the
    full stop a parish may close each title with ("1104/07 Declarations of interest.")."""
    title = plain(text.replace("**", "")).strip(" *_–—-")
    title = TRAILING_CITATION.sub("", title)
    return stopped_title(title.rstrip(" :"))


def split_token(text: str) -> tuple[str, str] | None:
    """A line's leading token and the title after it (possibly empty); None when the line
    opens with no such token."""
    clean = text.replace("**", "").strip()
    if not clean or len(clean) > MAX_HEADING_CHARS:
        return None
    match = TOKEN_THEN_TITLE.match(clean)
    if not match:
        return None
    token, title = match["token"], match["title"] or ""
    if " " in token or "\t" in token:  # "Min 23/045": the word before the number
        word, number = token.split(None, 1)
        if not word.isalpha() or shape_of(number) is None:
            token, title = word, f"{number} {title}".strip()
    return token.rstrip(".:)"), title


def anchor(text: str) -> tuple[str, str] | None:
    """(token, title) when the line is a standard minute's heading after a short numbered
    token ("P/25/061 Apologies for Absence", "**AG/31** Declarations of Interest [Item
    3]"), else None."""
    split = split_token(text)
    if split is None or shape_of(split[0]) is None:
        return None
    title = _title(split[1])
    if not STANDARD_TITLE.match(title) or not looks_like_title(title):
        return None
    return split[0], title


def learn_scheme(tokens: list[str]) -> Scheme | None:
    """The scheme the anchors' tokens agree on, in printed order: one shape, one digit run
    rising from each to the next, the others fixed; None when fewer than two agree."""
    shapes = [s for t in tokens if (s := shape_of(t)) is not None]
    if len(shapes) < MIN_ANCHORS or len({s[0] for s in shapes}) != 1:
        return None
    runs = [s[1] for s in shapes]
    varying = [k for k in range(len(runs[0])) if len({r[k] for r in runs}) > 1]
    if len(varying) != 1:
        return None
    values = [int(r[varying[0]]) for r in runs]
    if any(b <= a for a, b in pairwise(values)):
        return None
    if not "".join(shapes[0][0]) and len(runs[0]) == 1:
        return None  # a bare number: the other detectors read it, with their cues
    fixed = tuple((k, runs[0][k]) for k in range(len(runs[0])) if k != varying[0])
    return Scheme(shapes[0][0], varying[0], fixed)


def _title_at(lines: list[Line], i: int, rest: str) -> tuple[str, int] | None:
    """The title of a heading at line `i`: after its token, or on the next line with text
    when the token stands alone; with the line that holds it."""
    if rest:
        return _title(rest), i
    for k in range(i + 1, min(i + 1 + TITLE_BELOW_LINES, len(lines))):
        below = lines[k].text.strip()
        if below:
            return (_title(below), k) if len(below) <= MAX_HEADING_CHARS else None
    return None


#: the words before a number that name it a minute or item, not the body's series
NUMBER_WORDS = frozenset({"MIN", "MINUTE", "MINUTES", "ITEM", "NO"})
#: a series' letters in capitals before its number ("PCP 1.14/15": a police and crime
#: panel's first minute of the 2014/15 year), part of the printed number
SERIES_LETTERS = re.compile(r"[A-Z]{2,6}")


def printed_number(token: str) -> str:
    """The minute number a token prints: "Min 23/045" is minute 23/045; "(199)" (its
    closing bracket already gone) is minute 199, the brackets only setting it off; "PCP
    1.14/15" keeps the body's series letters, as "PCP 12/3" does in `session_numbered`."""
    parts = token.split()
    if len(parts) == 2 and SERIES_LETTERS.fullmatch(parts[0]) and parts[0] not in NUMBER_WORDS:
        return token
    number = parts[-1]
    return number[1:] if number[:1] == "(" and number[1:].isdigit() else number


def _candidates(lines: list[Line], start: int, scheme: Scheme) -> list[tuple[int, MinuteHeading]]:
    """Every line from `start` opening with a token of the scheme and a title, in order,
    with its running number."""
    out: list[tuple[int, MinuteHeading]] = []
    for i in range(start, len(lines)):
        raw = lines[i].text
        if raw[:1] in (" ", "\t"):
            continue
        split = split_token(raw)
        running = scheme.read(split[0]) if split else None
        if split is None or running is None:
            continue
        if "\t" in split[1]:
            continue  # a table's row ("13<TAB>Circulate the criteria<TAB>PH<TAB>30/11/2023")
        found = _title_at(lines, i, split[1])
        if found is None or not found[0]:
            continue
        title, run_on = found[0], ""
        # "17/98: Apologies: Councillors A, B", "17/97: Election of Chair: It was moved ...":
        # the title, then the record run on after its colon
        parted = (standing_title_run_on(title) if ":" in title else None) or colon_run_on(title)
        if parted is not None:
            title, run_on = parted
        if not looks_like_title(title):
            continue
        cited = TRAILING_CITATION.search(plain(lines[found[1]].text.replace("**", "")).rstrip())
        code = cited["code"] if cited else None
        number = printed_number(split[0])
        out.append((running, MinuteHeading(i, number, title, code, certain=True, run_on=run_on)))
    return out


def _in_sequence(headings: list[tuple[int, MinuteHeading]], first: int) -> list[MinuteHeading]:
    """The headings whose running numbers rise by at most `MAX_GAP` from one to the next,
    starting no lower than `MAX_GAP` below the first anchor's number `first`."""
    kept: list[MinuteHeading] = []
    last = first - MAX_GAP - 1
    for number, heading in headings:
        if last < number <= last + MAX_GAP + (0 if kept else 1):
            kept.append(heading)
            last = number
    return kept


def scheme_headings(lines: list[Line], start: int = 0) -> list[MinuteHeading] | None:
    """The minute headings of the paper's own numbering scheme, learnt from its standard
    minutes; None when fewer than two anchors agree on one."""
    anchors = [(i, a) for i in range(start, len(lines)) if (a := anchor(lines[i].text))]
    scheme = learn_scheme([token for _, (token, _) in anchors])
    if scheme is None:
        return None
    first = scheme.read(anchors[0][1][0])
    if first is None:
        return None
    return _in_sequence(_candidates(lines, start, scheme), first)


#: Lines either side of a heading already read within which a scheme heading is the same one
SAME_HEADING_LINES = 1


def with_scheme_headings(
    lines: list[Line], start: int, found: list[MinuteHeading]
) -> list[MinuteHeading]:
    """The headings `found` by the other detectors, with the scheme's added when the scheme
    reads more of them (a paper numbering its minutes in a shape no detector lists); the
    headings already found stay as they are."""
    scheme = scheme_headings(lines, start)
    if not scheme or len(scheme) <= len(found):
        return found
    taken = {h.index for h in found}
    added = [
        with_wrapped_title(lines, h)
        for h in scheme
        if not any(abs(h.index - k) <= SAME_HEADING_LINES for k in taken)
    ]
    return sorted([*found, *added], key=lambda h: h.index)
