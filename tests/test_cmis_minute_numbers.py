"""A CMIS meeting page: each item's code and title, its wording, then the minute number
alone on a line."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

PAGE = (
    "Agenda Items\n"
    "1 Apologies for Absence\n"
    "To receive any apologies.\n"
    "301\n"
    "Apologies were received from Cllr T Vane.\n"
    "2 Pdf Minutes (64Kb)\n"
    "To confirm the minutes of the meeting held on 2 May 2019.\n"
    "302\n"
    "RESOLVED that the minutes be confirmed.\n"
    "3 Declarations of Interest\n"
    "303\n"
    "None.\n"
    "4 Station Refurbishment Programme\n"
    "To consider a report of the Treasurer.\n"
    "304\n"
    "RESOLVED that the programme be approved.\n"
)


def test_minute_numbers_alone_under_item_titles() -> None:
    headings = minute_headings(lines_of(PAGE))
    assert [(h.number, h.title, h.item_code) for h in headings] == [
        ("301", "Apologies for Absence", "1"),
        ("302", "Minutes", "2"),
        ("303", "Declarations of Interest", "3"),
        ("304", "Station Refurbishment Programme", "4"),
    ]


def test_numbers_out_of_step_are_not_minute_numbers() -> None:
    """Lone numbers that jump (pages, counts) do not make the page a CMIS one."""
    headings = minute_headings(lines_of(PAGE.replace("303\n", "12\n")))
    assert [h.number for h in headings] != ["301", "302", "12", "304"]
    assert all(h.number in {"1", "2", "3", "4"} for h in headings)
