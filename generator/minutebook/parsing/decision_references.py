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

Two more forms: a Commissioner's codes printed with a space after their capitals and
listed after the plural ("noted decisions PCC 2019/088 (estates) and PCC 2020/004"), each
one a decision; and the decision a call-in is about ("CALL-IN: CABINET DECISION C.214",
"the call-in of Cabinet decision C.214"), which is the business scrutinised, not a
decision the minute records, so it is not read.

A report to a panel lists the Commissioner's decisions in a table under a header row that
names them ("Reference | Decision", "Decision No. | Title"): each row whose first cell is
a code is a decision (`tabled_decisions`); a row that only carries on the title above
opens with an empty cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import DecisionFacts, Line
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
#: Capitals, a space, then a slashed number: "PCC 2019/088", "OPCC 2021/14".
SPACED_CODE = r"[A-Z]{2,8} \d{2,4}/\d{2,4}"
#: "decisions PCC 2019/088 (estates strategy) and PCC 2020/004": the plural, then codes
#: joined by commas or "and", each perhaps with a note in brackets; "the decisions taken
#: since the last meeting: DN 031/2019 – Victims' Grant and DN 032/2019 – Sale of ...":
#: a few words and a colon before the first code, each code's title after a dash.
LISTED = re.compile(
    rf"\b(?i:decisions?)(?:\s{{1,3}}|\s[^.;:()]{{1,60}}:\s{{0,3}})(?P<ref>{SPACED_CODE})"
    rf"(?P<more>(?:\s{{0,3}}(?:\([^()]{{1,80}}\)|[-–—]\s[^,;:()]{{1,80}}?)?\s{{0,3}}"
    rf"(?:,|and|&)\s{{1,3}}{SPACED_CODE}){{0,20}})"
)
NEXT_IN_LIST = re.compile(SPACED_CODE)
#: "call-in", "called in", "call in": the decision named next is the one scrutinised.
CALLED_IN = re.compile(r"\bcall(?:ed)?[- ]in\b", re.IGNORECASE)
#: How far before a code a call-in is looked for (its line only).
CALL_IN_REACH = 40
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


@dataclass(frozen=True)
class _Citation:
    """A code as found: where it starts and ends in the text, and the code."""

    start: int
    end: int
    ref: str


def called_in(text: str, start: int) -> bool:
    """The code at `start` names the decision a call-in is about ("the call-in of Cabinet
    decision C.214"): a call-in printed just before it on its line."""
    before = text[max(0, start - CALL_IN_REACH) : start].rsplit("\n", 1)[-1]
    return CALLED_IN.search(before) is not None


def listed(text: str) -> list[_Citation]:
    """ "decisions PCC 2019/088 (estates) and PCC 2020/004": each spaced code listed."""
    found: list[_Citation] = []
    for match in LISTED.finditer(text):
        found.append(_Citation(match.start("ref"), match.end("ref"), match["ref"]))
        base = match.start("more")
        for more in NEXT_IN_LIST.finditer(match["more"]):
            found.append(_Citation(base + more.start(), base + more.end(), more[0]))
    return found


def _citations(text: str) -> list[_Citation]:
    """Every citation of a decision in the text, in printed order, but a called-in one."""
    found = [
        _Citation(m.start("ref"), m.end(), m["ref"])
        for pattern, check in FORMS
        for m in pattern.finditer(text)
        if check(m["ref"])
    ]
    found += listed(text)
    return sorted((c for c in found if not called_in(text, c.start)), key=lambda c: c.start)


def titled_decision(title: str, line: int) -> CitedDecision | None:
    """A decision named in a minute's title, with the title printed after a dash
    ("Decision OPCC.D.030.22 - PCC Succession Plan"), or None."""
    citations = _citations(title)
    if not citations:
        return None
    found = citations[0]
    after = TITLE_AFTER.match(title[found.end :])
    return CitedDecision(found.ref, after["title"].strip() if after else "", line)


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
        if any(d.reference == match.ref for d in found):
            continue  # cited again in the same minute
        number = next(n for start, n in reversed(starts) if start <= match.start)
        found.append(CitedDecision(match.ref, "", number))
    return found


#: cells of a flattened table row: tabs, "|" rules, or runs of three spaces or more
CELLS = re.compile(r"\s*\|\s*|\t+| {3,}")
#: a header row's first cell names the reference ("Reference", "Ref.", "Decision No.",
#: "Number") ...
REFERENCE_HEADER = re.compile(
    r"^(?:decision\s+)?(?:ref(?:erence)?\.?|no\.?|number)(?:\s+no\.?)?$", re.IGNORECASE
)
#: ... and its row speaks of decisions ("Decision", "Decision title", or the first cell)
DECISION_WORD = re.compile(r"\bdecision", re.IGNORECASE)
#: Longest row read as one of the table's rows
MAX_ROW_CHARS = 300


def _cells(text: str) -> list[str]:
    """The row's cells, each in plain text (the row as printed: tabs kept)."""
    return [plain(c) for c in CELLS.split(text.strip().strip("|")) if c.strip()]


def _header(text: str) -> bool:
    cells = _cells(text)
    return (
        2 <= len(cells) <= 4
        and REFERENCE_HEADER.match(cells[0].strip()) is not None
        and DECISION_WORD.search(text) is not None
    )


def _row_code(text: str) -> str | None:
    """The decision code opening a table's row ("PCC/D/2021/041"), when the row has a
    cell after it; None for a continuation or any other line."""
    cells = _cells(text)
    if len(cells) < 2 or not re.fullmatch(CODE, cells[0].strip()):
        return None
    code = cells[0].strip()
    return code if bare_code(code) else None


def tabled_decisions(lines: list[Line]) -> list[CitedDecision]:
    """Each decision listed in a table under a header row naming them, with its title
    cell and the row's line; rows carried on by an empty first cell and blank lines are
    passed over, and any other line ends the table. None listed: an empty list."""
    found: list[CitedDecision] = []
    in_table = False
    for line in lines:
        text = line.text
        if not text.strip():
            continue
        if len(text) > MAX_ROW_CHARS:
            in_table = False
            continue
        if _header(text):
            in_table = True
            continue
        if not in_table:
            continue
        code = _row_code(text)
        if code is not None:
            title = " ".join(_cells(text)[1:2]).strip()
            found.append(CitedDecision(code, title, line.number))
        elif not text[:1].isspace():
            in_table = False
    return found


def decisions_in_tables(lines: list[Line]) -> list[DecisionFacts]:
    """The decisions a paper other than minutes lists in its tables (a report to the panel
    or its appendix), each once and under no minute."""
    found: list[DecisionFacts] = []
    for d in tabled_decisions(lines):
        if all(f.reference != d.reference for f in found):
            found.append(DecisionFacts(d.reference, d.title, d.line, None))
    return found
