"""Membership lists grouped under party headings, with a named substitute beside each
member, with standing deputies under them, with the chair and vice-chair side by side, and
a member | council table converted one cell per line (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import (
    bare_side_label,
    membership,
    membership_heading,
    party_row,
    role_column_row,
)
from minutebook.parsing.membership_labels import (
    council_member_substitute,
    office_cells,
    opens_with_offices,
    party_heading,
    stacked_cells,
    substitute_column_heading,
    substitutes_heading,
)


def _members(text: str) -> list[tuple[str, str, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_party_headings_group_members_who_represent_nothing_printed() -> None:
    assert party_heading("Conservative (4)")
    assert party_heading("Liberal Democrat Group:")
    assert party_heading("Labour")
    assert not party_heading("Independent Members")  # a co-opted seat, not a party
    assert not party_heading("Councillor Ann Labour")
    assert _members(
        "Membership\n"
        "Conservative (2)\n"
        "Councillor Ada Penrose\n"
        "Councillor Rees Vaughan\n"
        "\n"
        "Labour\n"
        "Councillor Nia Colley\n"
        "\n"
        "1. Apologies"
    ) == [
        ("Councillor Ada Penrose", "", 3),
        ("Councillor Rees Vaughan", "", 4),
        ("Councillor Nia Colley", "", 7),
    ]


def test_standing_deputies_and_substitutes_end_the_list() -> None:
    assert substitutes_heading("Standing Deputies")
    assert substitutes_heading("Substitutes: Councillors P Quinn and R Shaw")
    assert not substitutes_heading("Councillor Sam Substitute")
    assert _members(
        "Membership\nCouncillors A Bell, C Dunn and E Frost\nStanding Deputies\n"
        "Councillors K Oates and L Park"
    ) == [("A Bell", "", 2), ("C Dunn", "", 2), ("E Frost", "", 2)]
    assert _members(
        "Membership:\nCouncillors A Bell and C Dunn\nSubstitutes: Councillors P Quinn and R Shaw"
    ) == [("A Bell", "", 2), ("C Dunn", "", 2)]


def test_a_council_member_named_substitute_row_gives_the_member_only() -> None:
    assert council_member_substitute("Ashby County Council\tCllr Jo Hale (Chair)\tCllr Al Roe") == [
        ("Cllr Jo Hale (Chair)", "Ashby County Council")
    ]
    assert council_member_substitute("Independent Member    Mr Tom Eyre    -") == [
        ("Mr Tom Eyre", "Independent Member")
    ]
    assert council_member_substitute("Cllr Jo Hale\tAshby County Council\tChair") is None
    assert substitute_column_heading("Council\tMember\tNamed Substitute")
    assert not substitute_column_heading("Cllr A\tCllr B\tSubstitute")
    assert _members(
        "MEMBERSHIP\n"
        "Council\tMember\tNamed Substitute\n"
        "Ashby County Council\tCllr Jo Hale (Chair)\tCllr Al Roe\n"
        "Cole Borough Council\tCllr Di Marsh\t-\n"
        "\n"
        "AGENDA"
    ) == [("Cllr Jo Hale", "Ashby County Council", 3), ("Cllr Di Marsh", "Cole Borough Council", 4)]


def test_the_chair_and_vice_chair_side_by_side_represent_nothing() -> None:
    assert office_cells("Chairman: Cllr Amy Bell     Vice-Chairman: Cllr Carl Dunn") == [
        ("Cllr Amy Bell", ""),
        ("Cllr Carl Dunn", ""),
    ]
    assert office_cells("Chairman: Cllr Amy Bell") is None  # one cell: a group's row
    assert office_cells("Contact: Jo Finch     Tel: 01234 567890") is None
    assert _members(
        "Membership\nChairman: Councillor Amy Bell\nCouncillors E Frost and G Hale"
    ) == [
        ("Councillor Amy Bell", "", 2),
        ("E Frost", "", 3),
        ("G Hale", "", 3),
    ]


def test_a_member_council_table_one_cell_per_line() -> None:
    texts = ["Member", "", "Council", "Cllr Jo Hale (Chairman)", "Ashby County Council", ""]
    texts += ["Cllr Di Marsh", "Cole Borough Council", "", "AGENDA", "1. Apologies"]
    assert stacked_cells(texts) == (
        8,
        [
            (3, "Cllr Jo Hale (Chairman)", "Ashby County Council"),
            (6, "Cllr Di Marsh", "Cole Borough Council"),
        ],
    )
    assert stacked_cells(["Council", "Member", "Named Substitute", "Ashby County Council"]) is None
    assert stacked_cells(["Members", "Cllr Jo Hale", "Cllr Di Marsh"]) is None
    assert _members(
        "Membership\nCouncil\nMember\nNamed Substitute\nAshby County Council\nCllr Jo Hale\n"
        "Cllr Al Roe\nCole Borough Council\nCllr Di Marsh (Vice-Chair)\n-\n\nAGENDA"
    ) == [("Cllr Jo Hale", "Ashby County Council", 6), ("Cllr Di Marsh", "Cole Borough Council", 9)]


def test_a_member_over_their_council_without_a_heading_row() -> None:
    """A titled member over their council, twice or more, is a table without its heading;
    one such pair is not enough to tell it from a name over a council's group."""
    texts = ["Cllr Jo Hale (Chair)", "Ashby County Council", "", "Mr Tom Eyre"]
    texts += ["Co-opted Independent Member", "", "AGENDA"]
    assert stacked_cells(texts) == (
        5,
        [
            (0, "Cllr Jo Hale (Chair)", "Ashby County Council"),
            (3, "Mr Tom Eyre", "Co-opted Independent Member"),
        ],
    )
    assert stacked_cells(["Cllr Jo Hale", "Ashby County Council", "Cllr Di Marsh"]) is None
    assert _members(
        "Membership of the Panel\nCllr Jo Hale\nAshby County Council\nCllr Di Marsh\n"
        "Cole Borough Council\n\nAGENDA"
    ) == [("Cllr Jo Hale", "Ashby County Council", 2), ("Cllr Di Marsh", "Cole Borough Council", 4)]


