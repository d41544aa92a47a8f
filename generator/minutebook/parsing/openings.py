"""How a paper's opening says which body met, when and where: what its readers share.

UK meeting papers open in a handful of ways:

- a sentence naming the meeting: "MINUTES of a meeting of X held in V on D", "MINUTES of
  the 45th meeting of X, held at V on D", "Minutes of the meeting of X held on D at T in
  V", "Notice is hereby given that a meeting of X will be held at V on D at T", "Members
  are hereby requested to attend a meeting of X to be held ...", "You are summoned to
  attend ...";
- the date first: "D – A virtual meeting of the Panel held at T", under a title line that
  names the body;
- a title, then labelled lines: "Date:", "Time:", "Venue:" / "Place:" / "Location:";
- a title, then a line that is only the date (and time).

The readers live in one module per layout family (sentence_openings, labelled_openings,
dated_title_openings, held_line_openings, titled_date_openings); this module holds what
they share: the `Opening` they return, the opening's lines, the title block above it and
the tidying of a body's name. Each reader returns None when its layout is absent. The
parts of a sentence after "held" may come in any order ("at V on D", "on D at T in V"),
so the date and time are found by their own patterns and what is left after "at"/"in" is
the venue. A sentence that names
only "the Panel" or "the Committee" takes the body's full name from the title above it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import (
    CLOCK_RANGE_BODY,
    DATE_PHRASE,
    DAY_BEFORE_MONTH,
    NOON,
    SHORT_NUMERIC_DATE,
    TIME_PHRASE,
    find_date,
    find_numeric_date,
    find_time,
    range_start_of,
)
from ..markup import TAGS
from ..model import Line
from ..vocabulary import WEEKDAY_NAME
from . import letter_formulae
from .bare_venues import bare_place
from .legal_bases import is_remote_access, without_legal_basis
from .notice_split_titles import body_in_split_notice
from .search_snippets import snippet_line
from .spoken_dates import FIRST_MORNING_HOUR, plain_dates, plain_times
from .text import plain
from .time_spellings import unstopped, without_end_time
from .venue_ends import before_lone_stop
from .welsh_body_names import english_first

#: Lines of a paper's opening searched for its meeting (the notice or header comes first;
#: an item further down saying "minutes of the meeting held on ..." is not the opening).
OPENING_LINES = 30


#: Longest body name read from a sentence; a notice is never longer.
MAX_BODY = 150


MEETING_OF = re.compile(r"\bmeeting of\s+(?:the\s+)?", re.IGNORECASE)


#: "Minutes of the Audit Committee meeting held on ..." (the body before the word meeting;
#: "Minutes of the meeting held on D" names none, whatever meeting follows on its line;
#: "Minutes from the X meeting held ..." as community councils' sites title them)
BODY_THEN_MEETING = re.compile(
    r"\bminutes? (?:of|from)\s+(?:the\s+|a\s+|an\s+)?(?!(?:the|a|an)\s|meeting\b)"
    r"(?P<body>[^,;]{3,150}?)\s+meeting\b",
    re.IGNORECASE,
)


#: "MINUTES OF THE CABINET HELD ON ..." (no word meeting)
#: "MINUTES OF PROCEEDINGS of the Planning Committee held ...", "Record of decisions of the
#: Cabinet held ..." (the record's own words before the body)
MINUTES_OF_BODY = re.compile(
    r"\b(?:minutes?|record)\s+of\s+(?:(?:the\s+)?(?:proceedings|decisions)\s+of\s+)?"
    r"(?:the\s+|a\s+)?(?!(?:the|a|an)\s|meeting\b)(?P<body>[^,;]{3,150}?),?\s+"
    r"(?=held\b)",
    re.IGNORECASE,
)


#: a remote meeting's record verb before where it sat ("hosted at the Offices"; "hosted
#: by" names a host), as the record readers take it beside "held"
HOSTED_AT = r"hosted(?=\s+(?:at|in|on|via)\b)"


#: the verb after the body's name: "held", "will be held", "to take place", "hosted at"
#: (a remote meeting's word, only before where or how it sat: "hosted by" names a host)
HELD = re.compile(
    r"\b(?:held|take place|taking place|took place|meets|will meet|"
    r"hosted(?=\s+(?:at|in|on|via|virtually|remotely|online)\b))\b",
    re.I,
)


AUXILIARY = re.compile(
    r"[\s,]*(?:(?:which|that)\s+)?(?:(?:scheduled|due|arranged)\s+(?=to\b))?"
    r"(?:(?:will|is to|are to|to|was|were|shall)\s+be|being|"
    r"(?:will|to|was|were))?\s*$",
    re.IGNORECASE,
)


#: where the meeting sentence stops and the business begins
SENTENCE_END = re.compile(
    r"\s(?:when|for the (?:purpose|transaction)|(?:in order )?to (?:consider|transact|discuss)|"
    r"at which|to which you are"
    r"|and (?:members|councillors|you) are (?:hereby )?(?:summoned|requested))\b",
    re.IGNORECASE,
)


#: a record's attendance label run on after its sentence with no stop between: a label
#: in capitals ("... 17th June 2020 PRESENT P Lankfer"), a present/absent table's heading
#: ("... 10.50 am Membership Present Absent Councillor ..."), or any label with its colon
#: ("Present:", "Members of Cabinet present:")
RECORD_LABEL = re.compile(
    r"\s(?:(?-i:PRESENT|MEMBERS PRESENT|IN ATTENDANCE|APOLOGIES|Membership\s+Present)\b|"
    r"(?:present|members present|apologies|in attendance)\s*:|the\s+members\s+present\s+being"
    # a list's label naming the body: "... at 6.30 pm Members of Cabinet present: R Hill"
    r"|members\s+of\s+(?:the\s+)?\w+(?:\s+\w+){0,4}?\s+present\s*:)",
    re.IGNORECASE,
)


#: the notice's next sentence: "... at 7.00 pm. The agenda is set out below." (a stop
#: after a word, a number or a time, then a capitalised word and a word in lower case;
#: "St. Mary's Hall", "C.P. School on Monday" and "p.m. in the Hall" go on)
NEXT_SENTENCE = re.compile(
    # after a word's end ("WebEx", "YouTube": a product's capital inside), a figure, a time
    r"(?:(?<=[a-z]{3})|(?<=[a-z][A-Z][a-z])|(?<=\d)|(?<=[ap]m)|(?<=[ap]\.m))\.\s+"
    r"(?=[A-Z][a-z]+\s+[a-z]|"
    # or a label run on after the sentence: "... in the Council Chamber.  Present: ..."
    r"(?:Present|Apologies|Attendance|Members present|In attendance)\s*:|"
    # a flattened record's label in capitals: "... at Exmoor House, . PRESENT Ann Reid"
    r"(?:PRESENT|APOLOGIES|IN ATTENDANCE)\b)|"
    # an address ends on its postcode: "... Midhurst, GU29 9DH. Ann Reid Chief Executive"
    r"(?<=\d[A-Z]{2})\.\s+(?=[A-Z])|"
    # a stop left alone where the conversion dropped a word: "at Exmoor House, . The"
    r"(?<=\s)\.\s+(?=[A-Z])"
)


#: The day of the week before a date, or a word typed for it with its letters swapped or
#: lost ("ON TUSEDAY 16TH JANUARY 2018", "Wendesday 3 May"): a word ending in "day"
#: straight before the date is its weekday, no part of the place before it.
WEEKDAY = r"(?:(?:" + WEEKDAY_NAME + r"|\b[A-Za-z]{3,6}day),?\s+)?"


DATE_WORDS = DATE_PHRASE.pattern.removeprefix(r"\b")


DATE_SPAN = re.compile(
    rf"(?:\b(?:on|of)\s+)?(?:the\s+)?{WEEKDAY}(?:the\s+)?{DATE_WORDS}|"
    r"(?:\bon\s+)?\b\d{1,2}/\d{1,2}/\d{4}\b"
    # "ON 06.06.17": a short date, the same separator twice
    rf"|(?:\bon\s+)?{SHORT_NUMERIC_DATE.pattern}",
    re.IGNORECASE,
)


TIME_SPAN = re.compile(
    r"(?:\b(?:commencing|starting|beginning)\s+)?(?:\b(?:at|from|to|until)\s+|[-–—]\s*)?"
    rf"(?:{TIME_PHRASE.pattern}|{NOON.pattern})",
    re.IGNORECASE,
)


#: a 24-hour clock in a sentence: "at 10:00", "commencing at 14.30 hrs", "at 1000 hrs", "at
#: 14.00" (with a colon, with "hrs", or an hour past noon; "at 7.30" alone may be evening
#: and is left to the am/pm phrases)
CLOCK_IN_SENTENCE = re.compile(
    r"\b(?:at|from|(?:commencing|starting|beginning)(?:\s+at)?)\s+(?:(?P<h>[01]?\d|2[0-3])"
    r"(?::(?P<m>[0-5]\d)(?:\s*(?:hrs|hours)\b)?|\.(?P<m2>[0-5]\d)\s*(?:hrs|hours)\b)|"
    r"(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\s*(?:hrs|hours)\b|"
    # an afternoon or evening hour needs no "hrs": "at 14.00", "at 18.30"
    r"(?P<h5>1[3-9]|2[0-3])\.(?P<m5>[0-5]\d)\b|"
    # four figures after "at" alone: "at 1930"
    r"(?<=at\s)(?P<h6>[01]\d|2[0-3])(?P<m6>[0-5]\d)\b(?![/.]\d))"
    r"(?!\s*(?:am|pm|a\.m|p\.m))",
    re.IGNORECASE,
)


#: a sitting's span in a sentence, with the word before it: "from 7.00 - 9.25 pm", "(7.00 -
#: 9.25 pm)": its start is the meeting's time, though the start prints no half of the day
SPAN_IN_SENTENCE = re.compile(
    rf"(?:\b(?:at|from|between|commencing(?:\s+at)?)\s+)?\b{CLOCK_RANGE_BODY}", re.IGNORECASE
)


VENUE_START = re.compile(r"^(?:in|at|within)\s+(?:the\s+)?", re.IGNORECASE)
#: the preposition printed twice by a template's slip: "held in the in the Chamber"
STUTTER = ("in the ", "at the ")


#: brackets left empty once the times inside are taken out: "D (10.00 am - 12.05 pm) in V"
EMPTY_BRACKETS = re.compile(r"\(\s{0,5}\)")


#: A meeting held at no place: its venue is said as printed ("virtually via Microsoft Teams")
REMOTE = re.compile(
    r"(?:virtually|remotely|online|via|by video|by (?:microsoft\s+)?teams|by zoom)\b",
    re.IGNORECASE,
)


#: A remote meeting said by its manner alone ("held remotely on ...", "held virtually"):
#: it names no place and no platform, so it leaves no venue
MANNER_ONLY = re.compile(r"(?:remotely|virtually|online|on-line)", re.IGNORECASE)


#: the remote half of a hybrid meeting after its place: "in the Council Chamber and by
#: Microsoft Teams", "at County Hall and remotely", "... and virtually via Zoom"
REMOTE_TOO = re.compile(
    r"\s+(?:and|&)\s+(?:(?:also\s+)?(?:by|via|on|over|through|using)\s+(?:microsoft\s+)?"
    r"(?:teams|zoom|skype|webex|video|remote|virtual)|remotely|virtually|online)\b.{0,80}$",
    re.IGNORECASE,
)


#: the part of a board's meeting held in public or in private, no place: "held in Open
#: Session on D at T in the Boardroom", "held in Public Session"
SESSION = re.compile(r"^in\s+(?:open|public|private|closed)\s+session\b", re.IGNORECASE)


#: A blank venue in a template: "held in the on Wednesday ..." leaves just the article
#: "held" said again after the date and time, before the place ("... from 2pm held via Zoom")
HELD_AGAIN = re.compile(r"^held\s+(?=(?:in|at|via|on|by|remotely|virtually|online)\b)", re.I)
BLANK_VENUE = re.compile(r"^(?:in|at)(?:\s+the)?$", re.IGNORECASE)


#: Words that only say what the paper is, never which body: dropped from a title line
#: ("Draft Minutes" between the body and the date line is the paper's state, no name)
FORMULA = re.compile(
    r"^(?:public document pack|(?:(?:draft|unconfirmed|confirmed|approved)\s+)?"
    r"(?:agenda|minutes)|notice of (?:a )?meeting|summons|notice and agenda|"
    r"agenda and notice of meeting|"
    r"supplementary agenda|draft|unconfirmed|confirmed|meeting notice|"
    r"(?:(?:draft|action)\s+)?notes\s+of\s+(?:the\s+|a\s+)?meeting|meeting\s+notes|"
    rf"{letter_formulae.LETTER_OPENING})$",
    re.IGNORECASE,
)


#: (the meeting may be numbered: "Minutes from the Eleventh Meeting of the X", "Minutes of
#: the 45th Meeting of the X"; a parish's papers may be several at once: "Notice, Summons
#: and Agenda for a Meeting of the X")
TITLE_PREFIX = re.compile(
    r"^(?:(?:draft\s+|unconfirmed\s+)?minutes|agenda|notice"
    r"|(?:notice|summons)(?:\s*,\s*(?:notice|summons)){0,2}\s*,?\s+and\s+(?:agenda|summons))"
    r"\s+(?:of|for|from)\s+"
    # "MINUTES OF PROCEEDINGS OF THE CITY COUNCIL MEETING": the record's own words
    r"(?:proceedings\s+of\s+)?"
    r"(?:the\s+|a\s+)?(?:(?:(?:\d{1,3}(?:st|nd|rd|th)|[a-z]{3,12}(?:-[a-z]{0,8})?"
    r"(?:th|first|second|third))\s+)?meeting\s+of\s+(?:the\s+)?)?"
    r"|^meeting\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


TITLE_SUFFIX = re.compile(r"\s*[-–—:,]\s*(?:minutes|agenda|notice of meeting)$", re.I)


@dataclass(frozen=True)
class Opening:
    """What a paper's opening says of its meeting, and the line that says it."""

    body: str
    date: dt.date
    time: dt.time | None
    venue: str | None
    line: int
    venue_blank: bool = False  # the template's venue was left empty ("held in the on ...")


