"""A hanging label broken over two lines of its left-hand column."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole, Line
from minutebook.parsing.attendance import label_alone
from minutebook.parsing.attendance_broken_labels import join_broken_labels

PRESENT = AttendanceRole.PRESENT
ALSO = AttendanceRole.ALSO_PRESENT


def test_the_two_halves_are_joined_on_the_first_line() -> None:
    lines = [
        Line(4, "Committee     Councillors Reid (Chairman), Moss,"),
        Line(5, "Members:      Lowe and Hart"),
    ]
    assert [li.text for li in join_broken_labels(lines, label_alone)] == [
        "Committee Members:     Councillors Reid (Chairman), Moss,",
        "              Lowe and Hart",
    ]


def test_words_that_join_to_no_label_are_left() -> None:
    lines = [Line(1, "Planning      Applications were heard."), Line(2, "Note:   none")]
    assert join_broken_labels(lines, label_alone) == lines


def test_visiting_members_are_also_present() -> None:
    text = (
        "MINUTES of the meeting of the Audit Committee held at Wyke on 3 May 2022\n"
        "\n"
        "Committee     Councillors Reid (Chairman), Moss,\n"
        "Members:      Lowe and Hart\n"
        "\n"
        "Visiting      Councillors Ward and Mrs Yorke\n"
        "Members:\n"
        "\n"
        "1.  APOLOGIES\n"
    )
    assert attendance_of(text) == [
        (PRESENT, "Reid", "Chairman", 3),
        (PRESENT, "Moss", None, 3),
        (PRESENT, "Lowe", None, 4),
        (PRESENT, "Hart", None, 4),
        (ALSO, "Ward", None, 6),
        (ALSO, "Mrs Yorke", None, 6),
    ]
