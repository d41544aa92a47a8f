"""A meeting read from a paper's opening whose fields, title or sentence run over two lines,
or whose time and place are printed on a line of the record's head (invented papers)."""

from __future__ import annotations

import datetime as dt

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing import parse_document
from minutebook.parsing.labelled_openings import labelled_opening, name_wrapped, venue_wrapped
from minutebook.parsing.reading import SourceText
from minutebook.parsing.time_notes import place_and_span

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


PLACE_AND_SPAN_HEAD = """GWENT-ISAF POLICE AND CRIME PANEL

MONDAY, 9 MARCH 2020

PRESENT: Councillor T. Rhys (Chair)

The following Officers were in attendance:
M. Lloyd, Panel Support Officer [Isaf County Council].

Council Chamber, Ty Isaf, Pontfawr - 2.00 p.m. - 3.40 p.m.

1. APOLOGIES FOR ABSENCE

There were none."""

SUMMONS = """Fenwold District Council
Dear Councillor,
YOU ARE HEREBY SUMMONED to attend the meeting of the Licensing Committee of
Fenwold District Council to be held on Tuesday 8 March 2016 at the Guildhall,
Castle Square, Fenwold at 2.00 pm at which the business below will be transacted.
AGENDA
1. Apologies"""


def test_a_place_and_span_line_in_the_head_gives_time_and_venue() -> None:
    document = parse_document(SourceText("x.txt", "0", PLACE_AND_SPAN_HEAD), Diagnostics())
    meeting = document.parts[0].meeting
    assert meeting is not None
    assert (str(meeting.time), meeting.venue) == ("14:00:00", "Council Chamber, Ty Isaf, Pontfawr")


def test_place_and_span_needs_a_span_and_stops_at_the_first_minute() -> None:
    assert place_and_span(_lines("Chamber, - Town Hall, Ashby: 11.00 am - 12.30 pm"), 0) == (
        dt.time(11, 0),
        "Chamber, Town Hall, Ashby",
    )
    assert place_and_span(_lines("Council Chamber - next meeting at 10.30 am"), 0) is None
    assert place_and_span(_lines("1. MINUTES\nCouncil Chamber - 10.30 am - 11.00 am"), 0) is None


def test_a_summons_sentence_runs_on_after_a_comma_in_its_venue() -> None:
    document = parse_document(SourceText("x.txt", "0", SUMMONS), Diagnostics())
    meeting = document.parts[0].meeting
    assert meeting is not None
    assert (str(meeting.time), meeting.venue) == ("14:00:00", "Guildhall, Castle Square, Fenwold")


def test_a_venue_line_run_to_the_column_edge_continues_without_a_comma() -> None:
    long = "Venue:       The Assembly Room, Guild Buildings, Bridge Street East, Barnard\n"
    lines = _lines(long + "             Castle DL9 4QT")
    assert venue_wrapped(lines, 0, lines[0].text[13:]) == (
        "The Assembly Room, Guild Buildings, Bridge Street East, Barnard Castle DL9 4QT"
    )
    lines = _lines("Venue:    Room 2\n          Mill House, Ashby")
    assert venue_wrapped(lines, 0, "Room 2") == "Room 2, Mill House, Ashby"


SPACED_BLOCK = """\t\t\t\tMarchmoor Fire Authority

\tMinutes of a Meeting of the Audit and Standards Committee

\tHeld at the Fire Service Headquarters, Dinas Road, Llanelwy
\t\tOn Wednesday 3rd March 2010 at 2pm

Present:\t\tCllr P Morgan (Chair)
\t\t\tMr D Hughes

1.\tAPOLOGIES
\tThere were none."""


def test_a_spaced_title_block_is_read_phrase_by_phrase() -> None:
    document = parse_document(SourceText("x.txt", "0", SPACED_BLOCK), Diagnostics())
    meeting = document.parts[0].meeting
    assert meeting is not None
    assert (meeting.date, str(meeting.time)) == (dt.date(2010, 3, 3), "14:00:00")
    assert meeting.venue == "Fire Service Headquarters, Dinas Road, Llanelwy"
    assert meeting.body_name.endswith("Audit and Standards Committee")