@dataclass(frozen=True)
class Clause:
    body: str
    date: dt.date | None
    time: dt.time | None
    venue: str | None
    venue_blank: bool


def strip_article(text: str) -> str:
    return re.sub(r"^the\s+", "", text.strip(" ,.;:-–—"), flags=re.IGNORECASE).strip()


def when_and_where(rest: str) -> tuple[dt.date | None, dt.time | None, str | None, bool]:
    """Date, time and venue from what follows "held", in any order; the last value says
    whether the venue was left blank by the template."""
    rest = without_end_time(unstopped(plain_times(plain_dates(rest[:400]))))
    end = SENTENCE_END.search(rest)
    if end:
        rest = rest[: end.start()]
    label = RECORD_LABEL.search(rest)
    if label:  # "... on Wednesday 17th June 2020 PRESENT P Lankfer": a flattened record
        rest = rest[: label.start()]
    stop = NEXT_SENTENCE.search(rest)
    if stop and DATE_SPAN.search(rest, 0, stop.start()):  # the meeting's date said first
        rest = rest[: stop.start()]
    date: dt.date | None = None
    time: dt.time | None = None
    date_span = DATE_SPAN.search(rest)
    if date_span:
        date = find_date(date_span.group(0)) or find_numeric_date(date_span.group(0))
        rest = f"{rest[: date_span.start()]} {rest[date_span.end() :]}"
    span = SPAN_IN_SENTENCE.search(rest)
    start = range_start_of(span) if span is not None else None
    if span is not None and start is not None:  # "from 7.00 - 9.25 pm": 7 pm, not 9.25
        time = start
        rest = f"{rest[: span.start()]} {rest[span.end() :]}"
    for _ in range(3):  # a start time, and an end time ("from 10am to 12.30pm")
        time_span = TIME_SPAN.search(rest)
        if time_span is None:
            break
        time = time or find_time(time_span.group(0))
        rest = f"{rest[: time_span.start()]} {rest[time_span.end() :]}"
    clock = CLOCK_IN_SENTENCE.search(rest) if time is None else None
    if clock is not None:  # "held on 14/03/2023 at 10:00 in Committee Room 2"
        time = clock_time(clock)
        rest = f"{rest[: clock.start()]} {rest[clock.end() :]}"
    rest = EMPTY_BRACKETS.sub(" ", rest)  # "(10.00 am - 12.05 pm)" once its times are out
    rest = without_legal_basis(rest) or rest  # "in accordance with ... Regulations 2020"
    rest = before_lone_stop(rest) or rest  # "at The Pavilion . Social Distancing ..."
    left = re.sub(r"\s+", " ", rest).strip(" ,.;:-–—")
    left = SESSION.sub("", left).strip(" ,")  # "in Open Session in the Boardroom"
    left = HELD_AGAIN.sub("", left)  # "held on D from 2pm held via Zoom": "held" twice
    if not left:
        return date, time, None, False
    if BLANK_VENUE.fullmatch(left):
        return date, time, None, True
    manner = MANNER.match(left)
    placed = left[manner.end() :] if manner else left
    venue_start = VENUE_START.match(placed)
    if venue_start:
        at = venue_start.end()
        stutter = VENUE_START.match(placed[at:]) if placed[at:].startswith(STUTTER) else None
        at += stutter.end() if stutter else 0  # "held in the in the Council Chamber"
        venue = strip_article(REMOTE_TOO.sub("", placed[at:]))
    else:  # "held virtually via Microsoft Teams", "held remotely": as printed
        remote = REMOTE.match(placed) or (manner and not placed)
        venue = re.sub(r"^(?:as|in)\s+(?:an?\s+)?", "", left, flags=re.I) if remote else ""
        venue = "" if MANNER_ONLY.fullmatch(venue) or is_remote_access(venue) else venue
        venue = venue or bare_place(placed) or ""  # "..., 10.00 am, Room 4, County Hall"
    return date, time, venue or None, False


