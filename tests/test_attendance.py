"""Attendance lists in the layouts of the genre, one invented fixture per layout.

Each fixture in `tests/fixtures/attendance/` is a small set of minutes written for these
tests (invented bodies, people and dates) in a layout UK meeting papers use; each test
states every attendance fact it must give: role, name as written, capacity and line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minute_fixtures import attendance_of, parse_text, read_minutes
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceFacts, AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import (
    absence_reason,
    apologies_sentence,
    bracket_alone,
    bracket_left_open,
    broken_name,
    chair_leader_line,
    council_group,
    dash_group_line,
    ends_unfinished,
    group_line,
    group_role,
    implicit_substitute,
    is_heading_or_sentence,
    label_heading_role,
    label_line,
    members_heading,
    minutes_table_header,
    name_broken_in_list,
    name_columns,
    names_go_on_below_label,
    names_grid_row,
    not_present_sentence,
    officers_label,
    organisation_heading,
    owners_officers_label,
    post_first_entry,
    read_apologies_and_substitutes,
    read_attendance_for_item,
    read_attendance_lists,
    records_attendance,
    role_line,
    sent_apologies_sentence,
    sentence_label,
    sentence_name_goes_on,
    speakers_line,
    substitute_sentences,
    table_cells,
)
from minutebook.parsing.minutes import parse_minutes

FIXTURES = Path(__file__).parent / "fixtures" / "attendance"
PRESENT = AttendanceRole.PRESENT
ALSO = AttendanceRole.ALSO_PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
APOLOGIES = AttendanceRole.APOLOGIES
SUBSTITUTE = AttendanceRole.SUBSTITUTE
ABSENT = AttendanceRole.ABSENT


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def _read(name: str) -> tuple[list[AttendanceFacts], Diagnostics]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    part = Part(kind=DocumentKind.OTHER, title="", lines=_lines(text), layout="minutes")
    diagnostics = Diagnostics()
    parse_minutes(part, name, diagnostics)
    return part.attendance, diagnostics


def _facts(name: str) -> list[tuple[AttendanceRole, str, str | None, int]]:
    return [(a.role, a.as_written, a.capacity, a.line) for a in _read(name)[0]]


def test_inline_list_with_honours_brackets_and_names_of_every_form() -> None:
    assert _facts("inline-list-honours-and-brackets.txt") == [
        (PRESENT, "Mr A B Smith, OBE", "Chairman", 5),
        (PRESENT, "Cllr P Fenwick", None, 5),  # no comma before the next title
        (PRESENT, "Mr G Sandhu", "Vice-Chairman", 5),
        (PRESENT, "Cllr Mrs K McLean", None, 5),
        (PRESENT, "Cllr J de Jong", None, 5),
        (PRESENT, "Councillor T O'Brien", None, 5),
        (PRESENT, "Mrs H Ashworth-Pike", None, 5),
        (PRESENT, "Dr. R. J. Kowalski", None, 5),
        # the name breaks across lines 6 and 7; it starts on line 6
        (PRESENT, "County Councillor M van der Berg", "Westmarsh Borough Council", 6),
        (ALSO, "Ms D Okoro", "Police and Crime Commissioner", 9),
        (ALSO, "Mr S MacLeod QPM", "Chief Constable (Northshire Police)", 9),
        (ALSO, "Mr L Brandt", "Chief Finance Officer", 9),
        (IN_ATTENDANCE, "Miss F Hale", "Democratic Services Officer", 11),
    ]  # "UNRESTRICTED ITEMS" after the lists is not a name


def test_second_bracket_and_trailing_piece_are_the_organisation() -> None:
    facts = {a.as_written: a.organisation for a in _read("inline-list-honours-and-brackets.txt")[0]}
    assert facts["Mr A B Smith, OBE"] == "Northshire County Council"
    assert facts["Mr L Brandt"] == "Office of the Police and Crime Commissioner"
    assert facts["Cllr P Fenwick"] is None


def test_unclosed_bracket_is_closed_before_the_next_name_and_reported() -> None:
    _, diagnostics = _read("inline-list-honours-and-brackets.txt")
    [warning] = [w for w in diagnostics.warnings if w.code == "unclosed-bracket"]
    assert (warning.file, warning.line) == ("inline-list-honours-and-brackets.txt", 9)
    assert "Mr S MacLeod QPM" in warning.message
    assert not [w for w in diagnostics.warnings if w.code == "damaged-name"]


def test_label_alone_with_groups_and_one_name_per_line() -> None:
    facts, _ = _read("label-alone-groups-one-per-line.txt")
    assert [(a.role, a.as_written, a.capacity, a.line, a.group) for a in facts] == [
        (PRESENT, "Councillor Alice Whitcombe", "Chair", 8, "Members"),
        (PRESENT, "Councillor Rajesh Bhatt", "Vice-Chair", 9, "Members"),
        (PRESENT, "Councillor Siobhan O'Neill", None, 10, "Members"),
        (PRESENT, "Mr Graham Lowe, MBE", "Independent Co-opted Member", 11, "Members"),
        (PRESENT, "Mrs Yvonne Carter-Blake", None, 14, "Co-opted members"),
        # the force attends the panel without being its members: also present
        (ALSO, "Chief Constable Marcus Dean QPM", None, 17, "Force"),
        (ALSO, "Ms Ruth Ellery", "Deputy Chief Constable", 18, "Force"),
        (IN_ATTENDANCE, "Mr Tom Aylward", "Panel Support Officer", 21, "Officers"),
        (IN_ATTENDANCE, "Mrs Nadia Farooq", "Legal Adviser", 22, "Officers"),
        (APOLOGIES, "Councillor Peter Quinlan", None, 25, None),
        (APOLOGIES, "Councillor Diane MacArthur", None, 26, None),
        (ABSENT, "Councillor Hugh Barraclough", None, 29, None),
    ]


def test_flattened_two_column_table_gives_name_and_capacity() -> None:
    assert _facts("flattened-two-column-table.txt") == [
        (PRESENT, "Councillor J Pemberton", "Chairman", 9),  # the header row is not a name
        (PRESENT, "Councillor L Naylor", "Vice-Chairman", 10),
        (PRESENT, "Councillor S Graves", None, 11),  # <td> cells, the second empty
        (PRESENT, "Councillor E Ruiz", "Westmarsh Independents", 12),
        (SUBSTITUTE, "Councillor B Achebe", "Substitute for Councillor Graves", 13),
        (IN_ATTENDANCE, "Mrs K Doyle", "Licensing Manager", 16),
        (IN_ATTENDANCE, "Mr P Evans", "Solicitor", 17),
    ]


def test_apologies_substitutes_and_absence_as_sentences() -> None:
    assert _facts("apologies-and-substitutes-sentences.txt") == [
        # under a plural title the names stay as printed; "Mr J Trent" has his own title,
        # and the plural bracket after "and" is his seat too
        (PRESENT, "Patel", "Chairman", 3),
        (PRESENT, "Greaves", None, 3),
        (PRESENT, "Lindqvist", None, 3),
        (PRESENT, "Ahmed", None, 3),
        (PRESENT, "Mr J Trent", "Independent Members", 3),
        (PRESENT, "Mrs S Lowry", "Independent Members", 3),
        # initials with full stops do not end the sentence
        (APOLOGIES, "Councillor M. Hughes-Ward", None, 7),
        (APOLOGIES, "Councillor D. K. Osei", None, 7),
        (APOLOGIES, "Ms P. Ferris", None, 7),
        (SUBSTITUTE, "Councillor R Okafor", "substitute for Councillor Hughes-Ward", 8),
        (SUBSTITUTE, "Cllr T Byrne", "substitute for Cllr D K Osei", 9),
        (SUBSTITUTE, "Councillor Amari", "substitute for Councillor Vance", 10),
        (ABSENT, "Councillor G Lund", None, 11),
    ]


def test_apologies_listed_under_a_sentence_and_substitute_in_brackets() -> None:
    assert _facts("apologies-listed-under-a-sentence.txt") == [
        (PRESENT, "Cllr N Brooks", "Chair", 3),
        (PRESENT, "Cllr F Mensah", None, 3),
        (SUBSTITUTE, "Cllr L Drummond", "substitute for Cllr B Hale", 3),
        (PRESENT, "Cllr O Sato", None, 3),
        (PRESENT, "Mr D Price", None, 3),
        (IN_ATTENDANCE, "Mrs J Whitlow", "Scrutiny Officer", 6),  # "name, capacity"
        (IN_ATTENDANCE, "Mr E Vasquez", "Head of Democratic Services", 7),
        (APOLOGIES, "Cllr B Hale", None, 12),
        (APOLOGIES, "Cllr R Ingram", "Vice-Chair", 13),
        (APOLOGIES, "Mr K Abara", None, 14),
    ]


def test_list_ends_at_a_sentence() -> None:
    """Names after a sentence are not attendance ("Cllr Q Fairley asked ...")."""
    assert _facts("list-ends-at-a-sentence.txt") == [
        (PRESENT, "Cllr H Osborne", "Chairman", 4),
        (PRESENT, "Cllr W Kerr", None, 5),
    ]


def test_capital_labels_and_aligned_dash_columns() -> None:
    """A police authority's layout: labels in capitals on their own lines, officers in
    aligned columns "name  -  capacity", a capacity wrapped onto the next line."""
    facts, _ = _read("capital-labels-aligned-dash-columns.txt")
    assert [(a.as_written, a.timing) for a in facts if a.timing] == [("Mrs C Pell", "until 3.15")]
    assert [(a.role, a.as_written, a.capacity, a.line, a.organisation) for a in facts] == [
        (PRESENT, "Cllr V Ashby", None, 11, None),
        (PRESENT, "Mr N Q Farrow JP", None, 12, None),
        (PRESENT, "Cllr K Dunmore", "observer", 13, None),
        (PRESENT, "Mrs I O’Hagan", None, 14, None),
        (IN_ATTENDANCE, "Mr B Ryle", "Chief Executive to the Authority", 18, None),
        # "(until 3.15)" says when she left: her timing, no capacity
        (IN_ATTENDANCE, "Mrs C Pell", "Deputy Chief Constable", 19, "Lowfield Police"),
        (IN_ATTENDANCE, "Ms D Varga", "Head of Corporate Services", 20, "Lowfield Police"),
        # "Plus 3 members of the public ..." ends the list
        (APOLOGIES, "Cllr S Thorne", None, 26, None),  # "An apology ... was received"
        (APOLOGIES, "Bell", None, 26, None),  # "Apologies were also received"
        (APOLOGIES, "Orme", None, 26, None),
        (SUBSTITUTE, "Councillor F Ngata", "substitute for Councillor Bell", 27, None),
    ]  # fmt: skip


def test_attendance_table_with_status_column_and_names_between_brackets() -> None:
    assert _facts("attendance-table-and-names-between-brackets.txt") == [
        (PRESENT, "Councillor Jo Harker", "Chair", 5),
        (APOLOGIES, "Councillor Omar Sadiq", "Member", 6),
        (PRESENT, "Priya Nair", "Officer", 7),
        (SUBSTITUTE, "Councillor Bea Lund", "Member", 8),
        (ABSENT, "Councillor Ned Court", "Member", 9),
        # no comma between a closing bracket and the next name
        (PRESENT, "Councillor Reid", "Chair", 11),
        (PRESENT, "Councillor Moss", "Vice-Chair", 11),
        (PRESENT, "Councillor Lowe", "Opposition Spokesperson", 11),
    ]


def test_label_variants_chair_line_and_substitute_lists() -> None:
    assert _facts("label-variants-and-substitute-lists.txt") == [
        (PRESENT, "Councillor A Reid", "Chair", 6),  # "In the Chair:" under "Present (in person):"
        (PRESENT, "T Moss", None, 7),
        (PRESENT, "P Quill", None, 7),
        (PRESENT, "S Ruddock", None, 7),
        (ALSO, "Mr K Oduya", "Independent Person", 9),  # "Also present via video link:"
        (SUBSTITUTE, "Cllr N Fairweather", "substitute for Cllr J Hart", 12),
        (SUBSTITUTE, "Cllr O Daly", "substitute for Cllr R Wynn", 13),
        # the label's list ends at its full stop; a sentence follows on the same line
        (APOLOGIES, "Councillor J Hart", None, 15),
        (APOLOGIES, "Councillor R Wynn", None, 15),
        (APOLOGIES, "Y Tran", None, 15),
        (APOLOGIES, "E Bird", None, 15),
    ]  # "Attendance at this meeting: the Committee noted ..." is a sentence, not a list


@pytest.mark.parametrize("heading", ["4. Election of Chair", "12/21 Minutes", "PCP/12/3 Budget"])
def test_list_ends_at_a_numbered_minute_without_an_item_code(heading: str) -> None:
    lines = _lines(f"Present:\nCllr A Reid\n{heading}\nApologies: Cllr B Moss\n")
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(a.as_written, a.line) for a in part.attendance] == [("Cllr A Reid", 2)]


def test_a_date_or_time_line_before_the_lists_does_not_end_them() -> None:
    lines = _lines(
        "5 March 2025 - A virtual meeting of the Panel held at 10 am\nPresent: Cllr A Reid"
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(a.as_written, a.line) for a in part.attendance] == [("Cllr A Reid", 2)]


def _present(text: str) -> list[tuple[str, str | None, int]]:
    lines = _lines(text)
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(a.as_written, a.capacity, a.line) for a in part.attendance]


def test_names_begun_on_the_label_line_go_on_in_titled_lines_below() -> None:
    text = (
        "PRESENT: The Mayor (Councillor Ann Reid) in the Chair\n"
        "The Deputy Mayor (Councillor Tom Moss)\n"
        "Councillors Abel, Mrs Beck and\n"
        "Dunn\n"
        "The Mayor thanked the members for attending.\n"
        "Councillor Quill arrived late."
    )
    assert _present(text) == [
        ("Councillor Ann Reid", "The Mayor", 1),
        ("Councillor Tom Moss", "The Deputy Mayor", 2),
        ("Abel", None, 3),
        ("Mrs Beck", None, 3),
        ("Dunn", None, 4),
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Councillors Abel, Beck and Dunn", True),
        ("Cllr A Reid (Vice-Chair)", True),
        ("The Deputy Mayor (Councillor Tom Moss)", True),
        ("The Mayor welcomed everyone (and the press).", False),
        ("Chief Executive (Report attached)", False),
        ("Apologies were noted.", False),
    ],
)
def test_what_carries_a_list_begun_on_the_label_line(text: str, verdict: bool) -> None:
    assert names_go_on_below_label(text) is verdict


def test_the_chair_line_under_a_bare_label_is_the_first_name() -> None:
    text = (
        "Present:\n"
        "Councillor Ann Reid (Leader) in the Chair\n"
        "Councillors T. Moss (Deputy Leader) and P. Quill\n"
        "\n"
        "Councillor Ann Reid in the Chair."
    )
    assert _present(text) == [
        ("Councillor Ann Reid", "Leader", 2),
        ("T. Moss", "Deputy Leader", 3),
        ("P. Quill", None, 3),
    ]  # the closing "in the Chair" line, after the names, names nobody again


def test_a_grid_of_initialled_names_flattened_to_tabs_is_one_name_a_cell() -> None:
    text = (
        "PRESENT:\tCouncillor A. Reid (Chair)\n"
        "Councillors:\tG. ap Huw\tS. Moss-Jones\n"
        "\tD. Quill\tM. Tate\n"
        "\tC. O'Dea\n"
        "Co-opted Members:\tMr T. Vane (Tenants' Forum)"
    )
    assert _present(text) == [
        ("Councillor A. Reid", "Chair", 1),
        ("G. ap Huw", None, 2),
        ("S. Moss-Jones", None, 2),
        ("D. Quill", None, 3),
        ("M. Tate", None, 3),
        ("C. O'Dea", None, 4),
        ("Mr T. Vane", "Tenants' Forum", 5),
    ]


@pytest.mark.parametrize(
    ("cells", "verdict"),
    [
        (["G. ap Huw", "S. Moss-Jones"], True),
        (["Cllr A Reid", "B Moss"], True),
        (["Cllr A Reid"], True),
        (["A. Reid"], False),  # alone, its capacity may follow on the next line
        (["A Reid", "KCC"], False),  # a name and its council
        (["Mrs A Reid", "Chair"], False),
    ],
)
def test_what_makes_a_row_of_a_grid_of_names(cells: list[str], verdict: bool) -> None:
    assert names_grid_row(cells) is verdict


def test_no_apologies_gives_no_names() -> None:
    lines = _lines("Apologies: None.\nApologies\nNil\nThere were no apologies for absence.")
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics())
    assert part.attendance == []


def test_a_label_with_no_names_is_reported_and_none_said_is_not() -> None:
    lines = _lines(
        "Present:\nThe meeting was not quorate.\nApologies:\nThere were no apologies.\n"
        "Absent: None\nIN ATTENDANCE: Mrs R Tull"
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    diagnostics = Diagnostics()
    read_attendance_lists(part, lines, "f.txt", diagnostics)
    assert [(a.as_written, a.line) for a in part.attendance] == [("Mrs R Tull", 6)]
    assert [(w.code, w.line, w.message) for w in diagnostics.warnings] == [
        ("attendance-without-names", 1, "the 'Present' list has no names I can read"),
    ]


def test_a_paragraph_naming_people_in_the_apologies_minute_is_not_attendance() -> None:
    lines = _lines("1. The Chair welcomed new members (Cllr A Reid and Cllr B Moss).")
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics())
    assert part.attendance == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PRESENT: Cllr A Reid", ("PRESENT", PRESENT, "Cllr A Reid")),
        ("Present:", ("Present", PRESENT, "")),
        ("Members present", ("Members present", PRESENT, "")),
        ("Councillors present: Reid, Moss", ("Councillors present", PRESENT, "Reid, Moss")),
        ("Attendance:", ("Attendance", PRESENT, "")),
        ("ALSO PRESENT: Mr B", ("ALSO PRESENT", ALSO, "Mr B")),
        ("IN ATTENDANCE:", ("IN ATTENDANCE", IN_ATTENDANCE, "")),
        ("Officers:", ("Officers", IN_ATTENDANCE, "")),
        ("Apologies were received from:", ("Apologies were received from", APOLOGIES, "")),
        ("Apologies for absence:", ("Apologies for absence", APOLOGIES, "")),
        ("Absent:", ("Absent", ABSENT, "")),
        ("Substitutes:", ("Substitutes", SUBSTITUTE, "")),
        (
            "Other Members in Attendance: Cllr X",
            ("Other Members in Attendance", ALSO, "Cllr X"),
        ),
        ("Other councillors present:", ("Other councillors present", ALSO, "")),
        ("Present at the meeting were the Chair and two members.", None),
        ("Presentation by the Chief Constable", None),
    ],
)
def test_labels(text: str, expected: tuple[str, AttendanceRole, str] | None) -> None:
    assert label_line(text) == expected


def test_each_layout_rule_returns_none_when_its_layout_is_absent() -> None:
    plain_line = "The Panel noted the report."
    assert label_line(plain_line) is None
    assert group_line("Cllr A Reid: Chairman") is None  # a name, not a group
    assert group_line("Force:") == ("Force", "")
    assert table_cells(plain_line) is None
    assert table_cells("Cllr A Reid\tChair") == ["Cllr A Reid", "Chair"]
    assert table_cells("<td>Cllr A Reid</td><td>Chair</td>") == ["Cllr A Reid", "Chair"]
    assert apologies_sentence(plain_line) is None
    reason = "Apologies were also received from Cllr A Reid, who was at another meeting."
    assert apologies_sentence(reason) == ("Cllr A Reid", False, len(reason) - 1)
    assert apologies_sentence("Apologies were received from Cllr A Reid.") == (
        "Cllr A Reid",
        False,
        40,
    )
    assert apologies_sentence("That apologies be received from Cllr A Reid.") == (
        "Cllr A Reid",
        False,
        43,
    )
    assert substitute_sentences(plain_line) is None
    assert not_present_sentence(plain_line) is None
    assert not_present_sentence("Cllr A Reid was not present.") == "Cllr A Reid"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Chair welcomed everyone to the meeting.", True),
        ("UNRESTRICTED ITEMS", True),
        ("Declarations of Interest", True),
        ("Welcome and Introductions", True),
        ("Cllr A Reid was thanked for her service", True),
        ("Cllr A Reid (Chairman), Cllr B Moss and Mr C de Souza", False),
        ("Alan Reid - Chief Executive of the Council", False),
        ("Mrs J Whitlow, Scrutiny Officer", False),
    ],
)
def test_what_ends_a_list(text: str, verdict: bool) -> None:
    assert is_heading_or_sentence(text) is verdict


def test_long_hostile_lines_are_read_to_the_end() -> None:
    """Untrusted input: a list of titles with no names, many open brackets, a sentence of
    capitalised words without an end: each is read, every fact keeps its line. A pattern
    that backtracks on them would stall the suite; what they cost is printed by
    benchmarks/bad_input.py (a timed assertion would only be flaky)."""
    for text in (
        "PRESENT: " + "Cllr A Reid (Chair, " * 8000,  # every bracket left open
        "PRESENT: " + "Mr Mrs Cllr Dr " * 5000,
        "PRESENT: " + "(" * 20000 + "Mr A",
        "Apologies were received from " + "Aa Bb Cc " * 5000,
        "Mr A Bb " * 5000 + "substituted at",
    ):
        lines = [Line(1, text)]
        part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
        read_attendance_lists(part, lines, "f.txt", Diagnostics())
        read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics())
        assert all(a.line == 1 for a in part.attendance)


@pytest.mark.parametrize(
    ("title", "verdict"),
    [
        ("Apologies for Absence", True),
        ("Substitutions", True),
        ("Apologies and Changes in Membership", True),
        ("Declarations of Substitutes", True),
        ("Attendance", True),
        ("Declarations of Interest", False),
        ("Minutes of the previous meeting", False),
    ],
)
def test_minutes_that_record_attendance(title: str, verdict: bool) -> None:
    assert records_attendance(title) is verdict


def test_substitutes_recorded_in_a_substitutions_minute() -> None:
    text = (
        "MINUTES of a meeting of the Eastmoor Police and Crime Panel held on 4 May 2021\n\n"
        "PRESENT: Cllr A Reid (Chair) and Cllr C Lowe\n\n"
        "3. Substitutions (Item 2)\n\n"
        "Cllr C Lowe attended as a substitute for Cllr B Moss.\n"
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=_lines(text), layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (PRESENT, "Cllr A Reid", "Chair", 3),
        (PRESENT, "Cllr C Lowe", None, 3),
        (SUBSTITUTE, "Cllr C Lowe", "substitute for Cllr B Moss", 7),
    ]


def test_an_apologies_sentence_wrapped_over_two_lines() -> None:
    lines = _lines(
        "1. Apologies for absence were received from Councillors Reid, Moss and\n"
        "Lowe. Cllr T Byrne substituted for Cllr Reid.\n"
        "The Chair welcomed Cllr Q Fairley."
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics())
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (APOLOGIES, "Reid", None, 1),
        (APOLOGIES, "Moss", None, 1),
        (APOLOGIES, "Lowe", None, 2),  # the name starts on line 2
        (SUBSTITUTE, "Cllr T Byrne", "substitute for Cllr Reid", 2),
    ]


def test_a_tab_after_a_paragraph_number_is_not_a_table() -> None:
    lines = _lines("2.\tApologies were received from Cllr A Reid.\nCllr B Moss\tChair")
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics())
    # the second line is a row only inside a list: here it is neither list nor sentence
    assert [(a.role, a.as_written, a.line) for a in part.attendance] == [
        (APOLOGIES, "Cllr A Reid", 1)
    ]


def test_an_unfinished_sentence_ends_at_a_blank_line() -> None:
    """Found by the property test: a sentence left open, then a blank line, then text."""
    lines = _lines("Apologies were received from Mr A Reid and\n\nAGENDA")
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(a.as_written, a.line) for a in part.attendance] == [("Mr A Reid", 1)]


def test_broken_names_ranks_long_groups_and_substitutes_in_brackets() -> None:
    """A name broken across two lines in a list of one per line; military and police ranks
    as titles; a group heading of many words; a dash capacity holding "and"; a count of
    the press that is nobody; "(for X)" under "Substitutes:"; "X and Y sent their
    apologies"."""
    facts, _ = _read("broken-names-ranks-and-long-groups.txt")
    assert [(a.role, a.as_written, a.capacity, a.line) for a in facts] == [
        (PRESENT, "Councillor Maximilian Okonkwo-Barraclough", "Chairman", 7),
        (PRESENT, "Councillor Shona McPhail", "Vice-Chairman", 9),
        (PRESENT, "Lieutenant Colonel R Ashdown DL", None, 10),
        (PRESENT, "Councillor T Villiers", None, 10),
        # the Commissioner's office and the force are no members: also present
        (ALSO, "Ms Deborah Quaid", "Police and Crime Commissioner", 13),
        (ALSO, "Mr Imran Sethi", "Chief Finance Officer", 14),
        (ALSO, "Assistant Chief Constable Helen Marchetti", None, 17),
        (ALSO, "Chief Superintendent Owen Pryor", None, 19),
        (ALSO, "Mr K Doyle", "Panel Officer", 19),
        (SUBSTITUTE, "Councillor Ffion Rees", "substitute for Councillor Gareth Powell", 22),
        (APOLOGIES, "Councillor Gareth Powell", None, 26),
        (APOLOGIES, "Mr Luis Ortega", None, 26),
    ]
    assert [a.group for a in facts[4:7]] == [
        "Office of the Police, Fire and Crime Commissioner for Northfell",
        "Office of the Police, Fire and Crime Commissioner for Northfell",
        "Constabulary",
    ]


