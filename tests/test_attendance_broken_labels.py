"""A hanging label broken over two lines of its left-hand column."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.attendance import label_alone
from minutebook.parsing.attendance_broken_labels import join_broken_labels


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


def test_first_words_alone_are_joined_to_the_label_below() -> None:
    lines = [Line(7, "Also in"), Line(8, "Attendance:"), Line(9, "Mr D Hart, Clerk")]
    assert [li.text for li in join_broken_labels(lines, label_alone)] == [
        "Also in Attendance:",
        "           ",
        "Mr D Hart, Clerk",
    ]


def test_words_alone_that_can_end_a_label_are_left() -> None:
    lines = [Line(1, "Town Hall"), Line(2, "Present:"), Line(3, "Cllr A Reid")]
    assert join_broken_labels(lines, label_alone) == lines
    lines = [Line(1, "The meeting of"), Line(2, "Note: none")]
    assert join_broken_labels(lines, label_alone) == lines
