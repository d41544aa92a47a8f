"""Officers listed on the label's line as "Name, Post;" with no title."""

from __future__ import annotations

from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import label_line
from minutebook.parsing.attendance_name_post_runs import name_post_run


def test_initials_then_posts_parted_by_semicolons_are_a_list() -> None:
    assert name_post_run("A. Reid, Chief Executive; B. Moss, Head of Legal and Democratic Services")


def test_forenames_then_posts_are_a_list() -> None:
    run = "Ann Reid, Director of Place; and Bob Moss, Head of Finance and Procurement."
    assert name_post_run(run)


def test_the_label_of_such_a_run_is_read_as_in_attendance() -> None:
    text = "Attending: A. Reid, Chief Executive; B. Moss, Head of Roads and of the Fleet; C. Lowe"
    found = label_line(text)
    assert found is not None
    assert found[1] is AttendanceRole.IN_ATTENDANCE


def test_a_sentence_is_not_a_run() -> None:
    assert not name_post_run("the Committee noted the report; it was agreed to defer it")
    assert not name_post_run("Attendance at meetings, which had fallen; was discussed")


def test_one_entry_alone_is_not_a_run() -> None:
    assert not name_post_run("A. Reid, Head of the Service and of the Fleet")
