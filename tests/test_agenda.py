"""Agenda items and membership lists in the genre's forms (tests/fixtures/agenda/).

Each fixture is an invented agenda in one of the layouts UK councils and panels print;
parse_agenda reads it as it would inside any pack.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_items import (
    ItemLine,
    Numbering,
    coded_line,
    item_line,
    next_marks,
    reads_as_title,
)
from minutebook.parsing.membership import (
    authority_then_names,
    column_list,
    council_columns,
    dashed_row,
    group_over_indented,
    membership,
    name_wraps_under_label,
    side_label,
    titled_pairs,
    without_office,
    wraps,
)

AGENDAS = Path(__file__).parent / "fixtures" / "agenda"


def _agenda(name: str) -> Part:
    text = (AGENDAS / name).read_text("utf-8")
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout="agenda")
    parse_agenda(part, name, Diagnostics())
    return part


def test_numbered_items_after_a_notice() -> None:
    """'1. Title' items with page ranges and a sub-item; the address, the date and the
    numbered note after the items are not items."""
    part = _agenda("numbered-items-after-a-notice.txt")
    assert [(i.code, i.title, i.pages, i.line) for i in part.items] == [
        ("1", "Apologies for Absence", None, 12),
        ("2", "Declarations of Interest", None, 14),
        ("3", "Minutes of the meeting held on 12 January 2021", "1 - 6", 16),
        ("4", "Street Trading Policy Review", "7 - 20", 18),
        ("4.1", "Consultation responses", None, 20),
        ("5", "Exclusion of the Press and Public", None, 22),
    ]
    assert part.items[2].minutes_of is not None and part.items[2].minutes_of.day == 12


def test_a_plural_title_list_with_offices_in_brackets() -> None:
    part = _agenda("numbered-items-after-a-notice.txt")
    assert [(m.as_written, m.represents, m.line) for m in part.membership] == [
        ("Okafor", "", 8),
        ("Lindqvist", "", 8),
        ("Brennan", "", 8),
        ("de Souza", "", 8),
        ("Hartley", "", 8),
        ("McAllister", "", 8),
        ("O'Neill", "", 8),
    ]


def test_item_word_and_table_rows_and_a_table_of_members() -> None:
    part = _agenda("item-word-and-table-rows.txt")
    assert [(i.code, i.title, i.pages) for i in part.items] == [
        ("1", "Apologies for absence", None),
        ("2", "Declarations of interest", None),
        ("3", "Minutes of the previous meeting", "3 - 8"),
        ("4", "Accounts for payment", "9 - 14"),
    ]
    assert [(m.as_written, m.represents) for m in part.membership] == [
        ("Cllr R Patel", "Chairman"),
        ("Cllr J Whitcombe", "Vice-Chairman"),
        ("Cllr S Ng", "Ashvale North Ward"),
        ("Mrs P Dunmore", "Co-opted member"),
    ]


def test_members_listed_by_group_and_lettered_items() -> None:
    part = _agenda("grouped-membership.txt")
    # a political group is an affiliation, not what a member represents: no represents;
    # "Independent Members" are co-opted seats, and are kept
    assert [(m.as_written, m.represents) for m in part.membership] == [
        ("Mr T Albright", ""),
        ("Mrs G Kowalski", ""),
        ("Mr P van der Berg", ""),
        ("Dr H Ross", ""),
        ("Cllr A MacLeod", ""),
        ("Cllr F Obi", ""),
        ("Ms L Carver", "Independent Members"),
        ("Mr D Ishikawa", "Independent Members"),
    ]
    assert [i.code for i in part.items] == ["A1", "A2", "B1", "B2", "C1"]
    assert part.items[3].pages == "25 - 40"


@pytest.mark.parametrize(
    "text",
    [
        "25 High Street",  # an address: a title, but numbering must start at 1
        "12 January 2021",  # a date
        "1. Members of the public may ask a question about any item on this agenda if they "
        "give notice by noon on the day before the meeting.",  # a sentence
        "3. The report of the",  # a title would not stop on 'the'
        "- Some bullet text",
    ],
)
def test_lines_that_are_not_items(text: str) -> None:
    found = item_line(text)
    assert found is None or not Numbering().accepts(found.code)


def test_titles_are_told_from_sentences() -> None:
    assert reads_as_title("Apologies for Absence")
    assert reads_as_title("Minutes of the meeting held on 4 May 2020.")
    assert not reads_as_title("the report was noted")
    assert not reads_as_title("March 2020 update")


def test_a_members_table_with_a_heading_row_and_offices_after_names() -> None:
    """A table's heading row ('Name / Representing') is no member, and the office printed
    after a name in a table cell is not part of the name (as in a list)."""
    part = _agenda("members-table-with-offices.txt")
    assert [(m.as_written, m.represents, m.line) for m in part.membership] == [
        ("Councillor Nadia Farrow", "Hollinshire County Council", 8),
        ("Councillor Owen Pryce", "Eastbrook District Council", 9),
        ("Mr Felix Amadi", "Independent Co-opted Member", 10),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Councillor Lara Quist (Chairwoman)", "Councillor Lara Quist"),
        ("Mr A Brown (Vice-Chairman)", "Mr A Brown"),
        ("Mr A Brown (Independent Member)", "Mr A Brown (Independent Member)"),
    ],
)
def test_an_office_after_a_name_is_not_the_name(name: str, expected: str) -> None:
    assert without_office(name) == expected
    row = dashed_row(f"{name} – Hollinford City Council")
    assert row == [(expected, "Hollinford City Council")]


def test_items_in_html_cells_and_lettered_sub_items_under_an_item() -> None:
    """A table row of HTML cells is an item as a tabbed row is; '(a)', '(b)' under item 3
    are items 3(a), 3(b); a letter out of sequence is not a sub-item."""
    part = _agenda("html-cells-and-lettered-sub-items.txt")
    assert [(i.code, i.title, i.pages, i.line) for i in part.items] == [
        ("1", "Apologies for absence", None, 8),
        ("2", "Minutes of the meeting held on 4 September 2019", "1 - 6", 9),
        ("3", "Applications under the Licensing Act 2003", None, 11),
        ("3(a)", "New premises licence - The Malt House, Bridge Street", "7 - 20", 13),
        ("3(b)", "Review of premises licence - Quayside Bar, Harbour Road", "21 - 34", 15),
        ("4", "Any other urgent business", None, 19),
    ]


def test_members_with_two_brackets_a_comma_and_a_plural_title_label() -> None:
    """'Name (Council) (Chair)' keeps the council, not the office; 'Name, Council' is one
    member; 'Councillors:' is a title before the names, not what they represent."""
    part = _agenda("membership-commas-brackets-and-title-groups.txt")
    assert [(m.as_written, m.represents, m.line) for m in part.membership] == [
        ("Cllr Nia Roberts", "Tambridge County Council", 9),
        ("Cllr Owen Shah", "Vale of Tam District Council", 10),
        ("Mrs Petra Lund", "Independent Co-opted Member", 11),
        ("Q Adeyemi", "", 12),
        ("R Bhatt", "", 12),
        ("S Coyle", "", 12),
        ("Mr T Dale", "Magistrate Members", 13),
        ("Ms U Eze", "Magistrate Members", 13),
    ]


def test_dot_leaders_roman_sub_items_and_a_dash_for_no_pages() -> None:
    """A contents list's dot leaders end the title and give its pages; '(i)', '(ii)'
    under item 4 are 4(i), 4(ii); a page cell holding a dash means no pages."""
    part = _agenda("leaders-roman-sub-items-dash-cells.txt")
    assert [(i.code, i.title, i.pages) for i in part.items] == [
        ("1", "APOLOGIES FOR ABSENCE", None),
        ("2", "MINUTES OF THE MEETING HELD ON 20 SEPTEMBER 2021", "1 - 8"),
        ("3", "Police and Crime Plan Refresh", "9"),
        ("4", "Questions to the Commissioner", None),
        ("4(i)", "Questions from Panel Members", None),
        ("4(ii)", "Questions from the public", None),
        ("5", "Date of the next meeting", None),
        ("6", "Complaints update", None),
        ("7", "Work programme", "41 - 44"),
    ]


@pytest.mark.parametrize(
    ("previous", "marks"),
    [(None, {"a", "i"}), ("a", {"b"}), ("h", {"i"}), ("i", {"j", "ii"}), ("iv", {"v"})],
)
def test_the_marks_a_sub_item_may_follow_with(previous: str | None, marks: set[str]) -> None:
    assert next_marks(previous) == marks


def test_members_under_a_sentence_and_under_a_titled_label() -> None:
    """'The Committee comprises Councillors:' over a tab table whose names carry their
    office in brackets; and 'Executive Members: Councillors ...', an office in brackets
    ('Leader') being no organisation."""
    part = _agenda("members-introduced-by-a-sentence-or-a-titled-label.txt")
    assert [(m.as_written, m.represents, m.line) for m in part.membership] == [
        ("P Lindgren", "Wyebridge County Council", 7),
        ("A Mbeki", "Wyebridge County Council", 8),
        ("C Hartnell-Ross", "Abbeyford District Council", 9),
    ]
    lines = [Line(n, t) for n, t in enumerate(["Executive Members: Councillors D Quayle "
             "(Leader), R Osei (Deputy Leader) and V Tan"], start=1)]  # fmt: skip
    assert [(m.as_written, m.represents) for m in membership(lines)] == [
        ("D Quayle", ""), ("R Osei", ""), ("V Tan", ""),
    ]  # fmt: skip


def _inline(text: str) -> Part:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout="agenda")
    parse_agenda(part, "inline.txt", Diagnostics())
    return part


def test_a_title_wrapped_in_an_item_subject_page_table_is_one_title() -> None:
    """A row's title cell wrapped onto the next line (code and page cells empty) belongs
    to the row's title; a page cell alone, a description under a two-cell item and a
    'Report of ...' line under a three-cell one do not."""
    part = _inline(
        "Item\tSubject\tPage\n"
        "1\tApologies for absence\t-\n"
        "2\tLocal Transport Plan – review\t5\n"
        "\t2025-2030\n"
        "3\tBus Services Budget\t19\n"
        "\tReport of the Director of Highways\n"
        "4\tFares Strategy\n"
        "\tMembers to consider the fares options\n"
        "5\tAny other business\t-\n"
        "\t41"
    )
    assert [(i.code, i.title) for i in part.items] == [
        ("1", "Apologies for absence"),
        ("2", "Local Transport Plan – review 2025-2030"),
        ("3", "Bus Services Budget"),
        ("4", "Fares Strategy"),
        ("5", "Any other business"),
    ]


def _members(text: str) -> list[tuple[str, str, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(m.as_written, m.represents, m.line) for m in membership(lines)]


def test_a_membership_list_wrapped_over_lines_keeps_each_names_line() -> None:
    """A list broken after a comma goes on on the next line; the plural title covers both."""
    assert _members(
        "MEMBERSHIP: Councillors Amberley (Chairman), Birtles,\n"
        "Crane, Mrs Dowd and Mr T. Ellery (Independent Member)\n\nAGENDA"
    ) == [
        ("Amberley", "", 1),
        ("Birtles", "", 1),
        ("Crane", "", 2),
        ("Mrs Dowd", "", 2),
        ("Mr T. Ellery", "Independent Member", 2),
    ]


def test_members_grouped_by_the_authority_printed_first() -> None:
    """'Quarrydale District Council - Cllr A, Cllr B': each member with that authority; a
    contact after a blank line is not a member, nor a part heading."""
    assert _members(
        "Membership\n"
        "Quarrydale District Council - Cllr Iris Penhale (Chair), Cllr Joel Ruston\n"
        "Marlow Vale Borough Council - Cllr Kofi Asante\n\n"
        "Officer contact: Nina Tolley, Clerk to the Joint Committee\n\n"
        "Part I - Items open to the public"
    ) == [
        ("Cllr Iris Penhale", "Quarrydale District Council", 2),
        ("Cllr Joel Ruston", "Quarrydale District Council", 2),
        ("Cllr Kofi Asante", "Marlow Vale Borough Council", 3),
    ]


def test_a_table_cell_going_on_on_a_tab_indented_line() -> None:
    assert _members(
        "Members of the Panel\nMember\tAuthority\n"
        "Cllr Ada Lorne (Chair)\tBrackley Town and District\n\tCouncil\n"
        "Mr Sol Feld\tIndependent Co-opted Member\n\nAGENDA"
    ) == [
        ("Cllr Ada Lorne", "Brackley Town and District Council", 3),
        ("Mr Sol Feld", "Independent Co-opted Member", 5),
    ]


def test_authority_first_needs_an_organisation_and_titled_members() -> None:
    assert authority_then_names("Cllr A Reid - Brackley Town Council") is None
    assert authority_then_names("Part I - Items open to the public") is None
    assert authority_then_names("Brackley Town Council - open session") is None
    assert wraps("Councillors A, B,") and wraps("Mr C (Independent") and not wraps("Mr C")


def test_a_pipe_table_row_takes_only_the_subject_cell_and_its_wrapped_rest() -> None:
    """'Item | Subject | Lead Officer | For': the officer and purpose cells are not the
    title; a subject wrapped onto a row whose item cell is blank goes on with it; an
    officer wrapped alone does not; a running header in pipes is no item."""
    part = _inline(
        "Dunmere Borough Council | Planning Committee | 04.03.19\n"
        "Item | Subject | Lead Officer | For\n"
        "1 | Apologies for absence | Committee Clerk | Information\n"
        "2 | Harbour car park – review of tariffs | Head of | Decision\n"
        "  | and opening hours | Parking Services |\n"
        "3 | Local list of heritage assets | Conservation Officer | Decision\n"
        "  | | Dunmere Museum |"
    )
    assert [(i.code, i.title) for i in part.items] == [
        ("1", "Apologies for absence"),
        ("2", "Harbour car park – review of tariffs and opening hours"),
        ("3", "Local list of heritage assets"),
    ]


def test_a_timed_table_row_skips_its_time_and_a_break_is_no_item() -> None:
    """'10.15<TAB>2<TAB>Title<TAB>7': the time is no code; a title wrapped under its row
    with the page after it joins the title and gives the page; 'Presented by' does not;
    a timed break with no number is no item."""
    part = _inline(
        "Time\tItem\tBusiness\tPage\n"
        "10.00\t1\tApologies\t-\n"
        "10.15\t2\tCoastal Erosion Plan – Annual\n"
        "\t\tProgress Report\t7\n"
        "\t\tPresented by: Mr Idris Penwarden, Coastal Engineer\n"
        "11.00\t\tComfort break\n"
        "11.10\t3\tWork programme\t21"
    )
    assert [(i.code, i.title, i.pages) for i in part.items] == [
        ("1", "Apologies", None),
        ("2", "Coastal Erosion Plan – Annual Progress Report", "7"),
        ("3", "Work programme", "21"),
    ]


def test_pages_at_the_right_after_a_gap_and_a_title_wrapped_past_them() -> None:
    """A page column printed after spaces is no part of the title; an indented title-case
    line under such a row ends the title; 'Report of' and a sentence under it do not."""
    part = _inline(
        "1.  Minutes of the meeting held on 3 May 2018              1 - 6\n"
        "2.  Tolverne Link Road – Approval to Acquire                  7 - 30\n"
        "    Compulsory Purchase Order\n"
        "    Report of the Director of Place\n"
        "3.  Budget Outturn 2017/18                                 31\n"
        "    Members are asked to note the outturn."
    )
    assert [(i.code, i.title, i.pages) for i in part.items] == [
        ("1", "Minutes of the meeting held on 3 May 2018", "1 - 6"),
        ("2", "Tolverne Link Road – Approval to Acquire Compulsory Purchase Order", "7 - 30"),
        ("3", "Budget Outturn 2017/18", "31"),
    ]


def test_parish_items_phrased_to_do_and_sentences_wrapped_onto_the_next_line() -> None:
    """'To approve ...' is a title however long (kept as printed, with its full stop); a
    sentence broken before its last words joins them; a list under an item ending with a
    colon is the item's parts, not items."""
    part = _inline(
        "1. To receive and accept apologies for absence from members of the council.\n\n"
        "2. To approve the minutes of the Annual Parish Meeting held on 14th May 2025.\n\n"
        "3. Allotments: to consider the renewal of the lease of the field behind the\n"
        "   old school.\n\n"
        "4. Finance:\n"
        "   a) To approve the payments listed.\n"
        "   b) To note the budget monitoring statement.\n\n"
        "5. Items for a future agenda (for information only; no decisions may be taken)."
    )
    assert [(i.code, i.title) for i in part.items] == [
        ("1", "To receive and accept apologies for absence from members of the council."),
        ("2", "To approve the minutes of the Annual Parish Meeting held on 14th May 2025."),
        (
            "3",
            "Allotments: to consider the renewal of the lease of the field behind the old school.",
        ),
        ("4", "Finance:"),
        ("5", "Items for a future agenda (for information only; no decisions may be taken)."),
    ]


