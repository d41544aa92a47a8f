"""An apologies sentence in a narrow column, broken after a name's title."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import names_go_on_to_next_line, read_attendance_lists


def test_a_line_ending_on_a_title_goes_on() -> None:
    assert names_go_on_to_next_line("Councillor Dunn, Mrs Hale JP and Mr")
    assert names_go_on_to_next_line("Councillor Dunn and Councillor")
    assert not names_go_on_to_next_line("Councillor Dunn and Mrs Hale JP")


def test_the_name_broken_after_its_title_is_whole() -> None:
    lines = [
        Line(3, "APOLOGIES FOR ABSENCE"),
        Line(4, "Apologies for absence were received from Councillor"),
        Line(5, "Reid, Councillor Moss, Councillor Lowe,"),
        Line(6, "Councillor Ash, Mrs Pike JP and Mr"),
        Line(7, "Dunn OBE JP"),
        Line(8, "DECLARATIONS OF INTERESTS"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    found = [(f.role, f.as_written) for f in part.attendance]
    assert found[-2:] == [
        (AttendanceRole.APOLOGIES, "Mrs Pike JP"),
        (AttendanceRole.APOLOGIES, "Mr Dunn OBE JP"),
    ]


def test_a_list_wrapped_where_its_comma_was_lost_goes_on() -> None:
    """ "..., Dan Pym (DP)" over "Eve Hart (EH), Fay Dunn (FD)": a table cell's list wrapped
    with no comma at the break; the next line opens with a name and the list's comma."""
    text = (
        "Minutes of the Wyke Community Council meeting held on 3 March 2031\n"
        "Present: Ann Reid (AR)(Chair), Ben Moss (BM), Cara Lowe (CL), Dan Pym (DP)\n"
        "Eve Hart (EH), Fay Dunn (FD).\n"
        "Apologies: Gil Ives\n\n1. Welcome\n\nAR welcomed all.\n"
    )
    present = [a for a in attendance_of(text) if a[0] is AttendanceRole.PRESENT]
    assert [(name, line) for _, name, _, line in present][-2:] == [("Eve Hart", 3), ("Fay Dunn", 3)]


def test_a_sentence_under_a_list_is_not_read_as_more_names() -> None:
    text = (
        "Minutes of the Wyke Community Council meeting held on 3 March 2031\n"
        "Present: Ann Reid (AR)(Chair), Ben Moss (BM), Cara Lowe (CL), Dan Pym (DP)\n"
        "The Chair, welcoming all, opened the meeting.\n\n1. Welcome\n\nAR welcomed all.\n"
    )
    names = [name for _, name, _, _ in attendance_of(text)]
    assert names == ["Ann Reid", "Ben Moss", "Cara Lowe", "Dan Pym"]


def test_councillors_surnames_under_the_chairs_line_are_present() -> None:
    """ "Members Present Councillor Reid, Chair" over a blank line and "Burton (7.40 pm),
    Cole, Dunn and Hale": the councillors' surnames, the title printed once on the chair's
    line; a bracketed clock time is when the member came, no capacity."""
    text = (
        "Minutes of a Meeting of the Leisure Committee held on Thursday 6 March 2031\n\n"
        "Members Present Councillor Reid, Chair\n\n"
        "Burton (7.40 pm), Cole, Dunn, B Moss and Hale\n\n"
        "The meeting began at 6.30 pm.\n\nL12/31 Apologies\n\nCouncillor Pym.\n"
    )
    present = [
        (n, c, line) for role, n, c, line in attendance_of(text) if role is AttendanceRole.PRESENT
    ]
    assert present == [
        ("Councillor Reid", "Chair", 3),
        ("Burton", None, 5),
        ("Cole", None, 5),
        ("Dunn", None, 5),
        ("B Moss", None, 5),
        ("Hale", None, 5),
    ]
