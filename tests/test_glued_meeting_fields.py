"""A title cell glued to the meeting's first field, and the fields read under it."""

from __future__ import annotations

from conftest import quirk_lines
from minutebook.model import Line
from minutebook.parsing.glued_meeting_fields import split_glued_meeting_fields
from minutebook.parsing.openings import TITLE_PREFIX


def test_a_title_glued_to_its_date_field_is_parted() -> None:
    lines, _ = split_glued_meeting_fields(
        [
            Line(1, "Minutes of the Fenby Health BoardDate of meeting: 4 May 2026"),
            Line(2, "Time of meeting: 9.30am"),
        ]
    )
    assert [(line.number, line.text) for line in lines] == [
        (1, "Minutes of the Fenby Health Board"),
        (1, "Date of meeting: 4 May 2026"),
        (2, "Time of meeting: 9.30am"),
    ]


def test_spaced_or_unglued_fields_and_later_lines_stay() -> None:
    kept = [
        Line(1, "Minutes of the Fenby Health Board Date of meeting: 4 May 2026"),
        Line(2, "Date of meeting: 4 May 2026"),
        Line(3, "the updateDate field was renamed"),
    ]
    assert split_glued_meeting_fields(kept)[0] == kept
    late = [Line(n, f"Line {n}") for n in range(1, 14)]
    late.append(Line(14, "Minutes of the BoardDate of meeting: 4 May 2026"))
    assert split_glued_meeting_fields(late)[0] == late


def test_a_numbered_meeting_in_a_title_is_no_part_of_the_body() -> None:
    assert TITLE_PREFIX.sub("", "Minutes from the Eleventh Meeting of the Fenby Board") == (
        "Fenby Board"
    )
    assert TITLE_PREFIX.sub("", "Minutes of the 45th meeting of the Fenby Board") == "Fenby Board"
    assert TITLE_PREFIX.sub("", "Minutes of the Twenty-First Meeting of the X") == "X"
    assert TITLE_PREFIX.sub("", "Minutes of the Health and Wellbeing Board") == (
        "Health and Wellbeing Board"
    )
    assert TITLE_PREFIX.sub("", "Minutes of the Fourth Estate Board") == "Fourth Estate Board"


def test_the_parted_title_names_the_board_and_its_fields() -> None:
    lines, _ = split_glued_meeting_fields(quirk_lines("title-glued-to-meeting-field.txt"))
    assert [line.text for line in lines[:3]] == [
        "Minutes from the Ninth Meeting of the Fenby Health Board",
        "Date of meeting: 4 May 2026",
        "Time of meeting: 9.30am",
    ]
