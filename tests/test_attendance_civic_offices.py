"""A hanging list of civic offices and aldermen, and apologies "for non-attendance"."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.names import office_comma_holder, split_name_list

PRESENT = AttendanceRole.PRESENT


def _read(texts: list[str]) -> list[tuple[int, AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.line, f.role, f.as_written, f.capacity) for f in part.attendance]


def test_office_then_its_titled_holder() -> None:
    entry = office_comma_holder("The Right Worshipful the Mayor, Councillor A B Reid")
    assert entry is not None
    assert (entry.as_written, entry.capacity) == (
        "Councillor A B Reid",
        "The Right Worshipful the Mayor",
    )
    assert office_comma_holder("The Mayor, Councillor A Reid, said the hall was full") is None
    assert office_comma_holder("Councillor A Reid, Councillor B Moss") is None


def test_a_hanging_list_with_offices_and_aldermen() -> None:
    assert _read(
        [
            "PRESENT:          Alderman C Dunlop (Chairman)",
            "",
            "                  The Right Worshipful the Mayor, Councillor A B Reid",
            "",
            "                  Deputy Mayor, Councillor B Moss",
            "",
            "                  Aldermen D Quinn and E Toner",
            "",
            "                  Councillors F Lowry and G Rafferty",
        ]
    ) == [
        (1, PRESENT, "Alderman C Dunlop", "Chairman"),
        (3, PRESENT, "Councillor A B Reid", "The Right Worshipful the Mayor"),
        (5, PRESENT, "Councillor B Moss", "Deputy Mayor"),
        (7, PRESENT, "D Quinn", None),
        (7, PRESENT, "E Toner", None),
        (9, PRESENT, "F Lowry", None),
        (9, PRESENT, "G Rafferty", None),
    ]


def test_apologies_for_non_attendance_on_behalf_of() -> None:
    assert _read(
        [
            "It was agreed to accept apologies for non-attendance at the meeting on behalf of",
            "Councillor H Boyle and Councillor K Lennon.",
        ]
    ) == [
        (2, AttendanceRole.APOLOGIES, "Councillor H Boyle", None),
        (2, AttendanceRole.APOLOGIES, "Councillor K Lennon", None),
    ]


def test_posts_only_with_a_service_area_after_and_name_nobody() -> None:
    assert (
        _read(
            [
                "IN ATTENDANCE:    Director of Leisure and Community Services",
                "                  Member Services Officer",
            ]
        )
        == []
    )


def test_a_civic_style_before_the_holder_with_no_comma() -> None:
    assert _read(["Present: The Right Worshipful the Mayor Councillor A B Reid"]) == [
        (1, PRESENT, "Councillor A B Reid", "The Right Worshipful the Mayor"),
    ]
    # a title after the article still opens a name, its post after it
    assert _read(["Present: The Rev A Reid Chaplain"]) == [
        (1, PRESENT, "The Rev A Reid", "Chaplain"),
    ]


def test_an_office_run_into_its_holders_title_belongs_to_that_holder_alone() -> None:
    """ "The Mayor Councillor A Reid, Councillor B Moss": the office ends at the member's
    own title, and the comma after the holder parts two members (no "office, holder")."""
    found = split_name_list("The Mayor Councillor A Reid, Councillor B Moss, Cllr C Lowe")
    assert [(e.as_written, e.capacity) for e in found] == [
        ("Councillor A Reid", "The Mayor"),
        ("Councillor B Moss", None),
        ("Cllr C Lowe", None),
    ]
    assert office_comma_holder("The Mayor Councillor A Reid, Councillor B Moss") is None
