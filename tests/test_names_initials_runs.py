"""Names by initials run on with no commas after a title (names_initials_runs)."""

from __future__ import annotations

from minutebook.parsing.names import split_name_list
from minutebook.parsing.names_initials_runs import honours_apart, initials_run_names


def test_a_run_of_initialled_names_is_cut_at_each_name() -> None:
    assert initials_run_names("Councillor B C Moss D Lowe E F Hart") == [
        (0, "Councillor B C Moss"),
        (20, "D Lowe"),
        (27, "E F Hart"),
    ]


def test_a_list_of_columns_gives_every_member() -> None:
    text = "Councillor A Reid Councillor B C Moss D Lowe E F Hart Mrs G Pym H McKerr"
    assert [e.as_written for e in split_name_list(text)] == [
        "Councillor A Reid",
        "Councillor B C Moss",
        "D Lowe",
        "E F Hart",
        "Mrs G Pym",
        "H McKerr",
    ]


def test_one_name_or_names_of_other_shapes_are_left() -> None:
    assert initials_run_names("Councillor B C Moss") is None
    assert initials_run_names("Mr A Reid Jones B Moss") is None  # a surname of two words
    assert initials_run_names("Ann Reid B Moss C Lowe") is None  # a first name
    assert initials_run_names("A Reid B Moss (Clerk)") is None  # a bracket: other readers
    assert initials_run_names("A Reid and B Moss") is None


def test_a_plural_rank_heading_the_run_stays_with_the_first_name() -> None:
    assert initials_run_names("Aldermen A Tolland B C Quigg D Marlow") == [
        (0, "Aldermen A Tolland"),
        (19, "B C Quigg"),
        (29, "D Marlow"),
    ]
    text = "Councillors E Fenwick F Gault, MLA G H Orme J Pask, MLA K Rudd"
    assert [(e.as_written, e.capacity) for e in split_name_list(text)] == [
        ("E Fenwick", None),
        ("F Gault, MLA", None),
        ("G H Orme", None),
        ("J Pask, MLA", None),
        ("K Rudd", None),
    ]


def test_a_rank_alone_or_an_honour_alone_changes_nothing() -> None:
    assert initials_run_names("Aldermen A Tolland") is None
    assert initials_run_names("Aldermen Tolland and Quigg") is None
    assert honours_apart([(0, "A Tolland"), (11, "MLA")]) == [(0, "A Tolland"), (11, "MLA")]
    # an honour before a whole name of its own words, or opening the list, stays
    assert honours_apart([(0, "A Tolland"), (11, "OBE Limited")]) == [
        (0, "A Tolland"),
        (11, "OBE Limited"),
    ]
    assert honours_apart([(0, "MLA A Tolland")]) == [(0, "MLA A Tolland")]


def test_initials_with_stops_and_no_spaces_are_read() -> None:
    text = "F. Ashdown L.R. Bowyer K.V. Brand T.A.J. Cole K.Dunn E. Fern"
    assert [name for _, name in initials_run_names(text) or []] == [
        "F. Ashdown",
        "L.R. Bowyer",
        "K.V. Brand",
        "T.A.J. Cole",
        "K.Dunn",
        "E. Fern",
    ]


def test_a_long_run_reads_a_surname_of_two_words() -> None:
    text = "A.B. Cole D. Fern A.Vaughan Owen G. Hart J.K. Lowe"
    assert [name for _, name in initials_run_names(text) or []] == [
        "A.B. Cole",
        "D. Fern",
        "A.Vaughan Owen",
        "G. Hart",
        "J.K. Lowe",
    ]


def test_a_long_run_with_an_office_word_is_left() -> None:
    assert initials_run_names("A.B. Cole D. Fern Clerk G. Hart J.K. Lowe") is None
    assert initials_run_names("A.B. Cole D. Fern Borough Council G. Hart J.K. Lowe") is None


def test_a_capacity_in_square_brackets_is_a_bracket() -> None:
    entries = split_name_list("Councillor J.M. Cole [Chair], Councillor D. Fern")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Councillor J.M. Cole", "Chair"),
        ("Councillor D. Fern", None),
    ]
