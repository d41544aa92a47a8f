"""A meeting read from a paper's opening whose fields or title run over two lines
(invented papers)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing import parse_document
from minutebook.parsing.openings import labelled_opening, name_wrapped
from minutebook.parsing.reading import SourceText

FRONT_SHEET = """AGENDA

Meeting:\tNorth Fells Sector Joint Health Overview and Scrutiny
\tCommittee
Date:\tWednesday 4 June 2014
Time:\t6.30 pm
Place:\tRoom 3, Fellside Town Hall, Market Street,
\tKendlow KL1 2AB

Members of the Committee"""


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_a_meeting_field_wrapped_onto_an_indented_line_names_the_whole_body() -> None:
    opening = labelled_opening(_lines(FRONT_SHEET))
    assert opening is not None
    assert opening.body == "North Fells Sector Joint Health Overview and Scrutiny Committee"


def test_a_complete_name_or_an_unindented_line_is_left_alone() -> None:
    lines = _lines("Meeting:\tLicensing Committee\n\tSub-Committee")
    assert name_wrapped(lines, 0, "Licensing Committee") == "Licensing Committee"
    lines = _lines("Meeting:\tHealth Overview and Scrutiny\nCommittee")
    assert name_wrapped(lines, 0, "Health Overview and Scrutiny") == "Health Overview and Scrutiny"
    lines = _lines("Meeting:\tHealth Overview and Scrutiny\n\tDate: 4 May 2014 Panel")
    assert name_wrapped(lines, 0, "Health Overview and Scrutiny") == "Health Overview and Scrutiny"


DRAFT_UNDER_TITLE = """Tamarside Police and Crime Panel
Draft Minutes
3rd March 2017, Drake Suite, Guildhall, Tamarford
PRESENT: Councillor Penhale (Chair) - Tamarford City Council
Councillor Rowse - Lanfell District Council
1. APOLOGIES
There were none."""


def test_a_draft_minutes_line_under_the_title_names_no_body() -> None:
    document = parse_document(SourceText("x.txt", "0", DRAFT_UNDER_TITLE), Diagnostics())
    meeting = document.parts[0].meeting
    assert meeting is not None
    assert meeting.body_name == "Tamarside Police and Crime Panel"
