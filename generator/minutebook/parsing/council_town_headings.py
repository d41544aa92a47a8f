"""A Scottish council's minute headed in capitals by council, committee and town.

Some Scottish councils head a committee's minute with one capitals line naming the council,
the committee and the town it met in, joined by dashes and closed by a full stop, often
wrapped before the town: "THE KILBRANNAN COUNCIL - LICENSING COMMITTEE - / ARDMORE.", then
the date on a line of its own, the hours sat, and "PRESENT:". The heading before its last
dash is the body; the town after it is the venue.
"""

from __future__ import annotations

import re

from ..dates import find_date, find_time
from ..model import Line
from .openings import Opening

#: the heading's body: capitals ending in "COUNCIL", "BOARD" ... and a dash (the town may
#: follow on the same line or on the next)
BODY_PART = re.compile(
    r"^(?P<body>(?:THE )?[A-Z][A-Z0-9 ,&'’()-]{4,160})\s[-–]\s?(?P<rest>[^-–]{0,60})$"
)
#: the town closing the heading: one to four capitals words and a full stop
TOWN = re.compile(r"^(?P<town>[A-Z][A-Z'’-]{1,30}(?: [A-Z][A-Z'’-]{1,30}){0,3})\.$")
#: Non-blank lines at the paper's head searched for the heading
HEAD_LINES = 8
#: Non-blank lines under the heading the date, and then "PRESENT", may lie within
DATE_LINES = 2
PRESENT_LINES = 8
PRESENT = re.compile(r"^present\b", re.IGNORECASE)
#: the minute book's page code before the heading, run onto its line when the text was
#: flattened: "2019.AS.42 THE ... COUNCIL - ...", "2021. L.C.2 THE ..."
PAGE_CODE = re.compile(r"^\d{4}\.\s?[A-Z]{1,6}(?:\.[A-Z]{1,6}){0,2}\.\d{1,4}\s+(?=[A-Z])")
#: the heading with the date and hours run on after the town's full stop: "THE X COUNCIL -
#: COMMITTEE - TOWN. 3rd June, 2021. 10.00 a.m. - 12.15 p.m."
HEADING_THEN_DATE = re.compile(
    r"^(?P<head>[A-Z][A-Z0-9 ,&'’()-]{4,200}?\s[-–]\s?[A-Z][A-Z'’-]{1,30}"
    r"(?: [A-Z][A-Z'’-]{1,30}){0,3}\.)\s+(?P<after>\d.{0,200})$"
)


def _nonblank(lines: list[Line]) -> list[Line]:
    return [line for line in lines if line.text.strip()]


def _heading(text: str, next_text: str) -> tuple[str, str, int] | None:
    """The body and town of a heading on this line (and the next when it wraps), with the
    number of lines it takes; None when the line is no such heading."""
    found = BODY_PART.match(text)
    if found is None or not text.isupper():
        return None
    rest = found["rest"].strip()
    town = TOWN.match(rest) if rest else TOWN.match(next_text)
    if town is None:
        return None
    return found["body"].strip(), town["town"], 1 if rest else 2


def _heading_then_date(text: str) -> tuple[str, str, str] | None:
    """The body, town and the date's text of a heading with its date run on after the
    town (`HEADING_THEN_DATE`); None for any other line."""
    found = HEADING_THEN_DATE.match(text)
    heading = _heading(found["head"], "") if found else None
    if found is None or heading is None or find_date(found["after"]) is None:
        return None
    return heading[0], heading[1], found["after"]


def council_town_opening(lines: list[Line]) -> Opening | None:
    """The meeting of a minute headed "THE X COUNCIL - COMMITTEE - TOWN." over its date and
    "PRESENT:", or None. The hours may follow the date on its line."""
    printed = _nonblank(lines)
    for k, line in enumerate(printed[:HEAD_LINES]):
        text = PAGE_CODE.sub("", line.text.strip())
        next_text = printed[k + 1].text.strip() if k + 1 < len(printed) else ""
        run_on = _heading_then_date(text)
        if run_on is not None:
            body, town, after = run_on
            if not any(
                PRESENT.match(ln.text.strip()) for ln in printed[k + 1 : k + 1 + PRESENT_LINES]
            ):
                return None
            date = find_date(after)
            if date is None:
                return None
            return Opening(
                body=body, date=date, time=find_time(after), venue=town, line=line.number
            )
        heading = _heading(text, next_text)
        if heading is None:
            continue
        body, town, used = heading
        under = printed[k + used : k + used + PRESENT_LINES]
        dated = next((ln for ln in under[:DATE_LINES] if find_date(ln.text)), None)
        if dated is None or not any(PRESENT.match(ln.text.strip()) for ln in under):
            return None
        date = find_date(dated.text)
        if date is None:
            return None
        times = [find_time(ln.text) for ln in under if ln.number >= dated.number]
        time = next((t for t in times[:3] if t is not None), None)
        return Opening(body=body, date=date, time=time, venue=town, line=line.number)
    return None
