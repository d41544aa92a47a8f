"""An attendance label run onto the end of the line above its names.

A converter may join a table's first cell to the line before it, so the opening sentence
ends with the label of the list printed under it:

    Minutes of the Meeting of Ashby Parish Council held in the Community Centre, North
    Street, 6.45pm on Monday 6th March 2017 Present
    Cllr. Reid – Chair, Cllr. Moss, Cllr. Lowe.

Read as it is, "Present" becomes the venue's last word and the names have no label. A
county council's formula ends the sentence so too (", the members present being:"). The
label is put on a line of its own (same line number) when the line holds a date, ends
with the label, and the next line with text opens with a member's title. Any other line
is left as it is. A note's last sentence may carry the next list's label and its names
("... chair the meeting. In Attendance: Mrs E Hale"): they go on a line of their own
(`split_labels_after_notes`).
"""

from __future__ import annotations

import re

from ..dates import find_date
from ..model import Furniture, Line
from ..vocabulary import STARTS_WITH_TITLE

#: "... 2017 Present", "... 7.30pm PRESENT:", "... Members Present": the label at the end
TRAILING_LABEL = re.compile(
    r"^(?P<before>\S.{20,600}?),?\s+(?P<label>(?:(?:Members|Councillors)\s+)?(?:Present|PRESENT)"
    r"|(?:MEMBERS|COUNCILLORS)\s+PRESENT"
    # a county council's formula: "... held at 10.30 a.m. on D, the members present being:"
    r"|the\s+members\s+present\s+being)\s*:?\s*$"
)
#: Lines below searched for the names' line
REACH = 3


def split_trailing_labels(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """The lines with an attendance label run onto the end of a dated line put on a line
    of its own (see the module's docstring)."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        text = line.text.rstrip()
        ends = text.endswith(("resent", "RESENT", ":", "being"))
        found = TRAILING_LABEL.match(text) if ends else None
        if found is None or find_date(found["before"]) is None or not _names_below(lines, k):
            out.append(line)
            continue
        out.append(Line(line.number, found["before"]))
        out.append(Line(line.number, found["label"]))
    return out, []


def _names_below(lines: list[Line], k: int) -> bool:
    """Whether the next line with text opens with a member's title."""
    for below in lines[k + 1 : k + 1 + REACH]:
        if below.text.strip():
            return STARTS_WITH_TITLE.match(below.text.strip()) is not None
    return False


#: "... was elected to chair the meeting. In Attendance: Mrs E Hale (Harbour Master), ...":
#: an attendance label and its names run on after a note's last sentence
LABEL_AFTER_STOP = re.compile(
    r"(?<=[a-z)]\.)\s+(?=(?:In\s+Attendance|Also\s+(?:Present|in\s+Attendance)|Apologies"
    r"|Absent)\s*:\s*(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?|Capt)\.?\s)",
    re.IGNORECASE,
)
#: Longest line searched (a page flattened onto one line is cut by `flattened_lines`)
MAX_NOTE_LINE = 400


def split_labels_after_notes(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Put an attendance label and its names run on after a sentence's stop ("NOTE: ...
    meeting. In Attendance: Mrs E Hale, ...") on a line of their own (same line number),
    so the note ends no list and the names keep their label."""
    out: list[Line] = []
    for line in lines:
        text = line.text
        found = (
            LABEL_AFTER_STOP.search(text) if len(text) <= MAX_NOTE_LINE and ":" in text else None
        )
        if found is None:
            out.append(line)
            continue
        out.append(Line(line.number, text[: found.start()]))
        out.append(Line(line.number, text[found.end() :]))
    return out, []
