"""Untitled names of a two-column list run together with no commas between them."""

from __future__ import annotations

from minutebook.parsing.names import split_name_list
from minutebook.parsing.names_glued_columns import split_glued_columns


def test_a_run_of_glued_cells_is_cut_into_names() -> None:
    entries = split_name_list(
        "Nora Quigley-Hunt MBE Owen TallisPia Vance (Chair) Rex UptonSal Wren (Vice-Chair)"
        " Tia YorkUma Zeal"
    )
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Nora Quigley-Hunt MBE", None),
        ("Owen Tallis", None),
        ("Pia Vance", "Chair"),
        ("Rex Upton", None),
        ("Sal Wren", "Vice-Chair"),
        ("Tia York", None),
        ("Uma Zeal", None),
    ]


def test_surnames_with_their_own_capital_are_not_cut() -> None:
    assert split_glued_columns(0, "Ann MacLeod Ben McLean Cy FitzGerald") is None
    assert split_glued_columns(0, "Councillor Ann Reid (Chair)") is None


def test_a_cut_leaving_a_piece_that_is_no_name_is_dropped() -> None:
    assert split_glued_columns(0, "Head of FinanceAnn Reid and the Clerk") is None