#: "Members of the Audit Committee are hereby requested to attend the meeting ..."
MEMBERS_OF = re.compile(
    r"\bmembers of\s+(?:the\s+)?(?P<body>[^,;]{3,150}?)\s+are\s+(?:hereby\s+)?"
    r"(?:summons?ed|requested|invited)\b",
    re.IGNORECASE,
)


#: "... attend the meeting to be held ...": a meeting whose body the title names
BARE_MEETING = re.compile(r"\bmeeting\b", re.IGNORECASE)


def members_named(text: str, body: str) -> str:
    """A bare noun ("a meeting of the Committee") named in full by the sentence's own
    addressees: "Members of the Planning Committee are requested to attend a meeting of the
    Committee ..." is the Planning Committee's."""
    words = body.split()
    if not words or len(words) > 2:
        return body
    members = MEMBERS_OF.search(text)
    if members is None or len(members["body"]) <= len(body):
        return body
    named = members["body"]
    return named if re.search(rf"\b{re.escape(words[-1])}\b", named, re.IGNORECASE) else body


#: words that say what kind of meeting it was, never which body met: "the Extra-Ordinary
#: Full Council Meeting", "the Parish Council Monthly Meeting", "the Annual Meeting"; and
#: how it met: "the Community Council virtual Meeting", "a Hybrid Meeting of the Board"
HOW_IT_MET = r"virtual|remote|hybrid|online"


#: a meeting's own number in the body's series: "the 94th meeting", "Minutes of 12th
#: Meeting" (no body's name starts with a numbered ordinal)
MEETING_ORDINAL = r"\d{1,4}\s?(?:st|nd|rd|th)"


MEETING_KIND = (
    r"(?:extra[- ]?ordinary|special|ordinary|annual|statutory|monthly|additional|emergency|"
    rf"reconvened|adjourned|inaugural|general|{HOW_IT_MET}|{MEETING_ORDINAL})"
)


