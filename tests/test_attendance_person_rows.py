"""One person a line with their post beside the name and no bracket: a column gap, a
comma, a glued hyphen, or "Post: Name" in a list of officers."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_person_rows import (
    colon_post,
    comma_post,
    gap_post,
    glued_post,
    person_row,
)

PRESENT = AttendanceRole.PRESENT
ALSO = AttendanceRole.ALSO_PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


def test_a_column_gap_between_a_person_and_their_post() -> None:
    assert gap_post("Officers Present:    Nell Orme       Clerk, Hexby Town Council") == (
        "Officers Present: Nell Orme (Clerk, Hexby Town Council)"
    )
    assert gap_post("                     Pip Rusk            Legal Adviser") == (
        "Pip Rusk (Legal Adviser)"
    )
    assert gap_post("Bea Sutton                   Cal Timms") is None  # two names in columns


def test_a_comma_after_a_person_and_posts_only_after_it() -> None:
    assert comma_post("Una Vale, Chief Executive, Office of the Commissioner") == (
        "Una Vale (Chief Executive, Office of the Commissioner)"
    )
    assert comma_post("Cllr A Reid, Cllr B Moss") is None
    assert comma_post("Councillor Wyn Yeo, Convener, in the Chair.") is None
    assert comma_post("Cllr Zak Abel, Leader, said that the plan was agreed") is None
    assert comma_post("Ida Bell – Chief Executive, Office of the Commissioner") is None


def test_a_hyphen_glued_between_a_person_and_a_post() -> None:
    assert glued_post("Also in attendance:-Jon Kemp-Licensing Manager") == (
        "Also in attendance:- Jon Kemp (Licensing Manager)"
    )
    assert glued_post("Mrs Liv Marsh-Nolan") is None  # a double-barrelled surname
    assert glued_post("Mr Ody Price-Quinn (Wyke Council)") is None
    assert glued_post("The Vice-Chair (Councillor Rae Stone)") is None


def test_post_colon_name_in_a_list_of_officers_only() -> None:
    assert colon_post("Officers: Head of Planning: Tess Upton") == (
        "Officers: Tess Upton (Head of Planning)"
    )
    assert colon_post("Committee Manager: Vic Webb") == "Vic Webb (Committee Manager)"
    assert colon_post("Appointed by the Secretary of State: Mr A Reid") is None
    assert colon_post("Co-opted Member: Mr A Reid") is None
    assert person_row("Committee Manager: Vic Webb", "Committee Manager: Vic Webb") is None


def test_officers_rows_read_whole_under_their_labels() -> None:
    found = attendance_of(
        "Present: Councillors Abbot (Chair) and Burrows\n\n"
        "Officers: Head of Planning: Tess Upton\n"
        "Committee Manager: Vic Webb\n\n"
        "Officers Present:    Nell Orme       Clerk, Hexby Town Council\n"
        "                     Pip Rusk        Legal Adviser, Hexby Town Council\n\n"
        "Also in attendance:-Jon Kemp-Licensing Manager\n\n"
        "Kay Lowe-Solicitor to the Council\n\n"
        "In attendance:\n"
        "Una Vale, Police and Crime Commissioner for Hexby\n"
        "Ray Sims, Chief Executive, Office of the Commissioner\n\n"
        "1. Apologies\n"
    )
    assert [(r, n, c) for r, n, c, _ in found][2:] == [
        (IN_ATTENDANCE, "Tess Upton", "Head of Planning"),
        (IN_ATTENDANCE, "Vic Webb", "Committee Manager"),
        (IN_ATTENDANCE, "Nell Orme", "Clerk, Hexby Town Council"),
        (IN_ATTENDANCE, "Pip Rusk", "Legal Adviser, Hexby Town Council"),
        (IN_ATTENDANCE, "Jon Kemp", "Licensing Manager"),
        (IN_ATTENDANCE, "Kay Lowe", "Solicitor to the Council"),
        (IN_ATTENDANCE, "Una Vale", "Police and Crime Commissioner for Hexby"),
        (IN_ATTENDANCE, "Ray Sims", "Chief Executive, Office of the Commissioner"),
    ]


def test_seat_printed_before_its_member() -> None:
    from minutebook.parsing.attendance_person_rows import seat_gap_person

    assert seat_gap_person("Westvale          Councillor Ann Reid") == (
        "Councillor Ann Reid (Westvale)"
    )
    assert seat_gap_person("Northholm         Councillor Ben Moss (Chair)") == (
        "Councillor Ben Moss (Chair)"
    )
    assert seat_gap_person("Deputy Mayor for Policing        Cara Lowe") == (
        "Cara Lowe (Deputy Mayor for Policing)"
    )


def test_two_people_or_a_label_are_no_seat() -> None:
    from minutebook.parsing.attendance_person_rows import seat_gap_person

    assert seat_gap_person("Councillor Ann Reid      Councillor Ben Moss") is None
    assert seat_gap_person("Members Present     Councillor Ben Moss") is None
    assert seat_gap_person("Eastby          Cara Lowe (substitute for") is None  # untitled


def test_a_bracket_going_on_below_keeps_the_person_and_drops_the_seat() -> None:
    """'(substitute for' / 'Councillor Ian Pilling)': the bracket says what they sat as,
    and the row ends on the next line."""
    from minutebook.parsing.attendance_person_rows import person_row, seat_gap_person

    row = "Eastby          Councillor Dan Hart (substitute for"
    assert seat_gap_person(row) == "Councillor Dan Hart (substitute for"
    assert person_row(row, row) == "Councillor Dan Hart (substitute for"  # no ";" yet


def test_a_kind_of_member_filling_the_seat_column() -> None:
    from minutebook.parsing.attendance_person_rows import seat_gap_person

    assert seat_gap_person("Independent Member  Ruth Agbaje") == "Ruth Agbaje (Independent Member)"
    assert seat_gap_person("Westvale  Councillor Ann Reid") is None  # two spaces: no column
