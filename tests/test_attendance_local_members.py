"""A planning committee's "Local Members:" (councillors there for their division) and its
list of officers' posts, naming only some holders."""

from __future__ import annotations

from minutebook.model import AttendanceRole, Line
from minutebook.parsing.attendance import label_line, post_only
from minutebook.parsing.attendance_broken_labels import join_broken_labels


def test_local_members_are_also_present() -> None:
    found = label_line("Local Members: Councillor A Reid (Wyke East)")
    assert found is not None and found[1] is AttendanceRole.ALSO_PRESENT


def test_the_label_broken_over_its_column_is_joined() -> None:
    lines = [
        Line(1, "Local       Councillors B. Quennell (Wyke East) and Mrs D. Stobart"),
        Line(2, "Members:    (Marsh Rural)"),
    ]
    joined = join_broken_labels(lines, lambda text: label_line(text) is not None)
    assert joined[0].text.startswith("Local Members:")
    assert joined[1].text.strip() == "(Marsh Rural)"


def test_a_post_in_a_list_of_officers_is_nobody() -> None:
    assert post_only("Head of Planning", None)
    assert post_only("Senior Highways Development Engineer", None)
    assert post_only("Minerals", "Principal Planning Officer (Minerals)")
    assert not post_only("Mr T. Kaye", "Democratic Services Officer")
    assert not post_only("Ann Reid", None)
    assert not post_only("A.B. Officer", None)  # initials: a name