#: before a name, only the words no body's own name starts with ("Special Educational
#: Needs Panel" and "General Purposes Committee" are bodies; "the Annual General Parish
#: Council Meeting" is the annual general meeting of the Parish Council)
KIND_FIRST = (
    r"(?:annual\s+general(?!\s+purposes)|extra[- ]?ordinary|ordinary|annual|statutory|monthly|"
    r"additional|emergency|"
    rf"reconvened|adjourned|inaugural|{HOW_IT_MET}|{MEETING_ORDINAL})"
)


KIND_BEFORE = re.compile(rf"^(?:{KIND_FIRST}\s+){{1,3}}", re.IGNORECASE)


#: "Full" before a council's whole name: "the Full Wyke Town Council" met as the whole
#: council, which is the body ("Full Council" alone stays: it names no other)
FULL_BEFORE_NAME = re.compile(
    r"^(?:[Ff]ull|FULL)\s+(?=(?:[A-Z][\w'’&-]{0,30}\s+){1,6}(?:council|authority|COUNCIL|"
    r"AUTHORITY|Council|Authority)$)"
)


ONLY_KIND = re.compile(rf"{MEETING_KIND}(?:\s+{MEETING_KIND}){{0,2}}", re.IGNORECASE)


KIND_AFTER = re.compile(rf"(?:\s+{MEETING_KIND}){{1,3}}(?:\s+meeting)?$", re.IGNORECASE)


#: the kind of meeting before the body and a comma, as a committee system titles a meeting
#: of a council: "Extraordinary Meeting, Council", "Budget Meeting, Full Council"
KIND_MEETING_FIRST = re.compile(r"^(?:[A-Z][\w-]{1,20}\s+){1,2}Meeting,\s+(?=\S)")
#: "Extraordinary, Cabinet", "Special, Council": the kind alone and a comma before the body,
#: as a committee system titles its meeting page
KIND_COMMA_FIRST = re.compile(rf"^{MEETING_KIND},\s+(?=\S)", re.IGNORECASE)
#: "Ordinary Meeting of the Council": a title naming the kind of meeting, then its body
KIND_MEETING_OF = re.compile(
    rf"^(?:{MEETING_KIND}\s+){{1,3}}meeting\s+of\s+(?:the\s+)?(?=\S)", re.IGNORECASE
)


#: how the meeting sat, printed before its place: "held as a hybrid meeting in the Council
#: Chamber and by Microsoft Teams", "held in hybrid format at the Guildhall", "held as a
#: virtual meeting via Zoom"; the place follows
MANNER = re.compile(
    rf"^(?:as\s+an?\s+|in\s+(?:an?\s+)?)(?:{HOW_IT_MET}|in[- ]person|multi[- ]location)\s+"
    r"(?:meeting|format|session)\b[\s,]*",
    re.IGNORECASE,
)


def without_meeting_kind(body: str) -> str:
    """The body's name without the kind of meeting printed around it ("Extra-Ordinary Full
    Council" -> "Full Council", "Extraordinary Meeting, Council" and "Ordinary Meeting of
    the Council" -> "Council", "Hanslope Parish Council Monthly" -> "Hanslope Parish
    Council", "Full Wyke Town Council" -> "Wyke Town Council"); a name that is only a kind
    ("Annual") becomes "meeting", a bare meeting whose body the title names;
    "Extraordinary, Cabinet" is the Cabinet."""
    name = body.strip(" ,.;:-–—")
    named = (
        KIND_MEETING_FIRST.match(name)
        or KIND_MEETING_OF.match(name)
        or KIND_COMMA_FIRST.match(name)
    )
    if named and BODY_NOUN.search(name[named.end() :]):
        name = name[named.end() :]  # "Extraordinary Meeting, Council" (ModernGov's title)
    if ONLY_KIND.fullmatch(name):
        return "meeting"
    stripped = KIND_AFTER.sub("", KIND_BEFORE.sub("", name)).strip(" ,.;:-–—")
    if stripped != name and not BODY_NOUN.search(stripped):
        return "meeting"  # "Annual Parish" (meeting): the kind and a word, no body
    return FULL_BEFORE_NAME.sub("", stripped, count=1)


#: what a title or a sentence prints after the body's name about the paper or the meeting,
#: never part of the name: "X Fire & Rescue Authority Meeting" (held ...), "X Partnership
#: Minutes of the Board" (Meeting ...), "X Committee Agenda of the meeting"
KIND_TAIL = re.compile(
    r"\s+(?:(?:minutes|agenda|notes|record)\s+of\s+(?:the|a|an)\b.{0,60}|meeting)$",
    re.IGNORECASE,
)


def without_kind_tail(body: str) -> str:
    """The body's name without a trailing "Meeting" or "Minutes of the <kind>" (see
    KIND_TAIL), when what is left still names a body; else as printed ("Annual Meeting")."""
    cut = KIND_TAIL.sub("", body).strip(" ,.;:-–—")
    return cut if cut != body and BODY_NOUN.search(cut) else body


#: "..., duly convened and" (held): the formula a full council's minutes print between its
#: name and "held" ("duly constituted and", "duly summoned and", "convened and")
CONVENED = re.compile(
    r"[\s,]{0,4}(?:duly\s+)?(?:convened|constituted|summoned)(?:\s+and)?\s*$", re.IGNORECASE
)


def without_convened(body: str) -> str:
    """The body's name without the "duly convened and" formula printed before "held"
    ("Tonford Borough Council, duly convened and" -> "Tonford Borough Council")."""
    return CONVENED.sub("", body)


#: a title naming the body before "Meeting" run into its "held" line: "X CCG Governing Body
#: Meeting in Public" / "Held on D", "Minutes. X Trust Board Meeting Held D at V"
TITLED_MEETING = re.compile(
    r"^(?:MINUTES\.?\s+|Minutes\.?\s+|The\s+)?(?P<body>[A-Z][\w&'’ -]{2,120}?)\s+"
    r"(?:meeting|Meeting|MEETING)"
    r"(?:\s+(?:in|IN)\s+(?:public|Public|PUBLIC))?\s+"
    # "The X Meeting is being held at ...", "X Meeting to be held at ...": a notice's verb
    r"(?:(?:is|was|will|to)\s+(?:being\s+|be\s+)?)?(?=(?:held|Held|HELD)\b)",
)


def titled_meeting_body(text: str) -> str:
    """The body a title names before "Meeting" ("in Public") and "held" at the line's start,
    title-cased and ending on a body's noun (or "Governing Body"); else ''."""
    titled = TITLED_MEETING.match(text)
    body = titled["body"] if titled else ""
    named = BODY_NOUN.search(body) or GOVERNING_BODY.search(body)
    run_on = re.search(r"\d|\sThe\s", body)  # "PDF 204 KB X Council The Y Board": two lines
    return body if named and not run_on and title_cased(body) else ""