def test_a_surname_alone_continues_only_a_titled_name_without_brackets() -> None:
    assert broken_name("Councillor Alexandra", "Pemberton-Whyte (Chair)")
    assert not broken_name("Councillor A Reid (Chair)", "Moss")
    assert not broken_name("Reid", "Moss")  # surnames one per line, no title
    assert not broken_name("Councillor Alexandra", "Councillor")
    assert not broken_name("Councillor Alexandra", "Declarations of Interest")


def test_sent_apologies_names_a_list_not_a_sentence() -> None:
    assert sent_apologies_sentence("Cllr A Reid and Mr B Moss sent their apologies.") == [
        "Cllr A Reid and Mr B Moss"
    ]
    assert sent_apologies_sentence("Cllr C Lowe was away. Mr D Hart also sent apologies.") == [
        "Mr D Hart"
    ]
    assert sent_apologies_sentence("The Chair said that the Clerk had sent apologies.") is None
    assert sent_apologies_sentence("The Panel noted the report.") is None


def test_a_member_who_apologised_for_their_absence_sent_apologies() -> None:
    assert sent_apologies_sentence("Councillor Dunn apologised for her absence.") == [
        "Councillor Dunn"
    ]
    assert sent_apologies_sentence("Cllr A Reid apologized for his absence last month.") == [
        "Cllr A Reid"
    ]
    assert sent_apologies_sentence("The Chair apologised for the delay.") is None


