"""Find phrases that name another record: a meeting, an agenda item, a decision, a report.

One pattern per kind of reference, each a phrase these documents really print:

- "Minutes of the Police and Crime Panel held on 10 October 2024", "the minutes of the
  meeting held on 16 July 2024", "Minutes of the Commissioner's Governance Board Meeting
  held on 2 October 2024" (the words before "held on" name the body, if any);
- "(Item B2)", "*(Item C1)*", "Item B1 'Commissioner's Annual Report 2021/22'";
- "Decision OPCC.D.030.22";
- "Police and Crime Commissioner's Annual Report for 2023-24";
- "attached as Appendix A", "see appendix C" (`find_appendix_mentions`: these name an
  appendix of the paper's own report, so they are resolved against that report only).

Parsing only records the phrase and what identifies its target; whether the archive holds
that target is decided in `resolving.references`, across all documents.
"""

from __future__ import annotations

import re

from ..dates import DATE_PHRASE, find_date
from ..model import Line, ReferenceFact, ReferenceKind
from ..vocabulary import WEEKDAY_NAME

WEEKDAY = r"(?:" + WEEKDAY_NAME + r",?\s+)?"
MEETING_REFERENCE = re.compile(
    r"\b(?:minutes|notes)\s+of\s+(?:the\s+|a\s+)?(?P<hint>[A-Za-z&'’ ]{0,100}?)\s*"
    r"(?:meeting\s+)?held\s+on\s+" + WEEKDAY + DATE_PHRASE.pattern.removeprefix(r"\b"),
    re.IGNORECASE,
)
ITEM_REFERENCE = re.compile(r"\bItem\s+(?P<key>[A-Z]?\d{1,2})\b")
DECISION_REFERENCE = re.compile(r"\bDecision\s+(?P<key>[A-Z]{2,8}\.D\.\d{1,4}\.\d{2})\b")
YEAR_RANGE = re.compile(r"\b(?P<y1>(?:19|20)\d\d)\s*[-/–]\s*(?P<y2>\d{2}(?:\d{2})?)\b")
ANNUAL_REPORT_REFERENCE = re.compile(
    r"\b(?:Police\s+and\s+Crime\s+)?Commissioner(?:'s|’s|s)?\s+Annual\s+Report(?:\s+for)?\s+"
    + YEAR_RANGE.pattern[2:],
    re.IGNORECASE,
)
#: "Appendix A", "appendix C" in running text (not "Appendix 10" for "Appendix 1").
APPENDIX_MENTION = re.compile(r"\b[Aa]ppendix (?P<label>[A-Z]{1,2}|\d{1,2})\b")
#: Words before "held on" that name no body ("the meeting", "a meeting").
NO_BODY = re.compile(r"^(?:the\s+|a\s+)?(?:meeting)?$", re.IGNORECASE)


def year_range(text: str) -> str | None:
    """'2023-24', '2023/24', '2023 - 2024' -> '2023-2024' (the first range in the text)."""
    match = YEAR_RANGE.search(text)
    if not match:
        return None
    start, end = match["y1"], match["y2"]
    if len(end) == 2:
        end = start[:2] + end
    return f"{start}-{end}" if int(end) == int(start) + 1 else None


def meeting_references(line: Line) -> list[ReferenceFact]:
    found = []
    for match in MEETING_REFERENCE.finditer(line.text):
        date = find_date(match.group(0))
        if date is None:
            continue
        hint = match["hint"].strip()
        found.append(
            ReferenceFact(
                ReferenceKind.MEETING,
                match.group(0),
                line.number,
                date.isoformat(),
                None if NO_BODY.match(hint) else hint,
            )
        )
    return found


def item_references(line: Line) -> list[ReferenceFact]:
    """Not a bare "Item 3" line: that labels the paper itself (the item it was written
    for, of a meeting whose agenda may not say so), it does not refer to another record."""
    if ITEM_REFERENCE.fullmatch(line.text.strip(" #*")):
        return []
    return [
        ReferenceFact(ReferenceKind.ITEM, m.group(0), line.number, m["key"])
        for m in ITEM_REFERENCE.finditer(line.text)
    ]


def decision_references(line: Line) -> list[ReferenceFact]:
    return [
        ReferenceFact(ReferenceKind.DECISION, m.group(0), line.number, m["key"])
        for m in DECISION_REFERENCE.finditer(line.text)
    ]


def annual_report_references(line: Line) -> list[ReferenceFact]:
    found = []
    for match in ANNUAL_REPORT_REFERENCE.finditer(line.text):
        years = year_range(match.group(0))
        if years:
            found.append(
                ReferenceFact(ReferenceKind.ANNUAL_REPORT, match.group(0), line.number, years)
            )
    return found


#: Each finder with a word its phrase always contains (lower case): most lines contain none,
#: and a substring test is far cheaper than a regular expression.
FINDERS = (
    (meeting_references, "held on"),
    (item_references, "item"),
    (decision_references, "decision"),
    (annual_report_references, "annual report"),
)


def find_references(lines: list[Line]) -> list[ReferenceFact]:
    """Every reference in the lines, in reading order."""
    found = []
    for line in lines:
        lowered = line.text.lower()
        for finder, word in FINDERS:
            if word in lowered:
                found += finder(line)
    return found


def find_appendix_mentions(lines: list[Line]) -> list[ReferenceFact]:
    """Every "Appendix A" in the lines, in reading order, keyed by its label."""
    return [
        ReferenceFact(ReferenceKind.APPENDIX, m.group(0), line.number, m["label"])
        for line in lines
        if "ppendix" in line.text
        for m in APPENDIX_MENTION.finditer(line.text)
    ]
