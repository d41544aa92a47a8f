"""A Commissioner's or executive's decision cited in a minute, by its reference.

Panels scrutinising a Police and Crime Commissioner, and committees noting an executive's
decisions, print the decision's reference in a minute's title ("Decision OPCC.D.030.22 -
PCC Succession Plan") or in its text ("grants awarded under decision record
GT/DR/2019/011", "Decision Record No. 2019/011", "(Decision PCC/2019/011)", "decision
notice 12/2020"), the words often broken across two lines.

A reference is read only right after the word "decision" (with "record", "notice",
"reference", "number" or "No." between, or nothing): minute codes, planning application
numbers and dates printed elsewhere are never decisions. Without such a label the code
must stand on the word's own line and hold a capital letter or a long slashed number, so a
"Decision" label followed by a paragraph number ("Decision 4.1 ...") is not read, and a
code that reads as a date never is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Line
from .text import plain

#: A code of capitals and digits joined by "/", "." or "-", holding a digit.
CODE = r"(?=[A-Z0-9./-]{0,80}\d)[A-Z0-9]{1,12}(?:[./-][A-Z0-9]{1,12}){1,6}"
#: "record", "notice", "reference", "number", "No." between the word and the code.
LABEL = r"(?i:record|notice|sheet|reference|ref\.?|number|no\.?)"
LABELLED = re.compile(
    rf"\b(?i:decision)(?:\s+{LABEL}){{1,3}}\s{{0,3}}:?\s{{0,3}}"
    rf"(?P<ref>{CODE}|\d{{1,6}})(?![\w/-])"
)
BARE = re.compile(rf"\b(?i:decision)[ \t]+(?P<ref>{CODE})(?![\w/-])")
#: A code that reads as a date: "12/03/2019", "12.3.19".
FULL_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
#: A bare code that may be a month and year or a minute code: "12/2019", "12/21".
SHORT_NUMBER = re.compile(r"^\d{1,2}[./-]\d{2,4}$")
TITLE_AFTER = re.compile(r"^\s{0,3}[-–—]\s*(?P<title>\S.*)$")


@dataclass(frozen=True)
class CitedDecision:
    """A decision reference as printed, the title printed with it, and its line."""

    reference: str
    title: str
    line: int


def labelled_code(ref: str) -> bool:
    """A code after a label is a reference unless it reads as a full date."""
    return not FULL_DATE.match(ref)


def bare_code(ref: str) -> bool:
    """A code right after "Decision" is a reference when it holds a capital letter or a
    slashed number of three or more digits, and reads as no date or minute code."""
    if FULL_DATE.match(ref) or SHORT_NUMBER.match(ref):
        return False
    return any(c.isalpha() for c in ref) or re.search(r"/\d{3}", ref) is not None


#: Each form of citation, with the test its code must pass.
FORMS = ((LABELLED, labelled_code), (BARE, bare_code))


def _citations(text: str) -> list[re.Match[str]]:
    """Every citation of a decision in the text, in printed order."""
    found = [m for pattern, check in FORMS for m in pattern.finditer(text) if check(m["ref"])]
    return sorted(found, key=lambda m: m.start())


def titled_decision(title: str, line: int) -> CitedDecision | None:
    """A decision named in a minute's title, with the title printed after a dash
    ("Decision OPCC.D.030.22 - PCC Succession Plan"), or None."""
    citations = _citations(title)
    if not citations:
        return None
    found = citations[0]
    after = TITLE_AFTER.match(title[found.end() :])
    return CitedDecision(found["ref"], after["title"].strip() if after else "", line)


def cited_decisions(body: list[Line]) -> list[CitedDecision]:
    """Each decision cited in a minute's text, in printed order, on the line its code
    starts. Lines are joined by a newline so a label may break across two lines ("under
    decision / record GT/DR/2019/011") while a bare code must share its word's line."""
    text = ""
    starts: list[tuple[int, int]] = []
    for line in body:
        starts.append((len(text), line.number))
        text += plain(line.text) + "\n"
    found: list[CitedDecision] = []
    for match in _citations(text):
        if any(d.reference == match["ref"] for d in found):
            continue  # cited again in the same minute
        at = match.start("ref")
        number = next(n for start, n in reversed(starts) if start <= at)
        found.append(CitedDecision(match["ref"], "", number))
    return found
