"""Members who declared, named with their office in apposition, one function per layout
(empty when it does not apply):

- `office_then_members`: the office first, then the titled member or members between
  commas, or with the apposition's closing comma lost ("The Chair, Councillor A Reed,
  declared ...", "The Chairman, Councillor Reed also declared an interest ...", "The
  Convener, the Vice Convener, Councillor Reed and Councillor Shaw declared ...");
- `member_then_office`: the titled member first, then the office, its closing comma
  printed or lost ("Councillor Reed, the Vice-Chair declared a personal interest ...").

Minutes name the chair, the convener or the mayor by office and name together. The rules
reading a name just before "declared" then see none, or only a list's last member, and a
declaration made at the item itself (not under "Declarations of Interest") was lost. The
office alone ("The Chairman declared ...") names no member and is no declaration here.
"""

from __future__ import annotations

import re

from ..model import DeclarationFacts, Line
from ..vocabulary import OFFICE_WORDS
from .declaration_lists import LIST_SPLIT, ONE_TITLED, declares_nothing
from .minute_paragraphs import PARAGRAPH_LEAD
from .text import plain

_OFFICE_WORD = "|".join(sorted((re.escape(w) for w in OFFICE_WORDS), key=lambda w: (-len(w), w)))
#: An office as a minute names it: "the Chair", "The Vice-Chairman", "the Vice Convener",
#: "the Ward Member", "the Deputy Mayor", "the Leader of the Council", "the Cabinet
#: Member for Housing": an office word, up to two capitalised words before it, and what
#: it is of or for after it.
OFFICE = (
    rf"[Tt]he\s+(?:[A-Z][a-z]{{1,15}}[\s-]){{0,2}}(?i:{_OFFICE_WORD})\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]{1,20}(?:\s+(?:and\s+)?[A-Z][a-z]{1,20}){0,2})?"
)
#: Between the names and the verb: an apposition's closing comma, an adverb.
BEFORE_VERB = r"\s*,?\s+(?:(?:also|similarly|likewise|each|both|all)\s+){0,2}"
VERB = r"(?:declared|disclosed)\b"
#: "The Chair, Councillor A Reed, declared", "The Convener, the Vice Convener, Councillor
#: Reed and Councillor Shaw declared": up to four offices, then up to twelve titled names.
OFFICE_THEN_MEMBERS = re.compile(
    rf"(?<![\w-])(?:{OFFICE}\s*,\s*){{1,4}}(?P<names>{ONE_TITLED}"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){ONE_TITLED}){{0,11}}){BEFORE_VERB}{VERB}"
)
#: "Councillor Reed, the Vice-Chair declared": the office after the name, then the verb.
MEMBER_THEN_OFFICE = re.compile(
    rf"(?<![\w-])(?P<who>{ONE_TITLED}?)\s*,\s*{OFFICE}\s*,?\s+"
    rf"(?:(?:also|similarly|likewise)\s+)?{VERB}"
)
#: Most sentences of one line read (bounds the scan of a paragraph flattened onto one line).
MAX_FOUND = 20
#: A line longer than this is a page run together, not a paragraph: left to other rules.
MAX_LINE = 3000


def _text(line: Line) -> str:
    return PARAGRAPH_LEAD.sub("", plain(line.text), count=1)


def _said_nothing(text: str, end: int) -> bool:
    """Whether the sentence after the verb at `end` declares nothing ("The Chair,
    Councillor Reed, declared that no interests had been notified")."""
    return declares_nothing(re.split(r"[.;]\s", text[end : end + 300], maxsplit=1)[0])


def office_then_members(line: Line, minute: str) -> list[DeclarationFacts]:
    """Each titled member named after an office that declared ("The Chair, Councillor A
    Reed, declared ..."), as printed; the office itself is no member."""
    text = _text(line)
    if "declared" not in text and "disclosed" not in text:
        return []  # cheap test first
    if len(text) > MAX_LINE:
        return []
    found: list[DeclarationFacts] = []
    for k, match in enumerate(OFFICE_THEN_MEMBERS.finditer(text)):
        if k >= MAX_FOUND:
            break
        if _said_nothing(text, match.end()):
            continue
        names = [n.strip() for n in LIST_SPLIT.split(match["names"]) if n.strip()]
        found += [DeclarationFacts(name, text, line.number, minute) for name in names]
    return found


def member_then_office(line: Line, minute: str) -> list[DeclarationFacts]:
    """The titled member before an office that declared ("Councillor Reed, the Vice-Chair
    declared ..."), as printed."""
    text = _text(line)
    if ("declared" not in text and "disclosed" not in text) or len(text) > MAX_LINE:
        return []  # cheap test first
    found: list[DeclarationFacts] = []
    for k, match in enumerate(MEMBER_THEN_OFFICE.finditer(text)):
        if k >= MAX_FOUND:
            break
        if not _said_nothing(text, match.end()):
            found.append(DeclarationFacts(match["who"].strip(), text, line.number, minute))
    return found


def office_declarers(line: Line, minute: str) -> list[DeclarationFacts]:
    """The members a line names with their office that declared, in either order, each
    once."""
    found = office_then_members(line, minute) + member_then_office(line, minute)
    seen: set[str] = set()
    kept: list[DeclarationFacts] = []
    for d in found:
        if d.as_written not in seen:
            seen.add(d.as_written)
            kept.append(d)
    return kept