def test_names_that_had_all_given_their_apologies_are_the_list() -> None:
    text = "Councillors Ann Reid, Ben Moss and Cy Dunn had all given their apologies for absence."
    assert sent_apologies_sentence(text) == ["Councillors Ann Reid, Ben Moss and Cy Dunn"]
    assert sent_apologies_sentence("Cllr D Hart have given apologies.") == ["Cllr D Hart"]


def test_a_count_of_the_public_is_nobody_and_also_sent_apologies() -> None:
    lines = _lines(
        "In attendance: Mrs F Lacey (Clerk) and 3 members of public\n"
        "1. Apologies\n"
        "District Cllr J Rowntree also sent his apologies."
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines[:1], "f.txt", Diagnostics())
    read_apologies_and_substitutes(part, lines[2:], "f.txt", Diagnostics())
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (IN_ATTENDANCE, "Mrs F Lacey", "Clerk", 1),
        (APOLOGIES, "District Cllr J Rowntree", None, 3),
    ]


def test_parish_minutes_count_the_public_and_read_apologies_inside_a_line() -> None:
    part, _ = read_minutes("parish-motions-and-counts.txt")
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance][4:] == [
        (IN_ATTENDANCE, "Mrs F Lacey", "Clerk", 4),
        (APOLOGIES, "Cllr N Bassett", None, 7),  # "was on holiday.": the reason stated
        (APOLOGIES, "District Cllr J Rowntree", None, 7),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Apologies were received and accepted from Cllr P Dunne.", "Cllr P Dunne"),
        (
            "Apologies and valid reasons for absence were received from Cllr R Oduya and "
            "these were accepted.",
            "Cllr R Oduya",
        ),
    ],
)
def test_apologies_received_and_accepted(text: str, names: str) -> None:
    found = apologies_sentence(text)
    assert found is not None and found[0] == names


def test_a_present_label_that_says_where_they_met() -> None:
    """'Present in the Council Chamber, Town Hall, Exbury:' over a two-column table of
    names: the label opens the list, each cell is a member."""
    lines = _lines(
        "Present in the Council Chamber, Town Hall, Exbury:\n\n"
        "Cllr J Marsh (Chair)\tCllr K Oyelaran\nCllr P Dunn\tCllr S Fry\n"
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(a.as_written, a.capacity, a.line) for a in part.attendance] == [
        ("Cllr J Marsh", "Chair", 3),
        ("Cllr K Oyelaran", None, 3),
        ("Cllr P Dunn", None, 4),
        ("Cllr S Fry", None, 4),
    ]


def _preamble(text: str) -> list[tuple[AttendanceRole, str, str | None, int]]:
    part = Part(kind=DocumentKind.OTHER, title="", lines=_lines(text), layout="minutes")
    read_attendance_lists(part, part.lines, "x.txt", Diagnostics())
    return [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance]


def test_a_table_row_going_on_on_a_tab_indented_line() -> None:
    """The rest of a cell, or a bracket about the row's person; a header row naming the
    columns ("Councillor | Portfolio") is nobody; a bracket and a column both describe."""
    assert _preamble(
        "Members Present:\nCouncillor\tPortfolio\n"
        "Councillor Ama Boateng (Leader)\tLeader of the Council\n"
        "Councillor Rhys Tudor\tTransport and\n\tClimate Action\n"
        "Supt Ida Crane\tFenmoor Police\n\t(substituting for Ch Supt Olu Bell)\n"
    ) == [
        (PRESENT, "Councillor Ama Boateng", "Leader, Leader of the Council", 3),
        (PRESENT, "Councillor Rhys Tudor", "Transport and Climate Action", 4),
        (SUBSTITUTE, "Supt Ida Crane", "substitute for Ch Supt Olu Bell, Fenmoor Police", 6),
    ]


def test_a_titled_name_on_a_tab_indented_line_is_a_row_of_its_own() -> None:
    assert _preamble(
        "Present:\nVoting Members:\tCouncillor Ada Lorne\n\tCouncillor Ben Marr\n"
    ) == [(PRESENT, "Councillor Ada Lorne", None, 2), (PRESENT, "Councillor Ben Marr", None, 3)]


def test_an_apologies_table_with_a_column_of_substitutes() -> None:
    part = Part(kind=DocumentKind.OTHER, title="", lines=[], layout="minutes")
    read_apologies_and_substitutes(
        part,
        _lines(
            "Apology from\tTemporary Appointment\n"
            "Councillor Ivo Marsh\tCouncillor Una Keel\nCouncillor Pia Dent\t-"
        ),
    )
    assert [(a.role, a.as_written, a.capacity) for a in part.attendance] == [
        (APOLOGIES, "Councillor Ivo Marsh", None),
        (SUBSTITUTE, "Councillor Una Keel", "substitute for Councillor Ivo Marsh"),
        (APOLOGIES, "Councillor Pia Dent", None),
    ]


