"""An attendance table's cells flattened into labelled rows of names (invented example;
`parsing.attendance_cell_rows`)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.attendance_cell_rows import cell_rows, name_posts, row_names
from opening_facts import parsed

BOARD = (
    "Fenby Moor Park Authority\n\n"
    "Minutes of the Board Meeting\n\n"
    "Hybrid\n\n"
    "14 March 2025 at 10.00am\n\n"
    "Present in person Ann Reid (Convener) Ben Moss Cara Lowe\n\n"
    "Dan Pym (Deputy Convener) Eve Hart\n\n"
    "Present virtually Dr Fay Dunn Gil Ives\n\n"
    "In Attendance Hal Amos, Chief Executive Ian Bell, Head of Housing"
    " Jo Kerr, Clerk to the Board\n\n"
    "Apologies Kit Lamb Lyn Moor\n\n"
    "Welcome\n\n"
    "The Convener opened the meeting.\n\n"
    "Previous Minutes\n\n"
    "The minutes of the meeting held on 7 February 2025 were approved.\n\n"
    "Budget\n\n"
    "The Board noted the report.\n"
)


def test_each_labelled_row_and_the_rows_under_it_are_read() -> None:
    part = parsed(BOARD).parts[0]
    assert [(a.role.value, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        ("present", "Ann Reid", "Convener", 9),
        ("present", "Ben Moss", None, 9),
        ("present", "Cara Lowe", None, 9),
        ("present", "Dan Pym", "Deputy Convener", 11),
        ("present", "Eve Hart", None, 11),
        ("present", "Dr Fay Dunn", None, 13),
        ("present", "Gil Ives", None, 13),
        ("in_attendance", "Hal Amos", "Chief Executive", 15),
        ("in_attendance", "Ian Bell", "Head of Housing", 15),
        ("in_attendance", "Jo Kerr", "Clerk to the Board", 15),
        ("apologies", "Kit Lamb", None, 17),
        ("apologies", "Lyn Moor", None, 17),
    ]


def test_no_row_of_the_block_heads_a_minute() -> None:
    part = parsed(BOARD).parts[0]
    assert [m.title for m in part.minutes] == [
        "Welcome",
        "Previous Minutes",
        "Budget",
    ]


def test_a_row_is_pairs_of_name_words_a_title_before_and_a_post_after() -> None:
    assert row_names("Ann Reid (Convener) Dr Ben Moss") == ["Ann Reid (Convener)", "Dr Ben Moss"]
    assert row_names("Ann Reid Ben") is None  # a word left over
    assert row_names("Budget and Finance") is None  # a word in lower case
    assert row_names("(Convener) Ann Reid") is None  # a post before any name


def test_officers_posts_end_where_the_next_name_begins() -> None:
    assert name_posts("Hal Amos, Chief Executive Ian Bell, Clerk Jo Kerr, Treasurer") == [
        "Hal Amos, Chief Executive",
        "Ian Bell, Clerk",
        "Jo Kerr, Treasurer",
    ]
    assert name_posts("Hal Amos, Chief Executive Officer, Ian Bell, Clerk") is None
    assert name_posts("Hal Amos, Chief Executive") is None  # one officer is no run


def test_a_short_row_or_a_sentence_is_left_alone() -> None:
    few = [Line(1, "Apologies Kit Lamb Lyn Moor"), Line(2, ""), Line(3, "Welcome")]
    assert cell_rows(few) == few
    sentence = [Line(1, "Present in person were the members listed below.")]
    assert cell_rows(sentence) == sentence