def test_a_long_sentence_not_phrased_as_an_instruction_is_still_no_title() -> None:
    assert not reads_as_title(
        "Members of the public may speak on any item if they register by noon on Monday."
    )
    assert reads_as_title("To note the clerk's report on the defibrillator and the bus shelter.")


def test_a_party_bracket_wrapped_onto_the_next_line_keeps_the_list_going() -> None:
    """A line opening with a bracket goes on with the row above ('Cllr B Hale' / '(Lab),
    Cllr C Roe'); a semicolon list of 'titled name, organisation' pairs after a blank line
    is still the list, its label no organisation."""
    assert _members(
        "Membership of the Committee\n\n"
        "Tarnby Borough Council: Cllr Ann Voss (Chair) (Con), Cllr Bede Hale\n"
        "(Lab), Cllr Cora Roe (LD)\n\n"
        "Co-opted (non-voting): Mrs Dee Lunt, Tarnby Carers' Forum; Mr Eli Marr,\n"
        "Healthwatch Tarnby\n\n"
        "Contact: Fay Nolan, Scrutiny Officer"
    ) == [
        ("Cllr Ann Voss", "Tarnby Borough Council", 3),
        ("Cllr Bede Hale", "Tarnby Borough Council", 3),
        ("Cllr Cora Roe", "Tarnby Borough Council", 4),
        ("Mrs Dee Lunt", "Tarnby Carers' Forum", 6),
        ("Mr Eli Marr", "Healthwatch Tarnby", 6),
    ]


