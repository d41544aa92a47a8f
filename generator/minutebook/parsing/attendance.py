"""Who attended a meeting, as its minutes record it: the lists before the first minute
("PRESENT:", "ALSO PRESENT:", "IN ATTENDANCE:"), the apologies and substitutes minute, and
someone in attendance for one item only.

Someone at the meeting for one item only is recorded in that minute's text ("Alan Pughsley
QPM (Chief Constable, Kent Police) was in attendance for this item."): in attendance, for
that minute.
"""

from __future__ import annotations

import re

from ..errors import Diagnostics
from ..model import AttendanceFacts, AttendanceRole, Line, Part
from .names import split_name_list
from .text import plain

ATTENDANCE_LINE = re.compile(
    r"^(?P<label>PRESENT|ALSO PRESENT|IN ATTENDANCE|APOLOGIES)\s*:\s*(?P<names>.+)$"
)
ROLE_OF_LABEL = {
    "PRESENT": AttendanceRole.PRESENT,
    "ALSO PRESENT": AttendanceRole.ALSO_PRESENT,
    "IN ATTENDANCE": AttendanceRole.IN_ATTENDANCE,
    "APOLOGIES": AttendanceRole.APOLOGIES,
}
APOLOGIES_SENTENCE = re.compile(r"Apologies (?:for absence )?were received from (?P<names>[^.]+)\.")
SUBSTITUTE_SENTENCE = re.compile(
    r"(?P<sub>(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?(?:\s+[A-Z][\w'-]*)+)\s+substituted for\s+"
    r"(?P<for>[^.]+)\."
)
#: "Alan Pughsley QPM (Chief Constable, Kent Police) was in attendance for this item."
FOR_THIS_ITEM = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})\s*"
    r"(?:\((?P<capacity>[^()]+)\))?\s+(?:was|were)\s+in\s+attendance\s+for\s+this\s+item\.?$"
)


def read_attendance_lists(
    part: Part, lines: list[Line], file: str, diagnostics: Diagnostics
) -> None:
    """The attendance lists printed before the first minute."""
    for line in lines:
        _attendance_line(part, line, file, diagnostics)


def read_attendance_for_item(part: Part, minute_number: str, body: list[Line]) -> None:
    """Someone recorded in a minute's text as in attendance for that item only."""
    for line in body:
        # cheap test first: the pattern needs its words
        present = FOR_THIS_ITEM.match(plain(line.text)) if "attendance" in line.text else None
        if present:
            part.attendance.append(
                AttendanceFacts(
                    AttendanceRole.IN_ATTENDANCE,
                    present["name"],
                    (present["capacity"] or "").strip() or None,
                    line.number,
                    minute_number=minute_number,
                )
            )


def _attendance_line(part: Part, line: Line, file: str, diagnostics: Diagnostics) -> None:
    match = ATTENDANCE_LINE.match(line.text.strip())
    if not match:
        return
    role = ROLE_OF_LABEL[match["label"]]
    for entry in split_name_list(plain(match["names"])):
        if entry.looks_damaged:
            diagnostics.warn(
                file,
                line.number,
                "damaged-name",
                f"name {entry.as_written!r} in the {match['label']} list has no "
                "title or first name; kept as written",
            )
        part.attendance.append(AttendanceFacts(role, entry.as_written, entry.capacity, line.number))


def read_apologies_and_substitutes(part: Part, body: list[Line]) -> None:
    """Apologies and substitutes recorded as sentences in the minute about them."""
    for line in body:
        text = plain(line.text)
        for match in APOLOGIES_SENTENCE.finditer(text):
            for entry in split_name_list(match["names"]):
                part.attendance.append(
                    AttendanceFacts(
                        AttendanceRole.APOLOGIES, entry.as_written, entry.capacity, line.number
                    )
                )
        for match in SUBSTITUTE_SENTENCE.finditer(text):
            part.attendance.append(
                AttendanceFacts(
                    AttendanceRole.SUBSTITUTE,
                    match["sub"].strip(),
                    f"substitute for {match['for'].strip()}",
                    line.number,
                )
            )
