"""Untitled names of a two-column list run together with no commas between them."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import AttendanceRole
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


def test_a_surname_glued_to_the_next_cells_initials_is_cut() -> None:
    assert split_glued_columns(0, "N.K. BellD.G. Moss") == [(0, "N.K. Bell"), (9, "D.G. Moss")]
    assert split_glued_columns(0, "C.M. RayC.D. Hart") == [(0, "C.M. Ray"), (8, "C.D. Hart")]
    assert split_glued_columns(0, "Ms F.K. McKayK.G. Pym") == [
        (0, "Ms F.K. McKay"),
        (13, "K.G. Pym"),
    ]


MINUTES_GLUED_ROLL = """At a MEETING of the FENBY TOWN COUNCIL held in the Guildhall,

Fenby on Tuesday 3 July 2012 at 7.00 p.m.

PRESENT Cllr A.B. Reid - Town Mayor

Cllr Mrs C.D. LoweMr E.F. Hart

G.H. PymJ.K. Rowe

L.M. TateN.P. Vane

12.APOLOGIES

Apologies for absence were received from Cllr Q.R. Ames.
"""


def test_glued_columns_of_initialled_names_go_on_under_the_label() -> None:
    part = parse_text(MINUTES_GLUED_ROLL)
    present = [(a.as_written, a.line) for a in part.attendance if a.role is AttendanceRole.PRESENT]
    assert present == [
        ("Cllr A.B. Reid", 5),
        ("Cllr Mrs C.D. Lowe", 7),
        ("Mr E.F. Hart", 7),
        ("G.H. Pym", 9),
        ("J.K. Rowe", 9),
        ("L.M. Tate", 11),
        ("N.P. Vane", 11),
    ]