def test_members_grouped_by_who_appointed_them_and_officers_by_post_only() -> None:
    """'Members:' opens the list; 'Appointed by X:' is what its members represent; a list
    of posts with nobody named gives no one, and its label says so."""
    text = (
        "Members:\nAppointed by the Secretary of State (National): Mr Eli Roe (Chair),\n"
        "Mrs Ann Pike\nAppointed by Fenmoor District Council: Councillor Tom Hale\n\n"
        "Officers: Chief Executive (Park Officer), Director of Rivers and\nPlanning, Clerk\n"
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=_lines(text), layout="minutes")
    diagnostics = Diagnostics()
    read_attendance_lists(part, part.lines, "x.txt", diagnostics)
    national = "Appointed by the Secretary of State (National)"
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (PRESENT, "Mr Eli Roe", f"Chair, {national}", 2),
        (PRESENT, "Mrs Ann Pike", national, 3),
        (PRESENT, "Councillor Tom Hale", "Appointed by Fenmoor District Council", 4),
    ]
    assert [w.line for w in diagnostics.warnings if w.code == "attendance-without-names"] == [6]


def test_guests_by_invitation_and_speakers_are_also_present() -> None:
    assert _preamble("By Invitation: Mr J. Vale (Investment Adviser)") == [
        (ALSO, "Mr J. Vale", "Investment Adviser", 1)
    ]
    part = Part(kind=DocumentKind.OTHER, title="", lines=[], layout="minutes")
    read_attendance_for_item(
        part, "PL/7", _lines("The application was presented.\n"
                             "Public speaking: Mr O. Reed (objector); Mrs H. Lamb (agent)")
    )  # fmt: skip
    assert [
        (a.role, a.as_written, a.capacity, a.line, a.minute_number) for a in part.attendance
    ] == [
        (ALSO, "Mr O. Reed", "objector", 2, "PL/7"),
        (ALSO, "Mrs H. Lamb", "agent", 2, "PL/7"),
    ]
    assert speakers_line("Public speaking: the Chair explained the procedure") is None


def test_the_header_of_minutes_printed_as_a_table_ends_attendance() -> None:
    assert _preamble(
        "In attendance:\tMrs K. Lyle (Clerk)\n\tMr D. Orme (RFO)\n\n"
        "Min No.\tItem\nT21/4\tAPOLOGIES\n"
    ) == [
        (IN_ATTENDANCE, "Mrs K. Lyle", "Clerk", 1),
        (IN_ATTENDANCE, "Mr D. Orme", "RFO", 2),
    ]
    assert minutes_table_header("Minute Ref | Subject")
    assert not minutes_table_header("Mr G. Nolan\tItem 4 only")  # a person and a note
    assert not minutes_table_header("Min No.")


def test_each_name_with_its_role_on_the_line_below() -> None:
    """A Scottish board's list: group lines, each name with what they sit as on the line
    under it, an "Also Attending" label, a closing chair line with no title, and apologies
    after ":-" in the same layout."""
    assert _preamble(
        "Present:-\n\nVoting Members\nAnna KERR (Chair)\n"
        "Nominated by NHS Wexmoor (Non-Executive Member)\nCouncillor Iain BELL\n"
        "Appointed by Wexmoor Council\n\nNon-Voting Members\nRuth DAWES\n"
        "Chief Finance Officer\nOwen PRYCE\nPatients' Representative\n\n"
        "Also Attending\nTom LEA, Committee Officer\n\nAnna KERR, Chair, in the Chair.\n"
    ) == [
        (PRESENT, "Anna KERR", "Chair, Nominated by NHS Wexmoor (Non-Executive Member)", 4),
        (PRESENT, "Councillor Iain BELL", "Appointed by Wexmoor Council", 6),
        (PRESENT, "Ruth DAWES", "Chief Finance Officer", 10),
        (PRESENT, "Owen PRYCE", "Patients' Representative", 12),
        (IN_ATTENDANCE, "Tom LEA", "Committee Officer", 16),
    ]
    part = Part(kind=DocumentKind.OTHER, title="", lines=[], layout="minutes")
    read_apologies_and_substitutes(
        part,
        _lines(
            "Apologies for absence were submitted on behalf of:-\n"
            "Councillor Ian ROSS\nAppointed by Wexmoor Council\nJean WATT\n"
        ),
    )
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (APOLOGIES, "Councillor Ian ROSS", "Appointed by Wexmoor Council", 2),
        (APOLOGIES, "Jean WATT", None, 4),
    ]
    assert role_line("Clinical Director") and role_line("Nominated by Wexmoor Council")
    # a post with its holder, a sentence, a heading, a name: no role of the name above
    assert not role_line("Chief Executive (Ms A Reid)")
    assert not role_line("Treasurer – Jo Pym")
    assert not role_line("The Chief Officer presented the report")
    assert not role_line("DECLARATIONS OF INTEREST")
    assert not role_line("Councillor Ian ROSS")


def test_registered_speakers_whose_brackets_wrap_onto_the_next_lines() -> None:
    part = Part(kind=DocumentKind.OTHER, title="", lines=[], layout="minutes")
    read_attendance_for_item(
        part,
        "DC/9",
        _lines(
            "Registered speakers: Mr T. Alder (objector); Ms J. Rook (agent for the\n"
            "applicant); Councillor Pell (Ward\n"
            "Member).\n"
            "Members asked about parking (see the\n"
            "update sheet)."
        ),
    )
    assert [(a.as_written, a.capacity, a.line) for a in part.attendance] == [
        ("Mr T. Alder", "objector", 1),
        ("Ms J. Rook", "agent for the applicant", 1),
        ("Councillor Pell", "Ward Member", 2),
    ]
    # a closed bracket ends the list: the next line is not read as more speakers
    part = Part(kind=DocumentKind.OTHER, title="", lines=[], layout="minutes")
    read_attendance_for_item(
        part, "DC/9", _lines("Registered speakers: Mr T. Alder (objector).\nMr B. Moss spoke.")
    )
    assert [a.as_written for a in part.attendance] == ["Mr T. Alder"]
    assert speakers_line("Registered speakers: there were none for this item") is None


def test_a_reason_for_absence_is_no_capacity() -> None:
    part = Part(kind=DocumentKind.OTHER, title="", lines=[], layout="minutes")
    read_apologies_and_substitutes(
        part,
        _lines(
            "Apologies were received from Cllrs H. Dunn (work commitments) and\n"
            "C. Foy (holiday) and Mrs R Ash (Fenmoor Police)."
        ),
    )
    assert [(a.as_written, a.capacity, a.reason) for a in part.attendance] == [
        ("H. Dunn", None, "work commitments"),
        ("C. Foy", None, "holiday"),
        ("Mrs R Ash", "Fenmoor Police", None),
    ]
    assert absence_reason("ill health") and absence_reason("Holiday")
    assert not absence_reason("Fenmoor Police") and not absence_reason("vice-chairman")
    # an authority's coded reasons: "(1.Illness)", "(3.Constituent Authority commitments)"
    assert absence_reason("1.Illness") and absence_reason("3.Constituent Authority commitments")
    assert not absence_reason("2014 intake") and not absence_reason("10 Downing Street")


def test_a_name_broken_at_the_end_of_an_apologies_sentence() -> None:
    part = Part(kind=DocumentKind.OTHER, title="", lines=[], layout="minutes")
    read_apologies_and_substitutes(
        part,
        _lines(
            "Apologies were received from Ch Supt Ola Ames (Fenmoor Police) and Karin\n"
            "Veldt (Voluntary Action Fenmoor).\nThe Chair welcomed everyone."
        ),
    )
    assert [(a.as_written, a.capacity, a.line) for a in part.attendance] == [
        ("Ch Supt Ola Ames", "Fenmoor Police", 1),
        ("Karin Veldt", "Voluntary Action Fenmoor", 1),
    ]
    assert not sentence_name_goes_on("from Cllr A Reid and Karin", "The Chair welcomed all.")


def test_for_whom_after_an_apology_is_a_substitution() -> None:
    assert substitute_sentences(
        "Apologies were received from Councillor Ivo Marsh (Fenmoor Council), "
        "for whom Councillor Una Keel substituted."
    ) == [("Councillor Una Keel", "Councillor Ivo Marsh")]


def test_groups_of_people_who_attend_without_being_members() -> None:
    assert group_role("Office of the Police and Crime Commissioner") is ALSO
    assert group_role("Force") is ALSO and group_role("By Invitation") is ALSO
    assert group_role("Voting Members") is None and group_role("Co-opted members") is None


def _minute_body(text: str) -> list[tuple[AttendanceRole, str, str | None]]:
    """What the minute about apologies and substitutes records, read from its body."""
    lines = _lines(text)
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics())
    return [(a.role, a.as_written, a.capacity) for a in part.attendance]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Q Amos was present as Substitute Member for Councillor B Lyle.",
        "The Panel noted that Cllr Q Amos had been appointed as substitute for Cllr B Lyle.",
        "Councillor Q Amos confirmed she was attending as a substitute for Councillor B Lyle.",
    ],
)
def test_substitute_sentences_of_the_genre(sentence: str) -> None:
    found = substitute_sentences(sentence)
    assert found is not None and len(found) == 1
    sub, whom = found[0]
    assert sub.endswith("Q Amos") and whom.endswith("B Lyle")


def test_a_substitute_list_under_a_sentence_introducing_it() -> None:
    body = (
        "The Committee noted that the following substitutions had been made:\n"
        "(i) Cllr R Tandy for Cllr P Quist; and\n"
        "(ii) Cllr M Ferreira for Cllr H Oduya.\n"
        "\n"
        "The Chair thanked them for attending."
    )
    assert _minute_body(body) == [
        (SUBSTITUTE, "Cllr R Tandy", "substitute for Cllr P Quist"),
        (SUBSTITUTE, "Cllr M Ferreira", "substitute for Cllr H Oduya"),
    ]
    # the same words with no list: nothing read
    assert _minute_body("There were no substitutions at the following meeting.") == []


def test_a_substitute_named_after_an_apology_stands_in_for_it() -> None:
    assert _minute_body(
        "Apologies were received from Cllr. T. Nyberg with Cllr J Okoro attending as his"
        " substitute."
    ) == [
        (APOLOGIES, "Cllr. T. Nyberg", None),
        (SUBSTITUTE, "Cllr J Okoro", "substitute for Cllr. T. Nyberg"),
    ]
    assert _minute_body(
        "An apology for absence was received from Cllr Ines Palk and Cllr Rod Vane attended"
        " as substitute."
    ) == [
        (APOLOGIES, "Cllr Ines Palk", None),
        (SUBSTITUTE, "Cllr Rod Vane", "substitute for Cllr Ines Palk"),
    ]
    # a substitute for someone named is that sentence's own form, not this one
    assert (
        implicit_substitute("Cllr A Reid and Cllr B Moss attended as substitute for Cllr C") is None
    )


