"""Item numbers in brackets, glued to the title or under Markdown heading marks, and titles
in capitals run into their descriptions (invented examples)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.agenda_number_styles import (
    bracketed_number,
    glued_number,
    markdown_number,
    restyled_numbers,
)
from minutebook.parsing.agenda_run_in import (
    capitals_run_in,
    glued_capitals_alone,
    title_case_run_in,
)


def test_each_style_is_put_back_as_a_plain_number() -> None:
    assert bracketed_number("(4) Planning Applications") == "4. Planning Applications"
    assert glued_number("4.Planning Applications") == "4. Planning Applications"
    assert glued_number("4.1 Planning") is None
    assert glued_number("4)PLANNING") == "4. PLANNING"
    assert markdown_number("## 4. Planning Applications") == "4. Planning Applications"
    assert markdown_number("## Planning Applications") is None


def test_a_style_needs_two_lines() -> None:
    one = lines_of("Agenda\n(1) Apologies\nSome text")
    assert restyled_numbers(one) is None
    two = restyled_numbers(lines_of("Agenda\n(1) Apologies\n(2) Minutes"))
    assert [line.text for line in two or []] == ["Agenda", "1. Apologies", "2. Minutes"]


def test_capitals_before_a_sentence_are_the_title() -> None:
    item = capitals_run_in("1APOLOGIES To receive apologies for absence and reasons given.")
    assert item is not None and (item.code, item.title) == ("1", "APOLOGIES")
    item = capitals_run_in("3. DATE OF NEXT MEETING To confirm the date of the next one.")
    assert item is not None and (item.code, item.title) == ("3", "DATE OF NEXT MEETING")
    assert capitals_run_in("4 CCTV Camera Replacement at the park") is None
    assert capitals_run_in("5. Planning Applications received") is None


def test_a_title_in_title_case_stops_where_its_description_starts() -> None:
    line = "3. Urgent Business Items not on the agenda may be taken here. 10.40 am"
    item = title_case_run_in(line)
    assert item is not None and (item.code, item.title) == ("3", "Urgent Business")
    line = "4. Annual Report of the Board The report is attached for members to note."
    item = title_case_run_in(line)
    assert item is not None and item.title == "Annual Report of the Board"
    assert title_case_run_in("2. To receive declarations of interest from members.") is None
    assert title_case_run_in("5. Budget Monitoring Report for the Second Quarter") is None


def test_a_number_glued_to_a_title_in_capitals_alone_is_an_item() -> None:
    item = glued_capitals_alone("4COUNCIL REPORTS")
    assert item is not None and (item.code, item.title) == ("4", "COUNCIL REPORTS")
    assert glued_capitals_alone("2ND FLOOR MEETING ROOM") is None
    assert glued_capitals_alone("4Council reports") is None
    assert glued_capitals_alone("4 COUNCIL REPORTS To receive the reports.") is None
