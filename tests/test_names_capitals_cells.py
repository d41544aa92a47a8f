"""A table's council cell in capitals glued to the title of its member."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.names_capitals_cells import capitals_cell_and_name

RECORD = """\
Minutes of the meeting of the Joint Waste Committee held on 3 June 2010

Present:

ASHBYCllr Ann Reid

HEXTON & WYKEMayor Sir Ben Moss

CITY OF KELBRIDGEMr Carl Lowe

Apologies:

DUNMORECllr Dev Pym

1. Minutes of the last meeting
"""


def test_each_member_sits_for_the_cell_glued_before_their_title() -> None:
    assert attendance_of(RECORD) == [
        (AttendanceRole.PRESENT, "Cllr Ann Reid", "ASHBY", 5),
        (AttendanceRole.PRESENT, "Mayor Sir Ben Moss", "HEXTON & WYKE", 7),
        (AttendanceRole.PRESENT, "Mr Carl Lowe", "CITY OF KELBRIDGE", 9),
        (AttendanceRole.APOLOGIES, "Cllr Dev Pym", "DUNMORE", 13),
    ]


def test_capitals_not_glued_to_a_title_are_no_cell() -> None:
    assert capitals_cell_and_name("ASHBY Cllr Ann Reid") is None  # spaced: read as printed
    assert capitals_cell_and_name("MINUTESThe Chair welcomed members") is None
    assert capitals_cell_and_name("Cllr Ann Reid") is None
    assert capitals_cell_and_name("APOLOGIESCllr Ann Reid") is None  # a label, not a cell
    assert capitals_cell_and_name("MEMBERS PRESENTMr Ben Moss") is None