def test_member_council_substitute_with_the_member_first() -> None:
    assert council_member_substitute("Cllr Jo Hale    Ashby County Council    Cllr Al Roe") == [
        ("Cllr Jo Hale", "Ashby County Council")
    ]


def test_a_front_sheet_opening_with_the_chairman_and_vice_chairman() -> None:
    assert opens_with_offices("Chairman: Cllr A Bell", "Vice-Chairman: Cllr C Dunn")
    assert opens_with_offices("Chair: Cllr A Bell     Vice-Chair: Cllr C Dunn", "")
    assert not opens_with_offices("Chairman: Cllr A Bell", "Contact: Jo Finch")
    assert not opens_with_offices("Chairman's Announcements", "Vice-Chairman: Cllr C Dunn")
    assert _members(
        "Chairman: Councillor Amy Bell\nVice-Chairman: Councillor Carl Dunn\n"
        "Councillors: E Frost and G Hale\n\n1. Apologies"
    ) == [
        ("Councillor Amy Bell", "", 1),
        ("Councillor Carl Dunn", "", 2),
        ("E Frost", "", 3),
        ("G Hale", "", 3),
    ]


def test_a_heading_counting_its_members_in_words() -> None:
    assert _members("Membership of Committee (9 Members)\nCouncillor A Bell (Chair)") == [
        ("Councillor A Bell", "", 2)
    ]


def test_an_office_after_a_dash_or_before_a_council_bracket_is_no_body() -> None:
    assert _members(
        "Membership\nCllr A Bell – Chairman\nCllr C Dunn (Vice-Chair) (Cole BC)\n"
        "Cllr E Frost - Ashby CC"
    ) == [("Cllr A Bell", "", 2), ("Cllr C Dunn", "Cole BC", 3), ("Cllr E Frost", "Ashby CC", 4)]


def test_a_name_role_council_table() -> None:
    assert role_column_row("Cllr A Bell\tVice-Chair\tAshby County Council") == [
        ("Cllr A Bell", "Ashby County Council")
    ]
    assert role_column_row("Cllr A Bell    Cole Borough Council    Member") == [
        ("Cllr A Bell", "Cole Borough Council")
    ]
    assert role_column_row("Cllr A Bell\tTreasurer\tAshby County Council") is None
    assert _members(
        "Membership\nName\tRole\tCouncil\nCllr A Bell\tChair\tAshby County Council\n"
        "Cllr C Dunn\tMember\tCole Borough Council"
    ) == [("Cllr A Bell", "Ashby County Council", 3), ("Cllr C Dunn", "Cole Borough Council", 4)]


def test_a_heading_with_its_municipal_year_or_a_closing_dash() -> None:
    for heading in ("Membership 2024/25", "Membership for 2023-24", "MEMBERSHIP –"):
        assert membership_heading(heading) is not None, heading
        assert _members(f"{heading}\nCouncillor A Bell (Chair)") == [("Councillor A Bell", "", 2)]
    assert membership_heading("Members of the public 2023/24") is None
    assert membership_heading("Budget 2024/25") is None


def test_a_heading_with_a_dash_before_its_list() -> None:
    assert _members("Membership – Councillors A Bell (Chair), C Dunn and E Frost") == [
        ("A Bell", "", 1),
        ("C Dunn", "", 1),
        ("E Frost", "", 1),
    ]
    assert membership_heading("Budget – Councillors' allowances") is None


def test_a_council_alone_under_a_member_is_no_member() -> None:
    assert _members("Membership\nCllr A Bell (Chair)\nAshby County Council\n\n1. Apologies") == [
        ("Cllr A Bell", "", 2)
    ]


def test_a_party_then_its_members_on_one_line() -> None:
    assert party_row("Conservative – Councillors A Bell (Chairman) and C Dunn") == [
        ("A Bell", ""),
        ("C Dunn", ""),
    ]
    assert party_row("Labour Group (2)\tCllrs G Hale, J King") == [("G Hale", ""), ("J King", "")]
    assert party_row("Ashby County Council – Cllr A Bell") is None  # a council: elsewhere
    assert _members("Membership\nIndependent – Councillor Ann Bell\nGreen: Cllr Carl Dunn") == [
        ("Councillor Ann Bell", "", 2),
        ("Cllr Carl Dunn", "", 3),
    ]


def test_a_council_bracket_before_an_office_after_a_dash() -> None:
    assert _members("Membership\nCllr A Bell (Ashby County Council) – Chair") == [
        ("Cllr A Bell", "Ashby County Council", 2)
    ]


def test_a_side_label_with_a_note_of_how_its_members_sit() -> None:
    assert bare_side_label("Co-opted Members (non-voting)") == "Co-opted Members (non-voting)"
    assert _members(
        "Membership\nCouncillor A Bell\n\nCo-opted Members (non-voting)\nMr T Eyre\n\n1. Apologies"
    ) == [("Councillor A Bell", "", 2), ("Mr T Eyre", "Co-opted Members (non-voting)", 5)]
