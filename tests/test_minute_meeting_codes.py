"""'6/18/1 TITLE', '06/21:01' over its title, '1-0607/8 - Title': minute codes of three
numbers."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_meeting_codes import meeting_code

RUN_IN = (
    "Minutes of the meeting of the Board of Fenmouth Health and Care Trust\n"
    "PRESENT Mr A Reid, Chairman\n"
    "3/22/1 CONFIDENTIAL ITEMS\n"
    "3/22/2 CHAIRMAN'S BUSINESS The Chairman welcomed everyone to the March meeting in "
    "Kelby. He thanked the staff of the Kelby unit for their work over the winter months "
    "and said that the Board would visit the new ward at its opening in the spring. He "
    "also referred to the report of his business since the last meeting of the Board.\n"
    "3/22/3 MINUTES OF THE PREVIOUS MEETING\n"
    "The minutes were approved.\n"
)

ALONE = (
    "Minutes of the Proceedings of the Council Meeting held on Monday 9th May 2011\n"
    "In the Chair: Councillor B Moss\n"
    "11/09:01\n"
    "APOLOGIES AND CHAIRMAN'S BUSINESS\n"
    "Apologies were received from Councillor Reid.\n"
    "11/09:02\n"
    "MINUTES OF THE COUNCIL MEETING HELD ON 11TH APRIL 2011\n"
    "The minutes were adopted.\n"
)

DASHED = (
    "Minutes of a Meeting of Holme Parva Parish Council\n"
    "Councillors A Reid (Chairman) and B Moss\n"
    "\n"
    "1-1213/4 - Welcome and Apologies.\n"
    "The Chairman welcomed Councillors to the meeting.\n"
    "\n"
    "2-1213/4 - Declarations of Interest\n"
    "There were none.\n"
)


def test_codes_of_three_numbers_head_minutes_as_printed() -> None:
    headings = minute_headings(lines_of(RUN_IN))
    assert [(h.number, h.title, h.index) for h in headings] == [
        ("3/22/1", "CONFIDENTIAL ITEMS", 2),
        ("3/22/2", "CHAIRMAN'S BUSINESS", 3),
        ("3/22/3", "MINUTES OF THE PREVIOUS MEETING", 4),
    ]
    assert headings[1].run_on.startswith("The Chairman welcomed")


def test_a_code_alone_heads_the_title_below() -> None:
    headings = minute_headings(lines_of(ALONE))
    assert [(h.number, h.title, h.index) for h in headings] == [
        ("11/09:01", "APOLOGIES AND CHAIRMAN'S BUSINESS", 2),
        ("11/09:02", "MINUTES OF THE COUNCIL MEETING HELD ON 11TH APRIL 2011", 5),
    ]


def test_a_minute_first_code_with_a_dash() -> None:
    headings = minute_headings(lines_of(DASHED))
    assert [(h.number, h.index) for h in headings] == [("1-1213/4", 3), ("2-1213/4", 6)]
    assert headings[1].title == "Declarations of Interest"


def test_only_codes_of_three_numbers_are_read() -> None:
    assert meeting_code("6/18/1 CONFIDENTIAL ITEMS") == ("6/18/1", "CONFIDENTIAL ITEMS")
    assert meeting_code("06/21:01") == ("06/21:01", "")
    assert meeting_code("22/5-1 Election of Chairman.") == ("22/5-1", "Election of Chairman.")
    assert meeting_code("12/05/22 Meeting of the Council") is None  # a date
    assert meeting_code("6/12/21") is None  # a date
    assert meeting_code("12/21 Apologies") is None  # two numbers: a session code
    assert meeting_code("2019/14 - Apologies") is None
    assert meeting_code("10:30 The meeting resumed") is None
    assert meeting_code("The minutes of 6/18/1 were noted") is None


def test_a_date_opening_a_line_heads_no_minute() -> None:
    text = (
        "Minutes of a Meeting of Holme Parva Parish Council\n"
        "1. Apologies\n"
        "None.\n"
        "12/05/22 Site visit to the playing field with the contractor\n"
        "2. Minutes\n"
        "Approved.\n"
    )
    numbers = [h.number for h in minute_headings(lines_of(text))]
    assert "12/05/22" not in numbers