def test_titled_pairs_need_two_titled_names_each_with_an_organisation() -> None:
    assert titled_pairs("Mrs Dee Lunt, Carers' Forum; Mr Eli Marr, Healthwatch") == [
        ("Mrs Dee Lunt", "Carers' Forum"),
        ("Mr Eli Marr", "Healthwatch"),
    ]
    assert titled_pairs("Mrs Dee Lunt, Carers' Forum") is None  # one pair: comma_row's
    assert titled_pairs("Apologies: Mrs Lunt; Mr Marr") is None  # no organisations
    assert titled_pairs("Venue: Hall, Tarnby; Parking, rear") is None  # no titled names


def test_lettered_items_run_a_b_c_and_an_initial_is_no_letter() -> None:
    found = item_line("A.\tApologies for absence.")
    assert found is not None and (found.code, found.title) == ("A", "Apologies for absence")
    assert item_line("K. Oakes\tBrinmouth Town Council") is None  # an initial, a surname
    assert item_line("J. Smith (Chair)") is None
    numbering = Numbering()
    assert [numbering.accepts(c) for c in ("A", "B", "D", "C")] == [True, True, False, True]
    assert not Numbering().accepts("K")  # a lettering starts at A


def test_a_lettered_sub_item_under_its_item_is_no_item() -> None:
    """'05a' and '05b' under '05' are its parts; '06' goes on; '7a' alone opens 7."""
    numbering = Numbering()
    codes = ("01", "05", "05a", "05b", "06", "7a")
    assert [numbering.accepts(c) for c in codes] == [True, True, False, False, True, True]


