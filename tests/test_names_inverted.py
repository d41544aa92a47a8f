"""Names printed surname first, their initials after a comma (names_inverted)."""

from __future__ import annotations

from minutebook.parsing.attendance import is_heading_or_sentence
from minutebook.parsing.names import parse_name, split_name_list
from minutebook.parsing.names_inverted import surname_run


def test_a_roll_of_surnames_keeps_each_name_with_its_own_initials() -> None:
    text = "Councillors Allan Foster Trueman, D. Ball Gibson, E Porthouse Trueman, H."
    assert [e.as_written for e in split_name_list(text)] == [
        "Allan",
        "Foster",
        "Trueman, D.",
        "Ball",
        "Gibson, E",
        "Porthouse",
        "Trueman, H",
    ]


def test_every_name_surname_first() -> None:
    assert surname_run("Armstrong, E. Bawn, D. Renner-Thompson, G. McKay, P.A.M.") == [
        (0, "Armstrong, E."),
        (14, "Bawn, D."),
        (23, "Renner-Thompson, G."),
        (43, "McKay, P.A.M."),
    ]
    # the last two joined by "and", in an apologies sentence
    assert [n for _, n in surname_run("Penn, R. and Quinn, K") or []] == ["Penn, R.", "Quinn, K"]


def test_ordinary_lists_are_no_roll() -> None:
    assert surname_run("Councillors Reid, Moss and Lowe") is None  # no initials after any
    assert surname_run("Paul Gibb John Kirk Lauren Ross") is None  # forenames run together
    assert surname_run("Cllr A Reid, Cllr B Moss") is None
    assert surname_run("Reid, J. Moss") is None  # one name only has its initials after it
    assert surname_run("Smith, J. and the Clerk, K. Lowe") is None
    assert surname_run("Cllr. J. Kemp and Cllr. L. Marsh") is None  # a title's stop, an initial


def test_a_roll_line_under_a_label_is_names_not_a_heading() -> None:
    assert not is_heading_or_sentence("Ellis, S.C. Foster, D. Grant, G.")
    assert is_heading_or_sentence("Declarations of Interest")


def test_a_name_surname_first_is_taken_apart() -> None:
    name = parse_name("Trueman, D.")
    assert name is not None
    assert (name.given, name.surname) == (("D.",), "Trueman")
    name = parse_name("Cllr Dale, P.A.M.")
    assert name is not None
    assert (name.titles, name.given, name.surname) == (("Cllr",), ("P.A.M.",), "Dale")
    # an honour after a comma is no initials
    name = parse_name("Reid, JP")
    assert name is not None
    assert (name.surname, name.honours) == ("Reid", ("JP",))
    # a forename and surname are read as before
    name = parse_name("Mr A Reid, OBE")
    assert name is not None
    assert (name.given, name.surname, name.honours) == (("A",), "Reid", ("OBE",))


def test_a_rolls_last_initials_keep_their_point_inside_once_the_lists_stop_is_gone() -> None:
    # the list's closing stop is taken off before the names are read: "T.S." becomes "T.S"
    names = [e.as_written for e in split_name_list("Ash, E. Birch, C.W. Cole, T.S.")]
    assert names == ["Ash, E.", "Birch, C.W.", "Cole, T.S"]
