"""A converter's stray space before a minute's heading moves it off no margin (invented)."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import AttendanceRole

MINUTES = """\
Fenby Parish Council

Minutes of the Annual Council Meeting
17 May 2023 in the Village Hall, Fenby at 7.00pm

 1.     Present: Mrs A Reid (Chairman), Mr B Moss, Mrs C Lowe and Mr D Pym.

2.      Election of Chairman. Mrs Reid was proposed by Mr Moss and elected unopposed.

3.      Election of Vice-Chairman. Mr Pym was proposed by Mrs Lowe and elected unopposed.
"""


def test_a_heading_one_space_in_is_at_the_margin() -> None:
    part = parse_text(MINUTES)
    assert [(m.number, m.title) for m in part.minutes] == [
        ("1", "Present"),
        ("2", "Election of Chairman"),
        ("3", "Election of Vice-Chairman"),
    ]
    present = [a.as_written for a in part.attendance if a.role is AttendanceRole.PRESENT]
    assert present == ["Mrs A Reid", "Mr B Moss", "Mrs C Lowe", "Mr D Pym"]


def test_a_paragraph_set_in_further_heads_no_minute() -> None:
    text = MINUTES.replace("3.      Election", "   3.   The Clerk noted that\n4.      Election")
    part = parse_text(text)
    assert [m.number for m in part.minutes] == ["1", "2", "4"]
