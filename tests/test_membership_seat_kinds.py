"""A panel member's kind of seat printed between their name and their council (invented
examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_seat_kinds import without_seat_kind


def test_the_seat_kind_and_office_are_no_part_of_the_name() -> None:
    assert without_seat_kind("Mr A Reid (Chairman) Substantive Member") == "Mr A Reid"
    assert without_seat_kind("Mrs B Moss Co-opted Member") == "Mrs B Moss"
    assert without_seat_kind("Ms C Lowe Substantive member") == "Ms C Lowe"


def test_other_names_stay_whole() -> None:
    assert without_seat_kind("Mr A Reid") == "Mr A Reid"
    assert without_seat_kind("Co-opted Member") == "Co-opted Member"
    assert without_seat_kind("Mr A Member") == "Mr A Member"


def test_the_rows_of_a_panel_front_sheet_closed_by_its_heading() -> None:
    lines = [
        Line(1, "Upshire Police and Crime Panel Tuesday, 4 March 2025, 10.00 am, Membership:"),
        Line(2, "Mr A Reid (Chairman) Substantive Member - Eastholm County Council"),
        Line(3, "Mrs B Moss (Vice Chairman) Substantive Member - Westby Council"),
        Line(4, "Mr D Pym Co-opted Member - Westby Council"),
        Line(5, "Agenda Item No Subject Page No"),
        Line(6, "1 Welcome and Introductions"),
    ]
    assert [(m.as_written, m.represents, m.line) for m in membership(lines)] == [
        ("Mr A Reid", "Eastholm County Council", 2),
        ("Mrs B Moss", "Westby Council", 3),
        ("Mr D Pym", "Westby Council", 4),
    ]


def test_a_sentence_ending_on_membership_heads_nothing_without_rows() -> None:
    lines = [
        Line(1, "The Panel noted the report on its membership."),
        Line(2, "Mr A Reid said the review was welcome."),
    ]
    assert membership(lines) == []


def test_a_notices_last_sentence_then_the_bodys_membership_heading() -> None:
    lines = [
        Line(
            1,
            "NOTICE IS HEREBY GIVEN THAT a meeting of the LICENSING COMMITTEE will be"
            " held at the Town Hall on Monday 3 June 2030 at 7.00 pm. Licensing Committee"
            " Membership:",
        ),
        Line(2, "Councillor A Reid (Chairman)"),
        Line(3, "Councillor B Moss"),
        Line(4, "AGENDA"),
    ]
    assert [(m.as_written, m.line) for m in membership(lines)] == [
        ("Councillor A Reid", 2),
        ("Councillor B Moss", 3),
    ]
    lines[0] = Line(1, "The Committee then reviewed its Terms of Reference and Membership:")
    assert membership(lines) == []  # no sentence's end before the body's words


def test_a_label_naming_the_membership_again_gives_no_body() -> None:
    """ "Committee Membership" over "LIC membership" over the members in two columns: the
    second label names the list again, so the members represent nothing printed."""
    texts = [
        "Committee Membership",
        "LIC membership",
        " Mr A Reid (Chairman)",
        " Mr B Moss           Mrs C Lowe",
        " Ms D Pym (Vice-Chairman)   Mr E Hale",
        "",
        "Officer Information",
    ]
    found = membership([Line(n, t) for n, t in enumerate(texts, start=1)])
    assert [(m.as_written, m.represents) for m in found] == [
        ("Mr A Reid", ""),
        ("Mr B Moss", ""),
        ("Mrs C Lowe", ""),
        ("Ms D Pym", ""),
        ("Mr E Hale", ""),
    ]
