"""Running minute numbers alone with no stop, each over a title in lower case (small
capitals lost in conversion): invented example."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Part
from minutebook.parsing.minute_figures_alone import figures_over_titles
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minutes import parse_minutes

MINUTES = """\
Planning Committee

MINUTES of the Meeting held in the Guildhall, Fenby on Tuesday 3rd March 2015 from 7:00 pm.

Present: Councillor Ann Reid (Chairman), Councillors Moss, Lowe and Tate.

Officers Present: Kay Dunn and Rob Hale.

Apologies: Councillor Bill Nash.

412<pad>

election of vice-chairman

RESOLVED:

(1) That Councillor Moss be elected Vice-Chairman for the remainder of the year.

413<pad>

declarations of interest

No interests were declared.

414<pad>

tree preservation orders

The Committee considered the report of the Head of Planning.
""".replace("<pad>", "  ")  # the number column's trailing spaces


def test_figures_alone_head_the_minutes_with_their_lower_case_titles() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title, h.index) for h in headings] == [
        ("412", "election of vice-chairman", 10),
        ("413", "declarations of interest", 18),
        ("414", "tree preservation orders", 24),
    ]


def test_the_minute_decides_the_clause_under_the_formula() -> None:
    part = Part(DocumentKind.MINUTES, "", lines_of(MINUTES), layout=Layout.MINUTES)
    parse_minutes(part, "m.txt", Diagnostics())
    first = part.minutes[0]
    assert first.number == "412" and first.resolution is not None
    assert "Moss be elected Vice-Chairman" in first.resolution


def test_page_numbers_over_a_running_header_or_a_gap_head_nothing() -> None:
    header = "Report text.\n\n4\n\nPlanning Committee\n\nMore text.\n\n5\n\nPlanning Committee\n"
    assert figures_over_titles(lines_of(header)) == []
    gap = "412\n\nelection of chairman\n\nText.\n\n416\n\nbudget\n"
    assert figures_over_titles(lines_of(gap)) == []


COLUMN_SLIPPED = """\
A meeting of the Wrenfold Fire Authority was held on Monday 2 June 2008.
PRESENT:
Councillors Abel, Carrow and Dunmore.
57
APOLOGIES FOR ABSENCE
Apologies were received from Councillor Fenn.
58
DECLARATIONS OF INTERESTS
There were no declarations of interests.
59
2007-08 ANNUAL STATEMENT OF THE CHIEF
FIRE OFFICER
The Chief Fire Officer presented the statement.
ORDERED that:
1.
60
The statement be published.
FLEET REPLACEMENT
The Treasurer reported on the fleet.
"""


def test_a_slipped_figure_leaves_the_run_before_it_and_capitals_titles_wrap() -> None:
    headings = figures_over_titles(lines_of(COLUMN_SLIPPED))
    assert [(h.number, h.title) for h in headings] == [
        ("57", "APOLOGIES FOR ABSENCE"),
        ("58", "DECLARATIONS OF INTERESTS"),
        ("59", "2007-08 ANNUAL STATEMENT OF THE CHIEF FIRE OFFICER"),
    ]


def test_a_figure_over_a_year_and_lower_case_words_heads_nothing() -> None:
    text = "12\n\n2019 was a good year\n\n13\n\n2020 budget\n"
    assert figures_over_titles(lines_of(text)) == []


def test_a_web_pages_file_link_is_no_part_of_the_title_under_a_figure() -> None:
    """ "Minutes pdf icon PDF 88 KB": the meeting page's link to the paper after the title."""
    text = "31\n\nApologies\n\n32\n\nMinutes pdf icon PDF 88 KB\n\nThe minutes were agreed.\n"
    assert [(h.number, h.title) for h in figures_over_titles(lines_of(text))] == [
        ("31", "Apologies"),
        ("32", "Minutes"),
    ]