#: an NHS group's or a school's board, by the name the law gives it
GOVERNING_BODY = re.compile(r"\bgoverning body$", re.IGNORECASE)


#: a line under a title saying how the meeting sat, naming no body: "MEETING HELD
#: VIRTUALLY", "Virtual Meeting", "Remote meeting held via Microsoft Teams", "HYBRID MEETING"
MANNER_LINE = re.compile(
    r"^(?:(?:a\s+)?(?:virtual|remote|hybrid|online)\s+meeting(?:\s+held)?|"
    r"(?:meeting\s+)?held)(?:\s+(?:virtually|remotely|online|in\s+public|"
    r"(?:via|by)\s+[\w ]{1,40}))?$",
    re.IGNORECASE,
)


def manner_line(text: str) -> bool:
    """The line only says how the meeting sat ("MEETING HELD VIRTUALLY"): a note under the
    title, never the body's name."""
    return bool(MANNER_LINE.match(text.strip())) and text.strip().lower() not in ("held",)


#: a letterhead's contact line between the title and the date: "Please ask for X T 01632
#: 960000 E x@example.gov.uk", "Contact: X", "Enquiries to: X", "Tel: 01632 960000"
CONTACT_LINE = re.compile(
    r"(?:please\s+ask\s+for|contact(?:\s+officer)?\s*:|enquiries(?:\s+to)?\s*:|"
    r"tel(?:ephone)?\.?\s*:|e-?mail\s*:|direct\s+line\b)",
    re.IGNORECASE,
)


#: a word a body's name has: three letters or more ("Fife", "Panel"), which a paper's
#: reference code ("2007.P.F.A.M.1") lacks
NAME_WORD = re.compile(r"[A-Za-z]{3}")


#: a reference code has a number; "OF" between a committee and its council has none
REFERENCE_DIGIT = re.compile(r"\d")


#: what OCR makes of a scan's specks and stamps: one short token of letters and digits
#: run together ("4EFVT", "1l"), or one or two letters alone ("AD")
SCAN_DEBRIS = re.compile(
    r"(?=[A-Za-z]{0,7}\d)(?=\d{0,7}[A-Za-z])[A-Za-z\d]{2,8}|"
    r"(?!(?:of|at|in|on|to|by|an|as|or|and|for)$)[A-Za-z]{1,2}",
    re.IGNORECASE,
)


#: a front sheet's contents heading over its page-number column: "AGENDA Page No",
#: "Item Pages", "Page Nos."
PAGE_COLUMN = re.compile(
    r"(?:(?:agenda|items?|business|contents)\s+)?pages?(?:\s+nos?\.?)?", re.IGNORECASE
)


#: a summons between the title and the fields, naming the title above it: "The Members
#: listed below are requested to attend a meeting of the above Committee to be held as
#: follows:-"
POINTS_ABOVE = re.compile(r"\bof\s+the\s+above\s+[A-Z]?\w+\b[^.]{0,80}:-?$")


#: a pack's stamp and its contact fields before the title: "Public Document Pack Email:
#: [email protected] Direct line: 01403 215465 Planning Committee ..."
CONTACT_HEAD = re.compile(
    r"^(?:Public\s+Document\s+Pack\s+)?(?:(?:E-?mail|Direct\s+(?:line|dial)|Tel(?:ephone)?"
    r"|Phone|Contact)\s?:\s?(?:\[email[^\]]{0,30}\]|\S{1,80}@\S{1,80}|[\d()+][\d ()+-]{5,20}\d"
    r"|[A-Z][a-z]{1,20}\s[A-Z][a-z]{1,20})\s+){1,4}"
)


def title_lines(lines: list[Line], before: int) -> list[Line]:
    """Title lines above index `before`, nearest first: short, no full stop at the end, not
    a formula ("AGENDA", "Minutes"), stopping at the first line that is not a title; a
    letterhead's contact line ("Please ask for ...") is passed over."""
    found: list[Line] = []
    for line in reversed(lines[max(0, before - 12) : before]):
        text = CONTACT_HEAD.sub("", plain(line.text).strip("# "))  # a pack's contacts first
        if not text:
            continue
        if text.startswith("(") and text.endswith(")"):
            continue  # "(Hesketh District Council, ... )": a note on the title, no name
        if manner_line(text):
            continue  # "MEETING HELD VIRTUALLY": how it sat, no name
        if CONTACT_LINE.match(text):
            continue  # "Please ask for <officer> T <phone>": the letterhead's, no name
        if not NAME_WORD.search(text) and REFERENCE_DIGIT.search(text):
            continue  # "2007.P.F.A.M.1", "PCP/24/3": a reference over the title, no name
        if SCAN_DEBRIS.fullmatch(text):
            continue  # "4EFVT", "AD": a scan's specks read as letters, no name
        if PAGE_COLUMN.fullmatch(text):
            continue  # "AGENDA Page No": the contents' heading over its page column, no name
        if POINTS_ABOVE.search(text):
            continue  # "... a meeting of the above Committee to be held as follows:-"
        if MEMBERSHIP_LABEL.match(text):
            continue  # "Members of the Council": whom a summons is sent to, no name
        if len(text) > 100 or text.endswith((".", ";")) or ":" in text[:40]:
            break
        if MINUTE_HEAD.match(text):
            break  # "C45. Annual Town Meeting": a minute's heading over its text, no title
        if not FORMULA.fullmatch(text) and not is_label_row(line.text):
            found.append(line)
    return found


#: a minute's or an item's heading with its code: "C45. Annual Town Meeting", "12. Budget"
MINUTE_HEAD = re.compile(r"^[A-Z]{0,3}\d{1,4}(?:/\d{2,4})?[.)]\s+[A-Z]")


def title_body(lines: list[Line], before: int) -> str:
    """The body the title lines above index `before` name: a committee and its authority
    printed on three lines ('ADULTS ... COMMITTEE' / 'OF' / 'HALLOWDENE ... COUNCIL') as
    one name 'X of Y'; else the nearest title line that names anything."""
    titles = title_lines(lines, before)
    joined = committee_of_lines(titles) or fund_over_board(titles)
    joined = joined or body_in_split_notice(titles)  # "A meeting of the" / X / "will be held on"
    joined = joined or noun_under_name(titles)  # "Harrogate ... Constituency" / "Committee"
    if joined is not None:
        return joined
    return next((t for t in english_first([title_name(t) for t in titles]) if t), "")


