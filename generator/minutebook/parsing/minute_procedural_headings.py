"""The procedural headings a parish prints unnumbered between its numbered minutes.

Parish and town councils suspend their standing orders so the public may speak, and
minute the suspension and its end under headings of their own, numbered or not:

    14316. ADJOURNMENT OF MEETING FOR PUBLIC PARTICIPATION.
    ...
    SUSPENSION OF STANDING ORDERS.
    Mr A Reid of Mill Lane spoke against the application ...
    REINSTATEMENT OF STANDING ORDERS
    14317. APOLOGIES FOR ABSENCE

Read among numbered minutes, a line with no number is no heading, so what was said and
agreed while the orders stood suspended fell under the minute before. `with_procedural`
adds such a heading, alone on its line between blank lines, after the first numbered
minute: its title names the standing orders' suspension or return, or the public's own
session ("PUBLIC PARTICIPATION", "OPEN FORUM").
"""

from __future__ import annotations

import re

from ..model import Line
from .minute_headings import MinuteHeading

#: the standing orders suspended or back in force, or the public's session
PROCEDURAL = re.compile(
    r"^(?:(?:suspension|reinstatement|resumption|re-?adoption)\s+of\s+(?:the\s+)?standing\s+orders"
    r"|standing\s+orders\s+(?:suspended|reinstated|resumed)"
    r"|public\s+(?:participation|questions?|question\s+time|forum|session)|open\s+forum)\.?$",
    re.IGNORECASE,
)


#: lines under a heading that may still be its title's
TITLE_REACH = 3


def _alone(lines: list[Line], k: int) -> bool:
    """Whether line `k` stands between blank lines (or the paper's ends)."""
    above = k == 0 or not lines[k - 1].text.strip()
    below = k + 1 >= len(lines) or not lines[k + 1].text.strip()
    return above and below


def with_procedural(lines: list[Line], found: list[MinuteHeading]) -> list[MinuteHeading]:
    """The headings `found` with the unnumbered procedural headings after the first
    numbered one added in their places (see the module's note)."""
    numbered = [h for h in found if h.number is not None]
    if not numbered:
        return found
    # a heading's own lines: its number alone may stand over its title ("14316." / blank /
    # "PUBLIC PARTICIPATION")
    taken = {h.index + step for h in found for step in range(TITLE_REACH + 1)}
    added = [
        MinuteHeading(k, None, lines[k].text.strip().rstrip("."), None, certain=False)
        for k in range(numbered[0].index + 1, len(lines))
        if k not in taken and _alone(lines, k) and PROCEDURAL.match(lines[k].text.strip())
    ]
    return sorted([*found, *added], key=lambda h: h.index) if added else found
