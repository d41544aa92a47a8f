"""Minute headings read through small habits and slips of the genre: a code's title closed
by a full stop, a date's short month, an agenda wording's verb, a bracket typed twice, a
decision's clause numbered like a heading, and a web page's menu of tabs."""

from __future__ import annotations

import pytest

from minutebook.model import Line
from minutebook.parsing.minute_headings import looks_like_sentence, minute_headings


def _lines(*texts: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(texts)]


def _read(*texts: str) -> list[tuple[str | None, str, str | None]]:
    return [(h.number, h.title, h.item_code) for h in minute_headings(_lines(*texts))]


def test_a_coded_title_closed_by_a_full_stop() -> None:
    found = _read(
        "T 12/101 Minutes",
        "RESOLVED: That the minutes be approved.",
        "T 12/102 Chairman's Announcements.",
        "The Chairman announced the date of the civic service.",
    )
    assert found == [("T 12/101", "Minutes", None), ("T 12/102", "Chairman's Announcements", None)]


def test_a_date_with_a_short_month_is_no_minute() -> None:
    assert _read("Harbour Board", "9 Mar 2021 - 10:00 to 11:30", "", "Minutes follow.") == []


@pytest.mark.parametrize(
    "title",
    [
        "To answer questions from members of the public under Standing Order 9",
        "To hear any deputations from residents",
    ],
)
def test_an_agenda_wording_title_under_its_number(title: str) -> None:
    found = _read("4.", "", title, "", "None were received.", "5.", "", "Apologies", "", "None.")
    assert found == [("4", title, None), ("5", "Apologies", None)]


def test_a_citation_with_its_bracket_typed_twice() -> None:
    found = _read("302.", "", "Leader's Report (Agenda item 7))", "", "The Leader reported.")
    assert found == [("302", "Leader's Report", "7")]


@pytest.mark.parametrize(
    "text",
    ["Further information be provided to members", "The action plan be shared with partners"],
)
def test_a_decision_clause_reads_as_a_sentence(text: str) -> None:
    assert looks_like_sentence(text)


@pytest.mark.parametrize(
    "text", ["Items to be Considered in Private", "Matters which may be Raised"]
)
def test_titles_holding_be_are_titles(text: str) -> None:
    assert not looks_like_sentence(text)


def test_a_decision_list_under_a_resolution_is_no_minute() -> None:
    lines = _lines(
        "RESOLVED that:",
        "",
        "1. The answers given by the Commissioner be noted.",
        "",
        "2. Further information be provided as set out above",
    )
    assert minute_headings(lines) == []


def test_a_bulleted_menu_of_tabs_opens_no_attendance_block() -> None:
    lines = ("Fleet Board", "  • Documents", "  • Attendance", "", "Documents", "", "Agenda", "")
    assert _read(*lines) == []


def test_an_item_split_into_lettered_parts() -> None:
    found = _read(
        "4. Finance", "Noted.", "5a. Planning Applications", "None.", "5b Planning Appeals",
        "Noted.", "6. Highways", "Noted.",
    )  # fmt: skip
    assert [n for n, _, _ in found] == ["4", "5a", "5b", "6"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("2. Minutes (Pages 3 - 8)", "Minutes"),
        ("2. Minutes (Page 3)", "Minutes"),
        ("2 Minutes ........ 3", "Minutes"),
    ],
)
def test_a_page_reference_after_a_title_is_no_part_of_it(line: str, title: str) -> None:
    found = _read("1. Apologies", "None.", line, "Approved.")
    assert found[1][1] == title
