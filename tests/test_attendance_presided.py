"""Scottish minutes: who presided, a run-on list closed by a stop, an item's prompt, and a
column label printed without its colon."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceFacts, AttendanceRole, Line
from minutebook.parsing.attendance import label_line
from minutebook.parsing.attendance_closing_stop import closed_by_stop
from minutebook.parsing.attendance_comma_posts import comma_post_rows
from minutebook.parsing.attendance_hanging_label import spaced_label
from minutebook.parsing.attendance_item_prompts import apologies_prompt
from minutebook.parsing.attendance_presided import already_present, presided_line

PRESENT = AttendanceRole.PRESENT


def test_presided_gives_the_name_and_the_office_between_commas() -> None:
    assert presided_line("Councillor Ann Reid, Convener, presided.") == (
        "Councillor Ann Reid",
        "Convener",
    )
    assert presided_line("Chair: Councillor Reid presided.") == ("Councillor Reid", None)
    assert presided_line("Provost Moss presided") == ("Provost Moss", None)


def test_other_lines_are_no_presided_line() -> None:
    assert presided_line("The Convener presided over a lively debate on the budget.") is None
    assert presided_line("Councillor Reid, Convener") is None
    assert presided_line("Ann Reid presided.") is None  # no title: a sentence's subject


def test_a_presiding_member_already_listed_is_not_added_again() -> None:
    listed = [AttendanceFacts(PRESENT, "Reid", None, 3)]
    assert already_present("Councillor Reid", listed)
    assert not already_present("Councillor Moss", listed)


def test_a_presided_sentence_is_no_wrapped_post() -> None:
    lines = [Line(8, "Councillor Reid, Convener, presided."), Line(9, "In Attendance")]
    assert comma_post_rows(lines) == lines


def test_a_full_stop_after_several_names_closes_the_list() -> None:
    assert closed_by_stop("A Reid, Clerk; B Moss, Head of Finance (all Resources).")
    assert not closed_by_stop("Councillor A Reid (Chair)")  # one name a line
    assert not closed_by_stop("Councillors A. Reid, B. Moss, C. D.")  # an initial's stop


def test_an_items_prompt_for_apologies_names_nobody() -> None:
    assert apologies_prompt("Apologies from members.")
    assert apologies_prompt("To receive apologies for absence from Members.")
    assert not apologies_prompt("Apologies from Councillor Reid.")
    assert not apologies_prompt("Apologies")  # the label itself


def test_a_column_label_without_its_colon_opens_its_list() -> None:
    assert spaced_label("Observers              Mrs D Reid", label_line) == (
        "Observers",
        AttendanceRole.ALSO_PRESENT,
        "Mrs D Reid",
    )
    assert spaced_label("Reports were noted   Mr A Reid", label_line) is None
    assert spaced_label("                       Mrs D Reid", label_line) is None


MINUTES = """Minute of Meeting
Housing Board

Date: Tuesday, 9 March 2021
Time: 10:00
Venue: Council Chambers, Kilbrennan House, Strathmoy

Chair
Councillor Lennie, Convener, presided.
In Attendance
G Baird, Director of Communities; and W Kidd, Committee Services Officer (all Resources).
Items of Business
Apologies
Apologies from members.
Councillors Drysdale and F Moir.

1 Minutes
The minute was approved.
"""


def test_a_scottish_meeting_page_is_read_whole() -> None:
    assert attendance_of(MINUTES) == [
        (PRESENT, "Councillor Lennie", "Convener", 9),
        (AttendanceRole.IN_ATTENDANCE, "G Baird", "Director of Communities", 11),
        (AttendanceRole.IN_ATTENDANCE, "W Kidd", "Committee Services Officer", 11),
        (AttendanceRole.APOLOGIES, "Drysdale", None, 15),
        (AttendanceRole.APOLOGIES, "F Moir", None, 15),
    ]
