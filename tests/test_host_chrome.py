"""A host's title for the file makes no paper of its own: it opens the paper it names."""

from __future__ import annotations

import datetime as dt

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Furniture, Layout, Line, Part
from minutebook.parsing import parse_document
from minutebook.parsing.host_chrome import (
    host_title_only,
    join_host_title,
    system_document_title,
    system_title_time,
)
from minutebook.parsing.reading import SourceText

AGENDA = (
    "Public Document Pack Fenby Scrutiny Panel Monday, 9 June 2025 at 2.00 pm Council Chamber\n"
    "AGENDA\n"
    "1. Apologies for absence\n"
    "2. Declarations of Interest\n"
    "3. Minutes of the last meeting\n"
)
U = Layout.UNRECOGNISED
CONTROLS = "Total Page:12\nFile Type:pdf, Size:640Kb\n"


def _parts(text: str) -> list[tuple[DocumentKind, int]]:
    document = parse_document(SourceText("x.txt", "0", text), Diagnostics())
    return [(p.kind, p.lines[0].number) for p in document.parts]


def test_a_systems_name_for_the_file_opens_its_agenda() -> None:
    head = "(Public Pack)Agenda Document for Fenby Scrutiny Panel, 09/06\n"
    assert _parts(head + CONTROLS + AGENDA) == [(DocumentKind.AGENDA, 1)]
    assert _parts("Agenda Document for Fenby Scrutiny Panel, 09/06\n" + AGENDA) == [
        (DocumentKind.AGENDA, 1)
    ]


def test_a_hosts_title_over_its_controls_opens_the_paper() -> None:
    assert _parts("Fenby Borough Council a G E N\n" + CONTROLS + AGENDA) == [
        (DocumentKind.AGENDA, 1)
    ]


def test_a_systems_name_is_a_whole_line() -> None:
    assert system_document_title("(Public Pack)Agenda Document for Fenby Panel, 16/03/2025 10:00")
    assert system_document_title("Minutes Document for Fenby Panel, 17/06")
    assert not system_document_title("The agenda document for the Panel was published late.")
    assert not system_document_title("Agenda Document")


def test_a_papers_own_first_line_stays_a_paper() -> None:
    note = Part(DocumentKind.OTHER, "", [Line(1, "Note of a site visit by Fenby officers")], U)
    agenda = Part(DocumentKind.AGENDA, "", [Line(2, "AGENDA")], Layout.AGENDA)
    assert not host_title_only(note, [])
    assert join_host_title([note, agenda], []) == [note, agenda]
    below = [Furniture(Line(1, "Total Page:3"), "host-furniture")]
    late = Part(DocumentKind.OTHER, "", [Line(2, "Fenby Borough Council")], U)
    assert not host_title_only(late, below)
    titled = Part(
        DocumentKind.MINUTES, "", [Line(1, "Minutes - Fenby Harbour Board")], Layout.MINUTES
    )
    assert not host_title_only(titled, [Furniture(Line(2, "advertisement"), "host-furniture")])


def test_a_system_titles_time_is_the_meetings_when_its_date_is() -> None:
    lines = [
        Line(1, "(Public Pack)Minutes Document for Council, 26/05/2016 16:30"),
        Line(2, "The Council of Wyke met at the Guildhall on 26 May 2016."),
    ]
    assert system_title_time(lines, dt.date(2016, 5, 26)) == dt.time(16, 30)
    assert system_title_time(lines, dt.date(2016, 5, 27)) is None
    assert system_title_time(lines[1:], dt.date(2016, 5, 26)) is None
