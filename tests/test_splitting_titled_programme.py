"""A work programme titled with its year over its table's header row (invented examples)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line
from minutebook.parsing.papers import parse_work_programme
from minutebook.parsing.splitting import detect_titled_programme, split
from minutebook.parsing.work_programme_titles import header_row, programme_title

MINUTES = """MINUTES of a meeting of the Harbour Scrutiny Panel held at the Guildhall, Porthwen
on 3 March 2025

Present: Councillor A Trevean (Chair) and Councillor B Nance

12.  Work Programme 2025/26

The Panel considered its work programme and asked for a report on mooring fees.

RESOLVED that the work programme be agreed.
"""

PROGRAMME = """Agenda Item 7
Harbour Scrutiny Panel Forward Work Plan 2025-26

Meeting date | Item | Lead officer
9 June 2025 | Mooring fees review | Harbour Master
8 September 2025 | Dredging contract | Head of Property"""


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_a_titled_table_after_minutes_opens_a_work_programme_at_its_stamp() -> None:
    lines = _lines(MINUTES + "\n" + PROGRAMME)
    parts = split(lines)
    assert [p.kind for p in parts] == [DocumentKind.MINUTES, DocumentKind.WORK_PROGRAMME]
    programme = parts[1]
    assert programme.lines[0].text == "Agenda Item 7"
    parse_work_programme(programme, "pack.txt", Diagnostics())
    assert programme.title == "Harbour Scrutiny Panel Forward Work Plan 2025-26"


def test_a_minute_or_an_item_named_so_opens_none() -> None:
    lines = _lines(MINUTES)
    heading = next(k for k, ln in enumerate(lines) if "Work Programme" in ln.text)
    assert detect_titled_programme(lines, heading) is None  # numbered, and prose under it
    bare = _lines("Work Programme 2025/26\n\nThe Panel considered its work programme.")
    assert detect_titled_programme(bare, 0) is None
    assert not programme_title("To note the work programme of the Panel for the year ahead.")
    assert programme_title("OVERVIEW AND SCRUTINY COMMITTEE WORK PROGRAMME 2024/25")


def test_a_header_row_is_column_names_only() -> None:
    assert header_row("Meeting date\tItem\tLead officer")
    assert header_row("Date  |  Topic  |  Purpose  |  Status")
    assert not header_row("9 June 2025\tMooring fees review\tHarbour Master")
    assert not header_row("Item")
    assert not header_row("The item was deferred  to the next meeting")


REPORT = """REPORT TO: Harbour Scrutiny Panel
DATE: 9 June 2025
REPORT OF: Democratic Services Manager
SUBJECT: Work Programme

1. Purpose of Report

1.1 To review the Panel's work programme.

Appendices

Appendix 1 – Forward Work Plan 2025-26

Harbour Scrutiny Panel Forward Work Plan 2025-26

Meeting date | Item | Lead officer
8 September 2025 | Dredging contract | Head of Property"""


def test_a_programme_a_report_lists_as_its_appendix_stays_that_appendix() -> None:
    lines = _lines(REPORT)
    title = next(k for k, ln in enumerate(lines) if ln.text.startswith("Harbour Scrutiny"))
    assert detect_titled_programme(lines, title) is None
    assert [p.kind for p in split(lines)] == [DocumentKind.REPORT]  # appendices cut it later
    stamped = _lines(
        REPORT.replace(
            "\nHarbour Scrutiny Panel Forward", "\nAgenda Item 8\nHarbour Scrutiny Panel Forward"
        )
    )
    title = next(k for k, ln in enumerate(stamped) if ln.text.startswith("Harbour Scrutiny"))
    assert detect_titled_programme(stamped, title) is not None  # the pack's next paper
