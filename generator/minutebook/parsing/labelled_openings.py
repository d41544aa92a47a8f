"""An opening of labelled lines: a title, then "Date:", "Time:", "Venue:" / "Place:".

Front sheets and many minutes print the meeting as fields under a title, one a line or
several on one, the value beside its label or stacked under it ("Date:" / "Tuesday 3
May 2022"). The title above names the body; a field may wrap onto the next line.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import (
    find_date,
    find_field_time,
    find_numeric_date,
    find_time,
)
from ..markup import TAGS
from ..model import Line
from .attend_notices import summoned_body, summons_index
from .dated_title_openings import POSTCODE, in_a_letter, times_alone, venue_below
from .letterheads import letterhead_authority, whole_authority
from .openings import (
    BODY_LABELS,
    BODY_NOUN,
    DATE_LABELS,
    FIELD,
    MEETING_AFTER,
    TIME_LABELS,
    TITLE_GAP,
    VENUE_LABELS,
    Opening,
    line_fields,
    opening_fields,
    opening_lines,
    strip_article,
    title_body,
)
from .signed_venues import without_signature
from .spaced_digits import closed_digits
from .text import plain

#: Lines searched for a letter's line handing the meeting to the fields below it, and
#: lines with text read for the fields under that line
OPENING_REACH = 80
FIELDS_BELOW = 8


def value_index(lines: list[Line], field: tuple[int, Line, str]) -> int:
    """The index of the line that holds a field's value: the label's own line, or the line
    under it when the value is stacked (see value_below)."""
    reach = range(field[0], min(len(lines), field[0] + TITLE_GAP + 2))
    return next((k for k in reach if lines[k] is field[1]), field[0])


#: A "Meeting:" field that says what sort of meeting it is, not whose ("Meeting: Annual
#: general meeting", "Meeting: Extraordinary Meeting"): the body is the title's
MEETING_SORT = re.compile(
    r"(?:(?:statutory|annual|ordinary|extraordinary|special|general|budget|full)\s+){1,3}"
    r"meeting",
    re.IGNORECASE,
)


def meeting_date_field(
    opening: list[tuple[int, Line]],
    dated: tuple[int, Line, str],
    named: tuple[int, Line, str] | None,
) -> tuple[int, Line, str] | None:
    """The meeting's own "Date:" field when the first one is the notice's: a letter dates
    itself ("Our Ref: ..." / "Date: 8 May 2024") above the meeting's fields ("Meeting: X" /
    "Date: D" / "Time: T" / "Venue: V"), so a date field below the "Meeting:" field wins
    over one above it; None when no "Meeting:" field stands between two date fields."""
    if named is None or named[0] <= dated[0]:
        return None
    for i, line in opening:
        if i <= named[0]:
            continue
        text = TAGS.sub(" ", line.text).replace("**", "").strip()
        for label, value in line_fields(text):
            if label in DATE_LABELS and find_date(value):
                return i, line, plain(value)
    return None


def _fields_below_summons(
    lines: list[Line], dated: tuple[int, Line, str]
) -> dict[str, tuple[int, Line, str]] | None:
    """The fields under a letter's "A Meeting of the X will be held as follows:-" when the
    first date field is above it (the letter's own date) and a dated "DATE:" field is
    below it; None otherwise."""
    summons = summons_index(lines[:OPENING_REACH])
    if summons is None or summons < dated[0]:
        return None
    below = [(i, ln) for i, ln in enumerate(lines) if i > summons and ln.text.strip()]
    fields = opening_fields(below[:FIELDS_BELOW])
    date = fields.get("date")
    if date is None or (find_date(date[2]) or find_numeric_date(date[2])) is None:
        return None
    return fields


#: "MONDAY 09 MAY 2016. 19:15 – 21:00hrs": a 24-hour clock right after the date's year in
#: a "Date & Time:" field, the start of the meeting's span
CLOCK_AFTER_YEAR = re.compile(
    r"\b(?:19|20)\d\d[.,]?\s{1,3}(?:at\s{1,3})?(?P<clock>\d{1,2}[:.]\d\d\b.*)$"
)


def clock_after_year(value: str) -> dt.time | None:
    """The 24-hour clock printed right after the date's year in a date field's `value`
    (`CLOCK_AFTER_YEAR`); None when none follows it."""
    found = CLOCK_AFTER_YEAR.search(value[:200])
    return find_field_time(found["clock"]) if found else None


def labelled_opening(lines: list[Line]) -> Opening | None:
    """A title, then 'Date:', 'Time:' and 'Venue:'/'Place:' lines (the body from a
    'Meeting:'/'Committee:' field or from the title above the date)."""
    fields = opening_fields(opening_lines(lines))
    dated = next((fields[k] for k in DATE_LABELS if k in fields), None)
    if dated is None:
        return None
    named = next((fields[k] for k in BODY_LABELS if k in fields), None)
    dated = meeting_date_field(opening_lines(lines), dated, named) or dated
    summoned = _fields_below_summons(lines, dated)
    if summoned is not None:  # "Date: 27th May" dates the letter above "... as follows:-"
        fields, dated, named = summoned, summoned["date"], None
    i, line, value = dated
    date = find_date(value) or find_numeric_date(value)
    if date is None:  # "26 June 20 18 at 10 .30am": figures the conversion spaced apart
        value = closed_digits(value)
        date = find_date(value)
    if date is None:
        return None
    # the first time field that holds a time: a timetable's "Time<TAB>Item" heading row
    # is a field with no time in it
    times = [fields[k] for k in TIME_LABELS if k in fields]
    timed = times[0] if times else None
    time = next((t for f in times if (t := find_field_time(f[2]))), None) if times else None
    time = time or find_time(value) or clock_after_year(value)
    placed = next((fields[k] for k in VENUE_LABELS if k in fields), None)
    venue = (
        strip_article(venue_wrapped(lines, value_index(lines, placed), placed[2]))
        if placed
        else None
    )
    venue = without_signature(venue) if venue else venue
    if not times and not placed:  # "Date: D" alone: the time and the place under it
        time, venue = under_date_field(lines, value_index(lines, dated), time)
    if not (timed or placed or named) and in_a_letter(lines, i):
        return None  # "Date:" alone in a letter's heading: the day it was sent
    if named and named[2] and not MEETING_SORT.fullmatch(plain(named[2]).strip(" .")):
        body = name_wrapped(lines, named[0], named[2])
        # "MEETING: Harbour Authority Meeting": the word meeting after the body's noun
        body = MEETING_AFTER.sub("", body) if BODY_NOUN.search(body) else body
        # "Meeting: National Park Authority" under the letterhead "X National Park Authority"
        head = letterhead_authority([ln.text for ln in lines[: named[0]]])
        body = whole_authority(body, head) or body
    else:
        first = min(i, *(f[0] for f in fields.values()))
        # "... attend the MEETING of X to be held as follows:" over the fields
        body = summoned_body(lines, first) or title_body(lines, first)
    if not body:
        return None
    return Opening(plain(body), date, time, venue or None, line.number)


#: a 24-hour time alone on its line: "14:00hr", "1400 hrs", "14.00"
#: Longest address (ending on its postcode) read as the place under a date field's time
MAX_ADDRESS = 160


CLOCK_ALONE = re.compile(r"(?P<h>[01]?\d|2[0-3])[.:]?(?P<m>[0-5]\d)\s?(?:hrs?|hours)?", re.I)


#: a remote meeting's time under a date field: "Virtual Meeting, 10am", "Remote meeting -
#: 2.30 pm", "Online meeting at 6pm"
REMOTE_AT = re.compile(
    r"(?:virtual|remote|online)\s+meeting[\s,;–—-]{1,4}(?:at\s+)?(?P<time>\d{1,2}(?:[.:]\d\d)?"
    r"\s?(?:am|pm|a\.m\.|p\.m\.))",
    re.IGNORECASE,
)


def under_date_field(
    lines: list[Line], i: int, time: dt.time | None
) -> tuple[dt.time | None, str | None]:
    """The time and the place printed under a "Date:" field that has no "Time:" or
    "Venue:" field beside it ("Date: Thursday 15 June 2017" / "14:00hr" / "Fire Service
    Headquarters, Brampton Road, Huntingdon PE29 2NA"): a time alone on the next line
    with text, then the place under it (see venue_below); `time` and no place else."""
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
    if j is None:
        return time, None
    first = plain(lines[j].text).strip(" ,;")
    clock = CLOCK_ALONE.fullmatch(first)
    remote = REMOTE_AT.fullmatch(first) if clock is None else None
    if remote is not None:  # "Virtual Meeting, 10am": the time, and no place
        return time or find_time(remote["time"]), None
    if clock is None and not times_alone(first):
        return time, None
    said = dt.time(int(clock["h"]), int(clock["m"])) if clock else find_time(first)
    below = next((plain(ln.text).strip() for ln in lines[j + 1 : j + 3] if ln.text.strip()), "")
    address = below.rstrip(". ")
    if len(address) <= MAX_ADDRESS and ":" not in address and POSTCODE.search(address[-9:]):
        return time or said, address  # a long address, down to its postcode
    return time or said, venue_below(lines, j)


#: Longest line read as the rest of a labelled venue
MAX_VENUE_WRAP = 80


def venue_wrapped(lines: list[Line], i: int, value: str) -> str:
    """A 'Venue:'/'Place:' value with the line it runs on to ('Place:    Training Suite,
    Tolgarrick Road,' over an indented 'Pennick'): the next line, indented, no label of its
    own, continues the address when the value ends with a comma or the next line starts in
    the value's column (a new address line, after a comma, unless the label's line ran to
    the column's edge). Else the value as printed."""
    if i + 1 >= len(lines) or not value:
        return value
    label_line, below = lines[i].text, lines[i + 1].text
    rest = below.strip()
    indent = len(below) - len(below.lstrip(" \t"))
    if not rest or indent == 0 or len(rest) > MAX_VENUE_WRAP or FIELD.match(rest):
        return value
    column = label_line.find(value[:12]) if value[:12] in label_line else -1
    if not value.rstrip().endswith(",") and indent != column:
        return value
    soft = len(label_line.expandtabs().rstrip()) >= SOFT_WRAP  # the column ran out mid-name
    joint = " " if value.rstrip().endswith(",") or soft else ", "
    return f"{value.rstrip()}{joint}{plain(rest)}"


#: A labelled line this long ran to its column's edge: the line under it continues the
#: same words ("... Market Street, Kirkby" / "Lonsdale LA6 2AB"), not a new address line
SOFT_WRAP = 72


#: the last word of a body's name: what a wrapped 'Meeting:' field's name ends with
BODY_END = re.compile(
    r"\b(?:committee|sub-committee|panel|board|council|cabinet|authority|executive|forum|"
    r"commission|partnership|group)\W{0,3}$",
    re.IGNORECASE,
)


#: Longest line read as the rest of a wrapped body's name
MAX_NAME_WRAP = 60


def name_wrapped(lines: list[Line], i: int, value: str) -> str:
    """A 'Meeting:'/'Committee:' field's body with the line it runs on to ('Meeting:<TAB>
    South Downs Joint Health Overview and Scrutiny' over an indented 'Committee'): the next
    line, indented, no label of its own, short, completes the name when the value does
    not end with a body's word (committee, panel ...) and the line does. Else the value."""
    if i + 1 >= len(lines) or not value or BODY_END.search(value):
        return value
    below = lines[i + 1].text
    rest = plain(below)
    if below[:1] not in (" ", "\t") or not rest or len(rest) > MAX_NAME_WRAP:
        return value
    if FIELD.match(below.strip()) or not BODY_END.search(rest):
        return value
    return f"{value.rstrip()} {rest}"
