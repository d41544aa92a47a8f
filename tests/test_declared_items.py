"""The agenda items a declarations minute sets its interests under ("Item 5: 3 Mill
Road") head no minute of their own. Every example is invented."""

from __future__ import annotations

from opening_facts import parsed

RECORD = """Minutes of the meeting of the Planning Committee held at the Civic Centre, Fenby
on 29 March 2012 at 7.30 pm

131.

Declarations of interest or other communications from Members

Item 5: 3 Mill Road, Fenby

Councillor Amos advised that he had received communications concerning this item.

Item 6: Garage Block, Brook Road

Councillor Bligh declared a prejudicial interest in this item.

132.

Confirmation of the Minutes

The minutes of the meeting held on 1 March 2012 were confirmed.

Item 5: 3 Mill Road, Fenby

The application was approved.
"""


def test_items_under_a_declarations_minute_head_no_minute() -> None:
    part = parsed(RECORD).parts[0]
    assert [m.number for m in part.minutes] == ["131", "132", "5"]
    assert {d.minute_number for d in part.declarations} == {"131"}
