"""A standing item's answer printed after its title on the heading's line (invented)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_reply_tails import reply_tail

MINUTES = """\
Minutes of the Meeting of Fenby Parish Council
Present: Cllr Reid (Chair), Cllr Moss, Cllr Lowe.
12/01 Apologies for Absence: None
12/02 Declarations of Interest – Nil
12/03 Matters Arising from the Minutes None
12/04 Highways
The Clerk reported that the gully on Mill Lane had been cleared.
"""


def test_answer_after_the_title_is_the_minutes_text() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title, h.run_on) for h in headings] == [
        ("12/01", "Apologies for Absence", "None"),
        ("12/02", "Declarations of Interest", "Nil"),
        ("12/03", "Matters Arising from the Minutes", "None"),
        ("12/04", "Highways", ""),
    ]


def test_titles_ending_otherwise_are_kept() -> None:
    assert reply_tail("Apologies for Absence") is None
    assert reply_tail("None") is None
    assert reply_tail("Apologies: None received") == ("Apologies", "None received")
    assert reply_tail("Apologies There Were None") is None
