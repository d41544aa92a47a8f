"""Minute numbers of three numeric parts: "6/18/1", "06/21:01", "22/5-1", "06-03-03".

Bodies that number their minutes afresh at each meeting print a code of three numbers:
the meeting, its year and the minute ("6/18/1", the first minute of the sixth meeting of
2018, as a health and social care trust's board prints it), the year, the meeting and
the minute ("06/21:01" of a district council, "22/5-1" of a parish council's May
meeting of 2022), or the minute first ("1-0607/8", minute 1 of the eighth meeting of
2006-07), or the meeting's day and month and the minute, parted by hyphens ("06-03-03",
the third minute of the meeting of 6 March, as a parish clerk numbers them). The title
follows on the code's line, after a dash or not, or stands on the line under a code
printed alone:

    6/18/2 CHAIRMAN'S BUSINESS The Chairman welcomed everyone ...

    06/21:01
    APOLOGIES AND CHAIRMAN'S BUSINESS

Set aside, the code leaves a line the minute headings' grammar reads already; the
number keeps the code as printed. A date ("12/05/22", "6/12/21") is never read so: a
code parted by slashes alone whose first two numbers are a day and a month is left; a code
parted by hyphens alone, which a date may be too ("06-03-09"), is read only in its series:
the code before it or after it, a few lines away, is the same meeting's minute one less
or one more ("06-03-02" beside "06-03-03"); so is a code parted by points whose second
number is a month ("21.07.1.", the first minute of the meeting of 21 July).
"""

from __future__ import annotations

import re

from ..model import Line

#: "6/18/1", "06/21:01", "22/5-1", "1-0607/8": three numbers, a slash among their
#: separators; then a dash or not, then the title or nothing
THREE_PARTS = re.compile(
    r"^(?P<code>\d{1,2}/\d\d/\d{1,3}|\d\d/\d{1,2}[:-]\d{1,3}|\d{1,3}-\d{4}/\d{1,2})\.?"
    r"(?:[ \t]{1,4}[–—-])?(?:[ \t]{1,6}(?P<rest>\S.{0,4000}))?$"
)
#: "06-03-03 Highways": the meeting's day and month, then the minute, parted by
#: hyphens alone; the title (or nothing) after it
HYPHENS_ONLY = re.compile(
    r"^(?P<code>(?P<meeting>\d\d-\d\d)-(?P<minute>\d\d))\.?(?:[ \t]{1,6}(?P<rest>\S.{0,4000}))?$"
)
#: "21.07.1. APOLOGIES": the meeting's day (or year) and month, then the minute, parted by
#: points alone, as a parish clerk numbers the minutes of the meeting of 21 July
POINTS_ONLY = re.compile(
    r"^(?P<code>(?P<meeting>\d\d\.(?:0[1-9]|1[0-2]))\.(?P<minute>\d{1,2}))\.?"
    r"(?:[ \t]{1,6}(?P<rest>\S.{0,4000}))?$"
)
#: How many lines away the next or last minute of a hyphen code's series may stand
SERIES_REACH = 80
#: a code parted by slashes alone: its first two numbers
ALL_SLASHES = re.compile(r"^(?P<first>\d{1,2})/(?P<second>\d\d)/\d{1,3}$")
MONTHS = 12
DAYS = 31


def meeting_code(text: str) -> tuple[str, str] | None:
    """(code as printed, the rest of the line) for a line opening with a minute code of
    three numbers (see the module's note); the rest is empty when the code stands alone.
    None for any other line, a date among them."""
    match = THREE_PARTS.match(text.strip())
    if match is None or _date(match["code"]):
        return None
    return match["code"], match["rest"] or ""


def _date(code: str) -> bool:
    """ "12/05/22": a day, a month and a year parted by slashes."""
    parts = ALL_SLASHES.match(code)
    if parts is None:
        return False
    return 1 <= int(parts["first"]) <= DAYS and 1 <= int(parts["second"]) <= MONTHS


def hyphen_code(lines: list[Line], i: int, text: str) -> tuple[str, str] | None:
    """(code, the rest of the line) for a line opening with a minute code parted by
    hyphens alone ("06-03-03 Highways") or points alone ("21.07.1. APOLOGIES") whose
    series goes on around it: the same meeting's minute one less above it or one more
    below it, within SERIES_REACH lines. None for any other line, a date in a list of
    payments or a report's paragraph ("2.1.1", whose first numbers are no day and month)
    among them."""
    for pattern in (HYPHENS_ONLY, POINTS_ONLY):
        found = _in_series(pattern, lines, i, text)
        if found is not None:
            return found
    return None


def _in_series(
    pattern: re.Pattern[str], lines: list[Line], i: int, text: str
) -> tuple[str, str] | None:
    match = pattern.match(text.strip())
    if match is None:
        return None
    minute = int(match["minute"])
    for k in [*range(max(0, i - SERIES_REACH), i), *range(i + 1, i + 1 + SERIES_REACH)]:
        if k >= len(lines):
            break
        other = pattern.match(lines[k].text.strip())
        if other is None or other["meeting"] != match["meeting"]:
            continue
        if int(other["minute"]) == minute + (1 if k > i else -1):
            return match["code"], match["rest"] or ""
    return None