#: the line over a pension board's title naming the fund it oversees: "Thameside Pension
#: Fund", "Northvale Local Government Pension Scheme"
FUND_LINE = re.compile(r"[A-Z][\w '’&-]{2,80}\b(?:pension fund|pension scheme)", re.IGNORECASE)


def fund_over_board(titles: list[Line]) -> str | None:
    """'<fund>' / '<board>' (title lines nearest first, the fund above): '<fund> <board>',
    the board of that fund ("Thameside Pension Fund" / "Local Pension Board"), since every
    fund has a "Local Pension Board"; else None."""
    names = [title_name(t) for t in titles[:2]]
    if len(names) < 2 or not BODY_NOUN.search(names[0]) or BODY_NOUN.search(names[1]):
        return None
    return f"{names[1]} {names[0]}" if FUND_LINE.fullmatch(names[1]) else None


#: a title line that is only a body's noun, its name wrapped onto the line above
NOUN_ALONE = re.compile(
    r"(?:committee|sub-committee|panel|board|forum|partnership|commission)", re.IGNORECASE
)


def noun_under_name(titles: list[Line]) -> str | None:
    """'<name>' / '<noun>' (title lines nearest first, the noun alone below): a title
    broken before its last word ("Harrogate and Knaresborough Area Constituency" /
    "Committee") is one name; else None."""
    names = [title_name(t) for t in titles[:2]]
    if len(names) < 2 or not NOUN_ALONE.fullmatch(names[0]) or not names[1]:
        return None
    if BODY_NOUN.search(names[1]) or not names[1][:1].isupper():
        return None
    return f"{names[1]} {names[0]}"


def committee_of_lines(titles: list[Line]) -> str | None:
    """'X' / 'OF' / 'Y' (title lines nearest first): 'X of Y', else None."""
    names = [title_name(t) for t in titles]
    for k in range(1, len(names) - 1):
        if names[k].lower() == "of" and names[k - 1] and names[k + 1]:
            return f"{names[k + 1]} of {names[k - 1]}"
    return None


def is_label_row(text: str) -> bool:
    """A table's heading row ("Date<TAB>Time<TAB>Venue"): labels over the values below,
    never a body's name."""
    cells = [c.strip(" :").lower() for c in text.split("\t") if c.strip()]
    return len(cells) >= 2 and all(c in ROW_LABELS for c in cells)


def title_name(line: Line) -> str:
    """A title line without the formula around the body's name ("Minutes of the X") and
    without the meeting's date after a dash ("LICENSING COMMITTEE - TUESDAY, 15TH MARCH,
    2011", as a letter's subject line prints it)."""
    text = TITLE_PREFIX.sub("", CONTACT_HEAD.sub("", plain(line.text).strip("# ")))
    text = LEADING_REFERENCE.sub("", text)  # "2020-07 RURAL PARISH COUNCIL": a file's reference
    text = TITLE_SUFFIX.sub("", text).strip(" ,.;:-–—")
    text = ON_BEFORE_DATE.sub(r"\g<noun>", text)  # "... of the Planning Committee on" / its date
    kind_tail = KIND_TAIL_DATED.search(text)  # "X BOARD - MINUTES OF MEETING ON 16 APRIL 1998"
    if kind_tail is not None and BODY_NOUN.search(text[: kind_tail.start()]):
        text = text[: kind_tail.start()]
    text = KIND_AFTER_BODY.sub(r"\g<noun>", text)  # "Audit Committee Minutes"
    text = YEAR_AFTER_BODY.sub(r"\g<noun>", text)  # "Places Scrutiny Panel 2019/20"
    held = HELD_TAIL.search(text)  # "Cabinet Meeting Held at the Council Chamber, Ashby"
    text = text[: held.start()] if held and BODY_NOUN.search(text[: held.start()]) else text
    text = MEETING_AFTER.sub("", text) if BODY_NOUN.search(text) else text
    dated = TITLE_DATE.search(text)
    if dated is not None and DATE_SPAN.fullmatch(dated["date"].strip()):
        text = text[: dated.start()]
    if DATE_SPAN.search(text) or DOTTED_DATE.search(text):
        return ""  # "Posted on 22nd November, 2018 in Agendas – Town Council", "MM 28.07.2015
    if WEB_ADDRESS_ALONE.match(text):
        return ""  # "www.wyke.org.uk" under the council's name on a letterhead: no name
    return text.strip(" ,.;:-–—")  # & ...": a web page's or a running head's date, no name


#: A web address alone on a title's line: "www.wyke-pc.org.uk", "https://wyke.gov.uk/"
WEB_ADDRESS_ALONE = re.compile(r"^(?:https?://|www\.)\S{3,120}$", re.IGNORECASE)


#: where a title says the meeting sat, after the body's name: "... Meeting Held at the
#: Council Chamber, Ashby" (a page's title with the date left to the sentence under it)
HELD_TAIL = re.compile(r"\s+held\s+(?:at|in)\s", re.IGNORECASE)


#: "on" ending a title whose date the next line prints, after the body's noun
ON_BEFORE_DATE = re.compile(
    r"\b(?P<noun>committee|council|panel|board|authority|cabinet|forum|group)\s+on$", re.I
)
#: a paper's reference in figures before its title: "2020-07 RURAL PARISH COUNCIL"
LEADING_REFERENCE = re.compile(r"^\d{2,4}[-/.]\d{1,4}\s+(?=[A-Z])")
#: a date in figures with points or slashes: "28.07.2015", "28/07/15"
DOTTED_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d\d)\b")


#: "the Overview and Scrutiny Committee Meeting", "Parish Council Monthly Meeting", "Board
#: Meeting in Public": the word meeting (its kind, and where the public stood) after a
#: body's name in a title
MEETING_AFTER = re.compile(
    rf"(?:\s+{MEETING_KIND})*\s+meeting(?:\s+(?:held\s+)?in\s+(?:public|private))?$", re.IGNORECASE
)


#: the paper's kind after the body's noun with no dash, as a web page titles it: "Audit
#: and Risk Committee Minutes", "Licensing Panel Agenda", "Planning Committee Meeting Minutes"
KIND_AFTER_BODY = re.compile(
    r"\b(?P<noun>committee|sub-committee|panel|board|council|cabinet|authority|executive|"
    r"forum|commission|partnership)\s+(?:meeting\s+)?(?:minutes|agenda)$",
    re.IGNORECASE,
)


#: the municipal year after the body's noun, as a committee system titles a year's
#: meetings of a body: "Places Scrutiny Panel 2019/20", "Cabinet 2021-2022"
YEAR_AFTER_BODY = re.compile(
    r"\b(?P<noun>committee|sub-committee|panel|board|council|cabinet|authority|executive|"
    r"forum|commission|partnership|assembly|group)\s+(?:19|20)\d\d\s?[/-]\s?(?:19|20)?\d\d$",
    re.IGNORECASE,
)


