"""A web page's "Attendance Details" printed after the last minute."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.attendance_at_end import attendance_at_end


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_the_details_after_the_last_minute_are_found() -> None:
    lines = _lines(
        "23\tWork Programme",
        "Minutes:",
        "That the work programme be noted.",
        "",
        "Attendance Details",
        "",
        "Present:",
        "Councillor A Reid (Chair) and Councillor B Moss.",
    )
    assert attendance_at_end(lines, 0) == 4


def test_the_words_without_a_list_under_them_are_not_the_lists() -> None:
    lines = _lines(
        "23\tMember development",
        "Attendance details",
        "Members asked for the attendance figures to be published.",
    )
    assert attendance_at_end(lines, 0) is None
    assert attendance_at_end(_lines("Attendance Details", "Present:", "Cllr A Reid"), 2) is None
