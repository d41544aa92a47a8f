"""Attendance marked by asterisks on lines of their own, named before a trailing verb,
and printed in columns under kinds of member divided by a tab."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import group_columns_heading, read_attendance_lists
from minutebook.parsing.attendance_starred import starred_attendance
from minutebook.parsing.attendance_trailing import trailing_attendance, trailing_role


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_an_asterisk_alone_marks_the_name_under_it_present() -> None:
    found = starred_attendance(
        _lines(
            "MINUTES OF THE LICENSING COMMITTEE\n*\nMr A Reid (Chairman)\nMrs B Moss\n*\n"
            "Dr C Lowe\n* Ms D Pym\n*Present\nNext line"
        )
    )
    assert found is not None
    facts, used = found
    assert [(f.as_written, f.capacity, f.line) for f in facts] == [
        ("Mr A Reid", "Chairman", 3),
        ("Dr C Lowe", None, 6),
        ("Ms D Pym", None, 7),
    ]
    assert all(f.role is AttendanceRole.PRESENT for f in facts)
    assert used == set(range(1, 8))  # the list, its marks and the key (indexes); no title


def test_no_key_or_a_bullet_list_is_no_starred_list() -> None:
    assert starred_attendance(_lines("*\nMr A Reid\n*\nDr C Lowe")) is None
    # one marked name is no grid of marks
    assert starred_attendance(_lines("Mrs B Moss\n*\nDr C Lowe\n*Present")) is None
    # a mark over a sentence is not a name
    assert starred_attendance(_lines("*\nThe Chair opened the meeting.\n*Present")) is None


def test_names_before_were_also_in_attendance_are_in_attendance() -> None:
    found = trailing_attendance(
        _lines(
            "Present: Cllr A Reid\n\nMr K Lowe (Police and Crime Commissioner) and Mrs H Pym"
            " (Chief\nExecutive, OPCC) were also in attendance.\n"
        )
    )
    assert found is not None
    facts, used = found
    assert [(f.role, f.as_written, f.capacity, f.line) for f in facts] == [
        (AttendanceRole.IN_ATTENDANCE, "Mr K Lowe", "Police and Crime Commissioner", 3),
        (AttendanceRole.IN_ATTENDANCE, "Mrs H Pym", "Chief Executive, OPCC", 3),
    ]
    assert used == {2, 3}


def test_plural_title_and_standing_order_after_the_verb() -> None:
    read = trailing_role(
        "County Councillors Ann Reid and Ben Moss were also in attendance under the "
        "provisions of Standing Order No. C14(2)."
    )
    assert read is not None and read[1] is AttendanceRole.IN_ATTENDANCE


def test_a_substitute_named_with_nobody_replaced() -> None:
    read = trailing_role("Mrs K L Harrod attended as a substitute.")
    assert read == ("Mrs K L Harrod", AttendanceRole.SUBSTITUTE)


def test_trailing_role_must_not_fire_on_other_sentences() -> None:
    assert trailing_role("The papers for the meeting were also in attendance.") is None
    assert trailing_role("Officers from the Finance team were also present.") is None
    assert trailing_role("Mr A Reid was also in attendance; he spoke on item 4.") is None
    assert trailing_role("Cllr A Reid substituted for Cllr B Moss.") is None


def test_kinds_of_member_side_by_side_divided_by_a_tab() -> None:
    assert group_columns_heading("Councillor Members:\tIndependent Members:") == [
        "Councillor Members",
        "Independent Members",
    ]
    assert group_columns_heading("Councillor Members:   Independent Members:") is None
    assert group_columns_heading("Cllr A Reid\tCllr B Moss") is None
    assert group_columns_heading("Members:\tOfficers:") is None
    part = Part(kind=DocumentKind.OTHER, title="", lines=[], layout="minutes")
    lines = _lines(
        "PRESENT:\n\nCouncillor Members:\tIndependent Members:\n"
        "Councillor A. Reid\tMr B. Moss (Vice-Chair)\nCouncillor C. Lowe\n\n1. APOLOGIES"
    )
    read_attendance_lists(part, lines, "x.txt", Diagnostics())
    assert [(f.as_written, f.capacity, f.line) for f in part.attendance] == [
        ("Councillor A. Reid", "Councillor Members", 4),
        ("Councillor C. Lowe", "Councillor Members", 5),
        ("Mr B. Moss", "Vice-Chair", 4),
    ]


def test_an_apologies_sentence_naming_a_substitute_is_left_to_its_reader() -> None:
    sentence = "Apologies were received from Cllr A Reid and Cllr B Moss attended as substitute."
    assert trailing_role(sentence) is None


def test_surnames_under_a_plural_title_are_people() -> None:
    read = trailing_role("Councillors Fenn, Gale, Hale and L J Tait were also in attendance.")
    assert read == ("Councillors Fenn, Gale, Hale and L J Tait", AttendanceRole.IN_ATTENDANCE)
    # forenames and double-barrelled surnames under the plural title stay people
    read = trailing_role("County Councillors Ann Patel-Hurst and Ben Moss were also present.")
    assert read == ("County Councillors Ann Patel-Hurst and Ben Moss", AttendanceRole.ALSO_PRESENT)
    # under no title, a bare word is nobody
    assert trailing_role("Fenn, Gale and Finance were also in attendance.") is None


def test_a_sentence_inside_a_preamble_printed_without_blank_lines() -> None:
    """A preamble of more lines than a paragraph holds, no blank line between its
    blocks: the sentence saying who also attended is read where it starts, after the
    line closing the sentence before, over its wrapped lines."""
    found = trailing_attendance(
        _lines(
            "WEXLEY BOROUGH COUNCIL\nMINUTES OF THE\nPLANNING BOARD\n14 May 2005\n"
            "Present: Councillor R Reid in the Chair\nCouncillors Hale, Lowe and Pym.\n"
            "Apologies for absence were received from Councillors Moss and\nQuin.\n"
            "Councillors Fenn, Gale and L J Tait were also in\nattendance and, with the "
            "consent of the Chairman, spoke on Minute No. 12."
        )
    )
    assert found is not None
    facts, used = found
    assert [(f.as_written, f.line) for f in facts] == [
        ("Fenn", 9),
        ("Gale", 9),
        ("L J Tait", 9),
    ]
    assert used == {8, 9}
