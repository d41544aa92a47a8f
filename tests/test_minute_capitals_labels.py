"""Minutes that number no heading: an attendance label in capitals heads no minute."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

LABELS = (
    "MINUTES OF THE MEETING OF THE WESTMERE FIRE AUTHORITY\n"
    "MEMBERS PRESENT\n"
    "\n"
    "Cllr A Reid\n"
    "Mrs B Moss\n"
    "\n"
    "OFFICERS PRESENT\n"
    "\n"
    "Mr C Dunn          -   Clerk to the Authority\n"
    "\n"
    "ALSO IN ATTENDANCE\n"
    "\n"
    "Ms D Lowe\n"
    "\n"
    "APOLOGIES FOR ABSENCE\n"
    "\n"
    "Apologies were received from Cllr E Hart.\n"
    "\n"
    "BUDGET MONITORING\n"
    "\n"
    "The Treasurer presented the report.\n"
)


def test_attendance_labels_in_capitals_head_no_minute() -> None:
    headings = minute_headings(lines_of(LABELS))
    assert [h.title for h in headings] == ["APOLOGIES FOR ABSENCE", "BUDGET MONITORING"]
