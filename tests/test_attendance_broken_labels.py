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
