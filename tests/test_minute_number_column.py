"""A number column extracted onto lines of its own: the minute's number, its first
paragraph's number, then the title (invented example)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

MINUTES = """\
MINUTES OF THE MEETING OF FENBY PARISH COUNCIL
Present were: Cllr A Reid (Chair), Cllr B Moss and the Clerk.
1.
APOLOGIES
Apologies were received from Cllr C Lowe.
2.
2.1
URGENT ITEMS
The Chairman had agreed that one item could be taken as urgent.
3.
3.1.1
DECLARATIONS OF INTEREST
Cllr B Moss declared a personal interest in item 9.
3.1.2
3.2
No gifts were declared.
"""


def test_title_under_a_paragraph_number_heads_the_minute() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title, h.index) for h in headings] == [
        ("1", "APOLOGIES", 2),
        ("2", "URGENT ITEMS", 5),
        ("3", "DECLARATIONS OF INTEREST", 9),
    ]


def test_another_minutes_paragraph_number_is_no_bridge() -> None:
    text = "Present: Cllr A Reid.\n1.\nAPOLOGIES\nNone.\n2.\n5.1\nURGENT ITEMS\nNone.\n"
    assert [h.number for h in minute_headings(lines_of(text))] == ["1"]
