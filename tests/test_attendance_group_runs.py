"""Group headings closed by ":-" and a group's names by initials run on with no commas."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_group_runs import group_runs
from opening_facts import parsed

RECORD = """\
Minutes of a Meeting of Ashby District Council held in the Chamber on 4 March 2016

Present: Councillor Mrs A Reid – Chairman

Members:-

Councillors:-

R C Abbot Mrs L Birch A A J Cole K F J Dunn Ms J H Eyre G O'Hara

87. Prayers
"""


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_the_run_under_a_heading_alone_is_its_names() -> None:
    lines = _lines(RECORD)
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    found = [(a.role, a.as_written, a.line) for a in part.attendance]
    assert found[0] == (AttendanceRole.PRESENT, "Councillor Mrs A Reid", 3)
    assert [name for _, name, _ in found[1:]] == [
        "R C Abbot",
        "Mrs L Birch",
        "A A J Cole",
        "K F J Dunn",
        "Ms J H Eyre",
        "G O'Hara",
    ]
    assert {line for _, _, line in found[1:]} == {9}


def test_a_run_under_a_sentence_or_too_short_stays_as_printed() -> None:
    text = (
        "The Council noted:-\n\nA B Reid C Moss\n\nThe report was received.\n\nA Reid B Moss C Lowe"
    )
    assert [line.text for line in group_runs(_lines(text))] == [
        "The Council noted:",
        "",
        "A B Reid C Moss",
        "",
        "The report was received.",
        "",
        "A Reid B Moss C Lowe",
    ]


GRID = """\
Minutes of a Meeting of Wyke Borough Council held at the Town Hall on 4 March 2016

PRESENT:-

COUNCILLORS:

Abbot Birch-Cole Dunn

Eyre R W Fry Gale

A Hart B Hart

Ives

OFFICERS:

Ann Reid, Chief Executive

7. APOLOGIES FOR ABSENT MEMBERS

Councillors Jay, K Lamb and Moss.
"""


def test_a_grid_of_surnames_under_the_plural_title_is_the_councillors() -> None:
    lines = _lines(GRID)
    assert [line.text for line in group_runs(lines)][6:9] == [
        "Councillors Abbot, Birch-Cole, Dunn",
        "",
        "Councillors Eyre, R W Fry, Gale",
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines[:18], "f.txt", Diagnostics())
    assert [(a.role, a.as_written) for a in part.attendance] == [
        *((AttendanceRole.PRESENT, name) for name in ("Abbot", "Birch-Cole", "Dunn")),
        *((AttendanceRole.PRESENT, name) for name in ("Eyre", "R W Fry", "Gale")),
        *((AttendanceRole.PRESENT, name) for name in ("A Hart", "B Hart", "Ives")),
        (AttendanceRole.IN_ATTENDANCE, "Ann Reid"),
    ]


def test_a_row_ending_on_an_initial_or_holding_a_title_ends_the_grid() -> None:
    text = "COUNCILLORS:\n\nAbbot Dunn R\n\nMrs Eyre Gale"
    assert [line.text for line in group_runs(_lines(text))][2:] == [
        "Abbot Dunn R",
        "",
        "Mrs Eyre Gale",
    ]


def test_apologies_for_absent_members_are_the_apologies() -> None:
    part = parsed(GRID).parts[0]
    assert [a.as_written for a in part.attendance if a.role is AttendanceRole.APOLOGIES] == [
        "Jay",
        "K Lamb",
        "Moss",
    ]
