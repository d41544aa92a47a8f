"""Split a cleaned source file into its papers (parts).

An agenda pack bundles an agenda, the previous meeting's minutes, reports, a work
programme and board notes; other files are one paper. Each layout is recognised by one
small detector that returns None when it does not apply. Text before the first recognised
start is a part of its own (a whole annual report, say), classified by `classify_leading`.
Every cleaned line lands in exactly one part.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import DocumentKind, Line, Part


@dataclass(frozen=True)
class Start:
    index: int  # index into the cleaned lines where the part begins
    kind: DocumentKind
    layout: str


Detector = Callable[[list[Line], int], Start | None]


def _next_nonblank(lines: list[Line], i: int, count: int) -> list[str]:
    out: list[str] = []
    j = i + 1
    while j < len(lines) and len(out) < count:
        if lines[j].text.strip():
            out.append(lines[j].text.strip())
        j += 1
    return out


def detect_agenda(lines: list[Line], i: int) -> Start | None:
    """'AGENDA' alone on a line, followed soon by a notice of meeting."""
    if lines[i].text.strip() != "AGENDA":
        return None
    following = " ".join(_next_nonblank(lines, i, 6))
    if "notice is hereby given" not in following.lower() and "meeting" not in following.lower():
        return None
    return Start(i, DocumentKind.AGENDA, "agenda")


MINUTES_OPENING = re.compile(r"MINUTES of (?:a|the) meeting of", re.IGNORECASE)
LETTERHEAD = re.compile(r"[A-Z][A-Z &'’,-]{2,80}")


def detect_minutes(lines: list[Line], i: int) -> Start | None:
    """'MINUTES of a meeting of ...', taking the capitalised letterhead above with it."""
    if not MINUTES_OPENING.match(lines[i].text.strip()):
        return None
    start = i
    j = i - 1
    while j >= 0 and (not lines[j].text.strip() or LETTERHEAD.fullmatch(lines[j].text.strip())):
        if lines[j].text.strip():
            start = j
        j -= 1
    return Start(start, DocumentKind.MINUTES, "minutes")


def detect_report(lines: list[Line], i: int) -> Start | None:
    """A report's 'To: / Subject: / Date:' header."""
    if not lines[i].text.startswith("To:"):
        return None
    if not any(t.startswith("Subject:") for t in _next_nonblank(lines, i, 3)):
        return None
    return Start(i, DocumentKind.REPORT, "report-header")


WORK_PROGRAMME = re.compile(r"[^-\d(].*\bwork programme\s*[-–]\s*\d{1,2} \w+ \d{4}", re.I)


def detect_work_programme(lines: list[Line], i: int) -> Start | None:
    """'Police and Crime Panel - Future Work Programme – 18 December 2024'."""
    if not WORK_PROGRAMME.match(lines[i].text.strip()):
        return None
    return Start(i, DocumentKind.WORK_PROGRAMME, "work-programme")


def detect_board_notes(lines: list[Line], i: int) -> Start | None:
    """'Meeting Notes' followed by a 'Title:' table (the Commissioner's board)."""
    if lines[i].text.strip() != "Meeting Notes":
        return None
    if not any(t.startswith("Title:") for t in _next_nonblank(lines, i, 2)):
        return None
    return Start(i, DocumentKind.MINUTES, "board-notes")


DETECTORS: tuple[Detector, ...] = (
    detect_agenda,
    detect_minutes,
    detect_report,
    detect_work_programme,
    detect_board_notes,
)


def may_start(text: str) -> bool:
    """Whether any detector could accept a line: a cheap test that every start passes (most
    lines fail it, and then no detector's patterns run). A new detector must pass here."""
    stripped = text.strip()
    return (
        stripped == "AGENDA"  # detect_agenda
        or stripped[:1] in ("M", "m")  # detect_minutes ("MINUTES of", any case); board notes
        or text.startswith("To:")  # detect_report
        or "programme" in stripped.lower()  # detect_work_programme ("... Work Programme – ...")
    )


def classify_leading(lines: list[Line]) -> Start:
    """Kind of text that opens a file before any recognised paper (often the whole file)."""
    head = " ".join(line.text for line in lines[:40] if line.text.strip()).lower()
    if "annual report" in head:
        return Start(0, DocumentKind.ANNUAL_REPORT, "annual-report")
    if "report" in head[:300]:
        return Start(0, DocumentKind.REPORT, "standalone-report")
    return Start(0, DocumentKind.OTHER, "unrecognised")


def split(lines: list[Line]) -> list[Part]:
    """Cut the cleaned lines into parts; each line belongs to exactly one part."""
    starts: list[Start] = []
    for i in range(len(lines)):
        if not may_start(lines[i].text):
            continue
        for detect in DETECTORS:
            start = detect(lines, i)
            if start is not None:
                if not starts or start.index > starts[-1].index:
                    starts.append(start)
                break
    first_text = next((k for k, line in enumerate(lines) if line.text.strip()), None)
    if first_text is None:
        return []
    if not starts or any(line.text.strip() for line in lines[: starts[0].index]):
        starts.insert(0, classify_leading(lines[: starts[0].index] if starts else lines))
    elif starts[0].index > 0:  # only blank lines precede the first paper: they belong to it
        starts[0] = Start(0, starts[0].kind, starts[0].layout)
    parts: list[Part] = []
    for n, start in enumerate(starts):
        end = starts[n + 1].index if n + 1 < len(starts) else len(lines)
        body = lines[start.index : end]
        parts.append(Part(kind=start.kind, title="", lines=body, layout=start.layout))
    return parts