def test_items_numbered_through_a_session_with_the_councils_letter() -> None:
    """'C07/08.38': item 38 of the council's 2007/08 session; the next goes on from it, and
    the code says itself after a list numbered 1, 2 (a bare '29/20' there is a reference)."""
    assert item_line("C07/08.38 To receive apologies for absence.") is not None
    numbering = Numbering()
    codes = ("C07/08.38", "C07/08.39", "C07/08.39", "C07/08.41")
    assert [numbering.accepts(c) for c in codes] == [True, True, False, True]
    after_a_list = Numbering()  # an open forum's points 1, 2 before the session's business
    assert [after_a_list.accepts(c) for c in ("1", "2", "C07/08.38", "29/20")] == [
        True,
        True,
        True,
        False,
    ]


def test_a_boards_members_listed_by_side() -> None:
    """'Employer representatives:' / 'Scheme member representatives:' head the rows of
    each side; a row's own ' – what they represent' wins, a bare name takes its side; an
    office in brackets before the dash is dropped; a vacant seat is no member."""
    assert _members(
        "Membership\n\nEmployer representatives:\n"
        "Councillor Ivo Marsh (Chair) – Dunholm City Council\n"
        "Vacancy – Academy trusts\n\n"
        "Scheme member representatives:\n"
        "Petra Lund-Oakes (Vice-Chair) – GMB\n"
        "Ravi Sethi – Deferred members\n\n"
        "Independent member:\nMs Orla Keane\n\n"
        "Contact: Jo Finch, Clerk\n"
    ) == [
        ("Councillor Ivo Marsh", "Dunholm City Council", 4),
        ("Petra Lund-Oakes", "GMB", 8),
        ("Ravi Sethi", "Deferred members", 9),
        ("Ms Orla Keane", "Independent member", 12),
    ]


