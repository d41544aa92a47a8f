"""A joint body's members in columns parted by spaces: a council / member / substitute
table, and two sides' columns with a seat printed across the page under them."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership, seat_under_columns
from minutebook.parsing.membership_tables import heading_columns


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def _facts(lines: list[Line]) -> list[tuple[str, str, int]]:
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_a_council_member_substitute_table() -> None:
    lines = _lines(
        "Membership of the Committee",
        "",
        "Council                       Member                  Named Substitute",
        "Ashby County Council          Cllr Ann Reid           Cllr Bob Moss",
        "                              (Chair)",
        "Corve Vale District           Cllr Carl Lowe          Cllr Dee Pym",
        "Council",
        "",
        "Quorum: two Members.",
    )
    assert _facts(lines) == [
        ("Cllr Ann Reid", "Ashby County Council", 4),
        ("Cllr Carl Lowe", "Corve Vale District Council", 6),
    ]


def test_a_heading_row_needs_a_council_and_a_member_column() -> None:
    assert heading_columns("Council     Member     Named Substitute") == (0, 12)
    assert heading_columns("Member      Substitute") is None
    assert heading_columns("Councillor Ann Reid      Ashby County Council") is None


def test_two_sides_with_colons_a_broken_office_and_a_seat_below() -> None:
    lines = _lines(
        "Membership:",
        "County Council Members:            Borough Council Members:",
        "Mr A Reid (Chairman)               Councillor Mrs B Moss (Vice-",
        "Mrs C Lowe                         Chairman)",
        "                                   Councillor D Pym",
        "",
        "Parish Council Representative: Mr E Hay (Ashby Rural Parishes)",
        "",
        "AGENDA",
    )
    assert _facts(lines) == [
        ("Mr A Reid", "County Council Members", 3),
        ("Councillor Mrs B Moss", "Borough Council Members", 3),
        ("Mrs C Lowe", "County Council Members", 4),
        ("Councillor D Pym", "Borough Council Members", 5),
        ("Mr E Hay", "Ashby Rural Parishes", 7),
    ]


def test_a_seat_takes_its_name_when_no_bracket_says_more() -> None:
    lines = _lines("", "Independent Member: Mrs F Dunn", "")
    [seat] = seat_under_columns(lines, 0)
    assert (seat.as_written, seat.represents, seat.line) == ("Mrs F Dunn", "Independent Member", 2)
    assert seat_under_columns(_lines("", "Contact: Jo Finch, Clerk"), 0) == []


def test_a_member_appointed_by_table_with_no_membership_heading() -> None:
    """A front sheet's "Member<gap>Appointed by" table under its address: the appointing
    body is what each member represents; an office's bracket wrapped onto the line below
    its member is still the member's office."""
    lines = _lines(
        "To: Members of the Planning Committee",
        "",
        "Member                              Appointed by",
        "Mr Aled Price (Chairman)            Welsh Government",
        "Councillor Non Evans (Deputy        Bryn County Council",
        "Chairman)",
        "Councillor Iwan Rees                Bryn County Council",
        "",
        "Dear Member,",
    )
    assert _facts(lines) == [
        ("Mr Aled Price", "Welsh Government", 4),
        ("Councillor Non Evans", "Bryn County Council", 5),
        ("Councillor Iwan Rees", "Bryn County Council", 7),
    ]
