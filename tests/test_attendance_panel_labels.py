"""Labels and layouts of attendance lists read in police panels', police authorities' and
scrutiny committees' minutes: a kind of member before "Members Present", "Others
Present", "Observers", "Councillor Members:", titles hanging in a column of their own,
"Members in Attendance" after those present, and substitutes paired "respectively"."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import label_line
from minutebook.parsing.attendance_shapes import dash_row, hanging_titles, respective_substitutes

PRESENT = AttendanceRole.PRESENT
ALSO = AttendanceRole.ALSO_PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
APOLOGIES = AttendanceRole.APOLOGIES
SUBSTITUTE = AttendanceRole.SUBSTITUTE


def test_a_kind_of_member_before_members_present_and_others_present() -> None:
    assert label_line("Main Panel Members Present:") == ("Main Panel Members Present", PRESENT, "")
    assert label_line("Voting Members Present:") == ("Voting Members Present", PRESENT, "")
    # a cabinet's or an executive's minutes name the body's members so
    assert label_line("Cabinet Members Present:") == ("Cabinet Members Present", PRESENT, "")
    assert label_line("Members of Cabinet present: Cllr A Reid") == (
        "Members of Cabinet present",
        PRESENT,
        "Cllr A Reid",
    )
    assert label_line("Members of the Executive Present:")[1] is PRESENT
    assert label_line("Others Present:") == ("Others Present", ALSO, "")
    assert label_line("Observers\t\tCllr T Voss") == ("Observers", ALSO, "Cllr T Voss")
    # "Others:" alone stays the officers and advisers in attendance
    assert label_line("Others: Ms K Dale") == ("Others", IN_ATTENDANCE, "Ms K Dale")


def test_titles_hanging_in_a_column_of_their_own() -> None:
    assert hanging_titles(["Cllrs", "R J Amble", "Cllrs", "S Bower"]) == ["R J Amble", "S Bower"]
    assert hanging_titles(["Cllr", "T Corr (In place of S Bower)"]) == [
        "Cllr T Corr (In place of S Bower)"
    ]
    assert hanging_titles(["Councillor", "Portfolio"]) == ["Councillor Portfolio"]
    assert hanging_titles(["Mrs A Dunn", "Chair"]) is None  # no title alone
    assert hanging_titles(["Cllrs", "Cllr"]) is None


def test_members_in_attendance_before_any_present_list_are_the_bodys_own() -> None:
    found = attendance_of("Members in attendance: Cllr A Reid, Cllr B Moss\n1. Minutes\n")
    assert [role for role, *_ in found] == [PRESENT, PRESENT]


def test_substitutes_paired_respectively_with_the_apologies() -> None:
    assert respective_substitutes(
        "Mr A Lusk and Mrs B Mott, substituted by Mr C Nye and Mrs D Oram respectively"
    ) == ("Mr A Lusk and Mrs B Mott", ["Mr C Nye", "Mrs D Oram"])
    assert respective_substitutes("Mr A Lusk, substituted by Mr C Nye") is None
    found = attendance_of(
        "1. Apologies\n"
        "1.1 Apologies had been received from Mr A Lusk and Mrs B Mott,\n"
        "substituted by Mr C Nye and Mrs D Oram respectively.\n"
        "2. Declarations\n"
    )
    assert found == [
        (APOLOGIES, "Mr A Lusk", None, 2),
        (APOLOGIES, "Mrs B Mott", None, 2),
        (SUBSTITUTE, "Mr C Nye", "substitute for Mr A Lusk", 3),
        (SUBSTITUTE, "Mrs D Oram", "substitute for Mrs B Mott", 3),
    ]
    one_line = attendance_of(
        "1. Apologies\nApologies were received from Cllr E Pratt and Cllr F Quill, replaced by"
        " Cllr G Rowe and Cllr H Sears respectively.\n2. Minutes\n"
    )
    assert [(r, n, c) for r, n, c, _ in one_line][2:] == [
        (SUBSTITUTE, "Cllr G Rowe", "substitute for Cllr E Pratt"),
        (SUBSTITUTE, "Cllr H Sears", "substitute for Cllr F Quill"),
    ]


def test_name_dash_council_rows_go_on_under_an_inline_label() -> None:
    assert dash_row("Ruth Ormsby - Independent")
    assert dash_row("Councillor Pell (Chair) - Dunmere Borough Council")
    assert not dash_row("Chief Executive - Annual Report")  # an office before the dash
    assert not dash_row("The Panel noted the report - see below")
    found = attendance_of(
        "PRESENT: Councillor Pell (Chair) - Dunmere Borough Council\n"
        "Councillor Ash - Lowbridge City Council\n"
        "Ruth Ormsby - Independent\n"
        "IN ATTENDANCE: Omar Fenn - Dunmere Borough Council\n"
        "Lisa Gault - Dunmere Borough Council\n"
        "1. Apologies for Absence\n"
    )
    assert [(r, n, c) for r, n, c, _ in found] == [
        (PRESENT, "Councillor Pell", "Dunmere Borough Council, Chair"),
        (PRESENT, "Councillor Ash", "Lowbridge City Council"),
        (PRESENT, "Ruth Ormsby", "Independent"),
        (IN_ATTENDANCE, "Omar Fenn", "Dunmere Borough Council"),
        (IN_ATTENDANCE, "Lisa Gault", "Dunmere Borough Council"),
    ]


def test_an_untitled_line_after_a_plain_inline_list_still_ends_it() -> None:
    found = attendance_of("Present: Cllr A Reid, Cllr B Moss\nBudget Report - Update\n")
    assert [n for _, n, _, _ in found] == ["Cllr A Reid", "Cllr B Moss"]


def test_at_the_invitation_of_the_chairman_is_also_present() -> None:
    assert label_line("At the invitation of the Chairman:") == (
        "At the invitation of the Chairman",
        ALSO,
        "",
    )


def test_vice_before_a_titled_name_is_a_substitute_and_vice_chairman_an_office() -> None:
    found = attendance_of(
        "Present:\nCllr Ann Reid (Chairman), Cllr Ben Moss (vice Cllr Cara Lowe), "
        "Cllr Dan Pym (Vice Chairman)\n1. Minutes\n"
    )
    assert [(role, name, capacity) for role, name, capacity, _ in found] == [
        (PRESENT, "Cllr Ann Reid", "Chairman"),
        (SUBSTITUTE, "Cllr Ben Moss", "substitute for Cllr Cara Lowe"),
        (PRESENT, "Cllr Dan Pym", "Vice Chairman"),
    ]
