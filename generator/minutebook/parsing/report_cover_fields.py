"""A report's cover printed as a block of labelled fields, wherever the block begins.

Councils print a report's cover as a short table of fields, and the first field differs
from one council's template to another's: "Committee: / Date: / Report Title: / Report
By:" (Highland), "Subject: / Date of meeting: / Report of: / Contact Officer: / Ward(s)
affected:" (Brighton and Hove), "Report of: / To: / On: / Title:" (Salford), "Meeting: /
Date: / Subject: / Report of: / Wards affected:". What every template holds is a field
naming the report's subject and one naming whom it is from, a few lines apart. Bound
into a pack after the agenda and the minutes, such a report opened no paper unless its
first field was "Report to:", and its text was read as the paper above's. A block that
names a subject and whom it is from opens a report at its first field (an authority's
name or the pack's "Agenda Item 4" stamp just above it stays with it); an agenda front
sheet's "Meeting: / Date: / Time: / Venue:" names neither.
"""

from __future__ import annotations

import re

from ..markup import TAGS

#: one field of a report's cover, by its label: "Committee:", "Date of meeting:", "Report
#: by:", "Ward(s) affected:", "Key Decision:", "Lead Officer and Report Author:"
COVER_FIELD = re.compile(
    r"(?:report\s+(?:to|of|by|title|author|number|no\.?|from)|subject|title(?:\s+of\s+report)?"
    r"|committee|meeting|decision[ -]maker|date(?:\s+of\s+(?:the\s+)?meeting)?|to|from|on"
    r"|author|(?:lead|contact|responsible)\s+officer(?:\s+and\s+report\s+author)?"
    r"|ward(?:\(s\)|s)?(?:\s+affected)?|key\s+decision|classification|cabinet\s+member"
    r"|portfolio(?:\s+holder)?|status|purpose)[ \t]*(?::|\t)",
    re.IGNORECASE,
)
#: the field naming what a report is about: "Subject: X", "Report Title: X", "TITLE: X"
SUBJECT = re.compile(
    r"(?:subject|report\s+title|title(?:\s+of\s+report)?)[ \t]*(?::|\t)[ \t]*\S", re.I
)
#: the field naming whom it is from: "Report of: X", "Report By: X", "Report Author: X",
#: or the line "REPORT OF THE DIRECTOR OF X" that some covers print without a colon
FROM = re.compile(
    r"(?:report\s+(?:of|by|author|from)|author|lead\s+officer(?:\s+and\s+report\s+author)?)"
    r"[ \t]*(?::|\t)[ \t]*\S|(?:joint\s+)?report\s+of\s+\S",
    re.IGNORECASE,
)
#: Non-blank lines of a cover block searched for its subject and its author
REACH = 8
#: Longest line read as a cover field (a paragraph is longer)
FIELD_CHARS = 200


def _text(raw: str) -> str:
    text = raw.strip()
    if text.startswith("<"):  # a table cell that kept its HTML: "<p>Subject:</p>"
        text = TAGS.sub(" ", text).strip()
    return text.strip("*#_ |")


def cover_field(raw: str) -> bool:
    """Whether a line is one field of a report's cover (its label, a colon or a tab)."""
    text = _text(raw)
    return 0 < len(text) <= FIELD_CHARS and (
        COVER_FIELD.match(text) is not None or FROM.match(text) is not None
    )


def cover_block(texts: list[str]) -> bool:
    """Whether non-blank lines, the first a cover field, print a report's cover: a subject
    field and an author field among the fields of one block (a line that is no field ends
    it, except one line of a value printed under its field)."""
    subject = author = False
    loose = 0  # lines in a row that are no field
    for raw in texts[:REACH]:
        text = _text(raw)
        if not cover_field(raw):
            loose += 1
            if loose > 1 or len(text) > FIELD_CHARS:
                return False
            continue  # a label's value on the line under it, as a two-column table prints
        loose = 0
        subject = subject or SUBJECT.match(text) is not None
        author = author or FROM.match(text) is not None
        if subject and author:
            return True
    return False


def subject_of(texts: list[str]) -> str | None:
    """The subject a run of lines' first subject field names (lower case), or None."""
    for raw in texts:
        text = _text(raw)
        if len(text) <= FIELD_CHARS and SUBJECT.match(text):
            return re.split(r"[:\t]", text, maxsplit=1)[1].strip().lower()
    return None


def another_cover(above: list[str], below: list[str]) -> bool:
    """Whether a cover block opens another report than the one just begun: the paper above
    named its subject in a field, and this block names a different one. Two short reports
    of one pack lie closer than the window in which a second opening repeats the first."""
    before, after = subject_of(above), subject_of(below[:REACH])
    return before is not None and after is not None and before != after


#: a report's first section after its cover: "1. Purpose of the report", "Executive
#: Summary", "2 Recommendations", "Introduction" (a heading, not a "Purpose:" field)
SECTION = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2})?\.?[ \t]+)?(?:purpose|(?:executive[ \t]+)?summary|introduction"
    r"|background|recommendations?)\b[^:]{0,70}",
    re.IGNORECASE,
)
#: Non-blank lines under a cover's first field searched for the report's first section
SECTION_REACH = 25


def opens_body(texts: list[str]) -> bool:
    """Whether a report's first section follows its cover within a few lines: a list of
    entries with the same fields (a forward plan's key decisions) has none."""
    return any(SECTION.fullmatch(_text(t)) for t in texts[:SECTION_REACH])
