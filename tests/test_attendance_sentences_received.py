"""Those present told in a "chaired the meeting with ... attended" sentence, and
apologies under their minute's title named by "These were received from" (invented
examples)."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_apologies_and_substitutes
from minutebook.parsing.attendance_chaired_with import chaired_with
from minutebook.parsing.attendance_these_received import apologies_pointing_back

PRESENT = AttendanceRole.PRESENT
APOLOGIES = AttendanceRole.APOLOGIES


def test_chaired_with_sentence_is_blanked_to_a_list() -> None:
    text = "Cllr Ann Reid chaired the meeting with Cllr Ben Moss and Cllr Cy Lowe attended."
    blanked = chaired_with(text)
    assert blanked is not None
    assert len(blanked) == len(text)  # every name keeps its place
    assert " ".join(blanked.split()) == "Cllr Ann Reid, Cllr Ben Moss and Cllr Cy Lowe"
    assert chaired_with("Cllr Ann Reid, Cllr Ben Moss") is None
    assert chaired_with("The Chair thanked everyone who attended.") is None


def test_present_sentence_gives_the_chair_and_the_others() -> None:
    found = attendance_of(
        "Minutes of the Wyke Parish Council Meeting held at Wyke Hall on 3 May 2017\n"
        "\n"
        "Present:  Cllr Ann Reid chaired the meeting with Cllr Ben Moss Cllr Cy Lowe, "
        "Cllr Dan Pym (WDC) attended.\n"
        "\n"
        "1. Apologies\n"
    )
    assert [(role, name, capacity) for role, name, capacity, _ in found] == [
        (PRESENT, "Cllr Ann Reid", None),
        (PRESENT, "Cllr Ben Moss", None),
        (PRESENT, "Cllr Cy Lowe", None),
        (PRESENT, "Cllr Dan Pym", "WDC"),
    ]


def test_these_were_received_from_reads_as_apologies() -> None:
    assert apologies_pointing_back("These were received from Cllr A Reid.") == (
        "Apologies were received from Cllr A Reid."
    )
    assert apologies_pointing_back("Received from Mr B Moss") == (
        "Apologies were received from Mr B Moss"
    )
    assert apologies_pointing_back("These were noted by the Committee.") is None


def _minute(title: str, texts: list[str]) -> list[tuple[AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_apologies_and_substitutes(part, lines, "f.txt", Diagnostics(), title)
    return [(f.role, f.as_written, f.capacity) for f in part.attendance]


def test_apologies_minute_names_them_as_these() -> None:
    assert _minute(
        "APOLOGIES FOR ABSENCE",
        [
            "These were received from Councillor A. Reid (Wyke Council); Councillors B. Moss "
            "(Fenby Community Council) and C. Lowe (Hale Town Council),",
        ],
    ) == [
        (APOLOGIES, "Councillor A. Reid", "Wyke Council"),
        (APOLOGIES, "B. Moss", "Fenby Community Council"),
        (APOLOGIES, "C. Lowe", "Hale Town Council"),
    ]
    # under another title the sentence points at something else
    assert _minute("MINUTES", ["These were received from the Clerk."]) == []
