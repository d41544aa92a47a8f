"""A minutes table's number cell joined to its title cell by " / " (invented)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Part
from minutebook.parsing.minute_cell_numbers import uncelled_numbers
from minutebook.parsing.minutes import parse_minutes

MINUTES = """\
MINUTES OF THE MEETING OF THE ELSTERWICK HEALTH BOARD

Present: / Mrs Ada Morven / Chair
Dr Iain Crail / Medical Director
Item / Subject / Action
1. /

CHAIR'S WELCOME

The Chair welcomed everyone to the meeting.
2. / APOLOGIES
Apologies were received from Mr T Leckie.
4. / Minutes of the Meeting held on 3 May
The minutes were approved as an accurate record of the meeting.
5. / Estates Strategy / IC
The Board noted the report.
"""


def _minutes(text: str) -> list[tuple[str | None, str | None, int]]:
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines_of(text), layout="minutes")
    parse_minutes(part, "board.txt", Diagnostics())
    return [(m.number, m.title, m.line) for m in part.minutes]


def test_joined_number_cells_head_their_minutes() -> None:
    assert _minutes(MINUTES)[:3] == [
        ("1", "CHAIR'S WELCOME", 6),
        ("2", "APOLOGIES", 11),
        ("4", "Minutes of the Meeting held on 3 May", 13),
    ]


def test_the_join_is_taken_out_and_line_numbers_kept() -> None:
    lines = uncelled_numbers(lines_of(MINUTES))
    assert lines is not None
    assert [(li.number, li.text) for li in lines[5:7]] == [(6, "1."), (7, "")]
    assert (lines[10].number, lines[10].text) == (11, "2. APOLOGIES")


def test_a_title_cell_with_another_join_is_left_as_printed() -> None:
    lines = uncelled_numbers(lines_of(MINUTES))
    assert lines is not None
    assert lines[14].text == "5. / Estates Strategy / IC"


def test_papers_without_joined_cells_are_unchanged() -> None:
    assert uncelled_numbers(lines_of("1. Apologies\nNone were received.\n")) is None
    assert uncelled_numbers(lines_of("3 / 4 of the members voted in favour.")) is None
    assert uncelled_numbers(lines_of("Item / Subject / Action")) is None


YEAR_NUMBERED = """\
MINUTES OF THE MEETING OF THE DUNMORRAN CARE AGENCY BOARD

Present: / Mr Euan Tally / Chair
Ms Orla Brise / Director
21/14 / Chair's Business
The Chair welcomed members to the meeting.
22/14 / Minutes of the Meeting held on 4 March 2014
The minutes were agreed as an accurate record.
"""


def test_year_numbered_cells_head_their_minutes() -> None:
    assert _minutes(YEAR_NUMBERED) == [
        ("21/14", "Chair's Business", 5),
        ("22/14", "Minutes of the Meeting held on 4 March 2014", 7),
    ]


def test_fractions_and_dates_are_not_cells() -> None:
    assert uncelled_numbers(lines_of("3/4 / of the members agreed.")) is None
    assert uncelled_numbers(lines_of("12/05/2014 / Budget")) is None
