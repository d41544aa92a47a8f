"""Minutes of a meeting: numbered minutes, paragraphs, resolutions, questions (attendance
is read by `attendance`).

A minute heading is a numbered line ("118. Apologies and Substitutes") that cites the agenda
item it records ("(Item A2)", "*(Item C1)*", "(Item)") on the same line or within the next
two lines. Numbered paragraphs ("1. The Chairman ...") never cite an item, which is how the
two are told apart. Numbers are kept exactly as printed, in printed order.
"""

from __future__ import annotations

import re

from ..errors import Diagnostics
from ..model import (
    DecisionFacts,
    DeclarationFacts,
    DocumentKind,
    Line,
    MinuteFacts,
    Paragraph,
    Part,
    QuestionFacts,
)
from .attendance import (
    read_apologies_and_substitutes,
    read_attendance_for_item,
    read_attendance_lists,
    records_attendance,
)
from .headers import minutes_header
from .text import plain

MINUTE_HEADING = re.compile(r"^(?:\*\*)?(?P<number>\d{1,4})\.\s+(?P<title>.+?)(?:\*\*)?$")
ITEM_CITATION = re.compile(r"\(\s*\*?\s*Item\s*(?P<code>[A-Z]?\d{1,2}[a-z]?)?\s*\*?\s*\)\*?")
PARAGRAPH = re.compile(r"^(?:-\s+)?(?P<number>\d{1,2})\.\s+\S")
#: An indented item inside a numbered paragraph: " - a. The commissioning element",
#: " - 1. Funding for victims" (after a lettered one: its sub-item).
SUBPARAGRAPH = re.compile(r"^[ \t]+(?:[-•*]\s+)?(?P<marker>[a-z]|\d{1,2})[.)]\s+\S")
ASKER = re.compile(r"^\((?P<who>[^,()]+?)\s*,\s*(?P<org>[^()]+)\)\.?$")
QUESTION_HEADER = re.compile(r"^Question\s+(?P<number>\d+)\s*$", re.IGNORECASE)
DECISION = re.compile(
    r"\bDecision\s+(?P<ref>[A-Z]{2,8}\.D\.\d{1,4}\.\d{2,4})(?:\s*[-–]\s*(?P<title>.+))?"
)
DECLARER = re.compile(
    r"^(?:\d+\.\s*)?(?P<who>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?(?:\s+Mrs)?"
    r"(?:\s+[A-Z][\w'-]*)+?)\s+declared\b"
)


def _minute_headings(lines: list[Line]) -> list[tuple[int, re.Match[str], str | None]]:
    """(index, heading match, item code) for each minute heading in the lines."""
    found = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        match = MINUTE_HEADING.match(plain_keep_marker(text))
        if not match:
            continue
        citation = ITEM_CITATION.search(text)
        if citation is None:
            following = [lines[j].text.strip() for j in range(i + 1, min(i + 4, len(lines)))]
            nonblank = [t for t in following if t][:1]
            if nonblank:
                citation = ITEM_CITATION.fullmatch(nonblank[0].strip("*_ "))
        if citation is None:
            continue
        found.append((i, match, citation["code"]))
    return found


def plain_keep_marker(text: str) -> str:
    """Heading text with bold markers removed but item citations kept."""
    return text.replace("**", "")


