"""A label alone on its line closed by a full stop ("In attendance.", "Present.") heads
the list below it, as a colon would (invented examples)."""

from __future__ import annotations

from minute_fixtures import attendance_of as _attendance
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import LABEL

PRESENT = AttendanceRole.PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


def test_a_label_closed_by_a_full_stop_heads_the_officers_below() -> None:
    text = (
        "MINUTES of a meeting of the Complaints Sub-Committee held on 3 May 2022\n"
        "\n"
        "Present.\n"
        "\n"
        "Cllr. Mrs. A. Bellamy                Mr. C. Dowd\n"
        "\n"
        "In attendance.\n"
        "\n"
        "Mrs. E. Fenwick, Head of Legal Services, Ormsby County Council.\n"
        "\n"
        "1. APOLOGIES FOR ABSENCE\n"
        "\n"
        "There were none.\n"
    )
    found = _attendance(text)
    assert [(n, line) for role, n, _, line in found if role is IN_ATTENDANCE] == [
        ("Mrs. E. Fenwick", 9)
    ]
    assert {(role, name) for role, name, _, _ in found if role is PRESENT} == {
        (PRESENT, "Cllr. Mrs. A. Bellamy"),
        (PRESENT, "Mr. C. Dowd"),
    }


def test_a_full_stop_closes_only_a_label_alone_on_its_line() -> None:
    assert LABEL.match("In attendance.") is not None
    match = LABEL.match("Present. The Chair opened the meeting")
    assert match is None or not match["rest"].startswith("The Chair")
