"""What a paper is when neither its opening nor its content decided: the kind its title names.

A paper whose opening no reader knows and whose text holds too little evidence to read
its kind (`content_kind`) becomes "other", and loses its meeting, items and minutes at
once. Its title still names the kind: "BOARD - MINUTES OF MEETING ON 16 APRIL 1998" under
a pack's stamp and over a scanned attendance list whose labels the OCR damaged
("eresent:"), "FORUM MINUTES of the meeting of ..." after an item stamp on a flattened
line, or "X MEETING 23 July 2015 ... AGENDA FOR MAIN MEETING" over numbered business.
The title is read in the paper's head only, as a heading (no sentence speaking of earlier
minutes: "To approve the minutes of the previous meeting", "4 Minutes of last meeting"),
and the pack's stamp ("Agenda Item No 3") names no kind. A parish or community council's
site titles each record's page "Minutes 9th March 2016" above the record's own heading,
which may be worded past the readers ("Minutes from the X meeting held ..."). Used as the
last fallback: a report keeps its kind.
"""

from __future__ import annotations

import re

from ..model import DocumentKind, Line
from .content_kind import agenda_evidence, record_evidence

#: Non-blank lines of the paper's head searched for a title naming its kind
HEAD_LINES = 40
#: Characters of each head line read (a flattened paper's whole text is one line)
HEAD_CHARS = 300

#: "MINUTES OF MEETING ON", "Minutes of the meeting of", "MINUTE of the MEETING of",
#: "Minutes of a meeting held", "X - MINUTES -", "X Minutes" ending a title line, and a
#: site's page title "Minutes 9th March 2016" / "Minutes 20/03/2017" (the word and a date)
MINUTES_TITLE = re.compile(
    r"\bminutes?\s+of\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,2}?meeting\b|"
    r"(?:^|[-–—:|]\s{0,3})minutes\s{0,3}(?:[-–—:|]|$)|"
    r"^minutes\s{1,3}(?:\d{1,2}(?:st|nd|rd|th)?\s{1,3}[a-z]{3,9}\s{1,3}\d{4}|"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4})$",
    re.IGNORECASE,
)
#: "AGENDA", "AGENDA FOR MAIN MEETING", "Agenda for the meeting", "X Agenda 23 July 2015",
#: a title line "Notice of a public meeting of";
#: not the pack's stamp ("Agenda Item 3") nor the agenda spoken of ("on the agenda")
AGENDA_TITLE = re.compile(
    r"(?<!the )(?<!this )(?<!an )\bagenda\b(?!\s{0,3}(?:items?|no\b|pack\b))"
    # "Notice of a public meeting of" over the committee: the meeting still to come
    r"|^notice\s+of\s+(?:an?\s+)?(?:public\s+|special\s+|extraordinary\s+)?meeting\b",
    re.IGNORECASE,
)
#: Characters after the kind's word read for the verb of a sentence speaking of it
SENTENCE_REACH = 80
#: how a sentence or an item speaks of earlier minutes or of the agenda: a number before
#: the words ("4 Approval of Minutes", a web agenda's "Item 2: Minutes of the meeting held
#: on D"; a pack's stamp "ITEM 2" has no colon), the verbs an item or a record use, or
#: "previous"
SPOKEN_OF = re.compile(
    r"^\s{0,4}(?:item\s{1,3}\d{1,3}:|\(?\d{1,3}[.)]?)\s|"
    r"\b(?:to\s+(?:approve|confirm|receive|agree|sign|note)|"
    r"approval|previous|last|were|was|be|is|are|will)\b",
    re.IGNORECASE,
)


def _title_kind(text: str) -> DocumentKind | None:
    """The kind a head line names as a title, or None."""
    head = text.strip().strip("*#_ ")[:HEAD_CHARS]
    minutes = MINUTES_TITLE.search(head)
    agenda = AGENDA_TITLE.search(head)
    found = [m for m in (minutes, agenda) if m is not None]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    # "Minutes - 3 June 2025 were circulated" is a sentence; "AGENDA A meeting of X will be
    # held" is an agenda's heading over its notice
    reach = SENTENCE_REACH if first is minutes else 0
    if SPOKEN_OF.search(head[: first.end() + reach]):
        return None
    return DocumentKind.MINUTES if first is minutes else DocumentKind.AGENDA


def titled_kind(lines: list[Line]) -> DocumentKind | None:
    """Minutes or an agenda as the first title in the paper's head names it; None when no
    head line names a kind as a title, or when the text speaks against it: a "Minutes of
    the meeting held on D" line over lines that speak as an agenda does ("1. To receive
    apologies") more than as a record, an agenda's title over who attended or what was
    decided (see content_kind)."""
    texts = [line.text for line in lines if line.text.strip()][:HEAD_LINES]
    kind = next((k for k in map(_title_kind, texts) if k is not None), None)
    if kind is DocumentKind.MINUTES and agenda_evidence(lines) > len(record_evidence(lines)):
        return None
    if kind is DocumentKind.AGENDA and record_evidence(lines) & {"attendance", "decision"}:
        return None
    return kind
