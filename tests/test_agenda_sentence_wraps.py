"""A summons whose numbered steps are sentences wrapped flush left (invented example)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda


def _items(*texts: str) -> list[tuple[str, str, int]]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [(i.code, i.title, i.line) for i in part.items]


def test_numbered_sentences_wrapped_flush_left_are_read_whole() -> None:
    assert _items(
        "You are hereby summoned to attend the ANNUAL MEETING of FENBY TOWN COUNCIL.",
        "1. To receive Declarations of Acceptance of Office from Members elected to",
        "Serve the Council in the Ward of Mill End.",
        "2. Apologies for absence.",
        "3.The Mayor will ask for a nomination for the Office of Mayor of Fenby Town",
        "Council for the Municipal Year 2024/2025.",
        "4. The nomination will be proposed by Councillor A Reid and seconded by",
        "Councillor B Moss.",
        "5. The Mayor, Councillor C Dunn will present a framed photograph, an album",
        "of the year in office, and a medal to the outgoing Mayor,",
        "Councillor D Lowe.",
    ) == [
        (
            "1",
            "To receive Declarations of Acceptance of Office from Members elected to Serve the"
            " Council in the Ward of Mill End.",
            2,
        ),
        ("2", "Apologies for absence.", 4),
        (
            "3",
            "The Mayor will ask for a nomination for the Office of Mayor of Fenby Town Council"
            " for the Municipal Year 2024/2025.",
            5,
        ),
        (
            "4",
            "The nomination will be proposed by Councillor A Reid and seconded by Councillor"
            " B Moss.",
            7,
        ),
        (
            "5",
            "The Mayor, Councillor C Dunn will present a framed photograph, an album of the"
            " year in office, and a medal to the outgoing Mayor, Councillor D Lowe.",
            9,
        ),
    ]


def test_a_title_over_its_description_is_not_joined() -> None:
    assert _items(
        "1. Apologies for Absence",
        "2. Review of the Parking Strategy for the Town Centre and Mill End Westmere",
        "Members are asked to note the report.",
    ) == [("1", "Apologies for Absence", 1), ("2", _TITLE, 2)]


_TITLE = "Review of the Parking Strategy for the Town Centre and Mill End Westmere"


def test_a_blank_line_between_the_sentences_lines_as_a_web_page_sets_them() -> None:
    assert _items(
        "You are hereby summoned to attend the ANNUAL MEETING of FENBY TOWN COUNCIL.",
        "",
        "1. Apologies for absence.",
        "",
        "2. The Mayor will ask for a nomination for the Office of Mayor of Fenby Town",
        "",
        "Council for the Municipal Year 2024/2025.",
        "",
        "3. The nomination will be proposed by Councillor A Reid and seconded by",
        "",
        "Councillor B Moss.",
    ) == [
        ("1", "Apologies for absence.", 3),
        (
            "2",
            "The Mayor will ask for a nomination for the Office of Mayor of Fenby Town Council"
            " for the Municipal Year 2024/2025.",
            5,
        ),
        (
            "3",
            "The nomination will be proposed by Councillor A Reid and seconded by Councillor"
            " B Moss.",
            9,
        ),
    ]
