"""Officers one a line after a spaced dash, a decisions table's header ending the lists,
a whole initialled name above a stray word, and a substitute named in an apology."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import minutes_table_header, read_attendance_lists
from minutebook.parsing.attendance_dash_posts import dash_post_rows

PRESENT = AttendanceRole.PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
APOLOGIES = AttendanceRole.APOLOGIES
SUBSTITUTE = AttendanceRole.SUBSTITUTE


def _read(texts: list[str]) -> list[tuple[int, AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, dash_post_rows(lines), "f.txt", Diagnostics())
    return [(f.line, f.role, f.as_written, f.capacity) for f in part.attendance]


def test_a_post_with_commas_after_a_spaced_dash_is_one_capacity() -> None:
    assert _read(
        [
            "In attendance:",
            "Ann Reid - Director of Finance, Policy and Governance",
            "Ben Moss - Head of Revenues, Benefits, and Customer Services",
            "Cara Lowe - Audit Manager",
        ]
    ) == [
        (2, IN_ATTENDANCE, "Ann Reid", "Director of Finance, Policy and Governance"),
        (3, IN_ATTENDANCE, "Ben Moss", "Head of Revenues, Benefits, and Customer Services"),
        (4, IN_ATTENDANCE, "Cara Lowe", "Audit Manager"),
    ]


def test_a_second_person_after_a_comma_is_not_rewritten() -> None:
    lines = [
        Line(1, "Ann Reid - Clerk, Mr Ben Moss - Solicitor"),
        Line(2, "Cara Lowe - Director of Finance, Policy and Governance"),
    ]
    assert [line.text for line in dash_post_rows(lines)] == [
        "Ann Reid - Clerk, Mr Ben Moss - Solicitor",
        "Cara Lowe (Director of Finance, Policy and Governance);",
    ]


def test_a_wrapped_post_is_joined_and_a_group_is_no_row() -> None:
    lines = [
        Line(1, "Ann Reid - Lead Officer, Wyke City Council"),
        Line(2, "Ben Moss - Chief Executive, Office of the Police and Crime"),
        Line(3, "Commissioner"),
        Line(4, "Cara Lowe - Treasurer"),
        Line(5, "Item Description Decision"),
    ]
    assert [(line.number, line.text) for line in dash_post_rows(lines)] == [
        (1, "Ann Reid (Lead Officer, Wyke City Council);"),
        (2, "Ben Moss (Chief Executive, Office of the Police and Crime Commissioner);"),
        (4, "Cara Lowe (Treasurer);"),
        (5, "Item Description Decision"),
    ]
    groups = [
        Line(1, "Labour Group - Councillor Ann Reid, Councillor Ben Moss"),
        Line(2, "Independent Group - Councillor Cara Lowe"),
    ]
    assert dash_post_rows(groups) == groups


def test_a_single_row_is_left_to_the_list_reader() -> None:
    lines = [Line(1, "Ann Reid - Director of Finance, Policy and Governance")]
    assert dash_post_rows(lines) == lines


def test_a_decisions_table_header_ends_the_list() -> None:
    assert minutes_table_header("Item Description/Decision")
    assert minutes_table_header("Item\tDescription\tDecision")
    assert not minutes_table_header("Mr Item Descriptor")
    assert _read(
        ["Also Present:", "Mr Dev Hart - Kestrel Audit LLP", "Item Description/Decision"]
    ) == [
        (2, AttendanceRole.ALSO_PRESENT, "Mr Dev Hart", "Kestrel Audit LLP"),
    ]


def test_an_initialled_name_is_whole_above_a_stray_word() -> None:
    assert _read(["Apologies for absence:", "Councillor K S Reid", "Buttons"]) == [
        (2, APOLOGIES, "Councillor K S Reid", None),
    ]
    # a given name alone is finished by the surname below it
    assert _read(["Present:", "Councillor Alexandra", "Pemberton-Whyte (Chair)"]) == [
        (2, PRESENT, "Councillor Alexandra Pemberton-Whyte", "Chair"),
    ]


def test_a_substitute_named_in_the_apology_sentence() -> None:
    assert _read(
        [
            "An apology for absence was received from Councillor Ann Reid and in accordance "
            "with the agreed procedures of the Council it was confirmed that Councillor Ben "
            "Moss would be her substitute.",
        ]
    ) == [
        (1, APOLOGIES, "Councillor Ann Reid", None),
        (1, SUBSTITUTE, "Councillor Ben Moss", "substitute for Councillor Ann Reid"),
    ]
