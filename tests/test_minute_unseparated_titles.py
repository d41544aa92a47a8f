"""A minute's title run straight into its first sentence, no separator between
("Minute no. 41 – Apologies for absence Apologies were received ..."), and the lines
whose capitals open no sentence after a title."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of
from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_unseparated_titles import unseparated_title


def _lines(*texts: str) -> list[Line]:
    return lines_of("\n".join(texts))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Apologies for absence Apologies were received from Cllr Hurst.", "Apologies for absence"),
        ("Apologies Apologies were received from Cllr Hurst.", "Apologies"),
        (
            "Declarations of interest Councillor Dawson declared an interest.",
            "Declarations of interest",
        ),
        (
            "Minutes of the previous meeting RESOLVED that they be signed.",
            "Minutes of the previous meeting",
        ),
        ("Public Participation There were no questions.", "Public Participation"),
        ("Date of Next Meeting The next meeting will be in May.", "Date of Next Meeting"),
        ("Allotments The Deputy Town Clerk reported on the plots.", "Allotments"),
        ("Motion from Councillor Amis The Council considered it.", "Motion from Councillor Amis"),
        ("Matters arising None.", "Matters arising"),
        (
            "Declarations of Interest Councillors were reminded to declare any interest.",
            "Declarations of Interest",
        ),
        ("Allotments Cllrs noted the waiting list.", "Allotments"),
    ],
)
def test_the_title_ends_where_the_sentence_begins(text: str, title: str) -> None:
    found = unseparated_title(text)
    assert found is not None
    assert found[0] == title
    assert f"{found[0]} {found[1]}" == text  # nothing of the line is dropped


@pytest.mark.parametrize(
    "text",
    [
        "Report of the Chief Executive on Budget Monitoring",  # a title, no sentence
        "Review of The Local Plan",  # "The" inside a title in title case
        "Question to Councillor Brown",  # the title goes on after "to"
        "Jane Okoro declared a prejudicial interest in Item 7.",  # a name, not a title
        "The Clerk reported that the grass had been cut.",  # a paragraph
        "Councillor Ward asked about the verges.",  # a paragraph
        "Declarations of interest – Councillor Reid declared one.",  # separated already
        "Councillors were reminded to declare any interest.",  # a paragraph
        "Allowances for Councillors Attending Training",  # a title, no verb after it
        # a possessive qualifies the noun after it: no subject before a verb
        "Fire and Rescue Commissioner's proposed budget for 2026-27",
    ],
)
def test_no_unseparated_title(text: str) -> None:
    assert unseparated_title(text) is None


def test_minute_word_headings_keep_their_run_in_text() -> None:
    lines = _lines(
        "Present: Councillors A Barker (Chair) and J Dawson",
        "",
        "Minute no. 41 – Apologies for absence Apologies were received from Cllr Hurst.",
        "Minute no. 42 – Minutes of the previous meeting RESOLVED that they be signed.",
    )
    assert [(h.number, h.title, h.run_on) for h in minute_headings(lines)] == [
        ("41", "Apologies for absence", "Apologies were received from Cllr Hurst."),
        ("42", "Minutes of the previous meeting", "RESOLVED that they be signed."),
    ]


def test_bare_numbered_headings_so_run_in_must_continue_the_numbering() -> None:
    lines = _lines(
        "12. Apologies for absence Apologies were received from Cllr Hurst.",
        "13. Declarations of interest Councillor Dawson declared an interest.",
        "1. Following discussion Members agreed to write to the county.",
        "14. Planning applications The committee considered two applications.",
    )
    assert [(h.number, h.title) for h in minute_headings(lines)] == [
        ("12", "Apologies for absence"),
        ("13", "Declarations of interest"),
        ("14", "Planning applications"),
    ]


def test_coded_headings_run_in_without_separators_and_with_an_attendance_label() -> None:
    lines = _lines(
        "Minutes of a Meeting of Ashby Parish Council held on 3 March 2009",
        "Ash/101/08-09 Present Members: Cllr A Reid (Chairman), Cllr B Moss and Cllr C Lowe.",
        "Ash/102/08-09 Apologies for Absence Apologies for absence were received from Cllr Dee.",
        "Ash/103/08-09 Minutes RESOLVED that the minutes of 3 February be signed.",
    )
    assert [(h.number, h.title, h.run_on) for h in minute_headings(lines)] == [
        (
            "Ash/101/08-09",
            "Present",
            "Members: Cllr A Reid (Chairman), Cllr B Moss and Cllr C Lowe.",
        ),
        (
            "Ash/102/08-09",
            "Apologies for Absence",
            "Apologies for absence were received from Cllr Dee.",
        ),
        ("Ash/103/08-09", "Minutes", "RESOLVED that the minutes of 3 February be signed."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "To discuss HM The Queen's 90th Birthday celebrations on Sunday",  # agenda wording
        "Celebrations for The Queen's Birthday in the village",  # a possessive in the title
    ],
)
def test_a_title_holding_the_is_no_sentence(text: str) -> None:
    assert unseparated_title(text) is None


def test_a_bare_numbered_heading_runs_into_its_long_paragraph() -> None:
    reminder = (
        "Councillors were reminded of their duty to declare any personal or prejudicial"
        " interest in any item of business on this agenda under the Code of Conduct adopted"
        " by the Council. Cllr A Reed and Cllr B Shaw declared an interest in minute 19."
    )
    lines = _lines(
        "11 Apologies Apologies were received from Cllr Hurst.",
        f"12 Declarations of Interest {reminder}",
        "13 Minutes RESOLVED that the minutes be signed.",
    )
    assert [(h.number, h.title, h.run_on) for h in minute_headings(lines)] == [
        ("11", "Apologies", "Apologies were received from Cllr Hurst."),
        ("12", "Declarations of Interest", reminder),
        ("13", "Minutes", "RESOLVED that the minutes be signed."),
    ]


@pytest.mark.parametrize(
    ("text", "title", "record"),
    [
        (
            "Election of Chair (The retiring Chair, Cllr Ann Orme presided for this item.)",
            "Election of Chair",
            "(The retiring Chair, Cllr Ann Orme presided for this item.)",
        ),
        (
            "Declarations of interest (a) None were made. (b) No dispensations were sought.",
            "Declarations of interest",
            "(a) None were made. (b) No dispensations were sought.",
        ),
        (
            "Apologies for absence Received and accepted: apologies from Cllr Hale.",
            "Apologies for absence",
            "Received and accepted: apologies from Cllr Hale.",
        ),
        ("Clerk's Report Noted: The bench had been repaired.", "Clerk's Report", None),
        (
            "Planning applications (a) 24/0412 Garden room: no objection.",
            "Planning applications",
            None,
        ),
    ],
)
def test_a_title_ends_where_an_aside_a_lettered_paragraph_or_a_label_opens(
    text: str, title: str, record: str | None
) -> None:
    assert unseparated_title(text) == (title, record or text[len(title) + 1 :])


@pytest.mark.parametrize(
    "text",
    [
        "Report of the Police and Crime Commissioner (PCC) on the budget",  # its initials
        "Planning (The Old Forge) application",  # a place in brackets: no verb follows
    ],
)
def test_a_bracket_inside_a_title_opens_no_record(text: str) -> None:
    assert unseparated_title(text) is None


def test_a_coded_heading_moves_its_decision_label_to_the_record() -> None:
    lines = _lines(
        "12/24 Apologies for absence Received and accepted: apologies from Cllr Hale.",
        "13/24 Chairman's Announcements Noted: The bench by the pond had been repaired.",
    )
    assert [(h.number, h.title, h.run_on) for h in minute_headings(lines)] == [
        ("12/24", "Apologies for absence", "Received and accepted: apologies from Cllr Hale."),
        (
            "13/24",
            "Chairman's Announcements",
            "Noted: The bench by the pond had been repaired.",
        ),
    ]


def test_a_capitals_title_ends_before_the_names_it_heads() -> None:
    lines = _lines(
        "1. APOLOGIES FOR ABSENCE Cllr Orme, Cllr Hale",
        "2. MINUTES RESOLVED that the minutes be signed.",
    )
    first = minute_headings(lines)[0]
    assert (first.number, first.title, first.run_on) == (
        "1",
        "APOLOGIES FOR ABSENCE",
        "Cllr Orme, Cllr Hale",
    )
