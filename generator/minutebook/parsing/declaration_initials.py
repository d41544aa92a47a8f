"""Declarers named by their initials, as small councils' minutes write them.

Parish and community council minutes often name each member in full once, in the list
of those present, with their initials in brackets ("Ann Bell (AB), Carl Dunn (CD, Chair)"),
and by the initials alone from then on: "AB declared a personal interest in item 7", or
after the declarations heading on its own line: "2) Declarations of Interest – AB and CD
in relation to the allotments". A paragraph may run several such sentences together
("AB declared ... CD declared ..."), each opening with the declarer. Capitals are read
as a declarer only when the paper defined them so in brackets: otherwise they are an
acronym ("NHS", "SCDC").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import DeclarationFacts, Line
from .text import plain

#: Lines at the top of a paper searched for the bracketed initials (the attendance)
HEAD_LINES = 80
#: "(AB)", "(AB,", "(AB Chair)": initials defined in brackets after a name
DEFINED = re.compile(r"\((?P<initials>[A-Z]{2,4})(?=[,)\s])")
INITIALS = r"[A-Z]{2,4}"
#: "AB", "AB and CD", "AB, CD & EF": a list of initials
LISTED = rf"{INITIALS}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){INITIALS}){{0,9}}"
SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
#: the end of a sentence before the next one's capitals
SENTENCE_END = re.compile(r"(?<=[a-z)][.;])\s+(?=[A-Z])")
#: Sentences of one paragraph read for a declarer
MAX_SENTENCES = 12
#: "AB declared a personal interest", "AB and CD each declared an interest"
OPENING = re.compile(
    rf"^(?:\d{{1,3}}[.)]?\s+)?(?P<who>{LISTED})\s+(?:also\s+|each\s+|both\s+)?"
    r"declared\s+(?:an?|their|his|her)\s+[\w\s,-]{0,60}?interest"
)
#: "Declarations of Interest – AB and CD in relation to ...": the heading, a dash or
#: colon, and the members' initials
AFTER_HEADING = re.compile(
    rf"declarations?\s+of\s+(?:\w+\s+){{0,2}}interests?\s*[–—:-]\s*(?P<who>{LISTED})\b",
    re.IGNORECASE,
)


def defined_initials(lines: Iterable[Line]) -> frozenset[str]:
    """The initials the head of a paper gives in brackets after its members' names."""
    found: set[str] = set()
    for k, line in enumerate(lines):
        if k >= HEAD_LINES:
            break
        found.update(m["initials"] for m in DEFINED.finditer(line.text))
    return frozenset(found)


def _declarers(listed: str, defined: frozenset[str]) -> list[str] | None:
    names = [n for n in SPLIT.split(listed.strip()) if n]
    if not names or not all(n in defined for n in names):
        return None
    return names


def sentence_declarers(
    text: str, number: int, minute: str, defined: frozenset[str]
) -> list[DeclarationFacts]:
    """Each member the paper defined by initials who opens a sentence of `text` declaring
    an interest ("AB declared an interest in item 7. CD declared ..."); empty else."""
    found: list[DeclarationFacts] = []
    for k, sentence in enumerate(SENTENCE_END.split(text)):
        if k >= MAX_SENTENCES:
            break
        match = OPENING.match(sentence)
        names = _declarers(match["who"], defined) if match else None
        found.extend(DeclarationFacts(name, text, number, minute) for name in names or [])
    return found


def initials_declarers(line: Line, minute: str, defined: frozenset[str]) -> list[DeclarationFacts]:
    """Each member the paper defined by initials who opens the line, or a sentence of it,
    declaring an interest ("AB and CD declared a personal interest in item 7"); empty for
    any other line."""
    if not defined or "declared" not in line.text:
        return []  # cheap test first
    return sentence_declarers(plain(line.text).strip(), line.number, minute, defined)


def initials_after_heading(
    heading: Line, minute: str, defined: frozenset[str]
) -> list[DeclarationFacts]:
    """Each member the paper defined by initials named after the declarations heading on
    its line ("Declarations of Interest – AB and CD in relation to ..."); empty else."""
    if not defined:
        return []
    text = plain(heading.text).strip()
    match = AFTER_HEADING.search(text)
    names = _declarers(match["who"], defined) if match else None
    if not names or match is None:
        return []
    found = [DeclarationFacts(name, text, heading.number, minute) for name in names]
    later = sentence_declarers(text[match.end() :], heading.number, minute, defined)
    return found + [
        DeclarationFacts(d.as_written, text, d.line, d.minute_number)
        for d in later
        if all(d.as_written != f.as_written for f in found)
    ]
