"""Membership lists run on inside a line after their label: a comma list with singular
and plural titles, a letter's "To: Councillors:", a member | ward table flattened, and a
"Name Ward;" list (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership
from minutebook.parsing.membership_flat_lists import (
    flat_comma_list,
    flat_forename_pairs,
    flat_ward_semicolons,
    flat_ward_table,
)
from minutebook.parsing.names_initials_runs import surname_roll_names
from opening_facts import parsed


def _pairs(found: object) -> list[tuple[str, str]]:
    assert isinstance(found, list)
    return [(m.as_written, m.represents) for m in found]


def test_a_comma_list_after_membership_keeps_singular_titles_and_drops_plural() -> None:
    line = Line(
        1,
        "Fenby Civic Centre FE1 2AB Membership Councillor K. Amos (Chairman) Councillor "
        "T.J. Brill (Vice-Chairman) and Councillors O.P. Cann, D. Dace, M.R.S. Ebdon and "
        "W.H. Fyfe Residents are welcome to attend this meeting, where councillors decide.",
    )
    assert _pairs(flat_comma_list(line)) == [
        ("Councillor K. Amos", ""),
        ("Councillor T.J. Brill", ""),
        ("O.P. Cann", ""),
        ("D. Dace", ""),
        ("M.R.S. Ebdon", ""),
        ("W.H. Fyfe", ""),
    ]


def test_a_letters_addressees_end_where_the_date_begins() -> None:
    line = Line(
        2,
        "Contact: Jo Finch To: Cllr Rhian Pugh (Leader) Councillors: Huw Bevan, Sian Dart, "
        "Owen Ellis and Mair Gwyn 14 March 2021 Dear Sir/Madam NOTICE OF MEETING",
    )
    assert [m.as_written for m in flat_comma_list(line) or []] == [
        "Cllr Rhian Pugh",
        "Huw Bevan",
        "Sian Dart",
        "Owen Ellis",
        "Mair Gwyn",
    ]


def test_members_label_without_colon_over_a_comma_list() -> None:
    line = Line(9, "Members Ailsa Roy (Chair), Fergus Dunn (Depute Chair), Isla Kerr, Rory Bain")
    assert [m.as_written for m in flat_comma_list(line) or []] == [
        "Ailsa Roy",
        "Fergus Dunn",
        "Isla Kerr",
        "Rory Bain",
    ]


def test_members_of_the_committee_label_over_titled_members_without_commas() -> None:
    line = Line(
        1,
        "Licensing Committee Agenda Members of the Licensing Committee: Cllr P Ash (Chairman) "
        "Cllr R T Bole (Vice-Chairman) Cllr M Cope Cllr D E Dunn-Hay Reserve members Cllr Z Yeo",
    )
    assert [m.as_written for m in flat_comma_list(line) or []] == [
        "Cllr P Ash",
        "Cllr R T Bole",
        "Cllr M Cope",
        "Cllr D E Dunn-Hay",
    ]


def test_a_letters_members_as_follows_end_where_its_next_sentence_begins() -> None:
    line = Line(
        11,
        "To Fenby Area Council members as follows:- K Amos (Chair), T Brill (Vice-Chair), "
        "O Cann (Vice-Chair (Planning)), D Dace, Ebdon, W Fyfe-Hale and R Gunn Any member "
        "of the public may watch the meeting online.",
    )
    assert [m.as_written for m in flat_comma_list(line) or []] == [
        "K Amos",
        "T Brill",
        "O Cann",
        "D Dace",
        "Ebdon",
        "W Fyfe-Hale",
        "R Gunn",
    ]


def test_a_plural_title_label_after_a_letterheads_address_is_tried_next() -> None:
    line = Line(
        1,
        "Jo Finch To: Members of the Licensing Sub-Committee Head of Service Councillors: "
        "K Amos (Chair), T Brill, O Cann, and D Dace. Civic Centre Fenby FE1 2AB",
    )
    assert [m.as_written for m in flat_comma_list(line) or []] == [
        "K Amos",
        "T Brill",
        "O Cann",
        "D Dace",
    ]


def test_a_membership_heading_with_its_count_over_a_plural_titled_run() -> None:
    line = Line(
        7,
        "The attendance of all Councillors is requested. Membership of the Council (6 Members "
        "of the Council) Councillors A G Amos (Chairman), C R Bligh (Vice-Chairman), B Carr, "
        "Mrs W Dale, M J Eden OBE and B Fyfe COUNCIL AGENDA FRIDAY, 15 DECEMBER 2031",
    )
    assert [m.as_written for m in flat_comma_list(line) or []] == [
        "A G Amos",
        "C R Bligh",
        "B Carr",
        "Mrs W Dale",
        "M J Eden OBE",
        "B Fyfe",
    ]


def test_a_sentence_about_members_is_no_list() -> None:
    assert flat_comma_list(Line(1, "Members of the public may attend, speak and ask.")) is None
    assert flat_comma_list(Line(1, "To Receive Apologies for absence and substitutions")) is None
    assert flat_comma_list(Line(1, "Members of the public: Anyone May Ask a question.")) is None


def test_a_flattened_member_ward_table_gives_each_member_their_ward() -> None:
    line = Line(
        21,
        "MEMBER WARD Councillor D Hale Chairman Upper Fenby Councillor R Moss Vice-Chairman "
        "Kelby Councillor A Cole St.Anne's Councillor P Dunn Councillor T Lowe Hale and Ford",
    )
    assert _pairs(flat_ward_table(line)) == [
        ("Councillor D Hale", "Upper Fenby"),
        ("Councillor R Moss", "Kelby"),
        ("Councillor A Cole", "St.Anne's"),
        ("Councillor P Dunn", ""),
        ("Councillor T Lowe", "Hale and Ford"),
    ]


def test_the_ward_table_under_its_heading_is_read_by_the_list() -> None:
    text = (
        "Membership of Fenby Planning Committee\n\n"
        "MEMBER WARD Councillor D Hale Chairman Upper Fenby Councillor R Moss Kelby "
        "Councillor A Cole Abbey Councillor P Dunn Abbey Councillor T Lowe Hale and Ford "
        "Councillor E Pym Kelby Councillor F Rowe Abbey Councillor G Sims Upper Fenby\n\n"
        "Fenby Planning Committee\n"
    )
    found = membership([Line(n, t) for n, t in enumerate(text.splitlines(), 1)])
    assert [(m.as_written, m.represents, m.line) for m in found][:2] == [
        ("Councillor D Hale", "Upper Fenby", 3),
        ("Councillor R Moss", "Kelby", 3),
    ]
    assert len(found) == 8


def test_a_name_ward_semicolon_list_ends_at_the_next_label() -> None:
    line = Line(
        4,
        "Councillors: B Ashe Kelby; C Dunn Kelby; R. Lowe Upper Fenby; T Moss Hale and Ford; "
        "Co-optees Agenda compiled by: Jo Finch",
    )
    assert _pairs(flat_ward_semicolons(line)) == [
        ("B Ashe", "Kelby"),
        ("C Dunn", "Kelby"),
        ("R. Lowe", "Upper Fenby"),
        ("T Moss", "Hale and Ford"),
    ]
    assert flat_ward_semicolons(Line(1, "Councillors: B Ashe Kelby; and others")) is None


def test_a_council_heading_alone_gives_the_council_to_the_row_under_it() -> None:
    """A fire authority's members grouped by the council that sends them, each council's
    heading (with its count of seats) over a row of surnames after a blank line."""
    text = (
        "MEMBERS\n\n"
        "Eastholm County Council (4)\n\n"
        "Councillors Bell, Dunn, Frost and Hale\n\n"
        "Westmarch Borough Council (2)\n\n"
        "Councillors Moss (Chairman) and Reid.\n\n"
        "You are required to attend this meeting.\n"
    )
    found = membership([Line(n, t) for n, t in enumerate(text.splitlines(), 1)])
    assert _pairs(found) == [
        ("Bell", "Eastholm County Council"),
        ("Dunn", "Eastholm County Council"),
        ("Frost", "Eastholm County Council"),
        ("Hale", "Eastholm County Council"),
        ("Moss", "Westmarch Borough Council"),
        ("Reid", "Westmarch Borough Council"),
    ]


def test_a_council_heading_is_an_organisation_not_a_party_or_a_name() -> None:
    from minutebook.parsing.membership_council_groups import council_heading

    assert council_heading("Eastholm County Council (12)") == "Eastholm County Council"
    assert council_heading("Conservative Group (3)") is None
    assert council_heading("Councillor Anne Bell") is None
    assert council_heading("Westmarch Borough Council: 2 seats") is None


def test_members_flattened_under_the_councils_that_appoint_them() -> None:
    from minutebook.parsing.membership_flat_lists import flat_place_groups

    line = Line(
        4,
        "FIRE SERVICE HEADQUARTERS, FENBY Distribution of Councillors Eastby G S Amos "
        "D Birch K Cole Westby P Dale C Eve (JP) Kelby Vale A Frost N Gale Page 2 of 40 "
        "You are summoned to attend",
    )
    assert _pairs(flat_place_groups(line)) == [
        ("G S Amos", "Eastby"),
        ("D Birch", "Eastby"),
        ("K Cole", "Eastby"),
        ("P Dale", "Westby"),
        ("C Eve", "Westby"),
        ("A Frost", "Kelby Vale"),
        ("N Gale", "Kelby Vale"),
    ]
    assert flat_place_groups(Line(1, "Membership Eastby G S Amos D Birch K Cole")) is None
    titled = "Membership " + " ".join(f"Councillor {c} Reid" for c in "ABCDEFG")
    assert flat_place_groups(Line(1, titled)) is None  # a title heads no group


def test_members_grouped_a_line_a_council_the_first_councils_name_lost() -> None:
    from minutebook.parsing.membership_flat_lists import place_group_lines

    texts = [
        "FENBY FIRE AUTHORITY",
        "Distribution of Councillors G S Amos D Birch K Cole",
        "",
        "Westby P Dale C Eve (JP)",
        "",
        "Kelby Vale A Frost N Gale-Hart",
        "",
        "You are summoned to attend the meeting of the Authority",
    ]
    lines = [Line(n, t) for n, t in enumerate(texts, start=1)]
    assert [(m.as_written, m.represents, m.line) for m in place_group_lines(lines) or []] == [
        ("G S Amos", "", 2),
        ("D Birch", "", 2),
        ("K Cole", "", 2),
        ("P Dale", "Westby", 4),
        ("C Eve", "Westby", 4),
        ("A Frost", "Kelby Vale", 6),
        ("N Gale-Hart", "Kelby Vale", 6),
    ]
    one_group = [*lines[:4], Line(5, "You are summoned")]
    assert place_group_lines(one_group) is None  # one council named: no grouped list
    sentence = [lines[1], Line(3, "Westby is where the meeting will be held"), *lines[4:]]
    assert place_group_lines(sentence) is None


def test_a_surname_roll_after_councillors_goes_on_over_the_lines_below() -> None:
    text = (
        "Date: 18 December 2025 Time: 7.00 pm Venue: Town Hall, Fenby Councillors: Amos "
        "Mrs Birch Mrs Blake Carter Dunn Evans Mrs Evans Frost\n\nGale Hale Ives Mrs Jones\n\n"
        "Kerr Lowe\n\nAGENDA\n\n1. MINUTES To approve the minutes\n"
    )
    from minutebook.parsing.membership_flat_lists import surname_roll_members

    found = surname_roll_members([Line(n, t) for n, t in enumerate(text.splitlines(), 1)])
    assert found is not None
    assert [(m.as_written, m.line) for m in found][:3] == [
        ("Amos", 1),
        ("Mrs Birch", 1),
        ("Mrs Blake", 1),
    ]
    assert [(m.as_written, m.line) for m in found][-3:] == [
        ("Mrs Jones", 3),
        ("Kerr", 5),
        ("Lowe", 5),
    ]
    assert len(found) == 14


def test_a_chair_vice_chair_and_ranks_run_on_in_a_letters_line() -> None:
    from minutebook.parsing.membership_flat_lists import flat_office_runs

    line = Line(
        1,
        "16 June 2025 Committee Chair: Councillor S Amos Committee Vice-Chair: Alderman F "
        "Birch Committee Members: Aldermen – P Cole, T Dunn and J Eve Councillors – J "
        "Frost-Gale, H Hale and B Ives Dear Member MEETING OF THE PLANNING COMMITTEE",
    )
    assert [m.as_written for m in flat_office_runs(line) or []] == [
        "Councillor S Amos",
        "Alderman F Birch",
        "P Cole",
        "T Dunn",
        "J Eve",
        "J Frost-Gale",
        "H Hale",
        "B Ives",
    ]
    assert flat_office_runs(Line(1, "The Chair: welcomed everyone to the meeting.")) is None


def test_a_heading_with_its_quorum_over_a_list_with_a_portfolio_after_a_comma() -> None:
    lines = [
        Line(1, "MEMBERS OF THE ROADS AND TRANSPORT CABINET PANEL (12) (quorum = 4)"),
        Line(2, ""),
        Line(
            3,
            "A B Amos, (Chairman and Executive Member, Highways, Roads and Transport), C Bell,"
            " D E Cann,F Dace (Vice-Chairman), G Ebdon",
        ),
    ]
    assert _pairs(membership(lines)) == [
        ("A B Amos", ""),
        ("C Bell", ""),
        ("D E Cann", ""),
        ("F Dace", ""),
        ("G Ebdon", ""),
    ]


def test_a_front_sheets_members_field_holds_a_roll_of_surnames_some_with_initials() -> None:
    line = Line(
        1,
        "Committee Ref: EX/01/26 Notice of Meeting Committee : Executive Date : Monday, 2 March"
        " 2026 Time : 18:00 Place : Council Chamber, Town Hall, Fenby Councillors : Abbot"
        " (Chair) K. Baker A. Cole Drew J. Ellis Ford Quorum : 3 Members Contact Officer: Ann"
        " Reid (01632 960000) INFORMATION FOR THE PUBLIC This meeting is open to the public"
        " and you are welcome to attend. For further information please contact us at the"
        " Town Hall. AGENDA 1. Apologies for Absence 2. Minutes of the last meeting",
    )
    assert [m.as_written for part in parsed(line.text).parts for m in part.membership] == [
        "Abbot", "K. Baker", "A. Cole", "Drew", "J. Ellis", "Ford",
    ]  # fmt: skip


def test_forenames_and_surnames_or_too_few_initials_are_no_roll_of_surnames() -> None:
    assert surname_roll_names("Ann Reid Ben Moss Carl Lowe Dan Pym") is None
    assert surname_roll_names("Abbot K. Baker Cole Drew Ellis") is None
    assert surname_roll_names("Abbot K. Baker A. Cole Parish Council") is None


def test_forenames_and_surnames_run_on_in_two_columns_pair_up() -> None:
    line = Line(
        3,
        "Tuesday, 4th July, 2017 at 5.30 pm Room 1, Town Hall Councillors: Liz Reid (Chairman) "
        "Ken Moss (Vice-Chairman) Ann Hale Tom Pym Brian O'Dowd Jo Lamb-Hart You are summoned "
        "to the meeting to transact the following business",
    )
    assert _pairs(flat_forename_pairs(line)) == [
        ("Liz Reid", ""),
        ("Ken Moss", ""),
        ("Ann Hale", ""),
        ("Tom Pym", ""),
        ("Brian O'Dowd", ""),
        ("Jo Lamb-Hart", ""),
    ]


def test_a_bracket_after_a_forename_or_a_short_run_is_no_list_of_pairs() -> None:
    broken = "Councillors: Liz (Chairman) Reid Ken Moss Ann Hale Tom Pym Jo Lamb and others"
    assert flat_forename_pairs(Line(1, broken)) is None
    assert flat_forename_pairs(Line(1, "Councillors: Liz Reid Ken Moss were thanked")) is None


def test_dashed_entries_run_on_after_the_label_give_each_member_their_body() -> None:
    text = (
        "Membership:- Mrs Ann Bell OBE – Independent Member - Chair Councillor Carl Dunn – "
        "Ashby Borough Council – Vice-Chair Councillor Mrs Eve Fry – Fenby District Council "
        "Mayor Gus Hale – Kelbridge District Council"
    )
    assert _pairs(membership([Line(7, text)])) == [
        ("Mrs Ann Bell OBE", ""),
        ("Councillor Carl Dunn", "Ashby Borough Council"),
        ("Councillor Mrs Eve Fry", "Fenby District Council"),
        ("Mayor Gus Hale", "Kelbridge District Council"),
    ]


def test_a_quorum_after_the_membership_heading_is_no_part_of_it() -> None:
    text = (
        "MEMBERS OF THE SCRUTINY COMMITTEE (9) - QUORUM 3\n"
        "A B Cole, D Eyre (Chairman), F Gale,\n"
        "H Ives (Vice-Chairman), J Kerr.\n"
        "AGENDA\n"
    )
    found = membership([Line(n, t) for n, t in enumerate(text.splitlines(), 1)])
    assert [(m.as_written, m.line) for m in found] == [
        ("A B Cole", 2),
        ("D Eyre", 2),
        ("F Gale", 2),
        ("H Ives", 3),
        ("J Kerr", 3),
    ]


def test_counted_kinds_of_member_in_capitals_head_groups_of_one_list() -> None:
    text = (
        "MEMBERS OF THE SCRUTINY COMMITTEE (6) - QUORUM 3\n"
        "COUNTYCOUNCILLORS (3)\n"
        "A B Cole, D Eyre (Chairman), F Gale.\n"
        "DISTRICT COUNCILLORS (2)\n"
        "H Ives (Ashby Borough Council), J Kerr (Fenby District Council)\n"
        "FORUM REPRESENTATIVES (1) – Non Voting.\n"
        "K Lamb\n"
        "AGENDA\n"
    )
    found = membership([Line(n, t) for n, t in enumerate(text.splitlines(), 1)])
    assert _pairs(found) == [
        ("A B Cole", ""),
        ("D Eyre", ""),
        ("F Gale", ""),
        ("H Ives", "Ashby Borough Council"),
        ("J Kerr", "Fenby District Council"),
        ("K Lamb", ""),
    ]
