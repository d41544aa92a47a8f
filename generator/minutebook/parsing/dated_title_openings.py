"""An opening whose title is followed by a line that starts with the date.

"CABINET" over "Tuesday, 3 May 2022 at 10.00 am" over "Council Chamber, Town Hall": the
time may close the date's line or stand below it, the place follows on that line or the
line or two under it; the line may begin with the paper's kind ("Minutes - 3 May 2022")
or the town ("Edinburgh, Thursday 2 June 2016"). A letter's date ("Date: 3 May 2022"
over "Dear Councillor") is no meeting's date.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import (
    DAY_BEFORE_MONTH,
    TIME_PHRASE,
    find_date,
    find_time,
)
from ..model import Line
from ..vocabulary import WEEKDAY_NAME
from .clock_spans import clock_span_start
from .information_lines import information_lines
from .openings import (
    ATTENDANCE_LABEL,
    BODY_NOUN,
    CLOCK_IN_SENTENCE,
    DATE_SPAN,
    DATED_LINE,
    EMPTY_BRACKETS,
    FORMULA,
    MEMBERSHIP_LABEL,
    SPAN_IN_SENTENCE,
    TIME_SPAN,
    VENUE_START,
    WEEKDAY,
    Opening,
    clock_time,
    committee_of_lines,
    manner_line,
    opening_lines,
    strip_article,
    title_lines,
    title_name,
    when_and_where,
)
from .printed_kind_titles import KIND_TITLE
from .sentence_openings import LONE_PREPOSITION, MEETING_WORDS
from .text import plain
from .web_attendance_pages import PAGE_HEADING

#: the paper's kind, then a dash and its meeting's date, time and place on one line under
#: the title naming the body: "Minutes - Tuesday, 10 June 2025 2.00 pm, Committee Room 1",
#: "Agenda: 4 March 2024, 7.00 pm", "Notes – Monday 3 May 2021"; or a space alone, as a
#: redesigned front sheet prints it: "Agenda 4 March 2024 10.00am Riverside House, Norton"
KIND_DATED = re.compile(
    # "Minute of Meeting 27th March 2014": a Scottish community council's
    r"(?P<kind>minutes|minutes?\s+of\s+(?:the\s+)?meeting|agenda|notes|notice of meeting"
    # "25th meeting dated 9th November 2006": a scrutiny panel's count of its meetings
    r"|\d{1,3}(?:st|nd|rd|th)\s+meeting(?:\s+dated)?)"
    r"(?:\s*[-–—:|,]\s*|\s+)(?=(?:Mon|Tues|"
    r"Wednes|Thurs|Fri|Satur|Sun)day|\d)",
    re.IGNORECASE,
)


#: Longest dated line under a title: 'Monday, 4 March 2024 at 10.30 am in the Assembly Hall,
#: Service Training Centre, Ashby' (the splitter takes lines up to 120 characters too)
MAX_DATED_LINE = 120
#: a membership list's label run on after the dated line's place, when the front sheet was
#: flattened: "Tuesday, 4th July, 2017 at 5.30 pm Room 1, Parkside Councillors: A Reid ..."
LIST_RUN_ON = re.compile(r"\s(?:Councillors|Members|Membership|MEMBERS|COUNCILLORS)\s?:\s")


#: "Edinburgh, Thursday 2 June 2016": the town where the meeting sat, a comma, then the
#: date, as Scottish councils date their minutes under the body's name; "Edinburgh, 27 May
#: 2010 - At a meeting of The City of Edinburgh Council." names the body after the date
PLACE_BEFORE_DATE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z'’.-]{{1,25}}(?: [A-Z][A-Za-z'’.-]{{1,25}}){{0,2}}),\s+"
    rf"(?={WEEKDAY}{DAY_BEFORE_MONTH}"
    r"[A-Za-z]{3,9},?\s+\d{4}\b)"
)


#: "- At a meeting of The City of Edinburgh Council." after a place and date
AT_A_MEETING_OF = re.compile(
    r"[-–—.,]\s*at\s+an?\s+(?:[a-z]+\s+){0,2}?meeting\s+of\s+(?P<body>[^.;]{3,150}?)\.?$",
    re.IGNORECASE,
)


#: "Ashby Village Hall Tuesday 20th June 2023 at 6.30pm": the venue (ending on a building's
#: word) run on before the weekday and date, under a title naming the body
VENUE_BEFORE_DATE = re.compile(
    r"^(?P<venue>[A-Z][\w'’.&-]*(?:,?\s[\w'’.&-]+){0,8}?\s"
    r"(?:Hall|Room|Chamber|Centre|Center|Offices|Pavilion|House|Library|Institute|Church))"
    rf",?\s+(?={WEEKDAY_NAME},?\s+{DAY_BEFORE_MONTH}[A-Za-z]{{3,9}},?\s+\d{{4}}\b)"
)


def venue_dated(text: str) -> tuple[str, str] | None:
    """The venue and the rest of a line that starts with the venue and then the weekday
    and date ('Ashby Village Hall Tuesday 20th June 2023 at 6.30pm'), else None."""
    match = VENUE_BEFORE_DATE.match(text)
    return (match["venue"].strip(), text[match.end() :]) if match else None


def place_dated(text: str) -> tuple[str, str] | None:
    """The place and the rest of a line that starts 'Edinburgh, Thursday 2 June 2016'
    (the rest starts with the date), else None."""
    match = PLACE_BEFORE_DATE.match(text)
    if match is None or re.search(WEEKDAY.removesuffix("?"), f"{match['place']} "):
        return None  # "Panel Tuesday, 15 May 2020": a weekday is no town
    return match["place"].strip(), text[match.end() :]


#: a committee system's label for the papers' kind over their date, under the body's name
#: ("Cabinet" / "Committee Minutes" / "Wed Jan 13 2016"): the word alone names no body
BARE_KIND = re.compile(r"^(?:sub-)?committees?$", re.IGNORECASE)
#: A committee system's page heading over the date, no body: "Meeting documents"; the
#: paper's kind alone ("Agenda – 17 March 2030" printed twice over the notice) names none
DOCUMENTS_HEADING = re.compile(
    r"(?:meeting\s+)?(?:documents|papers|details)|agenda|minutes|notes", re.IGNORECASE
)


def _titled_body(titled: list[Line]) -> str:
    """The body named by the title lines over the date (nearest first). Under a committee
    system's "Committee Minutes" label the name above is the body's: "Cabinet" as it is,
    "Development Control" (no body's noun) with "Committee" after it. A page heading
    ("Meeting documents") names none."""
    names = [
        name
        for line in titled
        if (name := title_name(line))
        and not KIND_TITLE.fullmatch(name)
        and not DOCUMENTS_HEADING.fullmatch(name)
    ]
    for k, name in enumerate(names):
        if not BARE_KIND.match(name):
            return name
        above = names[k + 1] if k + 1 < len(names) else ""
        if above and not BARE_KIND.match(above):
            return above if BODY_NOUN.search(above) else f"{above} {name}"
    return ""


def dated_title_opening(lines: list[Line]) -> Opening | None:
    """A title naming the body, then a line that starts with the date ('Thursday 5 March
    2020 at 7.00 pm'), as agendas without a notice print it, or with the town and the
    date ('Edinburgh, Thursday 2 June 2016', see `place_dated`)."""
    for i, line in opening_lines(lines)[:12]:
        text = plain(line.text)
        listed = LIST_RUN_ON.search(text, 0, MAX_DATED_LINE + 1)
        text = text[: listed.start()] if listed else text  # "... Horsham Councillors: A, B"
        kind = KIND_DATED.match(text)  # "Minutes - Tuesday, 10 June 2025 2.00 pm, Room 1"
        text = text[kind.end() :] if kind else text
        placed = place_dated(text) if len(text) <= MAX_DATED_LINE else None
        text = placed[1] if placed else text
        in_venue = venue_dated(text) if not placed and len(text) <= MAX_DATED_LINE else None
        text = in_venue[1] if in_venue else text
        lead = TIME_FIRST.match(text) if len(text) <= MAX_DATED_LINE else None
        text = text[lead.end() :] if lead else text  # "2.00 p.m. Tuesday 17th November 2009"
        if len(text) > MAX_DATED_LINE or not DATED_LINE.match(text):
            continue
        date = find_date(text)
        if date is None or is_letter_date(lines, i):
            continue
        met = AT_A_MEETING_OF.search(text) if placed else None
        if met is not None:
            return Opening(strip_article(met["body"]), date, find_time(text), None, line.number)
        titled = [t for t in title_lines(lines, i) if not POSTCODE.search(t.text)]
        if not titled:  # a note under the title: "A joint committee of ... councils."
            titled = [
                t for t in title_lines(lines, _over_note(lines, i)) if not POSTCODE.search(t.text)
            ]
        address = None
        if len(titled) >= 2 and STREET.search(plain(titled[0].text)):
            # "Priory Lodge Hall Avenue Road Malvern" over the date: the place, not the body
            address, titled = plain(titled[0].text).strip(), titled[1:]
        body = committee_of_lines(titled) or _titled_body(titled)
        if not body:
            continue
        time = find_time(lead.group(0)) if lead else None
        time = time or find_time(text) or clock_after_date(text) or _clock_at_end(text)
        venue = _venue_after_date(text) or (in_venue[0] if in_venue else None)
        if venue is None:
            time_below, venue = below_the_date(lines, i)
            time = time or time_below
        venue = None if venue and repeats_title(venue, body) else venue
        return Opening(body, date, time, venue or address, line.number)
    return None


#: A street's word: a title line holding one is an address (the meeting's place). Fewer
#: than `questions.STREET` knows: "Park", "Court", "Hill" also end bodies' names ("X
#: National Park Authority"), which a title line over the date must stay free to be
STREET = re.compile(r"\b(?:Road|Street|Avenue|Lane|Drive|Square|Terrace|Crescent|Close)\b")


def repeats_title(venue: str, body: str) -> bool:
    """Whether a line read as the venue only prints the body's name again, as the paper's
    own heading in capitals under a web page's title ("Licensing Panel" / "Thursday 3 May
    2012" / "LICENSING" / "PANEL"): every word of it is a word of the body's name."""
    words = re.findall(r"[a-z]+", venue.lower())
    return bool(words) and set(words) <= set(re.findall(r"[a-z]+", body.lower()))


#: a time printed before the date on a dated line: "2.00 p.m. Tuesday 17th November 2009",
#: "10.30am, 4 May 2021", "5:30 PM ON TUESDAY, 10 MARCH, 2026" (a summons's "on")
TIME_FIRST = re.compile(
    rf"^(?:{TIME_PHRASE.pattern})(?:[,;]?[ \t]{{1,3}}on[ \t]{{1,3}}|[\s,;–—-]{{1,5}})"
    rf"(?={WEEKDAY}{DAY_BEFORE_MONTH}[A-Za-z])",
    re.IGNORECASE,
)


#: Most lines of a note printed between a title and its dated line
NOTE_LINES = 4


def _over_note(lines: list[Line], i: int) -> int:
    """The index above the note printed between a title and the dated line `i` (a short
    paragraph ending with a full stop: "A joint committee of the scrutiny committees of
    ... councils."), or `i` when no such note stands there."""
    k = i - 1
    while k >= 0 and not lines[k].text.strip():
        k -= 1
    if k < 0 or not plain(lines[k].text).rstrip().endswith("."):
        return i
    for _ in range(NOTE_LINES):
        if k - 1 < 0 or not lines[k - 1].text.strip():
            return k
        k -= 1
    return i


#: the line under a dated line that says where the meeting was held: "held at the Town
#: Hall, Ashby.", "held in Committee Room 2 at 2.30 pm", "Held in City Chambers," (its full
#: stop ends the phrase, not a sentence); the preposition is left for the reader after it
HELD_BELOW = re.compile(r"^(?:meeting\s+)?held\s+(?=(?:at|in)\b)", re.IGNORECASE)


#: a bodiless summons under a title that dates the meeting: "A meeting to be held at
#: Committee Room 1, Civic Centre at 10:00 on 3 May 2011.", "Meeting to be held in V"
TO_BE_HELD_BELOW = re.compile(
    r"^(?:(?:a|the|this)\s+)?meeting\s+(?:(?:is\s+)?to\s+be|will\s+be)\s+held\s+"
    r"(?=(?:at|in)\s)",
    re.IGNORECASE,
)


#: the same summons run on after the title's date and time: "X Tuesday D at 2.00 pm
#: Members' Pre-meeting at 1.30 pm Meeting to be held at V"
TO_BE_HELD_AFTER = re.compile(TO_BE_HELD_BELOW.pattern.replace("^", r"\b", 1), re.IGNORECASE)


#: a web address a front sheet prints after the place: "..., NE1 2AB www.example.gov.uk"
WEB_ADDRESS_AFTER = re.compile(r"\s+(?:www\.|https?://)\S{3,120}$", re.IGNORECASE)


def held_below_title(lines: list[Line], i: int, date: dt.date) -> tuple[dt.time | None, str] | None:
    """The time and place of a bodiless summons on the line under a dated title (see
    TO_BE_HELD_BELOW), when it names a place and no other date; else None."""
    below = next((plain(ln.text) for ln in lines[i + 1 : i + 3] if ln.text.strip()), "")
    held = TO_BE_HELD_BELOW.match(below) if len(below) <= MAX_DATED_LINE + 40 else None
    return _held_place(below[held.end() :], date) if held else None


def held_after_date(rest: str, date: dt.date) -> tuple[dt.time | None, str] | None:
    """The time and place of a bodiless summons run on after a title line's date and time
    (see TO_BE_HELD_AFTER), a web address after the place left out; else None."""
    held = TO_BE_HELD_AFTER.search(rest[:300])
    return _held_place(rest[held.end() :], date) if held else None


def _held_place(rest: str, date: dt.date) -> tuple[dt.time | None, str] | None:
    """The time and place a bodiless summons gives after "held", when it names a place and
    no date but the title's."""
    said, time, venue, _ = when_and_where(rest)
    venue = WEB_ADDRESS_AFTER.sub("", venue) if venue else None
    if not venue or (said is not None and said != date):
        return None
    return time, venue


def below_the_date(lines: list[Line], i: int) -> tuple[dt.time | None, str | None]:
    """The time and venue printed under a dated line: a time alone ('2.00 pm') over the
    venue; a record's own line ('MINUTES of the Meeting commencing at 10.00 am'), which
    gives the time and is never a venue; else the venue alone. A web page's date printed
    again alone under the dated line ('Wednesday, 12th March, 2008') is skipped."""
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
    if j is not None and _date_again(plain(lines[j].text), plain(lines[i].text)):
        i = j
        j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
    if j is None:
        return None, None
    timed = _date_again_timed(plain(lines[j].text), plain(lines[i].text))
    if timed is not None:  # "Thursday 9th October, 2012 at 2:00pm" under the date alone
        return timed, _venue_after_date(plain(lines[j].text)) or venue_below(lines, j, VENUE_REACH)
    date = find_date(plain(lines[i].text))
    info = information_lines(lines, i, date) if date else None
    if info is not None:  # "Committee Information X - 04/03/2014: 14:00:00" over the venue
        return info[0], venue_below(lines, info[1])
    first = plain(lines[j].text).strip(" ,;")
    stacked = stacked_phrases(lines, j) if STACKED_WORD.fullmatch(first) else None
    if stacked is not None:  # "at" / "2.15pm" / "in the" / "North Petherton Bowling Club"
        _, time, venue, _ = when_and_where(stacked)
        if time is not None or venue:
            return time, venue
    alone = len(first) <= 40 and any(times_alone(t) for t in (first, first.rstrip(".")))
    if alone:  # "2.00 pm", "07.00 p.m." (its last full stop kept: the "p.m." needs it)
        return find_time(first), venue_below(lines, j, VENUE_REACH)
    span = clock_span_start(first)
    if span is not None:  # "13:30 – 16:00": the hours sat, in 24-hour clocks
        return span, venue_below(lines, j, VENUE_REACH)
    held = HELD_BELOW.match(first) if len(first) <= MAX_DATED_LINE else None
    if held is not None:  # "held at the Town Hall, Ashby." under the date
        _, time, venue, _ = when_and_where(first[held.end() :])
        if venue:
            return time, venue
    if manner_line(first) and re.search(r"\b(?:via|by)\s", first, re.IGNORECASE):
        return None, first  # "Remote meeting via Microsoft Teams": where it sat, as printed
    if MEETING_WORDS.search(first):
        return find_time(first), None
    return None, venue_below(lines, i)


#: A phrase's first words alone on a line of a front sheet set out a phrase to a line:
#: a lone preposition before the time ("at", "commencing at"), or "in the" before the place
STACKED_WORD = re.compile(rf"{LONE_PREPOSITION.pattern}|in(?:\s+the)?", re.IGNORECASE)
#: Lines of text read as one stacked phrase at most, and the longest of them
STACKED_LINES = 4
STACKED_LENGTH = 80


def stacked_phrases(lines: list[Line], j: int) -> str | None:
    """The lines from line j joined as one phrase ("at 2.15pm in the North Petherton
    Bowling Club"), up to a label or a line too long to be a phrase's; None when there
    are too few to say when or where."""
    found: list[str] = []
    for line in lines[j:]:
        text = plain(line.text).strip(" ,;")
        if not text:
            continue
        if len(found) == STACKED_LINES or len(text) > STACKED_LENGTH or ":" in text:
            break
        found.append(text)
    return " ".join(found) if len(found) >= 2 else None


def times_alone(text: str) -> bool:
    """Whether a line is only a time ("2.00 pm") or a start and an end ("7.00 pm - 9.15 pm",
    "10.00 am to 12.30 pm", "7.00 - 9.15 pm"), the span a meeting sat for."""
    span = SPAN_IN_SENTENCE.match(text.strip())
    if span is not None and not text.strip()[span.end() :].strip(" ,.;:-–—"):
        return True
    spans = list(TIME_SPAN.finditer(text))
    if not 1 <= len(spans) <= 2 or spans[0].start() != 0:
        return False
    return not TIME_SPAN.sub("", text).strip(" ,.;:-–—")


def _date_again(text: str, dated: str) -> bool:
    """Whether a line is only the dated line's date printed again."""
    text = text.strip(" ,.;")
    span = DATE_SPAN.fullmatch(text) if len(text) <= 40 else None
    return span is not None and find_date(text) == find_date(dated)


def _date_again_timed(text: str, dated: str) -> dt.time | None:
    """The time a line gives when it prints the dated line's date again with the time
    ("Thursday 9th October, 2012 at 2:00pm" under "Thursday, 9th October, 2012",
    as a committee system's page prints its heading and then its meeting's line)."""
    if len(text) > MAX_DATED_LINE or not DATED_LINE.match(text) or find_time(dated):
        return None
    date = find_date(text)
    return find_time(text) if date is not None and date == find_date(dated) else None


#: a UK postcode ("WM1 2AB", "NM3 8PX"): the line is an address, never a body's name
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")


#: how a letter goes on under its date: "To: All Members", "Dear Councillor", "Our ref"
LETTER_START = re.compile(r"^(?:to\s*:|dear\b|(?:our|your)\s+ref)", re.IGNORECASE)


def is_letter_date(lines: list[Line], i: int) -> bool:
    """Whether a dated line is the date a notice was sent: the date alone on its line, with
    the letter's address or greeting ("To: All Members", "Dear Councillor") just below; the
    meeting's own date is in the notice's sentence."""
    text = plain(lines[i].text).strip(" ,.")
    date_span = DATE_SPAN.search(text)
    if date_span is None or text[date_span.end() :].strip(" ,."):
        return False
    below = [plain(ln.text).strip() for ln in lines[i + 1 : i + 6] if ln.text.strip()]
    return any(LETTER_START.match(t) for t in below[:2])


def in_a_letter(lines: list[Line], i: int) -> bool:
    """Whether line i sits in a letter's heading: a greeting or an addressee ("Dear
    Councillor", "To: All Members") within a few lines above or below it."""
    near = [plain(ln.text).strip() for ln in lines[max(0, i - 6) : i + 7] if ln.text.strip()]
    return any(LETTER_START.match(t) for t in near)


#: a 24-hour clock right after a dated line's date: "Friday 19 November 2021, 10:00",
#: "3 May 2021 at 14.30 hrs" (a colon, or a stop with "hrs"; a bare "7.30" is left alone)
CLOCK_AFTER_DATE = re.compile(
    r"^[\s,;–—-]*(?:at\s+)?(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d)(?:\s*(?:hrs|hours)\b)?|"
    r"\.(?P<m2>[0-5]\d)\s*(?:hrs|hours)\b)(?!\s*(?:am|pm|a\.m|p\.m))",
    re.IGNORECASE,
)


def clock_after_date(text: str) -> dt.time | None:
    """The 24-hour time printed right after a dated line's date, else None."""
    date_span = DATE_SPAN.search(text)
    clock = CLOCK_AFTER_DATE.match(text[date_span.end() :]) if date_span else None
    return dt.time(int(clock["h"]), int(clock["m"] or clock["m2"])) if clock else None


#: "commencing at", "starting at" before a clock that closes a dated line
CLOCK_LEAD = re.compile(r"(?:\b(?:commencing|starting|beginning)\s+)?$", re.IGNORECASE)


def _clock_closing(text: str) -> tuple[int, dt.time] | None:
    """Where the 24-hour clock that closes a dated line after its place starts ("...
    Euxton, commencing at 1000 hours"), its lead-in words with it, and its time; None
    when text follows it."""
    last = next(reversed(list(CLOCK_IN_SENTENCE.finditer(text))), None)
    if last is None or text[last.end() :].strip(" ,.;:-–—"):
        return None
    lead = CLOCK_LEAD.search(text[: last.start()].rstrip())
    start = lead.start() if lead and lead.group(0) else last.start()
    return start, clock_time(last)


def _clock_at_end(text: str) -> dt.time | None:
    """The time of a 24-hour clock closing a dated line (`_clock_closing`), else None."""
    date_span = DATE_SPAN.search(text)
    closing = _clock_closing(text[date_span.end() :][:200]) if date_span else None
    return closing[1] if closing else None


def _venue_after_date(text: str) -> str | None:
    """What follows the date and time on a dated line: 'Thursday 25 October 2012, Committee
    Room A' -> 'Committee Room A' (the time may follow the place: '... in Hall A commencing
    at 10.30 am'); a time alone ('..., 10:00') is no venue."""
    date_span = DATE_SPAN.search(text)
    if date_span is None:
        return None
    rest = text[date_span.end() :]
    for _ in range(2):  # a 24-hour start and end: "D, 14:30-17:00"
        clock = CLOCK_AFTER_DATE.match(rest)
        rest = rest[clock.end() :] if clock else rest
    lead = SPAN_IN_SENTENCE.match(rest.lstrip(" ,.;:-–—("))
    if lead is not None:  # "D (7.00 - 9.25 pm)", "D, 7.00 - 9.25 pm, V": the span, no place
        rest = EMPTY_BRACKETS.sub(" ", rest.replace(lead.group(0), " ", 1))
    for _ in range(2):  # a start time, and an end time ("- 10.00 am to 11.45 am")
        time_span = TIME_SPAN.search(rest)
        if time_span is None or rest[: time_span.start()].strip(" ,.;:-–—"):
            break
        rest = rest[time_span.end() :]
    last = next(reversed(list(TIME_SPAN.finditer(rest[:200]))), None)
    if last is not None and not rest[last.end() :].strip(" ,.;:-–—"):
        rest = rest[: last.start()]  # "D in V commencing at 10.30 am.": the time after the place
    closing = _clock_closing(rest[:200])
    if closing is not None:  # "D in V, commencing at 1000 hours": a 24-hour clock after it
        rest = rest[: closing[0]]
    rest = rest.strip(" ,.;:-–—")
    venue = strip_article(VENUE_START.sub("", rest))
    return venue if venue and len(venue) <= 80 else None


#: Lines under a time alone searched for the venue (a front sheet that lost its labels
#: spaces each value two blank lines apart); under a dated line, the next two only
VENUE_REACH = 4


def venue_below(lines: list[Line], i: int, reach: int = 3) -> str | None:
    """The line under a dated line, when it reads as a place: short, no label, no number,
    no full stop ('Council Chamber, Bramley House'); or an address ending on its postcode,
    which may start with the building's number and end with a stop ('10 Quay Street,
    Harbury HB1 2AB.')."""
    below = next((plain(ln.text) for ln in lines[i + 1 : i + reach] if ln.text.strip()), "")
    held = HELD_BELOW.match(below) if len(below) <= MAX_DATED_LINE else None
    place = re.sub(r"^(?:at|in)\s+", "", below[held.end() :], flags=re.IGNORECASE) if held else ""
    if place[:1].isalpha() and ":" not in below:
        return strip_article(place) or None  # "held at the Town Hall, X."
    return as_place(below)


def as_place(below: str) -> str | None:
    """A line read as a place (see venue_below), else None."""
    address = below.rstrip(". ")
    if len(address) <= 100 and ":" not in address and POSTCODE.search(address[-9:]):
        return address
    if not below or len(below) > 80 or below.endswith(".") or ":" in below:
        return None
    if below[:1].isdigit() or below[:1] in "-•(" or FORMULA.fullmatch(below):
        return None
    if PAGE_HEADING.match(below.strip()):  # an attendance page's heading, no place
        return None
    if ATTENDANCE_LABEL.match(below) or MEMBERSHIP_LABEL.match(below):
        return None  # "PRESENT" under the date: the attendance list's label, no place
    return strip_article(VENUE_START.sub("", below)) or None