def test_side_labels_are_not_contacts_titles_or_capital_headings() -> None:
    assert side_label("Scheme member representatives:") == "Scheme member representatives"
    assert side_label("Contact officer:") is None
    assert side_label("Councillors:") is None
    assert side_label("AGENDA:") is None
    assert side_label("Employer representatives: Cllr A Bell") is None


def test_a_summons_addressed_to_its_members() -> None:
    """The address block names the members: in a bracket under 'To: The Chair and
    Members of ...' wrapping over lines, or straight after 'To:'; offices are dropped."""
    assert _members(
        "To: The Chair and Members of the Housing Scrutiny Panel\n"
        "    (Councillors Garrow (Chair), Ibbotson (Vice-Chair), de Groot,\n"
        "    Nairn and Ó Dálaigh)\n\nDear Councillor\n\nAGENDA"
    ) == [
        ("Garrow", "", 2),
        ("Ibbotson", "", 2),
        ("de Groot", "", 2),
        ("Nairn", "", 3),
        ("Ó Dálaigh", "", 3),
    ]
    assert _members("To: Councillors Pell, Quayle and Rudd\n\nDear Councillor") == [
        ("Pell", "", 1),
        ("Quayle", "", 1),
        ("Rudd", "", 1),
    ]


def test_an_address_to_members_without_their_names_lists_nobody() -> None:
    assert _members("To: All Members of the Council\n\nDear Councillor\n\nAGENDA") == []
    assert _members("To: The Chief Executive\n(Councillors to note)\n") == []


