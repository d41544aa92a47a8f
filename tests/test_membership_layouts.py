"""Membership lists in three more of the genre's layouts: a table parted by spaces with
the kind of seat before the authority, a letter's "members as follows:-" over a list, and
a side's label with no colon over names one per line (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import (
    bare_side_label,
    introduces_members,
    is_column_heading,
    membership,
    spaced_row,
)


def _members(text: str) -> list[tuple[str, str, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_a_table_parted_by_spaces_with_the_seat_before_the_authority() -> None:
    """The kind of seat before a dash is dropped, the office in brackets too, and the
    authority wrapped into the right column goes on the row above."""
    assert _members(
        "Membership:\n"
        "Cllr Ada Penrose (Chairman)   Substantive Member - Ormsby County\n"
        "                              Council\n"
        "Cllr Rees Vaughan             Co-opted Member - Tallow Borough Council\n"
        "Mrs Nia Colley                Independent Lay Member\n"
        "\n"
        "Agenda"
    ) == [
        ("Cllr Ada Penrose", "Ormsby County Council", 2),
        ("Cllr Rees Vaughan", "Tallow Borough Council", 4),
        ("Mrs Nia Colley", "Independent Lay Member", 5),
    ]


def test_two_columns_of_names_are_no_spaced_row() -> None:
    assert spaced_row("Cllr Ada Penrose      Cllr Rees Vaughan") is None
    assert spaced_row("Ada Penrose           Rees Vaughan") is None
    assert spaced_row("Item 4                Budget Monitoring Report") is None
    assert spaced_row("Cllr Ada Penrose   Ormsby Borough Council") == [
        ("Cllr Ada Penrose", "Ormsby Borough Council")
    ]


def test_a_letter_addressed_to_the_members_as_follows() -> None:
    """A nested office bracket is an office; the officer signing below is no member."""
    assert _members(
        "To Northdale Area Council members as follows:-\n"
        "B Ashcroft (Chair), K Lowther (Vice-Chair\n"
        "(Planning)), E Marsh and F Teasdale\n"
        "\n"
        "Hilary Dunmore, Chief Executive\n"
        "Town Hall, Northdale"
    ) == [
        ("B Ashcroft", "", 2),
        ("K Lowther", "", 2),
        ("E Marsh", "", 3),
        ("F Teasdale", "", 3),
    ]
    assert introduces_members("The members of the Board are as follows:")
    assert not introduces_members("The minutes were agreed as follows:")
    assert not introduces_members("Apologies were received as follows:")


def test_a_sides_label_with_no_colon_over_names_one_per_line() -> None:
    """A label ending on "Members" after a blank line heads names one per line; a
    substitutes' heading is no side, and ends the list."""
    assert _members(
        "Membership\n"
        "\n"
        "Councillors: A Brill, C Dorey and E Fane\n"
        "\n"
        "Independent Co-opted Members\n"
        "Gwen Hollis (Chairperson)\n"
        "Ivo Jessop\n"
        "\n"
        "Substitutes\n"
        "Councillors: K Lomax and M Nye"
    ) == [
        ("A Brill", "", 3),
        ("C Dorey", "", 3),
        ("E Fane", "", 3),
        ("Gwen Hollis", "Independent Co-opted Members", 6),
        ("Ivo Jessop", "Independent Co-opted Members", 7),
    ]
    assert bare_side_label("Substitute Members") is None
    assert bare_side_label("Councillor Ada Members") is None
    assert bare_side_label("Parent Governor Representatives") == "Parent Governor Representatives"


def test_a_heading_row_over_boroughs_is_no_member() -> None:
    assert is_column_heading("Councillor\tBorough")
    assert is_column_heading("Member\tWard")
    assert not is_column_heading("Councillor Ada Penrose\tOrmsby Borough")


def test_substitutes_run_on_after_the_members_end_the_list() -> None:
    """Substitutes named after the members ("... Frost. Substitutes: ...") are none."""
    assert _members(
        "Membership: Councillors Bell, Dunn and Frost. Substitutes: Councillors Hale and Ives.\n"
        "\nAGENDA\n1. Apologies"
    ) == [("Bell", "", 1), ("Dunn", "", 1), ("Frost", "", 1)]


def test_an_office_after_the_council_a_member_represents_is_no_part_of_it() -> None:
    assert _members(
        "MEMBERSHIP\nCouncillor Ann Bell - Westby Borough Council (Chair)\n"
        "Councillor Carl Dunn - Eastby District Council\n\nAGENDA\n1. Apologies"
    ) == [
        ("Councillor Ann Bell", "Westby Borough Council", 2),
        ("Councillor Carl Dunn", "Eastby District Council", 3),
    ]


def test_numbered_members_and_an_office_among_their_brackets() -> None:
    assert _members(
        "Membership:\n1. Councillor Ann Bell (Westby BC) (Chair)\n2. Councillor Carl Dunn "
        "(Eastby DC)\n\nAGENDA\n1. Apologies"
    ) == [("Councillor Ann Bell", "Westby BC", 2), ("Councillor Carl Dunn", "Eastby DC", 3)]
    assert _members("Membership: Cllr A Bell (Con) (Chair), Cllr C Dunn (Lab)\n\nAGENDA") == [
        ("Cllr A Bell", "Con", 1),
        ("Cllr C Dunn", "Lab", 1),
    ]


def test_a_list_printed_in_capitals_joins_its_last_name_with_and() -> None:
    assert _members("MEMBERS: COUNCILLORS A BELL (CHAIRMAN), C DUNN AND E FROST\n\nAGENDA") == [
        ("A BELL", "", 1),
        ("C DUNN", "", 1),
        ("E FROST", "", 1),
    ]
