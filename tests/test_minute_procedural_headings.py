"""Standing orders suspended and reinstated under unnumbered headings among numbered
minutes."""

from __future__ import annotations

from minute_fixtures import parse_text

RECORD = """MINUTES OF THE MEETING OF FENBY PARISH COUNCIL HELD ON MONDAY, 20th MARCH 2006

PRESENT: Mr A Reid (Chairman), Mrs B Moss, Mr C Lowe

14316. ADJOURNMENT OF MEETING FOR PUBLIC PARTICIPATION.

It was proposed by Mr Reid, seconded by Mrs Moss and agreed to adjourn the meeting.

SUSPENSION OF STANDING ORDERS.

Mr Pym of Mill Lane spoke against the application at 2 Mill Lane.

It was proposed by Mr Lowe, seconded by Mrs Moss and agreed to reinstate Standing Orders.

REINSTATEMENT OF STANDING ORDERS

14317. APOLOGIES FOR ABSENCE

None.

14318. PUBLIC PARTICIPATION

None.
"""


def test_the_standing_orders_headings_are_minutes_of_their_own() -> None:
    """What was said and agreed while the orders stood suspended is that heading's, not
    the numbered minute's before it; a numbered "PUBLIC PARTICIPATION" stays numbered."""
    part = parse_text(RECORD)
    assert [(m.number if m.numbered else None, m.title) for m in part.minutes] == [
        ("14316", "ADJOURNMENT OF MEETING FOR PUBLIC PARTICIPATION"),
        (None, "SUSPENSION OF STANDING ORDERS"),
        (None, "REINSTATEMENT OF STANDING ORDERS"),
        ("14317", "APOLOGIES FOR ABSENCE"),
        ("14318", "PUBLIC PARTICIPATION"),
    ]
    suspended = part.minutes[1]
    assert (suspended.resolution or "").startswith("It was proposed by Mr Lowe")