def test_a_column_heading_of_several_column_words_is_no_member() -> None:
    assert _members(
        "MEMBERS OF THE AUTHORITY\nMember\tConstituent Authority\n"
        "Cllr. P. Ames\tHolt Town Council\n"
    ) == [("Cllr. P. Ames", "Holt Town Council", 3)]


def test_members_in_two_columns_under_a_heading_row() -> None:
    """'Membership<gap>Substitutes': each line holds a member of either column or both;
    the right column's members represent its heading, the left's nothing printed; an
    office in brackets is no representation."""
    assert _members(
        "Membership                          Named Substitutes\n"
        "Councillor Ada Quist (Chair)        Councillor Rhys Vane\n"
        "Councillor Bo Lund                  Councillor Tia Marsh\n"
        "Councillor Cy Hale\n"
        "\n"
        "Contact: Dot Fenn, Democratic Services"
    ) == [
        ("Councillor Ada Quist", "", 2),
        ("Councillor Rhys Vane", "Named Substitutes", 2),
        ("Councillor Bo Lund", "", 3),
        ("Councillor Tia Marsh", "Named Substitutes", 3),
        ("Councillor Cy Hale", "", 4),
    ]


def test_a_heading_row_with_a_name_or_a_sentence_at_its_right_is_no_column_list() -> None:
    assert column_list([Line(1, "Membership          Councillor Ada Quist")], 0) is None
    assert column_list([Line(1, "Agenda              Substitutes")], 0) is None


def test_members_in_columns_under_the_authority_each_represents() -> None:
    """A joint body's agenda prints each council over a column of its members; a later
    row of councils starts new columns; a bracket alone under a name is its office."""
    assert _members(
        "Membership\n"
        "Harrowdene County Council              Pellmoor District Council\n"
        "Cllr Ada Quist (Chairman)              Cllr Rhys Vane\n"
        "Cllr Bo Lund                           Cllr Tia Marsh\n"
        "                                       (Vice-Chairman)\n"
        "Oldfield Borough Council\n"
        "Cllr Cy Hale\n"
        "\n"
        "Contact: Dot Fenn, Partnership Officer"
    ) == [
        ("Cllr Ada Quist", "Harrowdene County Council", 3),
        ("Cllr Rhys Vane", "Pellmoor District Council", 3),
        ("Cllr Bo Lund", "Harrowdene County Council", 4),
        ("Cllr Tia Marsh", "Pellmoor District Council", 4),
        ("Cllr Cy Hale", "Oldfield Borough Council", 7),
    ]


def test_names_under_a_bare_heading_are_no_council_columns() -> None:
    lines = [Line(1, "Membership"), Line(2, "Cllr Ada Quist        Cllr Rhys Vane")]
    assert council_columns(lines, 0) is None
    lines = [Line(1, "Membership"), Line(2, "Agenda Papers        Minutes")]
    assert council_columns(lines, 0) is None


def test_a_given_name_at_a_line_end_goes_on_on_the_indented_line() -> None:
    """'Members:<TAB>Councillors A, B, Rukhsana' / '<TAB>Mahmood and C': the surname
    wrapped onto the hanging indent; a whole name at the line's end ends the row."""
    assert [
        m[0]
        for m in _members(
            "Members:\tCouncillors Ana Pell (Chair), Ivo Stroud, Mira\n"
            "\tLaskey and Ola Brandt\n"
            "\n"
            "Quorum: 3"
        )
    ] == ["Ana Pell", "Ivo Stroud", "Mira Laskey", "Ola Brandt"]
    assert not name_wraps_under_label("Councillors Ana Pell, Ivo Stroud", "\tLaskey")
    assert not name_wraps_under_label("Councillors Ana Pell, Mira", "Laskey and Ola Brandt")


def test_members_grouped_under_flush_left_headings_over_indented_names() -> None:
    """A group's heading (wrapped in lower case) over its indented members is what they
    represent unless a bracket after a name says otherwise; an office is no bracket that
    counts; a labelled line after the groups is still the list."""
    assert _members(
        "MEMBERSHIP\n"
        "\n"
        "Group A – Faith communities other than the Church of England\n"
        "and other belief groups\n"
        "   Mr K. Osei (Baptist Union)\n"
        "   Mrs L. Dhar\n"
        "\n"
        "Group B – The Local Authority\n"
        "   Councillor M. Penrose (Chair)\n"
        "\n"
        "Co-opted (non-voting): Ms N. Tallis (Velmouth University)\n"
        "\n"
        "AGENDA"
    ) == [
        ("Mr K. Osei", "Baptist Union", 5),
        (
            "Mrs L. Dhar",
            "Group A – Faith communities other than the Church of England and other belief groups",
            6,
        ),
        ("Councillor M. Penrose", "Group B – The Local Authority", 9),
        ("Ms N. Tallis", "Velmouth University", 11),
    ]


