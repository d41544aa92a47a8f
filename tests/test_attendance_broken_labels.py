"""A hanging label broken over two lines of its left-hand column."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import Line
from minutebook.parsing.attendance import label_alone
from minutebook.parsing.attendance_broken_labels import (
    join_broken_labels,
    labels_around_first_rows,
)


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


def test_a_label_broken_alone_is_joined_on_its_last_line() -> None:
    lines = [
        Line(20, "Councillor B Moss"),
        Line(21, "Also in"),
        Line(22, "Attendance:"),
        Line(23, "Mr D Hart, Town Clerk"),
    ]
    assert [li.text for li in join_broken_labels(lines, label_alone)] == [
        "Councillor B Moss",
        "",
        "Also in Attendance:",
        "Mr D Hart, Town Clerk",
    ]


def test_stacked_labels_broken_alone_are_left_apart() -> None:
    lines = [
        Line(9, "Mr B Moss"),
        Line(10, "Officers in"),
        Line(11, "Attendance:"),
        Line(12, "Also in"),
        Line(13, "Attendance:"),
        Line(14, "Mr C Lowe"),
    ]
    assert join_broken_labels(lines, label_alone) == lines


def test_a_word_that_can_end_a_label_is_not_joined_to_the_next() -> None:
    lines = [Line(1, "Mr B Moss"), Line(2, "Present"), Line(3, "Apologies:"), Line(4, "Mr C Lowe")]
    assert join_broken_labels(lines, label_alone) == lines


def test_a_labels_colon_alone_on_the_line_under_it_is_put_back() -> None:
    lines = [Line(8, "PRESENT"), Line(9, ":"), Line(10, "Jim Ash (Chairman)"), Line(11, "I Birch")]
    assert [li.text for li in join_broken_labels(lines, label_alone)] == [
        "PRESENT:",
        "",
        "Jim Ash (Chairman)",
        "I Birch",
    ]
    # a colon under words that make no label stays where it is
    prose = [Line(1, "The figures were"), Line(2, ":"), Line(3, "12 and 14")]
    assert join_broken_labels(prose, label_alone) == prose


def test_a_label_broken_around_its_first_row_is_joined_before_the_names() -> None:
    """Two columns flattened: "Officers in" beside the first row, "Attendance" under it."""
    lines = [
        Line(7, "Officers in Ms Reid, Director of Parks Attendance Mr Moss, Head of Leisure"),
        Line(8, "Others in Ms Lowe, Chair of the Wyke Trust"),  # no label's last word
    ]
    assert [li.text for li in labels_around_first_rows(lines, label_alone)] == [
        "Officers in Attendance: Ms Reid, Director of Parks Mr Moss, Head of Leisure",
        "Others in Ms Lowe, Chair of the Wyke Trust",
    ]


def test_the_officers_beside_a_broken_label_are_in_attendance() -> None:
    found = attendance_of(
        "Members Present Councillor Hart, Chair\n\n"
        "Officers in Ms Reid, Director of Parks Attendance Mr Moss, Head of Leisure Ms Pym, "
        "Committee Officer\n\n1. Apologies\n"
    )
    officers = [
        (name, capacity) for role, name, capacity, _ in found if role.value == "in_attendance"
    ]
    assert officers == [
        ("Ms Reid", "Director of Parks"),
        ("Mr Moss", "Head of Leisure"),
        ("Ms Pym", "Committee Officer"),
    ]
