"""A web page's list of minute headings that lost its numbering (minute_lost_numbers)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_lost_numbers import lost_number_headings

LOST = """Minutes of the Meeting of Fernleigh Parish Council held on 3 March 2022

Present: Councillors Ada Croft (Chair), Ben Hale and Cora Mills

  1. Welcome by the Chair

The Chair welcomed members.

  1. Apologies for absence: Councillor Dan Perry

  1. Minutes of the meeting held on 2 February 2022

      Resolved:
      That the minutes be signed as a true record.

  1. Matters Arising:

The bench on Mill Lane has been repaired.
"""

NUMBERED_ON = """  1. Welcome by the Chair

The Chair welcomed members.

  2. Apologies for absence

  1. Minutes of the meeting held on 2 February 2022

  1. Matters Arising
"""

TWO = """  1. Welcome by the Chair

The Chair welcomed members.

  1. Apologies for absence
"""

SENTENCES = """  1. The Clerk reported that the grass had been cut.

  1. The Chair thanked the volunteers for their work.

  1. The Treasurer presented the accounts.
"""


def lines_of(text: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(text.splitlines())]


def test_every_heading_printed_one_is_a_minute() -> None:
    headings = minute_headings(lines_of(LOST))
    assert [(h.number, h.title, h.run_on) for h in headings] == [
        ("1", "Welcome by the Chair", ""),
        ("1", "Apologies for absence", "Councillor Dan Perry"),
        ("1", "Minutes of the meeting held on 2 February 2022", ""),
        ("1", "Matters Arising", ""),
    ]


def test_a_list_that_numbers_on_is_left_to_other_readers() -> None:
    assert lost_number_headings(lines_of(NUMBERED_ON)) == []


def test_two_headings_are_too_few() -> None:
    assert lost_number_headings(lines_of(TWO)) == []


def test_stopped_sentences_are_not_headings() -> None:
    assert lost_number_headings(lines_of(SENTENCES)) == []