def parse_minutes(part: Part, file: str, diagnostics: Diagnostics) -> None:
    part.kind = DocumentKind.MINUTES
    part.meeting = minutes_header(part.lines, file, diagnostics)
    if part.meeting:
        part.date = part.meeting.date
        part.title = f"Minutes: {part.meeting.body_name}, {part.meeting.date:%-d %B %Y}"
    else:
        part.title = "Minutes"
    headings = _minute_headings(part.lines)
    first_minute = headings[0][0] if headings else len(part.lines)
    read_attendance_lists(part, part.lines[:first_minute], file, diagnostics)
    for n, (i, match, code) in enumerate(headings):
        end = headings[n + 1][0] if n + 1 < len(headings) else len(part.lines)
        body = part.lines[i + 1 : end]
        title = ITEM_CITATION.sub("", match["title"]).replace("**", "").strip(" *_")
        minute = MinuteFacts(
            number=match["number"],
            title=plain(title),
            item_code=code,
            line=part.lines[i].number,
            end_line=part.lines[end - 1].number,
        )
        letter: str | None = None  # the lettered sub-paragraph open in this paragraph
        for line in body:
            para = PARAGRAPH.match(line.text.strip())
            if para and not line.text.startswith((" ", "\t")):
                number = para["number"]
                again = sum(1 for x in minute.paragraphs if x.number == number)
                key = f"{number}-{again + 1}" if again else number
                minute.paragraphs.append(Paragraph(number, line.number, key))
                letter = None
            elif minute.paragraphs and (sub := SUBPARAGRAPH.match(line.text)):
                # " - a." inside paragraph 2 is 2.a; " - 1." after it is 2.a.1
                marker = sub["marker"]
                top = minute.paragraphs[-1].number
                if marker.isalpha():
                    letter = marker
                    number = f"{top}.{marker}"
                else:
                    number = f"{top}.{letter}.{marker}" if letter else f"{top}.{marker}"
                minute.subparagraphs.append(Paragraph(number, line.number))
            if line.text.strip().upper().startswith("RESOLVED") and minute.resolution is None:
                minute.resolution = plain(line.text)
        read_attendance_for_item(part, minute.number, body)
        decision = DECISION.search(minute.title)
        if decision:
            part.decisions.append(
                DecisionFacts(
                    decision["ref"],
                    (decision["title"] or "").strip(),
                    minute.line,
                    minute.number,
                )
            )
        lowered = minute.title.lower()
        if records_attendance(minute.title):
            read_apologies_and_substitutes(part, body, file, diagnostics)
        if "declarations of interest" in lowered:
            _declarations(part, minute, body)
        if "questions to the" in lowered:
            _questions(part, minute, body)
        part.minutes.append(minute)
    _numbering_out_of_order(part, file, diagnostics)
    if not headings:
        diagnostics.warn(
            file,
            part.first_line,
            "minutes-without-minutes",
            "minutes with no numbered minute citing an agenda item",
        )


def _numbering_out_of_order(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """A minute numbered lower than the one before it ("125." then "115."): kept as printed
    (journalists cite the printed number), and reported, since the source may be wrong."""
    for before, minute in zip(part.minutes, part.minutes[1:], strict=False):
        if int(minute.number) <= int(before.number):
            diagnostics.warn(
                file,
                minute.line,
                "minute-number-out-of-order",
                f"minute {minute.number} follows minute {before.number}; kept as printed",
            )


def _declarations(part: Part, minute: MinuteFacts, body: list[Line]) -> None:
    for line in body:
        text = plain(line.text)
        match = DECLARER.match(text)
        if match:
            part.declarations.append(
                DeclarationFacts(
                    match["who"].strip(), re.sub(r"^\d+\.\s*", "", text), line.number, minute.number
                )
            )


def _questions(part: Part, minute: MinuteFacts, body: list[Line]) -> None:
    """Each '(Asker, Organisation)' line closes a question; its text runs back from there."""
    for k, line in enumerate(body):
        asker = ASKER.match(plain(line.text))
        if not asker:
            continue
        text_lines: list[Line] = []
        number: str | None = None
        j = k - 1
        while j >= 0:
            candidate = body[j]
            stripped = candidate.text.strip()
            header = QUESTION_HEADER.match(stripped)
            if header:
                number = header["number"]
                break
            if ASKER.match(plain(stripped)):
                break
            if stripped:
                para = PARAGRAPH.match(stripped)
                text_lines.insert(0, candidate)
                if para:
                    number = para["number"]
                    break
            j -= 1
        if not text_lines:
            continue
        text = " ".join(re.sub(r"^(?:-\s+)?\d+\.\s*", "", plain(t.text)) for t in text_lines)
        part.questions.append(
            QuestionFacts(
                number=number,
                text=text,
                asker_as_written=asker["who"].strip(),
                organisation_name=asker["org"].strip(),
                line=text_lines[0].number,
                minute_number=minute.number,
            )
        )
