"""`minutebook check` says plainly when a paper looks like minutes or an agenda but gave
nothing of the kind (issue 14): the counts come from the lines, not from the parsers."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from conftest import CONTENT
from minutebook.cli import main
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line, MinuteFacts, Part
from minutebook.parsing.shortfalls import numbered_headings, part_shortfalls, shortfalls
from minutebook.pipeline import read_documents

ZOO = Path(__file__).resolve().parent / "fixtures" / "zoo"


def zoo_lines(name: str) -> list[Line]:
    text = (ZOO / name).read_text(encoding="utf-8")
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_minutes_read_as_nothing_are_named_with_counts_and_lines() -> None:
    lines = zoo_lines("minutes-date-first-no-item-codes.txt")
    part = Part(kind=DocumentKind.MINUTES, title="Minutes", lines=lines, layout="test")
    assert part_shortfalls(part) == [
        "warning: 7 numbered headings (first on line 11), 0 minutes read",
        "warning: an attendance list on line 5, no attendance read",
    ]
    # once a minute is read, the headings are no longer reported
    part.minutes.append(MinuteFacts("19", "Election of Chair", None, 11, 16))
    assert part_shortfalls(part) == ["warning: an attendance list on line 5, no attendance read"]


def test_an_agenda_read_as_nothing_is_named() -> None:
    lines = zoo_lines("agenda-summons-town-council.txt")
    part = Part(kind=DocumentKind.OTHER, title="Summons", lines=lines, layout="test")
    assert part_shortfalls(part) == [
        "warning: 9 numbered agenda lines (first on line 20), 0 items read"
    ]


def test_headings_are_short_numbered_lines_not_paragraphs_or_dates() -> None:
    lines = [
        Line(1, "19 May 2022 – Annual Meeting of the Panel held at County Hall"),
        Line(2, "PCP/17/12 Apologies and Substitutions"),
        Line(3, "31.1 The Commissioner introduced the report"),
        Line(4, "1. The Commissioner introduced her proposal to raise the precept."),
        Line(5, "Minute 5: External Audit Plan 2024/25"),
        Line(6, "12/21 Apologies for Absence"),
        Line(7, "- 4 Minutes of the meeting held on 10 October 2024 (Pages 1 - 10)"),
        Line(8, "x" * 400),
        Line(9, "22. Declarations of Interest"),
        Line(10, "3 March 2017 - Minutes"),
    ]
    assert [line.number for line in numbered_headings(lines)] == [2, 5, 6, 7, 9]


def test_reports_are_not_held_to_minutes() -> None:
    lines = zoo_lines("minutes-date-first-no-item-codes.txt")
    assert part_shortfalls(Part(DocumentKind.REPORT, "Report", lines, "test")) == []


def test_the_five_documents_give_no_shortfall() -> None:
    """No false alarm on papers read well."""
    for document in read_documents(CONTENT, Diagnostics()):
        assert shortfalls(document.parts) == [], document.file


def test_check_reports_the_shortfall_of_a_zoo_file() -> None:
    """On a zoo paper whose minutes carry no item codes: either the minutes are read, or
    `check` says so and fails."""
    result = CliRunner().invoke(main, ["check", str(ZOO / "minutes-date-first-no-item-codes.txt")])
    read = " minute 19 " in result.output and " minute 25 " in result.output
    warned = (
        "minutes-date-first-no-item-codes.txt: warning: 7 numbered headings "
        "(first on line 11), 0 minutes read"
    ) in result.output
    assert read or warned, result.output
    if warned:
        assert result.exit_code == 1
