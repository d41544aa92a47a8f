"""An opening whose one title line names the body and the date together.

"Cabinet - Tuesday, 3 May 2022 10.00 am", "Minutes of Parish Council 22 November 2023",
"BOROUGH OF EASTBY CABINET 12 JUNE 2018": the body before the date on one line, the
time and place after it or on the lines below.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import (
    DAY_BEFORE_MONTH,
    MERIDIEM,
    find_date,
    find_numeric_date,
    find_time,
)
from ..model import Line
from ..vocabulary import MONTHS
from .bare_venues import REMOTE_WORD, bare_place, bracketed_place
from .dated_title_openings import (
    CLOCK_AFTER_DATE,
    POSTCODE,
    as_place,
    held_after_date,
    held_below_title,
)
from .openings import (
    BODY_NOUN,
    CLOCK_IN_SENTENCE,
    DATE_SPAN,
    KIND_AFTER_BODY,
    MEETING_AFTER,
    TIME_SPAN,
    VENUE_LABELS,
    VENUE_START,
    WEEKDAY,
    Opening,
    clock_time,
    opening_fields,
    opening_lines,
    strip_article,
    title_cased,
    without_kind_tail,
    without_meeting_kind,
)
from .spaced_titles import mended_title
from .text import plain

#: "Minutes of Parish Council 22 November 2023", "BOROUGH OF POOLE CABINET 12 JUNE 2018",
#: "Surrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am", "ASH PARISH
#: COUNCIL PLANNING COMMITTEE MONDAY 23 MARCH 2015 AT 7.15 PM AT THE PARISH OFFICES": a
#: title naming the body with the meeting's date (and time and place) on the same line;
#: "Meeting of Standards Committee on Tuesday, 14 March 2006, 6.00pm" puts "on" between
TITLED_DATE = re.compile(
    rf"^(?P<title>[A-Z][^.:;!?]{{2,150}}?)(?:\s+on\b)?\s*[-–—,(]?\s*(?P<date>{WEEKDAY}(?:the\s+)?"
    rf"{DAY_BEFORE_MONTH}[A-Za-z]{{3,9}},?\s+\d{{4}})\b(?P<rest>[^;!?]{{0,300}})$",
    re.IGNORECASE,
)


#: words of a sentence: such a line is prose or another reader's opening, not a title
TITLE_SENTENCE = re.compile(
    r"\b(?:held|was|were|will|is|are|be|been|of the meeting|to|received|agreed|noted)\b",
    re.IGNORECASE,
)


#: the record's own words before the body: "Minutes of", "MINUTES MEETING", "Agenda for"
TITLE_FORMULA = re.compile(
    r"^(?:(?:draft\s+|unconfirmed\s+)?(?:minutes|agenda|notes)\s+)?(?:of\s+|for\s+)?"
    r"(?:(?:the|a)\s+)?(?:meeting\s+(?:of\s+)?(?:the\s+)?)?",
    re.IGNORECASE,
)


def titled_date(text: str) -> tuple[str, dt.date, str] | None:
    """The body, the date and what follows it on a title line that ends with its meeting's
    date ('CABINET 12 JUNE 2018', 'X - Thursday, 16th November, 2017 10.30 am'), else
    None: the title must name a body and read as no sentence. A title in capitals whose
    spacing the conversion broke is read closed up (see spaced_titles)."""
    found = _titled_date(text) or _titled_date(time_after_date(text))
    found = found or _titled_date(title_before_date(text))
    found = found or _titled_date(bracketed_date(text))
    dated = DATE_SPAN.search(text) if found is None else None
    mended = mended_title(text[: dated.start()]) if dated else None
    if dated is None or mended is None:
        return found
    return _titled_date(f"{mended} {text[dated.start() :]}")


#: "Minutes of the X Parish Council Annual Meeting (14/03/19)": the title's date in
#: brackets at its end, in words or in figures (day first, as the UK prints it)
BRACKETED_DATE = re.compile(r"^(?P<title>[A-Z][^()]{2,150}?)\s*\((?P<date>[^()]{6,30})\)\s*$")


def bracketed_date(text: str) -> str:
    """The title line with the date in brackets at its end written after it in words ("X
    Meeting 2 May 2017"), as the other title lines print it; the line as it is else."""
    match = BRACKETED_DATE.match(text.strip()) if len(text) <= 200 else None
    if match is None:
        return text
    inside = match["date"].strip()
    numeric = find_numeric_date(inside) if re.fullmatch(r"[\d./]{6,10}", inside) else None
    if numeric is not None:
        return f"{match['title']} {numeric.day} {numeric.strftime('%B')} {numeric.year}"
    return f"{match['title']} {inside}" if find_date(inside) else text


#: "The City of X Council 10.00 am, Thursday, 28 May 2015 Council Chamber ...": the time
#: printed between the title and the date; a summons's "CABINET 5:30 PM ON TUESDAY, 10
#: MARCH, 2026 ..." puts "on" between them
TIME_BEFORE_DATE = re.compile(
    rf"\s(?P<time>\d{{1,2}}(?:[.:]\d{{2}})?\s?{MERIDIEM}),?\s+(?:on\s+)?"
    rf"(?P<date>{WEEKDAY}{DAY_BEFORE_MONTH}[A-Za-z]{{3,9}},?\s+\d{{4}})",
    re.IGNORECASE,
)


def time_after_date(text: str) -> str:
    """The title line with a time printed before its date moved after it ("X Thursday, 28
    May 2015 at 10.00 am V"), as the other title lines print it; the line as it is else."""
    match = TIME_BEFORE_DATE.search(text[:400])
    if match is None or re.search(r"[,\d]", text[: match.start()]):
        return text  # "Committee Rooms 4-5, City Hall, London 10.00am, ...": a place
    return f"{text[: match.start()]} {match['date']} at {match['time']}{text[match.end() :]}"


#: "2023-12-19 Minutes of the X Parish Council meeting", "19 December 2023 - Minutes of
#: the X Committee": a web page's title with the date first (written as a date or in ISO
#: form), the record's words after it
DATE_THEN_TITLE = re.compile(
    rf"^(?:(?P<iso>(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d))|(?P<date>{WEEKDAY}"
    rf"{DAY_BEFORE_MONTH}[A-Za-z]{{3,9}},?\s+\d{{4}}))\s*[-–—:,]?\s+"
    r"(?P<title>(?:Minutes|Notes|Agenda)\s+(?:of|for)\s+\S.{3,150})$",
    re.IGNORECASE,
)
MONTH_NAMES = MONTHS.split("|")


def title_before_date(text: str) -> str:
    """A title line printed date first ("2023-12-19 Minutes of the X meeting") put title
    first ("Minutes of the X meeting 19 December 2023"), as other title lines print it;
    the line as it is else."""
    match = DATE_THEN_TITLE.match(text.strip()[:300])
    if match is None:
        return text
    date = match["date"]
    if match["iso"]:
        month = int(match["m"])
        if not 1 <= month <= len(MONTH_NAMES):
            return text
        date = f"{int(match['d'])} {MONTH_NAMES[month - 1]} {match['y']}"
    title = re.sub(r"\s+meeting$", "", match["title"].strip())  # "... Parish Council meeting"
    return f"{title} {date}"


def _titled_date(text: str) -> tuple[str, dt.date, str] | None:
    """titled_date as printed."""
    match = TITLED_DATE.match(text.strip())
    if match is None or TITLE_SENTENCE.search(match["title"]):
        return None
    if not title_cased(match["title"]) or re.search(r"\.\s+[A-Z]", match["rest"]):
        return None  # "The Panel met on 3 May 2019. It agreed ...": a sentence
    date = find_date(match["date"])
    body = TITLE_FORMULA.sub("", match["title"]).strip(" ,.;:-–—")
    body = KIND_AFTER_DASH.sub("", body)  # "X BOARD - MINUTES OF MEETING" (on D)
    body = KIND_AFTER_BODY.sub(r"\g<noun>", body)  # "Parish Council Minutes 2 July 2019"
    body = KIND_MEETING_OF.sub("", body)  # "Annual General Meeting (AGM) of the X"
    body = without_kind_tail(MEETING_AFTER.sub("", without_meeting_kind(body)))
    if date is None or not (BODY_NOUN.search(body) or _lettered_meeting(match["title"], body)):
        return None
    return body, date, match["rest"]


#: the paper's kind after the body's name and a dash, as a title prints it before the
#: date: "X JOINT POLICE BOARD - MINUTES OF MEETING" (on D), "X Panel – Agenda"
KIND_AFTER_DASH = re.compile(
    r"\s*[-–—:]\s*(?:draft\s+|unconfirmed\s+)?(?:minutes?|agenda|notes)"
    r"(?:\s+of\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?meeting)?(?:\s+held)?$",
    re.IGNORECASE,
)


#: a body known by its letters alone ("JLAF", "SACRE", "LAF"), as its own papers name it
LETTERED_BODY = re.compile(r"[A-Z]{2,6}")


def _lettered_meeting(title: str, body: str) -> bool:
    """Whether a title names its body by its letters alone and calls it a meeting ("JLAF
    MEETING THURSDAY 23 July 2015"): a forum's own papers print no noun after the letters."""
    return bool(LETTERED_BODY.fullmatch(body)) and bool(re.search(r"\bmeeting\b", title, re.I))


#: a kind of meeting before the body's name in a title: "Annual General Meeting (AGM) of
#: the Fire Authority", "Extraordinary Meeting of the Council"
KIND_MEETING_OF = re.compile(
    r"^(?:(?:annual|extraordinary|special|ordinary|general|additional|reconvened|adjourned)"
    r"\s+){1,3}meeting(?:\s*\([A-Z]{2,6}\))?\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def titled_date_opening(lines: list[Line]) -> Opening | None:
    """A title line with the meeting's date on it (above); the time and place after the
    date on the line ('AT 7.15 PM AT THE PARISH OFFICES'), else a 'Venue:' line below."""
    opening = opening_lines(lines)
    for k, (i, line) in enumerate(opening[:12]):
        found = titled_date(plain(line.text))
        if found is None:
            below = [plain(ln.text) for _, ln in opening[k + 1 : k + 1 + REDATE_REACH]]
            found = redated_title(plain(line.text), below)
        if found is None:
            continue
        body, date, rest = found
        body, run_on_place = _place_after_body(body)  # "X Committee Parish Pavilion, Y, Z"
        clock = CLOCK_IN_SENTENCE.match(rest.strip())  # "CABINET 3 May 2015 at 14:00 ..."
        time = clock_time(clock) if clock else find_time(rest)
        after = rest.strip()[clock.end() :] if clock else rest
        bare = CLOCK_AFTER_DATE.match(rest) if time is None else None
        if bare is not None:  # "X Agenda - 27 April 2010, 10:00": a 24-hour clock, no "at"
            time, after = dt.time(int(bare["h"]), int(bare["m"] or bare["m2"])), rest[bare.end() :]
        venue = _venue_in(NOTE_AFTER.split(after)[0])
        venue = venue or run_on_place
        if venue is None:
            placed = next((f for k in VENUE_LABELS if (f := opening_fields(opening).get(k))), None)
            venue = strip_article(placed[2]) or None if placed else None
        held = (
            held_after_date(rest, date) or held_below_title(lines, i, date) if not venue else None
        )
        if held is not None:  # "X Agenda - D, T" / "A meeting to be held at V at T on D."
            time, venue = time or held[0], held[1]
        if venue is None and time is not None:
            venue = place_below_title(lines, i)
        above = plain(opening[k - 1][1].text).strip() if k else ""
        if (broken := BROKEN_TITLE.match(above)) is not None and venue is None:
            # "AGENDA for the X PANEL in" / "Committee Room B, County Hall on D at T": the
            # title's sentence broken before its place, which this line opens
            return Opening(broken["body"], date, time, body, opening[k - 1][1].number)
        return Opening(body, date, time, venue, line.number)
    return None


#: "X Joint Burial Committee Parish Pavilion, Recreation Ground, Station Road, Fenby": a
#: place run on after the body's noun, a few capitalised words and then a comma
PLACE_AFTER_NOUN = re.compile(r"\s+(?P<place>(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*,\s.{3,150})$")
#: a building's word after a body's noun: "Council Chamber", "Council Offices" are places
BUILDING_AFTER = re.compile(r"\s+(?:Chamber|Offices?|Rooms?|House|Hall|Building|Suite)\b")


def _place_after_body(body: str) -> tuple[str, str | None]:
    """The body and the place run on after its last noun in a title (see
    PLACE_AFTER_NOUN); a noun the place itself holds ("Council Chamber") is passed over.
    The body as it is and no place for any other title."""
    if "," not in body:
        return body, None
    for noun in reversed(list(BODY_NOUN.finditer(body))):
        if BUILDING_AFTER.match(body, noun.end()):
            continue
        placed = PLACE_AFTER_NOUN.match(body, noun.end())
        if placed is None or "," in body[: noun.end()]:
            return body, None
        return body[: noun.end()], placed["place"].strip(" ,")
    return body, None


#: "AGENDA for the ENVIRONMENT PANEL in" (or "PANELin"): a title's sentence broken after
#: "in" or "at", its place on the next line
BROKEN_TITLE = re.compile(
    r"^(?:agenda|minutes|notice)\s+(?:for|of)\s+(?:the\s+)?(?P<body>[A-Z].{2,120}?)"
    # "... PANELin": the space lost before "in" after a word in capitals
    r"(?:\s+|(?-i:(?<=[A-Z][A-Z])))(?-i:in|at)$",
    re.IGNORECASE,
)


def redated_title(text: str, below: list[str]) -> tuple[str, dt.date, str] | None:
    """A title whose date the scan damaged ("X BOARD - MINUTES OF MEETING ON 76 APRIL
    1998") read with the date printed alone on a line below ("Thursday 16 April 1998",
    past a speck or two), when the damaged date names the same month and year; else None."""
    match = TITLED_DATE.match(text.strip())
    if match is None or find_date(match["date"]) is not None:
        return None
    dated = [find_date(t) for t in below if len(t) <= DATE_LINE_CHARS]
    date = next((d for d in dated if d is not None), None)
    damaged = re.search(r"([A-Za-z]{3,9}),?\s+(\d{4})$", match["date"].strip())
    if date is None or damaged is None or int(damaged[2]) != date.year:
        return None
    if not date.strftime("%B").lower().startswith(damaged[1].lower()[:3]):
        return None
    found = _titled_date(f"{match['title']} {date.day} {date:%B %Y}{match['rest']}")
    return found


#: Longest line that is a date alone ("Thursday, 16th April 1998 at 10.00 am")
DATE_LINE_CHARS = 60


#: Non-blank lines under a damaged title searched for its date printed alone
REDATE_REACH = 3


#: a note run on after a title line's time and place: "... at 14:00 County Hall , There
#: will be a pre-meeting ..." (a flattened front sheet's next sentence)
NOTE_AFTER = re.compile(r"\s*,?\s+(?=(?:There|This|These|The|Please|Members|Note)\s+[a-z])")


def place_below_title(lines: list[Line], i: int) -> str | None:
    """The place printed on the line under a title line that gives the body, the date and
    the time ("CABINET Friday 2nd July 2021 at 10am" / "Riverside House, Norton"), cut
    before a note the conversion ran on to it ("... Norton These minutes are in draft
    form ..."); None when that line reads as no place (see as_place). An address line
    (a comma, a postcode) or one a note ran on to is a place; a lone phrase ("No. Item",
    a web page's table heading) is not."""
    below = next((plain(ln.text) for ln in lines[i + 1 : i + 3] if ln.text.strip()), "")
    cut = NOTE_AFTER.split(below, maxsplit=1)[0]
    place = as_place(cut)
    if place is None or not (cut != below or "," in place or POSTCODE.search(place)):
        return None
    return place


def _venue_in(rest: str) -> str | None:
    """The place after a title line's date and time: '... 7.15 PM AT THE PARISH OFFICES',
    '... 7.30 pm Kelling Village Hall'."""
    left = TIME_SPAN.sub(" ", rest)
    left = re.sub(r"\s+", " ", left).strip(" ,.;:-–—")
    at = VENUE_START.match(left)
    # "... 7.30 pm Kelling Village Hall": a building named with no "at" is the place too
    venue = strip_article(left[at.end() :]) if at else bare_place(left) or ""
    venue = venue or bracketed_place(left) or ""  # "(Virtual Meeting - held via Teams)"
    venue = venue or remote_title_place(left) or ""  # "... 7.00pm Online Zoom Meeting"
    return venue if venue and len(venue) <= 100 else None


#: a remote meeting named in a few capitalised words after the time: "Online Zoom
#: Meeting", "Virtual Meeting", "MS Teams"
REMOTE_TITLE_PLACE = re.compile(r"(?:[A-Z][\w-]{1,12}\s){0,3}[A-Z][\w-]{1,12}")


def remote_title_place(left: str) -> str | None:
    """What follows a title line's time when it only says how the meeting sat remotely
    ("Online Zoom Meeting"); None for anything else."""
    text = left.strip(" ,.;:-–—")
    if not REMOTE_TITLE_PLACE.fullmatch(text) or not REMOTE_WORD.search(text):
        return None
    return text
