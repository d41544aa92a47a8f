"""A second meeting's record printed under the first on one page (invented parishes,
people and places): an extraordinary meeting's minutes, then the annual meeting's, each
under its own dated heading; and the repeated openings that stay one paper."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.second_records import second_record, shows_business
from minutebook.parsing.splitting import split


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


TWO_RECORDS = (
    "Minutes of an Extraordinary Meeting of the Parish Council held on Tuesday 2nd April 2024\n"
    "\n"
    "Present: Councillors Ann Brook (Chair), Tom Vale and Rose Fenn.\n"
    "\n"
    "1. Apologies were received from Councillor Ian Moss.\n"
    "\n"
    "2. Declarations of interest: none.\n"
    "\n"
    "3. The Council RESOLVED to accept the lowest quotation for the bench.\n"
    "\n"
    "Minutes of the Annual Meeting of the Parish Council held on Monday 13th May 2024 "
    "at 7.30 pm in the Reading Room\n"
    "\n"
    "Present: Councillors Ann Brook, Tom Vale, Rose Fenn and Ian Moss.\n"
    "\n"
    "1. Election of Chairman\n"
    "Councillor Brook was elected Chairman.\n"
)


def test_a_second_dated_record_opens_a_paper_of_its_own() -> None:
    parts = split(_lines(TWO_RECORDS))
    assert [p.kind for p in parts] == [DocumentKind.MINUTES, DocumentKind.MINUTES]
    assert parts[1].lines[0].text.startswith("Minutes of the Annual Meeting")
    assert sum(len(p.lines) for p in parts) == len(_lines(TWO_RECORDS))


def test_the_second_record_needs_the_first_to_show_its_business() -> None:
    lines = _lines(TWO_RECORDS)
    assert second_record(lines, 0, 10)
    assert not second_record(lines, 0, 0)
    assert not shows_business(lines[:2])  # the first heading alone


def test_an_opening_repeated_on_the_same_day_stays_one_record() -> None:
    text = (
        "Minutes of the Meeting of Brackwater Parish Council held on 4 March 2025\n"
        "Present: Councillors Ann Brook and Tom Vale\n"
        "1. Apologies: none\n"
        "Minutes of the Meeting of Brackwater Parish Council held on 4 March 2025\n"
        "2. Planning: no comments.\n"
    )
    lines = _lines(text)
    assert not second_record(lines, 0, 3)
    assert len(split(lines)) == 1


def test_a_cover_then_the_heading_stays_one_record() -> None:
    text = (
        "Brackwater Parish Council\n"
        "Minutes of the meeting held on 4 March 2025\n"
        "\n"
        "MINUTES OF THE MEETING OF BRACKWATER PARISH COUNCIL HELD ON 4 MARCH 2025\n"
        "Present: Councillors Ann Brook and Tom Vale\n"
        "1. Apologies: none\n"
    )
    lines = _lines(text)
    assert not second_record(lines, 1, 3)  # nothing shown between, and the same day
    assert len(split(lines)) == 1


def test_a_date_line_is_no_numbered_minute() -> None:
    assert not shows_business(_lines("12 March 2024\nThe Parish Council"))
    assert shows_business(_lines("Councillors present: Ann Brook"))
    assert shows_business(_lines("4) Finance"))