#: the paper's kind and the meeting's date after a dash closing a title line: "X BOARD -
#: MINUTES OF MEETING ON 16 APRIL 1998", "X PANEL – AGENDA – 3 MAY 2016"
KIND_TAIL_DATED = re.compile(
    r"\s[-–—]\s+(?:draft\s+|unconfirmed\s+)?(?:minutes?|agenda|notes)\b[^;!?]{0,60}$",
    re.IGNORECASE,
)


#: a date after a dash closing a title line: "X - TUESDAY, 15TH MARCH, 2011"
TITLE_DATE = re.compile(r"\s[-–—]\s+(?P<date>[^-–—]{6,40})$")


#: what a minutes opening may name instead of a body: "Minutes of a hearing held on ..."
MEETING_NOUN = re.compile(
    r"(?:(?:special|extraordinary|annual|adjourned|reconvened)\s+)?"
    r"(?:meeting|hearing|site\s+visit|briefing|session)",
    re.IGNORECASE,
)


#: a noun that names a body in a title line
BODY_NOUN = re.compile(
    r"\b(?:committee|sub-committee|panel|board|council|cabinet|authority|executive|forum|"
    r"commission|partnership|assembly|group)\b",
    re.IGNORECASE,
)


def full_body(body: str, lines: list[Line], before: int) -> str:
    """The body as named; when it is a bare noun ("the Panel", "Committee") a title line
    above that holds the noun names it in full ("SURREY POLICE AND CRIME PANEL")."""
    if MEETING_NOUN.fullmatch(body.strip()):  # "Minutes of a hearing held on ...": no body
        for line in title_lines(lines, before):
            name = title_name(line)
            if name and BODY_NOUN.search(name):
                return name
        return body
    words = body.split()
    if len(words) > 2:
        return body
    noun = re.compile(rf"\b{re.escape(words[-1])}\b", re.IGNORECASE) if words else None
    joined = committee_of_lines(title_lines(lines, before))
    if joined is not None and (noun is None or noun.search(joined)):
        return joined
    for name in english_first([title_name(line) for line in title_lines(lines, before)]):
        # "DEVELOPMENT COMMITTEE Councillors", "X Borough Council Committee System -
        # Committee Document": a host's title, words after the name cut off at its noun
        name = _to_noun(noun, name) if name and noun is not None else name
        if name and (noun is None or noun.search(name)) and len(name) > len(body):
            return kindless(name)  # "EXTRAORDINARY POLICY AND RESOURCES COMMITTEE"
    for line in lines[max(0, before - 12) : before]:  # "To the Members of Ashby Town Council"
        addressed = ADDRESSEES.match(plain(line.text).strip(" #*_"))
        name = addressed["body"].strip(" ,.:-–") if addressed else ""  # "...:-"
        if name and noun is not None and noun.search(name) and len(name) > len(body):
            return name
    return body


def _to_noun(noun: re.Pattern[str], name: str) -> str:
    """The name up to the last place the body's noun ends it, a bracket after the noun
    kept ("Planning Committee (North)"); the name as it was when the noun is not in it."""
    found = list(noun.finditer(name))
    if not found:
        return name
    last = found[-1]
    bracket = re.match(r"\s*\([^()]{1,60}\)", name[last.end() :])
    return name[: last.end() + (bracket.end() if bracket else 0)]


def kindless(name: str) -> str:
    """A title's name without the kind of meeting printed before it ("EXTRAORDINARY
    POLICY AND RESOURCES COMMITTEE"), when a body's noun is left."""
    stripped = without_meeting_kind(name)
    return stripped if BODY_NOUN.search(stripped) else name


#: a letter's addressees: "To: all Members of the Planning Committee", "To the Members of
#: Ashby Town Council"
ADDRESSEES = re.compile(
    rf"^{letter_formulae.ADDRESSEES}\s+of\s+(?:the\s+)?(?P<body>[^,;.]{{3,100}})[,.]?$",
    re.IGNORECASE,
)


def opening_lines(lines: list[Line]) -> list[tuple[int, Line]]:
    """The first OPENING_LINES non-blank lines with their index; a host's search snippet
    of the file is none of them (see search_snippets)."""
    found = []
    for i, line in enumerate(lines):
        if line.text.strip() and not snippet_line(line.text.strip()):
            found.append((i, line))
            if len(found) >= OPENING_LINES:
                break
    return found


DATE_LABELS = (
    "date", "meeting date", "date of meeting", "date and time", "date & time", "when", "held",
    "held on", "date/time", "date / time", "date/time of meeting",
)  # fmt: skip


TIME_LABELS = (
    "time", "start time", "time of meeting", "start", "starts", "meeting time",
    "time of commencement", "commencing", "commencement", "starting time",
)  # fmt: skip


VENUE_LABELS = (
    "venue", "place", "location", "where", "meeting venue", "venue for meeting", "held at",
    "held in",
)  # fmt: skip


BODY_LABELS = (
    "meeting", "committee", "panel", "board", "body", "meeting of", "name of meeting",
    "minutes of meeting of", "minutes of the meeting of",  # "Minutes of Meeting of: Council"
    "minutes of a meeting of", "minutes of a meeting of the",
)  # fmt: skip


#: the labels a table's heading row may print over a meeting's date, time and place
ROW_LABELS = frozenset({*DATE_LABELS, *TIME_LABELS, *VENUE_LABELS, "day", "room"})


#: "Date: D", or "Date<TAB>D" as a two-column table prints it
#: ("Date/Time: D at T": a slash joins two labels over one value)
FIELD = re.compile(r"^(?P<label>[A-Za-z][A-Za-z &/]{1,24}?)(?:\s*:|\t)\s*(?P<value>.*)$")
#: a meeting's label with no colon, as a table's cell prints it: set apart by a run of
#: spaces ("Date       Thursday 29 September 2016") or in capitals ("DATE Thursday ...
#: TIME 2.00 pm VENUE The Chamber, City Hall": a flattened row of label cells)
BARE_FIELD = re.compile(
    r"^(?P<label>DATE|TIME|VENUE|PLACE|LOCATION"
    r"|(?:Date|Time|Venue|Place|Location)(?=[ ]{2}))[ ]+(?P<value>\S.*)$"
)


