"""Minute headings that cite their agenda item before the title ("167.0 Agenda Item 2
Declarations of Interest", "14. Agenda Item 6: Budget"), and running minute numbers of
three figures with a point ("167.0", "167.1")."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings


def _lines(*texts: str) -> list[Line]:
    return lines_of("\n".join(texts))


def test_the_item_cited_before_the_title_and_three_figure_decimals() -> None:
    lines = _lines(
        "212.0. Agenda Item 1: Record of those Present and Apologies",
        "• Members: Cllrs Ann Reid (Chair), Bryn Moss and Carys Lowe",
        "212.1 Welcome",
        "• The Chair welcomed everyone to the meeting.",
        "213.0 Agenda Item 2 Declarations of Interest",
        "• None were made.",
        "214.0 Agenda Item 3. Village Hall Lease",
    )
    assert [(h.number, h.title, h.item_code) for h in minute_headings(lines)] == [
        ("212.0", "Record of those Present and Apologies", "1"),
        ("212.1", "Welcome", None),
        ("213.0", "Declarations of Interest", "2"),
        ("214.0", "Village Hall Lease", "3"),
    ]


def test_a_bare_number_citing_its_item_first() -> None:
    lines = _lines(
        "14. Agenda Item 6: Budget Monitoring",
        "The Clerk presented the figures.",
        "15. Agenda Item 7 – Grass Cutting Contract",
        "The committee noted the tenders.",
    )
    assert [(h.number, h.title, h.item_code) for h in minute_headings(lines)] == [
        ("14", "Budget Monitoring", "6"),
        ("15", "Grass Cutting Contract", "7"),
    ]
