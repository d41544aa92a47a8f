"""Office rows of a list of those present run onto the label's line."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import opens_attendance, read_attendance_lists
from minutebook.parsing.attendance_comings import titled_sentence
from minutebook.parsing.attendance_office_cuts import cut_office_labels


def _read(texts: list[str]) -> list[tuple[AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.role, f.as_written, f.capacity) for f in part.attendance]


RUN_ON = (
    "Present: Chairman: Councillor Ann Bell Vice-Chairman: Councillor Carl Dunn"
    " Councillors: Eve Frost, Gil Hart and Ivo Jones"
)


def test_the_run_on_rows_are_cut_at_each_office_label() -> None:
    cut = cut_office_labels([Line(4, RUN_ON)], opens_attendance)
    assert [(li.number, li.text) for li in cut] == [
        (4, "Present:"),
        (4, "Chairman: Councillor Ann Bell"),
        (4, "Vice-Chairman: Councillor Carl Dunn"),
        (4, "Councillors: Eve Frost, Gil Hart and Ivo Jones"),
    ]


def test_each_office_is_the_capacity_of_the_name_after_it() -> None:
    assert _read([RUN_ON, "", "1 APOLOGIES"]) == [
        (AttendanceRole.PRESENT, "Councillor Ann Bell", "Chairman"),
        (AttendanceRole.PRESENT, "Councillor Carl Dunn", "Vice-Chairman"),
        (AttendanceRole.PRESENT, "Eve Frost", None),
        (AttendanceRole.PRESENT, "Gil Hart", None),
        (AttendanceRole.PRESENT, "Ivo Jones", None),
    ]


def test_a_list_opening_with_a_name_is_left_as_it_is() -> None:
    line = Line(1, "Present: Councillor Ann Bell (Chairman), Councillor Carl Dunn")
    assert cut_office_labels([line], opens_attendance) == [line]


def test_the_plural_title_with_the_councils_kind_opens_the_members() -> None:
    """ "PRESENT: Parish Councillors: P. Adams (Chairman) D. Cotton ...": the label with the
    council's kind is the plural title over the members, no part of the first name."""
    text = "PRESENT: Parish Councillors: P. Adams (Chairman) D. Cotton D. Ballett"
    assert [
        (li.number, li.text) for li in cut_office_labels([Line(7, text)], opens_attendance)
    ] == [
        (7, "PRESENT:"),
        (7, "Parish Councillors: P. Adams (Chairman) D. Cotton D. Ballett"),
    ]
    assert [name for _, name, _ in _read([text, "", "1. APOLOGIES"])] == [
        "P. Adams",
        "D. Cotton",
        "D. Ballett",
    ]


def test_a_parish_s_short_vice_and_courtesy_plurals_are_rows_too() -> None:
    """ "Present: Chair: Cllr Reid Vice: Cllr Mrs Moss Messrs: Cllrs Lowe, Pym and Hart
    Mesdames: Cllr Mrs Dunn": "Vice" is the vice-chair's office; the courtesy plurals head
    the other members, no office of theirs."""
    line = (
        "Present: Chair: Cllr Reid Vice: Cllr Mrs Moss Messrs: Cllrs Lowe, Pym and Hart"
        " Mesdames: Cllr Mrs Dunn"
    )
    assert _read([line, "", "1 APOLOGIES"]) == [
        (AttendanceRole.PRESENT, "Cllr Reid", "Chair"),
        (AttendanceRole.PRESENT, "Cllr Mrs Moss", "Vice"),
        (AttendanceRole.PRESENT, "Lowe", None),
        (AttendanceRole.PRESENT, "Pym", None),
        (AttendanceRole.PRESENT, "Hart", None),
        (AttendanceRole.PRESENT, "Cllr Mrs Dunn", None),
    ]


def test_a_sentence_about_a_named_member_ends_the_lists() -> None:
    """ "Cllr Reid ran through the housekeeping procedures." under the lists is the
    minutes' text, no name; "Cllr Pym attended as an observer" stays a fact."""
    assert _read(
        [
            "In Attendance: Fay Dunn – Administrator and Cllr Hart.",
            "",
            "Cllr Reid ran through the housekeeping procedures.",
            "",
            "1 APOLOGIES",
        ]
    ) == [
        (AttendanceRole.IN_ATTENDANCE, "Fay Dunn", "Administrator"),
        (AttendanceRole.IN_ATTENDANCE, "Cllr Hart", None),
    ]
    assert not titled_sentence("Cllr Pym attended the meeting as an observer.")
    assert not titled_sentence("Cllr A Reid and Cllr B Moss")
