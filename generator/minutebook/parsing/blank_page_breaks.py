"""A pack's blank-page notice run into the paper enclosed after it.

An agenda pack encloses other papers (the last meeting's minutes, reports), each on a new
page; a paper of odd length is followed by a page printed "This page is intentionally
left blank", and the next paper's first page is stamped with its agenda item ("Agenda
Item 3", "Agenda Item B"). When a conversion runs the pages together the notice, the
stamp and the enclosed paper's heading share one line: "... for noting. This page is
intentionally left blank Agenda Item B PLANNING COMMITTEE 13 MAY 2024 Present: ...". The
line is broken back where the pages broke: after the notice (which cleaning then drops),
after the stamp, and under a heading of a body's name and date in capitals before the
record's "Present:", so the splitter sees the enclosed paper start. Lines with no run-on
notice are left alone.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: the notice itself, as the blank page prints it
NOTICE = re.compile(r"this page is intentionally left blank\.?", re.IGNORECASE)
#: the next page's stamp: "Agenda Item 3", "Agenda Item B", "Agenda Item 4(a)"
STAMP = re.compile(r"^agenda\s+item\s+[A-Z0-9]{1,3}(?:\([a-z0-9]{1,2}\))?(?=\s)", re.IGNORECASE)
#: an enclosed record's heading in capitals with its date, then its attendance label:
#: "PLANNING COMMITTEE 13 MAY 2024 Present:"
HEADING_THEN_PRESENT = re.compile(
    r"^(?P<heading>[A-Z][A-Z&,'’ -]{2,80}?\s+\d{1,2}(?:ST|ND|RD|TH|st|nd|rd|th)?\s+"
    r"[A-Za-z]{3,9},?\s+(?:19|20)\d\d)\s+(?=present\b)",
    re.IGNORECASE,
)


def pieces_after_notice(text: str) -> list[str] | None:
    """The line's text cut where its pages broke (see the module), or None when no
    notice runs on into more text on the line."""
    notice = NOTICE.search(text)
    if notice is None:
        return None
    before, rest = text[: notice.start()].rstrip(), text[notice.end() :].strip()
    if not rest:
        return None
    pieces = [before] if before else []
    pieces.append(notice.group(0))
    stamp = STAMP.match(rest)
    if stamp is not None:
        pieces.append(stamp.group(0))
        rest = rest[stamp.end() :].strip()
    heading = HEADING_THEN_PRESENT.match(rest) if stamp is not None else None
    if heading is not None and not re.search(r"[a-z]", heading["heading"]):
        pieces.append(heading["heading"])
        rest = rest[heading.end() :].strip()
    pieces.append(rest)
    return pieces


def split_at_blank_page_notices(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Break lines where a blank-page notice runs into the next paper (same line number)."""
    out: list[Line] = []
    for line in lines:
        pieces = pieces_after_notice(line.text) if "blank" in line.text.lower() else None
        if pieces is None:
            out.append(line)
            continue
        out.extend(Line(line.number, piece) for piece in pieces)
    return out, []