#: a second field printed on the same line: "Time: 7.00 p.m.     Place: Room A", "Date: 3
#: May 2021 Time: 2 pm" (a known label, capitalised, and its colon)
NEXT_FIELD = re.compile(
    # not inside a joined label: "Date and Time:", "DATE & TIME:", "Date/Time:"
    r"(?<!\band)(?<!\bAND)(?<!\bAnd)(?<!&)(?<!/)"
    r"\s+(?=(?:Date|Time|Start time|Venue|Place|Location|Where|DATE|TIME|VENUE|PLACE|"
    r"LOCATION|"
    # a front sheet's next field, which ends the place before it: "Venue: Town Hall,
    # Devizes Enquiries: Town Hall - Tel: ... Councillors: ..."
    r"Enquiries|Contact|Membership|Members|Councillors|Quorum|ENQUIRIES|CONTACT|MEMBERSHIP)"
    r"\s*:)"
)
#: the next capitals label with no colon on a row of them: "... 2016 TIME 2.00 pm VENUE ..."
NEXT_BARE_FIELD = re.compile(r"\s+(?=(?:TIME|VENUE|PLACE|LOCATION)\s+\S)")


def line_fields(text: str) -> list[tuple[str, str]]:
    """The labelled fields on one line, (label in lower case, value): one, or several when
    the line prints them side by side ('Time: 7.00 p.m.     Place: Committee Room A')."""
    found: list[tuple[str, str]] = []
    for segment in NEXT_FIELD.split(text.strip())[:6]:
        match = FIELD.match(segment.strip())
        if match:
            found.append((match["label"].strip().lower(), match["value"].strip()))
    return found or bare_fields(text.strip())


def bare_fields(text: str) -> list[tuple[str, str]]:
    """The fields of a line whose labels lost their colons (`BARE_FIELD`); a row in
    capitals is parted at each capitals label. [] unless the line opens with a label and,
    for the date, a date follows it."""
    bare = BARE_FIELD.match(text)
    if bare is None:
        return []
    pieces = NEXT_BARE_FIELD.split(text) if bare["label"].isupper() else [text]
    found: list[tuple[str, str]] = []
    for piece in pieces[:6]:
        match = BARE_FIELD.match(piece.strip())
        if match is None:
            return found
        label = match["label"].lower()
        if label == "date" and find_date(match["value"]) is None:
            return []
        found.append((label, match["value"].strip()))
    return found


def opening_fields(opening: list[tuple[int, Line]]) -> dict[str, tuple[int, Line, str]]:
    """The first field of each label in the opening lines. A date field whose value holds
    no date ("Date: ..." in a web page's summary line above the paper) gives way to a
    later one that does."""
    fields: dict[str, tuple[int, Line, str]] = {}
    for k, (i, line) in enumerate(opening):
        for label, value in line_fields(TAGS.sub(" ", line.text).replace("**", "").strip()):
            below = value_below(opening, k, label) if not value.strip() else None
            field = below or (i, line, plain(value))
            undated = label in DATE_LABELS and label in fields and not _dated(fields[label][2])
            if undated and _dated(field[2]):
                fields[label] = field
            fields.setdefault(label, field)
    return fields


def _dated(value: str) -> bool:
    return find_date(value) is not None or find_numeric_date(value) is not None


#: Blank lines allowed between a stacked label and its value
TITLE_GAP = 2


#: the labels whose value a web page prints on the line under them
STACKED_LABELS = frozenset({"date", "time", "place", "venue", "location", "where"})


def value_below(
    opening: list[tuple[int, Line]], k: int, label: str
) -> tuple[int, Line, str] | None:
    """A field's value printed on the next line under its label alone, as a committee
    system's page stacks them ("Date:" / "Monday, 28th February, 2011" / "Time:" /
    "4.30pm"); None when the next line is a field of its own or the label is no meeting's
    date, time or place."""
    if label not in STACKED_LABELS or k + 1 >= len(opening):
        return None
    line = opening[k + 1][1]
    text = TAGS.sub(" ", line.text).replace("**", "").strip()
    if line_fields(text) or len(text) > MAX_BODY:
        return None
    return opening[k][0], line, plain(text)  # the label's index: the title is above it


ITEM_NUMBER = re.compile(r"^[-•]?\s*[A-Z]?\d{1,3}[a-z]?[.)/]?\s")


DATED_LINE = re.compile(rf"^{WEEKDAY}{DAY_BEFORE_MONTH}[A-Za-z]+,?\s+\d{{4}}\b", re.IGNORECASE)


#: an attendance list's label printed alone under the date ("PRESENT", "Members Present",
#: "In attendance", "Apologies"): where the list begins, never the meeting's venue
ATTENDANCE_LABEL = re.compile(
    r"^(?:(?:members|councillors|those|also)\s+)?(?:present|in\s+attendance|attendance|"
    r"apologies|sederunt)\b",
    re.IGNORECASE,
)


#: "MEMBERS" under a front sheet's date (the membership list's heading) or the addressees
#: a summons is sent to ("Members of the Council", "To: All Members of the Cabinet"): no
#: place and no title
MEMBERSHIP_LABEL = re.compile(
    r"^(?:to:?\s+)?(?:(?:all|the)\s+)?(?:members(?:hip)?|councillors)"
    r"(?:\s+of\s+(?:the\s+)?[\w ,&'’-]{1,60})?\s*$",
    re.IGNORECASE,
)


#: a title ends on its body's noun, never on a preposition ("The Panel met on")
OPEN_END = re.compile(r"\b(?:on|of|at|from|since|by|until|before|after|in|for|met)$", re.I)


def title_cased(title: str) -> bool:
    """Every longer word capitalised ("Dyfed Powys Police and Crime Panel"), ending on no
    preposition."""
    words = re.findall(r"[A-Za-z][\w&'’-]*", title)
    return (
        bool(words)
        and not OPEN_END.search(title.strip(" ,-–—"))
        and all(w[:1].isupper() for w in words if len(w) >= 4)
    )


def clock_time(clock: re.Match[str]) -> dt.time:
    """The time a CLOCK_IN_SENTENCE match gives ("at 14:00", "at 1000 hrs")."""
    hour = clock["h"] or clock["h4"] or clock["h5"] or clock["h6"]
    minute = clock["m"] or clock["m2"] or clock["m4"] or clock["m5"] or clock["m6"]
    bare = clock["h"] and len(clock["h"]) == 1 and not HOURS_WORD.search(clock.group())
    if bare and 1 <= int(hour) <= LAST_AFTERNOON_HOUR:  # "at 7:00": a parish's evening
        return dt.time(int(hour) + 12, int(minute))
    return dt.time(int(hour), int(minute))


#: the latest hour a clock without its half of the day ("at 7:00") gives in the afternoon
#: or evening, as "at 7 o'clock" does: no meeting is called for 1 to 7 in the morning, and
#: a 24-hour clock prints those hours with a leading nought ("07:00")
LAST_AFTERNOON_HOUR = FIRST_MORNING_HOUR - 1
HOURS_WORD = re.compile(r"\b(?:hrs|hours)\b", re.IGNORECASE)
