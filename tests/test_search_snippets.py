"""A host's search snippet of the file, read as no part of the paper's opening (invented
examples)."""

from __future__ import annotations

import datetime as dt

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing.headers import minutes_header
from minutebook.parsing.search_snippets import snippet_line


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def test_snippet_lines_recognised() -> None:
    assert snippet_line("MINUTES OF A MEETING OF FENBY COUNCIL HELD ON TUESDAY … · Monday 2nd May")
    assert snippet_line("Page 1: Agenda for the Meeting of the Eastby Board ... · Letter. 12. ...")
    assert snippet_line("notice of the fenby panel on Friday 10th …€¦ · 2020. 8. 31. · the rest")


def test_ordinary_lines_are_no_snippets() -> None:
    assert not snippet_line("Agenda · Minutes · Decisions")  # a site's tabs: nothing cut short
    assert not snippet_line("The Chair said ... and the Clerk noted it.")
    assert not snippet_line("1. Apologies for absence · Cllr A Reid")
    assert not snippet_line("x ... · " + "y" * 400)  # too long for a snippet


def test_record_read_below_its_snippet() -> None:
    lines = _lines(
        "MINUTES OF A MEETING OF FENBY TOWN COUNCIL HELD ON MONDAY … · Tuesday 3rd June "
        "2025 due to the...\n\nMINUTES OF A MEETING OF FENBY TOWN COUNCIL HELD ON MONDAY "
        "12 MAY 2025 AT 7PM IN THE COUNCIL CHAMBER, FENBY\nPRESENT: Cllr A Reid (Mayor)"
    )
    facts = minutes_header(lines, "f.txt", Diagnostics())
    assert facts is not None and facts.date == dt.date(2025, 5, 12)
    assert facts.time == dt.time(19, 0) and facts.line == 3
