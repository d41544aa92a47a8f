"""An "Agenda Item | Officer Attending" table under a scrutiny committee's attendance,
converted one cell a line: the item's number alone over the officer's name and service
is no minute heading (invented example)."""

from __future__ import annotations

from minute_fixtures import parse_text

RECORD = """Minutes of the meeting of the Scrutiny Committee held on 4 March 2019 at 10.00 am

Present: Councillor A Reid (Chair), Councillor B Moss

Agenda Item

Officer Attending

8.

V. Carr (Children, Young People & Families)

9.

J. T. Hehir & K. Lamb (Corporate Core)

1. APOLOGIES

Apologies were received from Councillor C Lowe.

2. MINUTES

The minutes of the meeting held on 4 February 2019 were agreed.
"""


def test_the_items_numbers_over_their_officers_are_no_minutes() -> None:
    assert [(m.number, m.title) for m in parse_text(RECORD).minutes] == [
        ("1", "APOLOGIES"),
        ("2", "MINUTES"),
    ]
