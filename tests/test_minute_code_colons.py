"""'ABC/2122/101: Title', 'M/12/2006:-' over its title: minute codes closed by a colon."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_code_colons import code_colon
from minutebook.parsing.minute_headings import minute_headings

SAME_LINE = (
    "Fenby Health Partnership Board Meeting in Public\n"
    "Present:\n"
    "Dr Ann Reid AR Chair\n"
    "Bob Moss BM Finance Officer\n"
    "FHB/2324/031: Welcome, Apologies and Quoracy\n"
    "The Chair welcomed members to the meeting.\n"
    "FHB/2324/032: Questions from the public\n"
    "No questions were received.\n"
    "FHB/2324/ 033: Declarations of Interest\n"
    "None were declared.\n"
)

ALONE = (
    "Minutes of the Monthly Meeting of Wyke District Council\n"
    "\n"
    "W/88/2005:-\n"
    "CONDOLENCES\n"
    "(REF: W/12;SC/4 )\n"
    "Councillor Reid asked that a letter of condolence be sent to the family.\n"
    "\n"
    "W/89/2005:-\n"
    "PLAY AREAS\n"
    "(REF: W/30)\n"
    "Councillor Moss asked that the swings at Mill Lane be repaired.\n"
)


def test_codes_with_a_colon_head_minutes_as_printed() -> None:
    headings = minute_headings(lines_of(SAME_LINE))
    assert [(h.number, h.title, h.index) for h in headings] == [
        ("FHB/2324/031", "Welcome, Apologies and Quoracy", 4),
        ("FHB/2324/032", "Questions from the public", 6),
        ("FHB/2324/ 033", "Declarations of Interest", 8),
    ]


def test_a_code_alone_with_colon_and_dash_heads_the_title_below() -> None:
    headings = minute_headings(lines_of(ALONE))
    assert [(h.number, h.title, h.index) for h in headings] == [
        ("W/88/2005", "CONDOLENCES", 2),
        ("W/89/2005", "PLAY AREAS", 7),
    ]


def test_only_lettered_codes_closed_by_a_colon_are_read() -> None:
    assert code_colon("FHB/2324/ 033: Declarations") == (
        "FHB/2324/ 033",
        "FHB/2324/033",
        "Declarations",
    )
    assert code_colon("W/88/2005:-") == ("W/88/2005", "W/88/2005", "")
    assert code_colon("C48/23: Apologies") == ("C48/23", "C48/23", "Apologies")
    assert code_colon("12/03/2019: Site visit") is None
    assert code_colon("Time: 7.30pm") is None
    assert code_colon("FHB/2324/031 Welcome") is None
    assert code_colon("Ref: 12/2019") is None


COUNCIL_YEAR = (
    "Minutes of the Meeting of Fenby Parish Council held on 4 March 2024 at 7pm\n"
    "\n"
    "FP23/24.051 To receive apologies for absence. None were received.\n"
    "FP23/24.052 To approve the minutes of the last meeting: Members agreed them.\n"
    "FP 23/24-053 PLANNING\n"
    "No applications had been received.\n"
)


def test_a_code_of_the_council_year_heads_its_minute() -> None:
    """ "FP23/24.051": minute 51 of the council's year 2023/24; the agenda's wording run on
    after a stop or colon is the title."""
    headings = minute_headings(lines_of(COUNCIL_YEAR))
    assert [(h.number, h.title, h.run_on) for h in headings] == [
        ("FP23/24.051", "To receive apologies for absence", "None were received."),
        ("FP23/24.052", "To approve the minutes of the last meeting", "Members agreed them."),
        ("FP 23/24-053", "PLANNING", ""),
    ]