def test_a_bare_substitute_bracket_makes_the_role() -> None:
    lines = _lines("Present: Cllr K Varga (Chair), Cllr L Brent (substitute), Mr O Pike")
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    assert [(a.role, a.as_written, a.capacity) for a in part.attendance] == [
        (PRESENT, "Cllr K Varga", "Chair"),
        (SUBSTITUTE, "Cllr L Brent", None),  # the role says it; whom for is unsaid
        (PRESENT, "Mr O Pike", None),
    ]


def test_officers_named_before_their_post_and_a_count_of_the_public() -> None:
    lines = _lines(
        "Present:\nCllr V Osei (Chair)\nCllr B Lund\n\nAbsent:\nThere were no absences\n\n"
        "In Attendance:\nTwo members of the public\nMr T Halloran Clerk to the Council\n"
        "Petra Lind Assistant Clerk"
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    diagnostics = Diagnostics()
    read_attendance_lists(part, lines, "f.txt", diagnostics)
    assert [(a.role, a.as_written, a.capacity) for a in part.attendance] == [
        (PRESENT, "Cllr V Osei", "Chair"),
        (PRESENT, "Cllr B Lund", None),
        (IN_ATTENDANCE, "Mr T Halloran", "Clerk to the Council"),
        (IN_ATTENDANCE, "Petra Lind", "Assistant Clerk"),
    ]
    assert not diagnostics.items  # "There were no absences" says the list is empty


def _read_lists(text: str) -> list[tuple[AttendanceRole, str, str | None]]:
    lines = _lines(text)
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(a.role, a.as_written, a.capacity) for a in part.attendance]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THOSE ATTENDING:", ("THOSE ATTENDING", PRESENT, "")),
        ("Those present: Cllr A Reid", ("Those present", PRESENT, "Cllr A Reid")),
        ("Attendance Details", ("Attendance Details", PRESENT, "")),
        ("Those attending the consultation were mostly residents of the ward.", None),
    ],
)
def test_labels_of_parish_and_licensing_minutes(
    text: str, expected: tuple[str, AttendanceRole, str] | None
) -> None:
    assert label_line(text) == expected


def test_a_plural_title_alone_heads_the_names_under_it() -> None:
    assert _read_lists(
        "Present:\n\nR Quayle (Chair)\n\nCouncillors\n\nT Voss (Vice-Chair)\nF De Marco\n"
        "Z Amin MBE\n\n12/24\n\nChair's Welcome"
    ) == [
        (PRESENT, "R Quayle", "Chair"),
        (PRESENT, "T Voss", "Vice-Chair"),
        (PRESENT, "F De Marco", None),
        (PRESENT, "Z Amin MBE", None),
    ]
    # a line opening with the plural title but going on is no heading: it ends the list
    assert _read_lists("Present:\nR Quayle (Chair)\nCouncillors were thanked.\nT Voss") == [
        (PRESENT, "R Quayle", "Chair"),
    ]


def test_committee_members_label_and_dotted_initials_run_together() -> None:
    assert _read_lists(
        "Committee Members:\nCouncillor K.L. Ambrose (Chairman); Councillors Mrs. D.E. Fenn,"
        " N.D. Wragg and Mrs. A.N. Oyelaran.\n"
        "Apologies for absence were reported on behalf of Councillors Mrs. G.L. Tull and"
        " B.C. Haig."
    ) == [
        (PRESENT, "Councillor K.L. Ambrose", "Chairman"),
        (PRESENT, "Mrs. D.E. Fenn", None),
        (PRESENT, "N.D. Wragg", None),
        (PRESENT, "Mrs. A.N. Oyelaran", None),
        (APOLOGIES, "Mrs. G.L. Tull", None),
        (APOLOGIES, "B.C. Haig", None),
    ]


def test_apologies_with_a_valid_reason_sentence() -> None:
    found = apologies_sentence(
        "Apologies and a valid reason for absence had been received from Cllrs Orme and Pike."
    )
    assert found is not None and found[0] == "Cllrs Orme and Pike"


# --- round three: tables without borders, columns, councils as groups, broken names ---


def test_a_table_split_by_bars_without_an_outer_border() -> None:
    """'Name | Representing | Position' with no leading bar: a table all the same; a cell
    saying who someone stood in for makes them a substitute."""
    assert table_cells("Cllr A Reid | Brookmere Council | Chair") == [
        "Cllr A Reid", "Brookmere Council", "Chair",
    ]  # fmt: skip
    assert table_cells("Cllr A Reid, Cllr B Moss") is None
    assert _read_lists(
        "Present:\nName | Representing | Position\n"
        "Dame Ivy Noakes-Bell | Mayor of Orrin | Chair\n"
        "Cllr Tobias Wren | Orrin City Council | Substitute for Cllr Hana Kell\n"
    ) == [
        (PRESENT, "Dame Ivy Noakes-Bell", "Mayor of Orrin, Chair"),
        (SUBSTITUTE, "Cllr Tobias Wren", "Substitute for Cllr Hana Kell"),
    ]


def test_surnames_in_columns_under_a_plural_title() -> None:
    assert _read_lists(
        "PRESENT: The Mayor (Councillor Ada Frome) in the Chair\n\nCouncillors:\n"
        "Abney        Carrow        de Vries\nBuxton, T.   Dunmore\n\n"
    ) == [
        (PRESENT, "Councillor Ada Frome", "The Mayor"),
        (PRESENT, "Abney", None),
        (PRESENT, "Carrow", None),
        (PRESENT, "de Vries", None),
        (PRESENT, "Buxton, T.", None),
        (PRESENT, "Dunmore", None),
    ]
    assert name_columns("Abney        Carrow") == ["Abney", "Carrow"]
    assert name_columns("Minutes of the meeting      12 May") is None
    assert name_columns("Abney Carrow") is None


def test_capitals_lead_in_to_an_apologies_sentence() -> None:
    assert _read_lists(
        "APOLOGIES FOR ABSENCE were received from Councillors Abney, Carrow and\nSt Clair.\n"
    ) == [(APOLOGIES, "Abney", None), (APOLOGIES, "Carrow", None), (APOLOGIES, "St Clair", None)]


def test_members_grouped_under_the_council_that_sent_them() -> None:
    """A council's name alone on its line (no colon) heads its members: what they represent."""
    assert _read_lists(
        "MEMBERS PRESENT\n\nOrrin County Council\nCouncillor Ada Frome (Chair)\n"
        "Councillor Ben Tull\n\nWyke Borough Council\nCouncillor Cy Pell\n"
    ) == [
        (PRESENT, "Councillor Ada Frome", "Chair, Orrin County Council"),
        (PRESENT, "Councillor Ben Tull", "Orrin County Council"),
        (PRESENT, "Councillor Cy Pell", "Wyke Borough Council"),
    ]
    assert organisation_heading("Wyke Borough Council") == "Wyke Borough Council"
    assert organisation_heading("WYKE BOROUGH COUNCIL") is None  # a running header
    assert organisation_heading("Councillor Cy Pell") is None
    assert organisation_heading("Wyke Borough Council 12.03.2019") is None


def test_officers_printed_post_first_after_a_dash() -> None:
    assert _read_lists(
        "OFFICERS IN ATTENDANCE\nChief Fire Officer – Ned Arkwright\nTreasurer – Jo Pym\n"
        "Clerk and Monitoring Officer – Ruth Oddie\n"
    ) == [
        (IN_ATTENDANCE, "Ned Arkwright", "Chief Fire Officer"),
        (IN_ATTENDANCE, "Jo Pym", "Treasurer"),
        (IN_ATTENDANCE, "Ruth Oddie", "Clerk and Monitoring Officer"),
    ]


def test_a_name_then_all_it_is_there_as_after_a_dash() -> None:
    assert _read_lists(
        "Also present:\nCllr Ada Frome – Chair, Audit and Scrutiny Committee\n"
        "Jo Pym – Deputy Police and Crime Commissioner\n"
    ) == [
        (ALSO, "Cllr Ada Frome", "Chair, Audit and Scrutiny Committee"),
        (ALSO, "Jo Pym", "Deputy Police and Crime Commissioner"),
    ]


def test_sederunt_and_a_name_broken_between_given_name_and_surname() -> None:
    """Scots "Sederunt:" lists those present; a wrapped list may break a name after its
    given name ("...; Iona" / "Baird (Head of Education); ...")."""
    assert _read_lists(
        "Sederunt:- Councillor Ewan Tosh, Convener; and Councillors Mairi Lusk and Ruaridh Mac an\n"
        "t-Saoir.\n\nIn Attendance:- Ken Dow (Executive Director); Iona\n"
        "Baird (Head of Education).\n\nCouncillor Ewan Tosh, Convener, in the Chair.\n"
    ) == [
        (PRESENT, "Councillor Ewan Tosh", "Convener"),
        (PRESENT, "Mairi Lusk", None),
        (PRESENT, "Ruaridh Mac an t-Saoir", None),
        (IN_ATTENDANCE, "Ken Dow", "Executive Director"),
        (IN_ATTENDANCE, "Iona Baird", "Head of Education"),
    ]
    assert name_broken_in_list("Ken Dow (Executive Director); Iona", "Baird (Head);")
    assert not name_broken_in_list("Councillor Ewan Tosh", "Councillor Ben Tull;")
    assert not name_broken_in_list("Ken Dow; Chair", "Baird (Head);")  # an office, no name


def test_a_group_of_representatives_is_their_capacity() -> None:
    assert _read_lists(
        "Present:\nCllr Ada Frome\n\nParent Representatives: Mr Ian Cole; Mrs Lyn Ash\n"
    ) == [
        (PRESENT, "Cllr Ada Frome", None),
        (PRESENT, "Mr Ian Cole", "Parent Representatives"),
        (PRESENT, "Mrs Lyn Ash", "Parent Representatives"),
    ]


def test_members_grouped_by_party_after_a_dash() -> None:
    """A party group, a dash, its members ("Labour Group – Councillor X"): they sit for it."""
    assert _read_lists(
        "Members present:\nLabour Group – Councillor Ada Frome (Leader, in the\n"
        "Chair), Councillor Ben Tull\nGreen Party – Councillor Cy Pell\n"
    ) == [
        (PRESENT, "Councillor Ada Frome", "Leader, in the Chair, Labour Group"),
        (PRESENT, "Councillor Ben Tull", "Labour Group"),
        (PRESENT, "Councillor Cy Pell", "Green Party"),
    ]
    assert dash_group_line("Wyke Borough Council – Councillors Pell and Ash") == (
        "Wyke Borough Council",
        "Councillors Pell and Ash",
    )
    assert dash_group_line("Labour Group – the group met on Monday") is None  # no names
    assert dash_group_line("Chief Executive – Mr Ian Cole") is None  # a post, not a group


