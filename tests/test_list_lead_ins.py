"""A lead-in to a list closed by a finite verb and a colon ("Comments made included:")
heads no unnumbered minute (invented example; `parsing.minute_headings.FOLLOWING_LEAD`)."""

from __future__ import annotations

import pytest

from minute_fixtures import lines_of, parse_text
from minutebook.parsing.minute_headings import spaced_unnumbered

RECORD = """\
MINUTES of the Fenby Police and Crime Panel held at Wyke Hall on 3 March 2015

Present: Councillors A Reid (Chair), B Moss and C Lowe.


Apologies for Absence

There were none.


Budget Update

The Treasurer introduced the report.


Comments and answers given in the discussion included:


  • The reserves would fall next year;
  • The precept would rise by two per cent.


Date of Next Meeting

The Panel would next meet on 4 June 2015.
"""


def test_the_lead_in_stays_in_the_minute_above() -> None:
    assert [m.title for m in parse_text(RECORD).minutes] == [
        "Apologies for Absence",
        "Budget Update",
        "Date of Next Meeting",
    ]


@pytest.mark.parametrize(
    "lead", ["Questions and answers included:", "Comments included:", "Risks identified included:"]
)
def test_lead_ins_closed_by_a_verb_and_a_colon(lead: str) -> None:
    assert spaced_unnumbered(lines_of(f"\n{lead}\n"), 1, "") is None


def test_a_title_with_a_colon_is_still_one() -> None:
    heading = spaced_unnumbered(lines_of("\nPlanning: Mill Lane\n"), 1, "")
    assert heading is not None and heading.title == "Planning: Mill Lane"