def test_a_flush_left_line_over_no_indented_member_is_no_group_heading() -> None:
    lines = [Line(1, "Group B – The Local Authority"), Line(2, "Councillor M. Penrose")]
    assert group_over_indented(lines, 0) is None
    indented = [Line(1, "   Mr K. Osei"), Line(2, "   Mrs L. Dhar")]
    assert group_over_indented(indented, 0) is None


def test_sub_items_indented_under_their_item_list_its_contents() -> None:
    """'(i)', '(ii)' indented straight under an item, without pages, say what the item
    covers (no items of their own); a title's date broken before its year goes on."""
    text = (
        "AGENDA\n\n"
        "1.   Apologies\n\n"
        "2.   Adviser's report\n"
        "     (i) Examination results 2024\n"
        "     (ii) School visits – spring term\n\n"
        "3.   Minutes of the Exempt Part of the Previous Meeting – 9 December    7 - 9\n"
        "     2024\n"
    )
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout="agenda")
    parse_agenda(part, "inline", Diagnostics())
    assert [(i.code, i.title) for i in part.items] == [
        ("1", "Apologies"),
        ("2", "Adviser's report"),
        ("3", "Minutes of the Exempt Part of the Previous Meeting – 9 December 2024"),
    ]


def test_flush_sub_items_straight_under_their_item_list_its_contents() -> None:
    """'(a)', '(b)' printed flush left straight under their item, without pages (motions
    listed under "Notices of Motion"), say what it covers; sub-items standing apart with
    their own pages stay items."""
    assert _inline_items(
        "1.  Notices of Motion\n"
        "(a) Village bus services – moved by Councillor Ana Brook\n"
        "(b) Verge cutting – moved by Councillor Tom Vale\n\n"
        "2.  Questions from Members\n\n"
        "3.  Licensing applications\n\n"
        "(a) New premises licence - The Mill (Pages 7 - 20)\n\n"
        "(b) Review of licence - Quay Bar\n"
    ) == [
        ("1", "Notices of Motion", None, 1),
        ("2", "Questions from Members", None, 5),
        ("3", "Licensing applications", None, 7),
        ("3(a)", "New premises licence - The Mill", "7 - 20", 9),
        ("3(b)", "Review of licence - Quay Bar", None, 11),
    ]


def _inline_items(text: str) -> list[tuple[str, str, str | None, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout="agenda")
    parse_agenda(part, "inline", Diagnostics())
    return [(i.code, i.title, i.pages, i.line) for i in part.items]


def test_a_code_alone_on_its_line_takes_the_title_below() -> None:
    """Agendas saved from a council's web pages print each code on a line of its own
    ("1.", "1. |"), the title on the next line that is not blank; the description under
    the title stays no item."""
    text = (
        "Items\nNo. Item\n\n"
        "1.\n\nApologies for Absence\n\n"
        "Members may send a substitute in their place.\n\n"
        "2. |\nMinutes of the Previous Meeting (Pages 3 - 8)\n|\n"
        "3.\n\nCorn Exchange Roof Repairs\n"
    )
    assert _inline_items(text) == [
        ("1", "Apologies for Absence", None, 4),
        ("2", "Minutes of the Previous Meeting", "3 - 8", 10),
        ("3", "Corn Exchange Roof Repairs", None, 13),
    ]


def test_the_word_item_and_its_number_alone_over_a_capitals_title() -> None:
    """'AGENDA ITEM 1' on a line of its own, the title in capitals below, then a 'Report
    No.' line: the item is the title; the report line and a sentence are no items."""
    text = (
        "AGENDA ITEM 1\nAPOLOGIES FOR ABSENCE\n\n"
        "Agenda Item 2\nMINUTES OF THE LAST MEETING\nReport No. AB/12/3 – attached\n\n"
        "Item No. 3\nThe Chair will explain at the meeting why the report on this item was "
        "withdrawn by its author.\n"
    )
    assert _inline_items(text) == [
        ("1", "APOLOGIES FOR ABSENCE", None, 1),
        ("2", "MINUTES OF THE LAST MEETING", None, 4),
    ]


def test_codes_numbered_through_the_year_start_anywhere() -> None:
    """'41/22' counts items through the year: the first may be any number, each later
    one numbers higher."""
    text = "41/22\n\nAPOLOGIES FOR ABSENCE\n\n42/22\n\nMINUTES\n\n40/22\n\nPUBLIC QUESTIONS\n"
    assert [(c, t) for c, t, _, _ in _inline_items(text)] == [
        ("41/22", "APOLOGIES FOR ABSENCE"),
        ("42/22", "MINUTES"),
    ]


def test_a_code_alone_over_a_sentence_or_a_page_number_is_no_item() -> None:
    text = (
        "1.\n\nMembers are reminded that the meeting will be recorded and that anyone "
        "present may be filmed while the cameras run.\n\n"
        "7\n\nPlanning Applications\n"
    )
    assert _inline_items(text) == []


def test_rows_of_a_table_between_pipes_and_a_spaced_stop() -> None:
    """'| 03 | Public Questions |' (pipes open and close the row) and '2 . Minutes' (a
    list whose stop stands apart) are items; a pipe row with no code is none."""
    assert item_line("| 03 | Public Questions |") == ItemLine("03", "Public Questions", None, 1)
    assert item_line("| Item no. | Agenda Item | Details |") is None
    found = item_line("2 . Minutes of the Previous Meeting")
    assert found is not None and (found.code, found.title) == (
        "2",
        "Minutes of the Previous Meeting",
    )
    assert item_line("2 . and the fencing was replaced") is None


def test_a_label_and_a_dash_before_what_to_do_reads_as_an_instruction() -> None:
    """'Minutes – to confirm ...' names the item before a dash and says what the meeting
    does: a title however long, as 'Minutes: to confirm ...' is."""
    assert reads_as_title(
        "Minutes – to confirm and sign the minutes of the meeting held on 3rd June as a "
        "correct record and note the actions agreed."
    )
    assert not reads_as_title(
        "Minutes were confirmed and signed as a correct record of the meeting held on "
        "3rd June and the actions agreed were noted."
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "2. Minutes of the Previous Meeting pdf icon PDF 116 KB",
            "Minutes of the Previous Meeting",
        ),
        ("4 Budget Monitoring PDF 1.2 MB", "Budget Monitoring"),
        ("5 Annual Report [PDF, 250KB]", "Annual Report"),
        ("6 Fees and Charges (71Kb)", "Fees and Charges"),
        ("7 Estates Review pdf icon PDF 80 KB (Pages 3 - 9)", "Estates Review"),
        # a size in a title, not in brackets, is the title's own
        ("8 Rural Broadband to 30 Mb", "Rural Broadband to 30 Mb"),
        ("9 PDF Accessibility Statement", "PDF Accessibility Statement"),
    ],
)
def test_a_web_agendas_file_link_label_is_no_part_of_the_title(text: str, title: str) -> None:
    item = coded_line(text)
    assert item is not None
    assert item.title == title