def test_members_grouped_by_council_after_a_colon() -> None:
    """A council, a colon, its members ("Wyke Borough Council: Councillors X and Y"): it
    sent them (their capacity); a later council's line starts a group of its own."""
    assert _read_lists(
        "Present:\nOrrin District Council: Councillors A. Frome (Chair) and B. Tull-\n"
        "Ross\nWyke Borough Council: Councillors Mrs C. Pell, D. Ash\n"
    ) == [
        (PRESENT, "A. Frome", "Chair, Orrin District Council"),
        (PRESENT, "B. Tull-Ross", "Orrin District Council"),
        (PRESENT, "Mrs C. Pell", "Wyke Borough Council"),
        (PRESENT, "D. Ash", "Wyke Borough Council"),
    ]
    assert council_group("Orrin District Council")
    assert not council_group("Co-opted members")
    assert not council_group("Members of the council")


def test_council_headings_in_capitals_head_their_members() -> None:
    """Older typed minutes print each council over its members in capitals
    ("WYKE BOROUGH COUNCIL:-"): the council stays as printed; a heading that is no
    council ("1. APOLOGIES FOR ABSENCE") heads no group."""
    assert _read_lists(
        "Present:\nORRIN DISTRICT COUNCIL:\nCouncillors Frome, Tull\n"
        "WYKE AND ASHBY BOROUGH COUNCIL:-\nCouncillors Pell, Ash\n"
    ) == [
        (PRESENT, "Frome", "ORRIN DISTRICT COUNCIL"),
        (PRESENT, "Tull", "ORRIN DISTRICT COUNCIL"),
        (PRESENT, "Pell", "WYKE AND ASHBY BOROUGH COUNCIL"),
        (PRESENT, "Ash", "WYKE AND ASHBY BOROUGH COUNCIL"),
    ]
    assert council_group("WYKE BOROUGH COUNCIL")
    assert not council_group("APOLOGIES FOR ABSENCE")
    assert not council_group("ALL COUNCIL")  # a first word no council's name has
    assert council_group("ALLERTON COUNCIL")  # ... unless it begins a longer word
    assert not council_group("MEMBERS OF THE COUNCIL")


def test_a_kind_of_member_alone_on_its_line_heads_a_group() -> None:
    """A kind of member over a Name/Representing table ("Parent Members") is a group, not a
    person; a cell's bracket closed on a tab-led line below is the rest of that cell."""
    assert _read_lists(
        "Present:\n\tParent Members\n\tName\tRepresenting\n"
        "\tIan Cole (substituting for Lyn\tPrimary parents\n\t\tAsh)\n"
        "\tAda Frome\tSecondary parents\n"
    ) == [
        (SUBSTITUTE, "Ian Cole", "substitute for Lyn Ash, Primary parents"),
        (PRESENT, "Ada Frome", "Secondary parents"),
    ]
    assert members_heading("Non-Voting Members") == "Non-Voting Members"
    assert members_heading("Councillor Ada Members") is None  # a titled name
    assert members_heading("The following Members") is None  # a sentence's words


def test_others_label_and_a_post_joined_by_and_after_a_dash() -> None:
    """An "Others:" label lists officers in attendance; "Ian Cole – Director of Parks and
    Leisure" is one person holding one post, not "Ian Cole" and "Leisure"."""
    assert _read_lists(
        "Others: Mr I. Cole (Monitoring Officer)\n\nIn attendance:\n"
        "Ada Frome – Director of Parks and Leisure\nJo Pym – Clerk and Ben Tull\n"
    ) == [
        (IN_ATTENDANCE, "Mr I. Cole", "Monitoring Officer"),
        (IN_ATTENDANCE, "Ada Frome", "Director of Parks and Leisure"),
        (IN_ATTENDANCE, "Jo Pym", "Clerk"),  # a person after the "and": two people
        (IN_ATTENDANCE, "Ben Tull", None),
    ]


def test_apologies_from_a_person_then_their_post_broken_across_lines() -> None:
    """'... and J. Pardoe – Head of' / 'Parks, Orrin Council.': the sentence and the post go
    on; the person after a dash is a person of their own, not a post of the name before."""
    part = Part(kind=DocumentKind.OTHER, title="", lines=[], layout="minutes")
    read_apologies_and_substitutes(
        part,
        [
            Line(4, "Apologies were received from Councillors Ash and Tull and I. Cole – Head of"),
            Line(5, "Parks, Orrin Borough Council."),
        ],
    )
    assert [(a.as_written, a.capacity, a.organisation) for a in part.attendance] == [
        ("Ash", None, None),
        ("Tull", None, None),
        ("I. Cole", "Head of Parks", "Orrin Borough Council"),
    ]
    assert ends_unfinished("I. Cole – Head of")
    assert not ends_unfinished("I. Cole – Head of Parks")


def test_an_apologies_sentence_going_on_with_from_again_and_a_reason() -> None:
    assert _minute_body(
        "Apologies were received from Councillor Ann Poole (Fenby Borough Council) and\n"
        "from Councillor Rob Tate (Marsh District Council), for whom no substitute attended."
    ) == [
        (APOLOGIES, "Councillor Ann Poole", "Fenby Borough Council"),
        (APOLOGIES, "Councillor Rob Tate", "Marsh District Council"),
    ]


def test_a_line_after_a_finished_apologies_sentence_is_not_its_names() -> None:
    assert _minute_body(
        "Apologies were received from Councillor Ann Poole.\n"
        "from Councillor Rob Tate a letter was read."
    ) == [(APOLOGIES, "Councillor Ann Poole", None)]


def test_a_substitute_sentence_broken_over_two_lines() -> None:
    assert _minute_body(
        "Apologies were received from Councillor Ann Poole. Councillor Ben Yeo attended as\n"
        "substitute for Councillor Ann Poole."
    ) == [
        (APOLOGIES, "Councillor Ann Poole", None),
        (SUBSTITUTE, "Councillor Ben Yeo", "substitute for Councillor Ann Poole"),
    ]


def test_a_finished_sentence_before_a_substitute_line_names_no_substitute() -> None:
    assert _minute_body(
        "Apologies were received from Councillor Ann Poole. Councillor Ben Yeo attended.\n"
        "substitute for Councillor Ann Poole was not needed."
    ) == [(APOLOGIES, "Councillor Ann Poole", None)]


def test_names_listed_under_a_minute_headed_apologies_are_the_apologies() -> None:
    lines = _lines("Cllr Ann Poole – on holiday\nCllr Rob Tate – work commitments")
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics(), "Apologies for Absence:")
    assert [(a.role, a.as_written, a.capacity, a.reason) for a in part.attendance] == [
        (APOLOGIES, "Cllr Ann Poole", None, "on holiday"),
        (APOLOGIES, "Cllr Rob Tate", None, "work commitments"),
    ]
    # under another minute, or an apologies-and-substitutes one, unlabelled names are not read
    for title in ("Chairman's Announcements", "Apologies and Substitutions"):
        part.attendance.clear()
        read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics(), title)
        assert part.attendance == []


def test_a_timing_bracket_a_wrapped_bracket_and_a_wrapped_substitute() -> None:
    """ "(from item 5)" is when Cllr Moss came; a bracket alone on the next line is the last
    name's; "for Councillor Bea" / "Moss" finishes the name stood in for."""
    facts = _read_lists(
        "Present: Cllr Ann Reid (Chair) and Cllr Bo Moss (from item 5).\n"
        "\n"
        "Also in attendance:\tKit Hale (Registrar); Joe Farr\n"
        "(Democratic Services Officer)\n"
        "\n"
        "Substitute: Councillor Cy Hale (Wyke Borough Council) for Councillor Bea\n"
        "Moss\n"
    )
    assert facts == [
        (PRESENT, "Cllr Ann Reid", "Chair"),
        (PRESENT, "Cllr Bo Moss", None),
        (IN_ATTENDANCE, "Kit Hale", "Registrar"),
        (IN_ATTENDANCE, "Joe Farr", "Democratic Services Officer"),
        (SUBSTITUTE, "Councillor Cy Hale", "substitute for Councillor Bea Moss"),
    ]


def test_a_bracket_alone_does_not_join_a_finished_list() -> None:
    assert not bracket_alone("(Democratic Services Officer) and Cllr X")
    assert not bracket_alone("Cllr X (Chair)")
    assert bracket_alone("(Democratic Services Officer)")


def test_names_listed_under_a_minute_headed_present_are_present() -> None:
    """Parish minutes number "Present" like any minute: the names under it came, and
    "(arrived at 7.05pm)" says when, not who."""
    lines = _lines("Members: Cllr Ann Poole (Chairman), Cllr Rob Tate (arrived at 7.05pm)")
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics(), "Present")
    assert [(a.role, a.as_written, a.capacity, a.timing) for a in part.attendance] == [
        (PRESENT, "Cllr Ann Poole", "Chairman", None),
        (PRESENT, "Cllr Rob Tate", None, "arrived at 7.05pm"),
    ]
    assert records_attendance("Members Present") and not records_attendance("Presentation")


def test_a_kind_of_member_heading_is_the_capacity_of_its_untitled_members() -> None:
    """'Magistrate Members' alone on its line over names with no capacity of their own:
    the heading is what they sit as; a bracket of their own wins; a later group ends it."""
    assert _read_lists(
        "PRESENT:\n\nCouncillor Ada Frome and Councillor Ben Tull\n\nMagistrate Members\n\n"
        "Mr Ian Cole JP and Mrs Jo Pym JP (Vice-Chair)\n\nLay Members\n\nMiss Eve Hart\n"
        "\nOFFICIALS:\n\nMr Tom Ward\n"
    ) == [
        (PRESENT, "Councillor Ada Frome", None),
        (PRESENT, "Councillor Ben Tull", None),
        (PRESENT, "Mr Ian Cole JP", "Magistrate Members"),
        (PRESENT, "Mrs Jo Pym JP", "Vice-Chair"),
        (PRESENT, "Miss Eve Hart", "Lay Members"),
        (IN_ATTENDANCE, "Mr Tom Ward", None),  # a new list: the heading is over
    ]


def test_bare_members_and_owners_officers_headings_split_a_present_list() -> None:
    """'Present' / 'Members' / '- names' / 'Borough officers' / '- names': the bare
    "Members" heads the body's own members; "X officers" alone is the officers' label."""
    assert _read_lists(
        "Present\nMembers\n- Ada Frome (Chairman)\n- Ben Tull\nBorough officers\n"
        "- Jo Pym (Chief Executive)\n- Ian Cole (Committee Services)\n"
    ) == [
        (PRESENT, "Ada Frome", "Chairman"),
        (PRESENT, "Ben Tull", None),
        (IN_ATTENDANCE, "Jo Pym", "Chief Executive"),
        (IN_ATTENDANCE, "Ian Cole", "Committee Services"),
    ]
    assert owners_officers_label("Council Officers present") == (
        "Council Officers present",
        IN_ATTENDANCE,
        "",
    )
    assert owners_officers_label("The officers were thanked for their report") is None
    assert owners_officers_label("officers") is None  # the bare label is label_line's


