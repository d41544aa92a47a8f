"""Run-in numbered headings in any case, the title ended by a colon, a spaced dash or an
ellipsis ("1. Apologies for absence: Cllrs Reid and Moss."), and lines that are not."""

from __future__ import annotations

import pytest

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.run_in_separators import run_in_title


def _lines(*texts: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. Apologies for absence: Cllrs Hale and Tamsin.", ("1", "Apologies for absence")),
        ("2. Declarations of interest – None were declared.", ("2", "Declarations of interest")),
        ("3. MINUTES: Approved as a correct record.", ("3", "MINUTES")),
        ("4. Date of next meeting … 12 June 2024.", ("4", "Date of next meeting")),
        ("5 Finance - The clerk presented the accounts.", ("5", "Finance")),
    ],
)
def test_a_run_in_title_and_its_separator(text: str, expected: tuple[str, str]) -> None:
    found = run_in_title(text)
    assert found is not None
    assert found[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "1. The Chair welcomed everyone. Members noted: the report.",  # a stop before it
        "2. Income: the figures rose again.",  # text in lower case
        "3. Apologies for absence were received from Cllr Hale.",  # no separator
    ],
)
def test_no_run_in_title(text: str) -> None:
    assert run_in_title(text) is None


def test_run_in_headings_of_parish_minutes() -> None:
    lines = _lines(
        "PRESENT: Cllr Ada Hale (Chair), Cllr Ben Tamsin",
        "",
        "1. Apologies for absence: Cllr Cora Webb.",
        "2. Declarations of interest – None.",
        "3. Minutes: RESOLVED that the minutes of 4 March be signed.",
        "4. Date of next meeting … 6 May.",
    )
    found = minute_headings(lines)
    assert [(h.number, h.title, h.run_on) for h in found] == [
        ("1", "Apologies for absence", "Cllr Cora Webb."),
        ("2", "Declarations of interest", "None."),
        ("3", "Minutes", "RESOLVED that the minutes of 4 March be signed."),
        ("4", "Date of next meeting", "6 May."),
    ]


def test_labelled_paragraphs_under_a_higher_minute_are_not_minutes() -> None:
    lines = _lines(
        "14. Finance",
        "1. Income: The figures rose again.",
        "2. Spending: Within budget.",
        "15. Planning",
    )
    assert [h.number for h in minute_headings(lines)] == ["14", "15"]


def test_the_plural_title_after_an_attendance_label_belongs_to_the_names() -> None:
    assert run_in_title("41. PRESENT Councillors: R Penn, T Ashdown") == (
        "41",
        "PRESENT",
        "Councillors: R Penn, T Ashdown",
    )
    assert run_in_title("6. Questions from Councillors: None were asked") == (
        "6",
        "Questions from Councillors",
        "None were asked",
    )


def test_a_running_minute_number_of_five_figures_runs_in() -> None:
    # parish minutes numbered from the council's first meeting reach five figures
    found = run_in_title("12931. Apologies for Absence – Clerk A Reid was unwell.")
    assert found == ("12931", "Apologies for Absence", "Clerk A Reid was unwell.")


def test_a_title_and_its_text_filled_to_the_width_of_the_page() -> None:
    lines = _lines(
        "12933. Declarations of Interest – None were declared by any member of the council.",
        "12934. Approval of the Minutes of the Previous Ordinary Meeting – The minutes of the",
        "ordinary meeting held at the Village Hall on 6th September were approved and signed",
        "by the Chairman.",
        "12935. Budget Monitoring – Quarter 2",
        "The Clerk presented the figures for the second quarter of the year to the members.",
    )
    found = [(h.number, h.title, h.run_on) for h in minute_headings(lines)]
    assert found == [
        ("12933", "Declarations of Interest", "None were declared by any member of the council."),
        ("12934", "Approval of the Minutes of the Previous Ordinary Meeting", "The minutes of the"),
        ("12935", "Budget Monitoring – Quarter 2", ""),
    ]


def test_a_long_title_with_a_dash_over_its_text_stays_whole() -> None:
    lines = _lines(
        "34. Application 13/00412/FUL – Barn conversion, Hobthorn Lane, Upper Fenby Green",
        "Ms Varley presented the application and two speakers addressed the committee.",
        "35. SCHOOL ORGANISATION – AMALGAMATION OF FENBY INFANT AND JUNIOR SCHOOLS",
        "On the motion of Councillor Reid, seconded by Councillor Moss, it was agreed.",
    )
    found = [(h.number, h.title) for h in minute_headings(lines)]
    assert found == [
        ("34", "Application 13/00412/FUL – Barn conversion, Hobthorn Lane, Upper Fenby Green"),
        ("35", "SCHOOL ORGANISATION – AMALGAMATION OF FENBY INFANT AND JUNIOR SCHOOLS"),
    ]
