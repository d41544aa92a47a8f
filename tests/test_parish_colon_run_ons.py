"""A parish's minutes numbered "24/31:" with each record run on after the title's colon,
the members listed after "Councillors," and the present list broken over a blank line."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import AttendanceRole
from minutebook.parsing.names import split_name_list

ELECTION = (
    "24/31: Election of Chairman for the ensuing year: It was proposed by B.J. Moss, "
    "seconded by C. Lowe and agreed that A. Reid be elected Chairman."
)
MINUTES = f"""Minutes of the Fenby Parish Council Annual Meeting held on 7 May 2024

Present: Councillors, A. Reid, B.J. Moss, C. Lowe,

D. Hart, E.F. Pym.

{ELECTION}

24/32: Apologies: Councillors, G. Rowe, H. Tate, District Councillor, J. Vane.

24/33: Declarations of Interest: Nil.

24/34: Minutes of the last meeting: The minutes of 2 April 2024 were approved.
"""


def test_each_title_is_cut_from_the_record_run_on_after_it() -> None:
    part = parse_text(MINUTES)
    assert [(m.number, m.title) for m in part.minutes] == [
        ("24/31", "Election of Chairman for the ensuing year"),
        ("24/32", "Apologies"),
        ("24/33", "Declarations of Interest"),
        ("24/34", "Minutes of the last meeting"),
    ]


def test_present_list_left_open_goes_on_past_the_blank_line() -> None:
    part = parse_text(MINUTES)
    present = [(a.as_written, a.line) for a in part.attendance if a.role is AttendanceRole.PRESENT]
    assert present == [
        ("A. Reid", 3),
        ("B.J. Moss", 3),
        ("C. Lowe", 3),
        ("D. Hart", 5),
        ("E.F. Pym", 5),
    ]


def test_apologies_after_the_plural_title_and_its_comma() -> None:
    part = parse_text(MINUTES)
    away = [
        (a.as_written, a.capacity) for a in part.attendance if a.role is AttendanceRole.APOLOGIES
    ]
    assert away == [("G. Rowe", None), ("H. Tate", None), ("J. Vane", "District Councillor")]


def test_a_tier_parted_by_a_comma_goes_with_the_name_after_it() -> None:
    entries = split_name_list("Cllr A Reid, County Councillor, B Moss, Cllr C Lowe")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Cllr A Reid", None),
        ("B Moss", "County Councillor"),
        ("Cllr C Lowe", None),
    ]
    entries = split_name_list("Cllr A Reid, County Councillor")
    assert [(e.as_written, e.capacity) for e in entries] == [("Cllr A Reid", "County Councillor")]