def test_a_titles_last_line_pressed_inside_its_page_range_rejoins_the_title() -> None:
    found = item_line("1. ARRANGEMENTS FOR A REMOTE LICENSING (Pages 1 SUB-COMMITTEE - 4)")
    assert found is not None
    assert (found.code, found.title, found.pages) == (
        "1",
        "ARRANGEMENTS FOR A REMOTE LICENSING SUB-COMMITTEE",
        "1 - 4",
    )
    plain = item_line("2. Budget Monitoring (Pages 5 - 8)")
    assert plain is not None and (plain.title, plain.pages) == ("Budget Monitoring", "5 - 8")


def test_pages_in_brackets_with_what_the_paper_is_for_are_no_title() -> None:
    """ "(Pages 5-7 for approval)": the range and its note after the title; a range whose
    bracket closes on the next line ("(Pages 17-22" / "for decision)") too."""
    part = _inline(
        "A Routine Business\n\n"
        "A1. Apologies for Absence\n\n"
        "A2. Declarations of Interest\n\n"
        "A3. Minutes of the Meeting held on 18 October 2016 (Pages 5-7 for approval)\n\n"
        "A4. Minutes of the Audit Committee (Pages 9-12 for information only)\n\n"
        "B For Decision\n\n"
        "B1. Calendar of Member Meetings for 2017/18 (Pages 17-22\n"
        "for decision)\n\n"
        "B2. Review of Fees (to follow)\n"
    )
    assert [(i.code, i.title, i.pages) for i in part.items] == [
        ("A1", "Apologies for Absence", None),
        ("A2", "Declarations of Interest", None),
        ("A3", "Minutes of the Meeting held on 18 October 2016", "5 - 7"),
        ("A4", "Minutes of the Audit Committee", "9 - 12"),
        ("B1", "Calendar of Member Meetings for 2017/18", None),
        ("B2", "Review of Fees", None),
    ]


def test_a_to_label_cell_over_the_councillors_named_lists_them() -> None:
    """ "To:" alone (a table's label cell) over "Councillors A (Chair), B, ...": the
    members; over anything else, nobody."""
    assert _members(
        "To:\nCouncillors Ann Pell (Chair), Bob Quayle (Deputy Chair), Cai Rudd and Dee Sim.\n"
        "Date:\nFriday, 25th February, 2022"
    ) == [("Ann Pell", "", 2), ("Bob Quayle", "", 2), ("Cai Rudd", "", 2), ("Dee Sim", "", 2)]
    assert _members("To:\nAll Members of the Council\n\nDear Councillor") == []
