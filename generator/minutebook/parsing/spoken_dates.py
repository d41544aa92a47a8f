"""Dates a meeting sentence words the formal way, rewritten to the plain form the date
readers know.

A summons or a full council's minutes may say "on Monday the 10th day of March 2014" (the
deed's formula) or "the 6th of March 2014" instead of "on Monday 10th March 2014"; a clerk
may put the month first ("March 6th, 2014"), abbreviate it and the weekday ("Thurs 6 Mar
2014"), or type the date in figures with full stops or a short year ("held on 6.3.2014",
"06/03/14"), as the UK writes it day first. Each rewrite
leaves every other text unchanged, so the readers of the opening see a date they read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..errors import Diagnostics
from ..model import Line, MeetingFacts
from ..vocabulary import MONTHS, WEEKDAY_NAME
from .yearless_dates import with_years

#: "the 10th day of March 2014", "10th day of March, 2014" -> "10th March 2014"
DAY_OF_MONTH = re.compile(
    rf"\b(?:the\s+)?(?P<day>\d{{1,2}}\s?(?:st|nd|rd|th)?)\s+day\s+of\s+(?P<month>{MONTHS})\b",
    re.IGNORECASE,
)
#: "6th of March 2014" -> "6th March 2014"
DAY_OF = re.compile(
    rf"\b(?P<day>\d{{1,2}}\s?(?:st|nd|rd|th)?)\s+of\s+(?P<month>{MONTHS})\b", re.IGNORECASE
)
#: "March 6th, 2014", "March 6 2014" (the month first) -> "6th March 2014"; the year may
#: be glued to the ordinal when the space between two text runs was lost ("December
#: 6th2016")
MONTH_FIRST = re.compile(
    rf"\b(?P<month>{MONTHS})\s+(?P<day>\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+|(?<=[a-zA-Z]{{2}}))"
    r"(?P<year>\d{4})\b",
    re.IGNORECASE,
)
#: the months as abbreviated: "6 Mar 2014", "6 Sept. 2014"
SHORT_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June",
    "jul": "July", "aug": "August", "sep": "September", "sept": "September",
    "oct": "October", "nov": "November", "dec": "December",
}  # fmt: skip
#: the abbreviations themselves ("Sept" before "Sep", so the longer is taken)
SHORT_MONTH_WORD = r"(?P<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
SHORT_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}}(?:st|nd|rd|th)?)\s+{SHORT_MONTH_WORD}\.?,?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
#: the month abbreviated and first, as a web page's calendar prints it: "Jan 13 2016",
#: "Sept 4, 2019" -> "13 January 2016"
SHORT_MONTH_FIRST = re.compile(
    rf"\b{SHORT_MONTH_WORD}\.?\s+(?P<day>\d{{1,2}}(?:st|nd|rd|th)?),?\s+(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
#: a weekday abbreviated before a date: "Thurs 6 March 2014", "Wed. 5 March 2014"
SHORT_DAYS = {
    "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
    "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
    "sat": "Saturday", "sun": "Sunday",
}  # fmt: skip
SHORT_DAY = re.compile(
    r"\b(?P<weekday>Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?,?\s+(?=\d{1,2}\b)",
    re.IGNORECASE,
)
#: "06/03/14": a two-figure year (this century's, as meeting papers are)
SHORT_YEAR = re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2})\b(?![/\d])")
#: "6.3.2014", "06.03.2014": a date in figures with stops (a four-figure year, so no time
#: such as "6.30" reads as one) -> "6/3/2014"
DOTTED_DATE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")


#: a month's name with its start printed again after it, a conversion's echo of a text
#: layer drawn twice: "15 JuneJu 2017", "3 MARCHMAR 2016"
ECHOED_MONTH = re.compile(rf"\b(?P<month>{MONTHS})(?P<echo>[A-Za-z]{{1,5}})\b", re.IGNORECASE)


def _unechoed(match: re.Match[str]) -> str:
    """The month alone when what follows it repeats its start; else the text as printed."""
    month, echo = match["month"], match["echo"]
    return month if month.lower().startswith(echo.lower()) else match.group(0)


#: a date's words run together where the conversion lost a space: "FRIDAY19TH JUNE",
#: "4 JANUARY2011", "at10.00 a.m."
GLUED_DAY = re.compile(
    rf"\b(?P<word>{WEEKDAY_NAME})(?P<day>\d{{1,2}}(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)
GLUED_YEAR = re.compile(rf"\b(?P<month>{MONTHS})(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
GLUED_AT = re.compile(r"\b(?P<at>at)(?P<clock>\d{1,2}[.:][0-5]\d)", re.IGNORECASE)
#: the word after a date's year run onto it: "3rd May 2019commencing 7pm",
#: "2019at 7pm"
YEAR_GLUED_WORD = re.compile(
    rf"\b(?P<month>{MONTHS})\s(?P<year>(?:19|20)\d\d)(?P<word>commencing|starting|at|in|held)\b",
    re.IGNORECASE,
)


def plain_dates(text: str) -> str:
    """The text with a deed's "the 10th day of March" made "10th March", a dotted
    "6.3.2014" made "6/3/2014", a calendar's "Jan 13 2016" made "13 January 2016", a
    month's echo ("JuneJu") left out and a date's words parted where they ran together
    ("FRIDAY19TH", "JANUARY2011", "at10.00", "2016commencing"); any other text as it was."""
    text = GLUED_DAY.sub(lambda m: f"{m['word']} {m['day']}", text)
    text = GLUED_YEAR.sub(lambda m: f"{m['month']} {m['year']}", text)
    text = GLUED_AT.sub(lambda m: f"{m['at']} {m['clock']}", text)
    text = YEAR_GLUED_WORD.sub(lambda m: f"{m['month']} {m['year']} {m['word']}", text)
    text = ECHOED_MONTH.sub(_unechoed, text)
    text = DAY_OF_MONTH.sub(lambda m: f"{m['day']} {m['month']}", text)
    text = DAY_OF.sub(lambda m: f"{m['day']} {m['month']}", text)
    text = MONTH_FIRST.sub(lambda m: f"{m['day']} {m['month']} {m['year']}", text)
    text = SHORT_MONTH.sub(
        lambda m: f"{m['day']} {SHORT_MONTHS[m['month'].lower()]} {m['year']}", text
    )
    text = SHORT_MONTH_FIRST.sub(
        lambda m: f"{m['day']} {SHORT_MONTHS[m['month'].lower()]} {m['year']}", text
    )
    text = SHORT_DAY.sub(lambda m: f"{SHORT_DAYS[m['weekday'].lower()]} ", text)
    text = SHORT_YEAR.sub(lambda m: f"{m['d']}/{m['m']}/20{m['y']}", text)
    return DOTTED_DATE.sub(lambda m: f"{m['d']}/{m['m']}/{m['y']}", text)


#: "7.30 p.m" with its last stop lost -> "7.30 p.m."
LOST_STOP = re.compile(r"\b(?P<half>[ap])\.m(?![.a-z])", re.IGNORECASE)
#: "at 7.30pm prompt", "at 10am sharp": a word on the time that is no part of the place
ON_TIME = re.compile(r"(?:(?<=[ap]m)|(?<=\.m\.))\s+(?:prompt|promptly|sharp)\b", re.IGNORECASE)


#: the hours a meeting is called for "at N o'clock" said in words
HOUR_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
#: the minutes past the hour said in words before "o'clock"
MINUTE_WORDS = {"fifteen": "15", "thirty": "30", "forty-five": "45", "forty five": "45"}
#: "at 10 o'clock", "at seven o'clock in the evening", "10.30 o'clock"
O_CLOCK = re.compile(
    # "at the hour of 6.00 o'clock p.m." (a council's formal summons): the hour, its half
    r"(?:\bthe\s+hour\s+of\s+)?"
    rf"\b(?P<h>\d{{1,2}}|{'|'.join(HOUR_WORDS)})(?:[.:](?P<m>[0-5]\d))?"
    # "SIX THIRTY O'CLOCK IN THE EVENING": the minutes said in words too
    rf"(?:\s+(?P<mw>{'|'.join(MINUTE_WORDS)}))?\s?o['’]\s?clock\b"
    r"(?:\s+in\s+the\s+(?P<part>morning|forenoon|afternoon|evening)"
    r"|\s?(?P<half>[ap])\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
#: the last hour of the morning a meeting without "in the morning" is called for: "at 10
#: o'clock" is a morning meeting, "at 2 o'clock" or "at 7 o'clock" an afternoon or evening one
LAST_MORNING_HOUR = 11
#: the first hour that is morning when said alone ("8 o'clock" is never 8 pm for a meeting)
FIRST_MORNING_HOUR = 8


def _o_clock(match: re.Match[str]) -> str:
    """'10 o'clock' -> '10.00 am', 'seven o'clock in the evening' -> '7.00 pm', 'the hour
    of 6.00 o'clock p.m.' -> '6.00 pm'."""
    word = match["h"].lower()
    hour = HOUR_WORDS.get(word) or int(word)
    if not 1 <= hour <= 12:
        return match.group(0)
    part = (match["part"] or "").lower()
    if match["half"]:  # "6.00 o'clock p.m."
        morning = match["half"].lower() == "a"
    elif part:
        morning = part in ("morning", "forenoon")
    else:
        morning = FIRST_MORNING_HOUR <= hour <= LAST_MORNING_HOUR
    half = "am" if morning and hour != 12 else "pm"
    minutes = match["m"] or MINUTE_WORDS.get((match["mw"] or "").lower(), "00")
    return f"{hour}.{minutes} {half}"


#: "@ 7.15pm", "@ 1000 HRS": the at sign a clerk types for "at" before a time
AT_SIGN = re.compile(
    r"(?<!\S)@\s?(?=\d{1,2}(?:[.:][0-5]\d)?\s?(?:[ap]\.?m\b|hrs?\b|hours\b)|"
    r"(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs?|hours)\b)",
    re.IGNORECASE,
)
#: "at 1000 HRS", "commencing 1400 hours": a 24-hour clock's four figures after "at"
HOURS_24 = re.compile(
    r"(?<=\bat\s)(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?:hrs?|hours)\b\.?", re.IGNORECASE
)


def plain_times(text: str) -> str:
    """The text with a "p.m" that lost its last stop given it back, a "prompt" or "sharp"
    after a time left out, "@" before a time read as "at", "at 1000 HRS" as "at 10:00",
    and a time said "at 10 o'clock" written as "10.00 am" (a
    meeting's hour from 8 to 11 is the morning's, 12 noon, 1 to 7 the afternoon's or
    evening's, unless the sentence says which); any other text as it was."""
    text = O_CLOCK.sub(_o_clock, text) if "clock" in text.lower() else text
    if "@" in text:
        text = AT_SIGN.sub("at ", text)
    text = HOURS_24.sub(lambda m: f"{m['h']}:{m['m']}", text)
    return ON_TIME.sub("", LOST_STOP.sub(lambda m: f"{m['half']}.m.", text))


#: Lines of a paper's opening whose dates and times are written plain for its readers
OPENING_LINES = 80


def with_plain_dates(lines: list[Line]) -> list[Line]:
    """The paper's lines with the dates and times of its opening (its first OPENING_LINES
    lines) written plain ("Thurs 3 Aug 2017" -> "Thursday 3 August 2017", "the 15th day of
    June 2017" -> "15th June 2017", "7.30 p.m" -> "7.30 p.m."), so every reader of the
    opening knows them; the other lines, and the lines left unchanged, are the same."""
    out = list(lines)
    for k, line in enumerate(lines[:OPENING_LINES]):
        text = plain_times(plain_dates(line.text))
        if text != line.text:
            out[k] = Line(line.number, text)
    return out


def or_plain_dates(
    read: Callable[[list[Line], str, Diagnostics], MeetingFacts | None],
    lines: list[Line],
    file: str,
    diagnostics: Diagnostics,
) -> MeetingFacts | None:
    """What `read` finds in the lines as printed, or when it finds nothing there, in the
    lines with their opening's dates and times written plain (see `with_plain_dates`): a
    reader that knows a form as printed ("12 Mar 2020 - 10:30") keeps reading it so. A
    meeting read with no time as printed takes the plain reading's, when that reads the
    same body and date with a time ("THURSDAY 26 AUGUST 2021 @ 1000 HRS")."""
    lines = with_years(lines)  # "Wednesday 14th June, 14:30": the year the paper prints
    plain = with_plain_dates(lines)
    if plain == lines:
        return read(lines, file, diagnostics)
    tried = Diagnostics()
    found = read(lines, file, tried)
    if found is not None and found.time is None:  # "26 AUGUST 2021 @ 1000 HRS": its time
        timed = read(plain, file, Diagnostics())  # only written plain
        if timed is not None and timed.time is not None and _same_meeting(found, timed):
            diagnostics.extend(tried)
            return timed
    if found is not None:
        diagnostics.extend(tried)
        return found
    return read(plain, file, diagnostics)


def _same_meeting(printed: MeetingFacts, plain: MeetingFacts) -> bool:
    """Whether the plain reading found the printed reading's meeting (its body and date)."""
    return (printed.body_name, printed.date) == (plain.body_name, plain.date)
