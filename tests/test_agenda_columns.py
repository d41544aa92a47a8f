"""Agenda tables aligned by spaces under a header row naming their columns."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.agenda_columns import aligned_columns
from minutebook.parsing.agenda_items import item_line

TABLE = """\
Item no. Agenda Item              Details                              Status
01       Apologies
02       Declarations of          Members must declare any interest
         Interest                 they hold in an item.
03       Budget Monitoring        This report, attached marked 3,      For decision
                                  sets out the year's spending.
Brackmoor Fire Authority – 6 June 2017                                 Page 1
04       Station Review           The review, attached marked 4.       For decision

Further information is available from the Clerk.
"""

LEAD = """\
Item    Subject                                    Lead            Page
1.      Apologies for absence                      Chair
2.      Pension scheme changes – draft for         Head of HR      5 - 9
        consultation
"""


def _items(text: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(n, t) for n, t in enumerate(text.splitlines(), start=1)]
    found = [item_line(line.text) for line in aligned_columns(lines)]
    return [(i.code, i.title, i.pages) for i in found if i is not None]


def test_an_aligned_table_gives_the_title_cell_alone_with_its_wrapped_end() -> None:
    assert _items(TABLE) == [
        ("01", "Apologies", None),
        ("02", "Declarations of Interest", None),
        ("03", "Budget Monitoring", None),
        ("04", "Station Review", None),
    ]


def test_a_lead_column_is_no_part_of_the_title_and_the_page_column_gives_pages() -> None:
    assert _items(LEAD) == [
        ("1", "Apologies for absence", None),
        ("2", "Pension scheme changes – draft for consultation", "5 - 9"),
    ]


def test_lines_without_a_header_row_are_left_as_printed() -> None:
    lines = [Line(1, "1.      Apologies for absence                      Chair")]
    assert aligned_columns(lines) == lines
