"""Membership lists of joint bodies as police and crime panel agendas print them, grouped
or tabled by the council each member sits for (invented examples): "Council - Councillors
A and B" rows, a "Membership of Panel" table, a running list parted by semicolons, and
the lines that end such a list (guests "By Invitation", "Substitutes:", an address)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import (
    authority_then_names,
    leaves_table,
    name_list,
    semicolon_groups,
    substitutes_label,
    tabbed_row,
    unfilled_seat,
    wraps,
)
from minutebook.parsing.membership import membership as read_membership


def _members(text: str) -> list[tuple[str, str, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(m.as_written, m.represents, m.line) for m in read_membership(lines)]


def test_a_council_then_its_councillors_under_a_plural_title() -> None:
    """The plural title is no part of the names; a singular one stays; a row wraps; an
    unfilled seat names nobody; the guests "By Invitation" are no members."""
    assert _members(
        "MEMBERSHIP:\n"
        "Tarnby County Council - Councillors B.K. Ashdown, Mrs. R. Pell and\n"
        "F. Quarrie\n"
        "Hollins Borough Council - Councillor N. Vickery\n"
        "Independent Members - To be appointed\n"
        "By Invitation\n"
        "Police and Crime Commissioner for Tarnby - Mr. D. Loxley\n"
        "Chief Constable - Ms. J. Arden"
    ) == [
        ("B.K. Ashdown", "Tarnby County Council", 2),
        ("Mrs. R. Pell", "Tarnby County Council", 2),
        ("F. Quarrie", "Tarnby County Council", 3),
        ("Councillor N. Vickery", "Hollins Borough Council", 4),
    ]


def test_authority_then_names_needs_an_organisation_on_the_left() -> None:
    assert authority_then_names("Hollins Borough Council - Councillors A. Bell and C. Dunn") == [
        ("A. Bell", "Hollins Borough Council"),
        ("C. Dunn", "Hollins Borough Council"),
    ]
    assert authority_then_names("Chief Constable - Councillors A. Bell and C. Dunn") is None


def test_a_seat_nobody_fills_yet() -> None:
    assert unfilled_seat("Independent Members - To be appointed")
    assert unfilled_seat("Hollins Borough Council – Vacancy")
    assert unfilled_seat("Vacancy")
    assert not unfilled_seat("Cllr Ann Vickery - Hollins Borough Council")


def test_a_membership_of_panel_table_ends_before_the_hosts_address() -> None:
    assert _members(
        "Membership of Panel\n"
        "Cllr Owain Prys\tGlanafon County Council\n"
        "Cllr Mererid Foulkes\tTreflys County Borough Council\n"
        "Ms Dilys Harries\tCo-opted Independent Member\n"
        "Plas Dinas Offices\n"
        "Ffordd yr Orsaf"
    ) == [
        ("Cllr Owain Prys", "Glanafon County Council", 2),
        ("Cllr Mererid Foulkes", "Treflys County Borough Council", 3),
        ("Ms Dilys Harries", "Co-opted Independent Member", 4),
    ]
    row = tabbed_row("Cllr Owain Prys\tGlanafon County Council")
    assert not leaves_table(tabbed_row, (name_list, [("Cllr Bet Lloyd", "")]))
    assert leaves_table(tabbed_row, (name_list, [("Plas Dinas Offices", "")]))
    assert row == [("Cllr Owain Prys", "Glanafon County Council")]


def test_a_running_list_parted_by_semicolons_with_a_group() -> None:
    """Brackets and a name break across lines; the group's words with no colon say what
    the members after them represent."""
    assert _members(
        "Membership: Councillors A Wragg (Ormbury Council), K Lister (Dunsford\n"
        "Borough Council), P Olabode (Ormbury Council), E Van der Berg (Dunsford\n"
        "Borough Council); Independent Members Mr H\n"
        "Castell and Dr N Osei\n"
        "\n"
        "Contact: Ruth Pilling"
    ) == [
        ("A Wragg", "Ormbury Council", 1),
        ("K Lister", "Dunsford Borough Council", 1),
        ("P Olabode", "Ormbury Council", 2),
        ("E Van der Berg", "Dunsford Borough Council", 2),
        ("Mr H Castell", "Independent Members", 3),
        ("Dr N Osei", "Independent Members", 4),
    ]
    assert semicolon_groups("Councillors A Wragg and K Lister") is None
    assert wraps("Independent Members Mr H")
    assert not wraps("Independent Members Mr H Castell")


def test_named_substitutes_under_the_members_are_no_members() -> None:
    assert _members(
        "Membership:\n"
        "\n"
        "Cllr Rhona Dewar (Chairman)\n"
        "Cllr Amos Tindall\n"
        "\n"
        "Substitutes:\n"
        "\n"
        "Cllr Petra Lowe\n"
    ) == [("Cllr Rhona Dewar", "", 3), ("Cllr Amos Tindall", "", 4)]
    assert substitutes_label("Named Substitutes:")
    assert not substitutes_label("Substitute Members for the Labour Group will be named")


def test_a_title_at_a_rows_end_wraps_only_after_a_word() -> None:
    assert wraps("Independent Members Mr H")
    assert not wraps("Mr C")
    assert not wraps("Cllr A Bell, Mr C")


def test_a_joint_committee_lists_its_sides_in_columns_under_their_headings() -> None:
    """A joint committee prints its members under a heading per side, side by side; a
    bracket after a name (a union) is what that member represents; an office is not."""
    assert _members(
        "Membership of the Committee\n"
        "\n"
        "Employers' Side                      Staff Side\n"
        "Councillor Ada Thorne (Chair)        Bryn Hollis (Vice-Chair)\n"
        "Councillor Peter Vane                Sunita Rao (GMB)\n"
        "\n"
        "AGENDA"
    ) == [
        ("Councillor Ada Thorne", "Employers' Side", 4),
        ("Bryn Hollis", "Staff Side", 4),
        ("Councillor Peter Vane", "Employers' Side", 5),
        ("Sunita Rao", "GMB", 5),
    ]


def test_council_groups_go_on_after_a_blank_line_to_the_co_opted_members() -> None:
    """Members grouped under their councils, each group after a blank line, then a side's
    label alone: every group is read, the label is what its members represent."""
    lines = [
        Line(n, t)
        for n, t in enumerate(
            [
                "Membership",
                "",
                "Ashby County Council",
                "Cllr Jo Hale (Chairman)",
                "",
                "Cole Borough Council",
                "Cllr Di Marsh",
                "",
                "Co-opted Independent Members",
                "Mr Tom Eyre",
                "",
                "Substitute Members",
                "Cllr Al Roe",
            ],
            start=1,
        )
    ]
    assert [(m.as_written, m.represents, m.line) for m in read_membership(lines)] == [
        ("Cllr Jo Hale", "Ashby County Council", 4),
        ("Cllr Di Marsh", "Cole Borough Council", 7),
        ("Mr Tom Eyre", "Co-opted Independent Members", 10),
    ]


def test_party_column_headings_are_no_body_represented() -> None:
    lines = [
        Line(1, "Membership"),
        Line(2, "Conservative Members      Labour Members"),
        Line(3, "Cllr Jo Hale              Cllr Di Marsh"),
    ]
    assert [(m.as_written, m.represents) for m in read_membership(lines)] == [
        ("Cllr Jo Hale", ""),
        ("Cllr Di Marsh", ""),
    ]