def test_a_label_read_as_an_unnumbered_minute_heading_still_lists_its_people() -> None:
    """A paper cut off after its attendance has no numbered minute: "OFFICERS PRESENT" is
    then read as an unnumbered minute's heading, and its names are those in attendance."""
    assert label_heading_role("OFFICERS PRESENT") is IN_ATTENDANCE
    assert label_heading_role("Also present:") is ALSO
    assert label_heading_role("Present") is None  # a minute of its own, read as such
    assert label_heading_role("Officers' report on parking") is None
    assert records_attendance("OFFICERS PRESENT")
    part = Part(kind=DocumentKind.OTHER, title="", lines=[], layout="minutes")
    read_apologies_and_substitutes(
        part,
        _lines("Ms Ada Frome          -   Press Officer\nMr Ben Tull           -   Treasurer"),
        title="OFFICERS PRESENT",
    )
    assert [(a.role, a.as_written, a.capacity) for a in part.attendance] == [
        (IN_ATTENDANCE, "Ms Ada Frome", "Press Officer"),
        (IN_ATTENDANCE, "Mr Ben Tull", "Treasurer"),
    ]


def test_officers_label_before_posts_printed_before_their_holders() -> None:
    """'OFFICERS:-The Chief Constable, Mr J D Hart, QPM; the Clerk ..., Mr E Lowe': a
    list of posts then holders after the label, not a sentence; a fire medal after a
    comma is the name's honour, as an OBE is."""
    assert _read_lists(
        "PRESENT:- Sir Ian Cole, DL (Chairman), Mr A B Frome, CBE, QFSM and Lady Pym.\n\n"
        "OFFICERS:-The Chief Constable, Mr J D Hart, QPM; the Clerk to the Authority, "
        "Mr E Lowe; and the Treasurer, Mr B Moss.\n"
    ) == [
        (PRESENT, "Sir Ian Cole, DL", "Chairman"),
        (PRESENT, "Mr A B Frome, CBE, QFSM", None),
        (PRESENT, "Lady Pym", None),
        (IN_ATTENDANCE, "Mr J D Hart, QPM", "The Chief Constable"),
        (IN_ATTENDANCE, "Mr E Lowe", "the Clerk to the Authority"),
        (IN_ATTENDANCE, "Mr B Moss", "the Treasurer"),
    ]
    assert post_first_entry("The Treasurer, Mr B Moss; and the Clerk, Mrs A Reid")
    assert not post_first_entry("The report, which the Panel noted, was agreed")
    assert not post_first_entry("Mr B Moss, Treasurer")  # name first: a titled list anyway


def test_members_attending_under_standing_orders_are_also_present() -> None:
    """Councillors who are not the body's members, attending as its standing orders let
    them: also present. The same words opening a sentence are no label."""
    assert _read_lists(
        "Present:-\n\nCouncillors Frome (Chairman), Tull and Pym\n\n"
        "Members attending in accordance with Standing Orders 8 and 25:-\n\n"
        "Councillors Cole, Hart and B Lowe\n\n*12 Minutes\n\nRESOLVED that the minutes be signed.\n"
    ) == [
        (PRESENT, "Frome", "Chairman"),
        (PRESENT, "Tull", None),
        (PRESENT, "Pym", None),
        (ALSO, "Cole", None),
        (ALSO, "Hart", None),
        (ALSO, "B Lowe", None),
    ]
    assert label_line("Members attending under Standing Order 21: Cllr A Reid") is not None
    assert label_line("Members attending under the new rules were thanked.") is None
    assert label_line("Members attending the meeting were thanked by the Chair.") is None


def test_groups_under_an_officers_label_stay_in_attendance() -> None:
    """'Officers in Attendance' grouped by whose officers they are ("Police Authority:",
    "Police Force:"): in attendance, as the label says; a posted bracket wrapped over a
    line end does not end the list. A force group under 'Present' is still also present."""
    assert _read_lists(
        "Present:\nMr A Frome, Mrs B Tull\n\nOfficers in Attendance\nPolice Authority:\n"
        "Ms C Pym (Chief Executive) and Mr D Cole (Deputy\nTreasurer)\n\nPolice Force:\n"
        "Mr E Hart (Chief Constable), Ms F Lowe (Director of\nLegal Services), Mr G Moss "
        "(Assistant Chief Constable) and\nMrs H Reid (Head of Estates).\n"
    ) == [
        (PRESENT, "Mr A Frome", None),
        (PRESENT, "Mrs B Tull", None),
        (IN_ATTENDANCE, "Ms C Pym", "Chief Executive"),
        (IN_ATTENDANCE, "Mr D Cole", "Deputy Treasurer"),
        (IN_ATTENDANCE, "Mr E Hart", "Chief Constable"),
        (IN_ATTENDANCE, "Ms F Lowe", "Director of Legal Services"),
        (IN_ATTENDANCE, "Mr G Moss", "Assistant Chief Constable"),
        (IN_ATTENDANCE, "Mrs H Reid", "Head of Estates"),
    ]
    assert officers_label("Officers in Attendance") and officers_label("MPA officers")
    assert not officers_label("In attendance") and not officers_label("Present")
    assert bracket_left_open("Resources), Mr M Stamp (Director of Legal")
    assert not bracket_left_open("Resources), Mr M Stamp (Director)")
    assert not bracket_left_open("Services), Mr P Nye")


def test_dotted_chair_lines_open_an_unlabelled_list_of_those_present() -> None:
    """'Chairman…… Mr A Frome' under the opening, no "Present" label: the chair, the
    vice-chair and the names after them are present. A chair's line with nobody titled
    after it, or with no dotted leader, opens nothing."""
    assert _read_lists(
        "MINUTES of a meeting of the Wyke Police Authority held at Wyke on 3 May 2011.\n\n"
        "Chairman…………… Mr A Frome\nVice-Chairman…….. Mrs B Tull\n"
        "Mr C Pym, Sir D Cole, Mrs E\nHart and Lady F Lowe\n\n"
        "Officers in Attendance\nMr G Moss (Clerk)\n"
    ) == [
        (PRESENT, "Mr A Frome", "Chairman"),
        (PRESENT, "Mrs B Tull", "Vice-Chairman"),
        (PRESENT, "Mr C Pym", None),
        (PRESENT, "Sir D Cole", None),
        (PRESENT, "Mrs E Hart", None),
        (PRESENT, "Lady F Lowe", None),
        (IN_ATTENDANCE, "Mr G Moss", "Clerk"),
    ]
    assert chair_leader_line("Vice-Chairman........ Mrs B Tull") == ("Vice-Chairman", "Mrs B Tull")
    assert chair_leader_line("Chairman…… to be elected") is None
    assert chair_leader_line("Chairman Mr A Frome") is None


def test_a_sentence_ending_in_a_colon_labels_the_list_under_it() -> None:
    """'... when there were present:' closing the opening sentence, 'The following
    Officers were in attendance:': labels of the names under them; "Councillors" alone
    heads the untitled names; a kind of member with a colon heads its group."""
    assert _read_lists(
        "Minutes of a meeting of the PLANNING COMMITTEE held in the Council Chamber,\n"
        "Town Hall, Wyke at 9.30 am when there were present:\nCouncillors\n"
        "Mrs A Frome (Chairman)\nB Tull\nC Pym – Wyke North Ward\n"
        "Independent Members:\nMr D Cole\n\n"
        "The following Officers were in attendance:\nE. Hart, Legal Adviser;\n"
    ) == [
        (PRESENT, "Mrs A Frome", "Chairman"),
        (PRESENT, "B Tull", None),
        (PRESENT, "C Pym", "Wyke North Ward"),
        (PRESENT, "Mr D Cole", "Independent Members"),
        (IN_ATTENDANCE, "E. Hart", "Legal Adviser"),
    ]
    assert sentence_label("The following members were also present: Cllr A Reid") == (
        "also present",
        ALSO,
        "Cllr A Reid",
    )
    assert sentence_label("The Panel noted the following were present at the event.") is None
    assert sentence_label("There were present a number of residents:") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PRESENT –", ("PRESENT", PRESENT, "")),  # a dash stop with the list below
        ("Present — Cllr A Reid", ("Present", PRESENT, "Cllr A Reid")),
        ("Committee members in attendance:", ("Committee members in attendance", PRESENT, "")),
        ("Members in attendance: Cllr A Reid", ("Members in attendance", PRESENT, "Cllr A Reid")),
        ("Other Members in Attendance:", ("Other Members in Attendance", ALSO, "")),
        ("Present-day costs were reported by the Treasurer.", None),
        ("PRESENT –the Chair thanked all those who had come to the meeting", None),
    ],
)
def test_labels_with_a_dash_stop_and_members_in_attendance(
    text: str, expected: tuple[str, AttendanceRole, str] | None
) -> None:
    assert label_line(text) == expected


def test_a_dash_stopped_label_reads_the_list_below_it() -> None:
    read = _read_lists("PRESENT –\n\nCllr A Reid (Chair)\nCllr B Moss\n\nApologies: Cllr C Dale\n")
    assert read[:2] == [(PRESENT, "Cllr A Reid", "Chair"), (PRESENT, "Cllr B Moss", None)]


def test_a_list_naming_who_chaired_is_no_sentence() -> None:
    from minutebook.parsing.attendance import is_heading_or_sentence

    assert not is_heading_or_sentence("Ann Reid in the chair, Ben Moss, Cara Lowe")
    assert is_heading_or_sentence("The Chair welcomed those in the chair's gallery")


def test_an_apologies_label_with_its_verb_run_on_keeps_the_names() -> None:
    from minutebook.parsing.attendance import label_line

    found = label_line("Apologies: were received from Dan Hart (DH) and Eve Frost (EF).")
    assert found is not None and found[2] == "Dan Hart (DH) and Eve Frost (EF)."


def test_apologies_for_the_absence_of_and_a_substitute_for() -> None:
    """ "Apologies were received for the absence of Councillors A, B and C" names those
    sending them; "X was a substitute for Y" is a substitution, as "substituted for" is."""
    text = (
        "Present: Councillors A Bell (Chair), C Dunn\n\n"
        "1 APOLOGIES FOR ABSENCE\n\n"
        "Apologies were received for the absence of Councillors Ann Reid and Ben Moss.\n\n"
        "Councillor Cal Lowe was a substitute for Councillor Ben Moss.\n"
    )
    found = [(role, name, capacity) for role, name, capacity, _ in attendance_of(text)]
    assert found[2:] == [
        (APOLOGIES, "Ann Reid", None),
        (APOLOGIES, "Ben Moss", None),
        (SUBSTITUTE, "Councillor Cal Lowe", "substitute for Councillor Ben Moss"),
    ]


