"""A table of reserve members noted as attending, its cells one a line: each reserve a
substitute for the ordinary member beside them, no cell a minute's heading."""

from __future__ import annotations

from minute_fixtures import lines_of, parse_text
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_reserve_tables import reserve_table_sentences

PAGE = """Agenda and minutes

Scrutiny Committee - Tuesday 3 March 2026 7.00 pm

Venue: Room B, Fenby Town Hall

No. Item


Reserves Present

The Committee is asked to note any reserves present.

Additional documents:

RESOLVED: That the following reserves be noted as present:


Ordinary Member


Reserve Member

Councillor Ann Reid

Councillor Ben Moss

Councillor Cara Lowe

Councillor Dan Pym



Declarations of Interest

RESOLVED: That no interests be recorded.
"""


def test_each_reserve_stands_in_for_the_member_beside_them() -> None:
    part = parse_text(PAGE)
    assert [m.title for m in part.minutes] == [
        "Reserves Present",
        "Declarations of Interest",
    ]
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (
            AttendanceRole.SUBSTITUTE,
            "Councillor Ben Moss",
            "substitute for Councillor Ann Reid",
            26,
        ),
        (
            AttendanceRole.SUBSTITUTE,
            "Councillor Dan Pym",
            "substitute for Councillor Cara Lowe",
            30,
        ),
    ]


def test_the_table_needs_both_headings_and_two_names() -> None:
    assert reserve_table_sentences(lines_of("Ordinary Member\n\nCouncillor Ann Reid\n")) is None
    lone = "Ordinary Member\n\nReserve Member\n\nCouncillor Ann Reid\n\nThe Chair welcomed all.\n"
    assert reserve_table_sentences(lines_of(lone)) is None
    pair = "Ordinary Member\nReserve Member\nCouncillor Ann Reid\nCouncillor Ben Moss\n"
    rewritten = reserve_table_sentences(lines_of(pair))
    assert rewritten is not None
    assert [line.text for line in rewritten] == [
        "",
        "",
        "",
        "Councillor Ben Moss attended as a substitute for Councillor Ann Reid.",
        "",
    ]


def test_a_minute_of_reserves_records_who_came() -> None:
    from minutebook.parsing.attendance import records_attendance

    assert records_attendance("Reserves") and records_attendance("Reserve Members")
    assert not records_attendance("General Fund Reserves")