def test_a_lettered_list_of_apologies_with_a_damaged_bracket() -> None:
    """ "(c )": a converter's space before the letter's bracket still marks the item, so
    its names are read as the others are."""
    text = (
        "1 APOLOGIES\n\nApologies for absence were received from:\n\n"
        "(a)   Councillors Reid and Moss (unwell);\n\n"
        "(b )   Councillors Lowe and T Hart.\n"
    )
    assert [name for _, name, _, _ in attendance_of(text)] == ["Reid", "Moss", "Lowe", "T Hart"]


def test_a_minute_titled_members_lists_those_present() -> None:
    """A community council's "2019/03/01 MEMBERS" over its members' titled names run on
    along one line: each is present; "Councillor" alone after a comma is the seat of the
    name before it, no person."""
    text = (
        "2019/03/01 MEMBERS\n\n"
        "Mr A Reid, Chairman Ms B Moss Mr C Lowe Mrs D Hart, Councillor\n\n"
        "2019/03/02 IN ATTENDANCE\n\nMrs E Ford, Clerk\n"
    )
    assert [(r, n, c) for r, n, c, _ in attendance_of(text)] == [
        (PRESENT, "Mr A Reid", "Chairman"),
        (PRESENT, "Ms B Moss", None),
        (PRESENT, "Mr C Lowe", None),
        (PRESENT, "Mrs D Hart", "Councillor"),
        (AttendanceRole.IN_ATTENDANCE, "Mrs E Ford", "Clerk"),
    ]


def test_trustees_as_a_plural_title() -> None:
    """A charity's trustees listed under one plural title, as councillors are: "Trustees
    Ames (Chair), Irons and Lowe" names Ames, Irons and Lowe."""
    text = "Present: Trustees Ames (Chair), Irons and Lowe\n\n1 Apologies\n\nNone.\n"
    assert [(n, c) for _, n, c, _ in attendance_of(text)] == [
        ("Ames", "Chair"),
        ("Irons", None),
        ("Lowe", None),
    ]


def test_a_roll_one_member_a_line_by_initials_with_blank_lines_between() -> None:
    """A web printout's roll: "PRESENT:" with the chair on its line, then every member
    by initials and surname alone on a line, blank lines between; each is present and
    none is an unnumbered minute's title, nor is an officer's "M. Hale, Chief Executive"."""
    text = (
        "Borough Council\n\n\nTuesday, 4 March 2031\n\n\n"
        "PRESENT: Councillor T.R. Penn (Chair)\n\n\n"
        " A. Okoro\n\nS.J. Mallory\n\nE.M.J. Fairweather\n\nC.Vane Tempest\n\n"
        "K. Lloyd-Evans\n\n\n"
        "Also Present:\n\nM. Hale, Chief Executive\n\nMrs P. Dunn, Head of Law\n\n\n"
        "Apologies for absence were received from Councillors D. Iles and F. Marsh.\n\n\n"
        "There were no declarations of interest.\n"
    )
    assert [(r, n, c) for r, n, c, _ in attendance_of(text)][:8] == [
        (PRESENT, "Councillor T.R. Penn", "Chair"),
        (PRESENT, "A. Okoro", None),
        (PRESENT, "S.J. Mallory", None),
        (PRESENT, "E.M.J. Fairweather", None),
        (PRESENT, "C.Vane Tempest", None),
        (PRESENT, "K. Lloyd-Evans", None),
        (AttendanceRole.ALSO_PRESENT, "M. Hale", "Chief Executive"),
        (AttendanceRole.ALSO_PRESENT, "Mrs P. Dunn", "Head of Law"),
    ]
    assert not parse_text(text).minutes


def test_a_roll_under_the_chair_line_with_no_label() -> None:
    """A county council's web record: "Councillor ANN REID – in the chair", then each
    member present by name alone, one a line, blank lines between, no "Present:" over
    them; the roll ends at the record's first sentence. Fewer names are no roll."""
    names = ["M Okoro", "Lena Pryce", "C H Tarrant", "Mrs Delacourt-Ames", "Nigel P Vane"]
    text = (
        "MINUTES of the meeting of the County Council held at County Hall on Tuesday 4 "
        "March 2031 at 10.00 am\n\n"
        "Councillor ANN REID – in the chair\n\n" + "\n\n".join(names) + "\n\n"
        "The Council considered the matters set out in the agenda and decided as below.\n"
    )
    assert [(r, n, c) for r, n, c, _ in attendance_of(text)] == [
        (PRESENT, "Councillor ANN REID", "in the chair"),
        *((PRESENT, name, None) for name in names),
    ]
    short = text.replace("\n\nC H Tarrant", "").replace("\n\nMrs Delacourt-Ames", "")
    assert all(n not in {"M Okoro", "Lena Pryce"} for _, n, _, _ in attendance_of(short))


def test_titled_members_one_a_line_and_the_apologies_sentence_after_its_label() -> None:
    """ "Present: Cllr A Reid, Mayor in the Chair" over titled members one a line with
    blank lines between ("Cllr Mrs C Dunn", "Mrs A C Ford Town Clerk"), in minutes that
    number none: no such line is an unnumbered minute, all go on the list. "Apologies:
    Apologies for absence were received from Cllrs ..." names those sending them, no
    sentence as a capacity."""
    text = (
        "Present: Cllr A Reid, Mayor in the Chair\n\n"
        "Cllr Mrs C Dunn\n\nCllr T Ames\n\nCllr J Irons-Vale\n\n"
        "Mrs A C Ford Town Clerk\n\n"
        "Apologies: Apologies for absence were received from Cllrs Mrs B Lowe, Mrs D Hale"
        " and I Hart (WCC).\n\n"
        "Public Questions\n\nThere were none.\n\n"
        "Minutes of the last meeting\n\nThe Minutes of the last meeting were approved.\n"
    )
    assert [(r, n, c) for r, n, c, _ in attendance_of(text)] == [
        (PRESENT, "Cllr A Reid", "Mayor in the Chair"),
        (PRESENT, "Cllr Mrs C Dunn", None),
        (PRESENT, "Cllr T Ames", None),
        (PRESENT, "Cllr J Irons-Vale", None),
        (AttendanceRole.IN_ATTENDANCE, "Mrs A C Ford", "Town Clerk"),
        (APOLOGIES, "Mrs B Lowe", None),
        (APOLOGIES, "Mrs D Hale", None),
        (APOLOGIES, "I Hart", "WCC"),
    ]
    assert [m.title for m in parse_text(text).minutes] == [
        "Public Questions",
        "Minutes of the last meeting",
    ]


def test_a_groups_own_label_and_a_titled_list_head_no_minutes() -> None:
    """A Scottish council's web record: "Non-Members also present:-" and "Officials in
    attendance:" over their people, "Mrs C Dunn, Mr T Ames" a list's line, in minutes that
    number none: none heads an unnumbered minute, the groups are read."""
    text = (
        "Present:\n\nMr A Reid, Mrs B Moss\n\n"
        "Non-Members also present:-\n\nMrs C Dunn, Mr T Ames\n\n"
        "Officials in attendance:\n\nMs E Ford, Policy Officer\nMr G Hale, Clerk\n\n"
        "Apologies\n\nThere were no apologies.\n\n"
        "Declarations of Interest\n\nThere were none.\n"
    )
    assert [m.title for m in parse_text(text).minutes] == ["Apologies", "Declarations of Interest"]
    assert [n for _, n, _, _ in attendance_of(text)] == [
        "Mr A Reid",
        "Mrs B Moss",
        "Mrs C Dunn",
        "Mr T Ames",
        "Ms E Ford",
        "Mr G Hale",
    ]


def test_a_posts_holder_away_or_followed_by_a_sentence() -> None:
    """'Clerk: Absent. Cllr B Moss wrote these notes': the clerk is away (no attendee),
    and the sentence after a holder's name is no name."""
    from minutebook.parsing.attendance import post_holder_text

    assert post_holder_text("Absent. Cllr B. Moss wrote these notes") == ""
    assert post_holder_text("Vacant") == ""
    assert post_holder_text("Mrs Ann Reid. Cllr Ben Moss wrote these notes") == ("Mrs Ann Reid")
    assert post_holder_text("Mrs A. Reid") == "Mrs A. Reid"
    assert post_holder_text("Absalom Reid") == "Absalom Reid"
    lines = (
        "Minutes of the Fenby Parish Council meeting held on Monday 4th May 2009\n\n"
        "Councillors: A. Reid, B. Moss, C. Lowe\n\n"
        "Clerk: Absent. Cllr B. Moss wrote these notes\n\n"
        "101. Apologies: Mr. D. Pym\n"
    )
    assert [a[1] for a in attendance_of(lines)] == ["A. Reid", "B. Moss", "C. Lowe", "Mr. D. Pym"]


def test_a_plural_titles_names_one_a_line() -> None:
    """'PRESENT: Councillor A Reid (Chair)' then 'Councillors Ben Moss' and the other
    members' names alone on their lines: the title printed once over a roll."""
    text = (
        "PRESENT: Councillor Ann Reid (Chair)\n\nCouncillors Ben Moss\n\nCara Lowe\n\n"
        "Dan Pym\n\n \n\n1 APOLOGIES: None\n"
    )
    assert [(name, line) for _, name, _, line in attendance_of(text)] == [
        ("Councillor Ann Reid", 1),
        ("Ben Moss", 3),
        ("Cara Lowe", 5),
        ("Dan Pym", 7),
    ]
    untitled = text.replace("Councillors Ben Moss", "Ben Moss")  # no title begins no roll
    assert [name for _, name, _, _ in attendance_of(untitled)] == ["Councillor Ann Reid"]


def test_a_capitals_title_over_the_members_is_who_chaired() -> None:
    """Older typed minutes: "PRESENT" over "COUNCILLOR A HALE in the Chair" (the title in
    capitals, no bracket) over the other members: the chair is present, not a post."""
    from minutebook.parsing.names import posts_only

    text = (
        "PRESENT\nCOUNCILLOR A HALE in the Chair\n\nCouncillors Lowe, Moss and Reid.\n\n"
        "A1 Risk Register\n\nMembers noted the register.\n"
    )
    assert attendance_of(text)[0] == (
        AttendanceRole.PRESENT,
        "COUNCILLOR A HALE",
        "in the Chair",
        2,
    )
    assert not posts_only("COUNCILLOR A HALE in the Chair")
    assert posts_only("Chief Executive, Head of Legal Services")
