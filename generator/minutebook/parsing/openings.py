"""How a paper's opening says which body met, when and where: one reader per layout.

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

Each reader returns None when its layout is absent. The parts of a sentence after "held"
may come in any order ("at V on D", "on D at T in V"), so the date and time are found by
their own patterns and what is left after "at"/"in" is the venue. A sentence that names
only "the Panel" or "the Committee" takes the body's full name from the title above it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import (
    DATE_PHRASE,
    NOON,
    TIME_PHRASE,
    find_date,
    find_field_time,
    find_numeric_date,
    find_time,
)
from ..markup import TAGS
from ..model import Line
from ..vocabulary import WEEKDAY_NAME
from . import letter_formulae
from .bare_venues import bare_place, bracketed_place
from .information_lines import information_lines
from .legal_bases import is_remote_access, without_legal_basis
from .letterheads import letterhead_authority, whole_authority
from .notice_split_titles import body_in_split_notice
from .repeated_sentences import repeats_body
from .search_snippets import snippet_line
from .signed_venues import without_signature
from .spaced_digits import closed_digits
from .spaced_titles import mended_title
from .spoken_dates import plain_dates, plain_times
from .text import plain
from .time_spellings import unstopped, without_end_time
from .venue_ends import before_lone_stop
from .web_attendance_pages import PAGE_HEADING

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
    r"\bminutes (?:of|from)\s+(?:the\s+|a\s+|an\s+)?(?!(?:the|a|an)\s|meeting\b)"
    r"(?P<body>[^,;]{3,150}?)\s+meeting\b",
    re.IGNORECASE,
)
#: "MINUTES OF THE CABINET HELD ON ..." (no word meeting)
#: "MINUTES OF PROCEEDINGS of the Planning Committee held ...", "Record of decisions of the
#: Cabinet held ..." (the record's own words before the body)
MINUTES_OF_BODY = re.compile(
    r"\b(?:minutes|record)\s+of\s+(?:(?:the\s+)?(?:proceedings|decisions)\s+of\s+)?"
    r"(?:the\s+|a\s+)?(?!(?:the|a|an)\s|meeting\b)(?P<body>[^,;]{3,150}?),?\s+"
    r"(?=held\b)",
    re.IGNORECASE,
)
#: the verb after the body's name: "held", "will be held", "to take place"
HELD = re.compile(r"\b(?:held|take place|taking place|took place|meets|will meet)\b", re.I)
AUXILIARY = re.compile(
    r"[\s,]*(?:(?:which|that)\s+)?(?:(?:will|is to|are to|to|was|were|shall)\s+be|"
    r"(?:will|to|was|were))?\s*$",
    re.IGNORECASE,
)
#: where the meeting sentence stops and the business begins
SENTENCE_END = re.compile(
    r"\s(?:when|for the (?:purpose|transaction)|to (?:consider|transact|discuss)|"
    r"at which|to which you are)\b",
    re.IGNORECASE,
)
#: the notice's next sentence: "... at 7.00 pm. The agenda is set out below." (a stop
#: after a word, a number or a time, then a capitalised word and a word in lower case;
#: "St. Mary's Hall", "C.P. School on Monday" and "p.m. in the Hall" go on)
NEXT_SENTENCE = re.compile(
    r"(?:(?<=[a-z]{3})|(?<=\d)|(?<=[ap]m)|(?<=[ap]\.m))\.\s+(?=[A-Z][a-z]+\s+[a-z]|"
    # or a label run on after the sentence: "... in the Council Chamber.  Present: ..."
    r"(?:Present|Apologies|Attendance|Members present|In attendance)\s*:|"
    # a flattened record's label in capitals: "... at Exmoor House, . PRESENT Ann Reid"
    r"(?:PRESENT|APOLOGIES|IN ATTENDANCE)\b)|"
    # an address ends on its postcode: "... Midhurst, GU29 9DH. Ann Reid Chief Executive"
    r"(?<=\d[A-Z]{2})\.\s+(?=[A-Z])|"
    # a stop left alone where the conversion dropped a word: "at Exmoor House, . The"
    r"(?<=\s)\.\s+(?=[A-Z])"
)
WEEKDAY = r"(?:" + WEEKDAY_NAME + r",?\s+)?"
DATE_WORDS = DATE_PHRASE.pattern.removeprefix(r"\b")
DATE_SPAN = re.compile(
    rf"(?:\b(?:on|of)\s+)?(?:the\s+)?{WEEKDAY}(?:the\s+)?{DATE_WORDS}|"
    r"(?:\bon\s+)?\b\d{1,2}/\d{1,2}/\d{4}\b",
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
VENUE_START = re.compile(r"^(?:in|at|within)\s+(?:the\s+)?", re.IGNORECASE)
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
BLANK_VENUE = re.compile(r"^(?:in|at)(?:\s+the)?$", re.IGNORECASE)
#: Words that only say what the paper is, never which body: dropped from a title line
#: ("Draft Minutes" between the body and the date line is the paper's state, no name)
FORMULA = re.compile(
    r"^(?:public document pack|(?:(?:draft|unconfirmed|confirmed|approved)\s+)?"
    r"(?:agenda|minutes)|notice of (?:a )?meeting|summons|"
    r"supplementary agenda|draft|unconfirmed|confirmed|meeting notice|"
    r"(?:(?:draft|action)\s+)?notes\s+of\s+(?:the\s+|a\s+)?meeting|meeting\s+notes|"
    rf"{letter_formulae.LETTER_OPENING})$",
    re.IGNORECASE,
)
#: (the meeting may be numbered: "Minutes from the Eleventh Meeting of the X", "Minutes of
#: the 45th Meeting of the X")
TITLE_PREFIX = re.compile(
    r"^(?:(?:draft\s+|unconfirmed\s+)?minutes|agenda|notice)\s+(?:of|for|from)\s+"
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
    stop = NEXT_SENTENCE.search(rest)
    if stop and DATE_SPAN.search(rest, 0, stop.start()):  # the meeting's date said first
        rest = rest[: stop.start()]
    date: dt.date | None = None
    time: dt.time | None = None
    date_span = DATE_SPAN.search(rest)
    if date_span:
        date = find_date(date_span.group(0)) or find_numeric_date(date_span.group(0))
        rest = f"{rest[: date_span.start()]} {rest[date_span.end() :]}"
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
    if not left:
        return date, time, None, False
    if BLANK_VENUE.fullmatch(left):
        return date, time, None, True
    manner = MANNER.match(left)
    placed = left[manner.end() :] if manner else left
    venue_start = VENUE_START.match(placed)
    if venue_start:
        venue = strip_article(REMOTE_TOO.sub("", placed[venue_start.end() :]))
    else:  # "held virtually via Microsoft Teams", "held remotely": as printed
        remote = REMOTE.match(placed) or (manner and not placed)
        venue = re.sub(r"^(?:as|in)\s+(?:an?\s+)?", "", left, flags=re.I) if remote else ""
        venue = "" if MANNER_ONLY.fullmatch(venue) or is_remote_access(venue) else venue
        venue = venue or bare_place(placed) or ""  # "..., 10.00 am, Room 4, County Hall"
    return date, time, venue or None, False


#: "Members of the Audit Committee are hereby requested to attend the meeting ..."
MEMBERS_OF = re.compile(
    r"\bmembers of\s+(?:the\s+)?(?P<body>[^,;]{3,150}?)\s+are\s+(?:hereby\s+)?"
    r"(?:summoned|requested|invited)\b",
    re.IGNORECASE,
)
#: "... attend the meeting to be held ...": a meeting whose body the title names
BARE_MEETING = re.compile(r"\bmeeting\b", re.IGNORECASE)


def _members_named(text: str, body: str) -> str:
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
MEETING_KIND = (
    r"(?:extra[- ]?ordinary|special|ordinary|annual|statutory|monthly|additional|emergency|"
    rf"reconvened|adjourned|inaugural|general|{HOW_IT_MET})"
)
#: before a name, only the words no body's own name starts with ("Special Educational
#: Needs Panel" and "General Purposes Committee" are bodies)
KIND_FIRST = (
    r"(?:extra[- ]?ordinary|ordinary|annual|statutory|monthly|additional|emergency|"
    rf"reconvened|adjourned|inaugural|{HOW_IT_MET})"
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
    Council" -> "Full Council", "Extraordinary Meeting, Council" -> "Council", "Hanslope
    Parish Council Monthly" -> "Hanslope Parish Council", "Full Wyke Town Council" -> "Wyke
    Town Council"); a name that is only a kind
    ("Annual") becomes "meeting", a bare meeting whose body the title names."""
    name = body.strip(" ,.;:-–—")
    named = KIND_MEETING_FIRST.match(name)
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
    r"^(?:MINUTES\.?\s+|Minutes\.?\s+)?(?P<body>[A-Z][\w&'’ -]{2,120}?)\s+"
    r"(?:meeting|Meeting|MEETING)"
    r"(?:\s+(?:in|IN)\s+(?:public|Public|PUBLIC))?\s+(?=(?:held|Held|HELD)\b)",
)


def titled_meeting_body(text: str) -> str:
    """The body a title names before "Meeting" ("in Public") and "held" at the line's start,
    title-cased and ending on a body's noun (or "Governing Body"); else ''."""
    titled = TITLED_MEETING.match(text)
    body = titled["body"] if titled else ""
    named = BODY_NOUN.search(body) or GOVERNING_BODY.search(body)
    run_on = re.search(r"\d|\sThe\s", body)  # "PDF 204 KB X Council The Y Board": two lines
    return body if named and not run_on and _title_cased(body) else ""


#: an NHS group's or a school's board, by the name the law gives it
GOVERNING_BODY = re.compile(r"\bgoverning body$", re.IGNORECASE)


def meeting_clause(text: str) -> Clause | None:
    """'... meeting of [the] X [will be|to be] held <when and where>', 'Minutes of the X
    meeting held ...' or 'Members of X are requested to attend the meeting to be held ...',
    read from one line of plain text. The body is '' when the sentence does not name it."""
    lowered = text.lower()
    if "meeting" not in lowered and "minutes of" not in lowered and "record of" not in lowered:
        return None
    held = None
    body = ""
    of = MEETING_OF.search(text)
    named = None if of else BODY_THEN_MEETING.search(text) or MINUTES_OF_BODY.search(text)
    if of:
        held = HELD.search(text, of.end(), of.end() + MAX_BODY + 40)
        if held is None:  # "MEETING OF THE X" as a title, then "... a meeting of X to be held"
            of = _held_meeting_of(text) or of
            held = HELD.search(text, of.end(), of.end() + MAX_BODY + 40)
        if held is not None:
            body = without_convened(AUXILIARY.sub("", text[of.end() : held.start()]))
    elif named:
        held = HELD.search(text, named.end(), named.end() + 40)
        body = named["body"]
    else:
        bare = BARE_MEETING.search(text)
        held = HELD.search(text, bare.end(), bare.end() + 40) if bare else None
        members = MEMBERS_OF.search(text)
        body = members["body"] if members else titled_meeting_body(text)
    if held is None:
        return None
    body = _members_named(text, without_kind_tail(without_meeting_kind(body)))
    if len(body) > MAX_BODY:
        return None
    date, time, venue, blank = when_and_where(text[held.end() :])
    return Clause(body, date, time, venue, blank)


def _held_meeting_of(text: str) -> re.Match[str] | None:
    """The first "meeting of" that a "held" follows within a body's reach, past one that
    opens a title ("MEETING OF THE X COMBINED AUTHORITY To: ... You are requested to attend a
    meeting of the X to be held on D"): a flattened summons prints both on one line."""
    for of in MEETING_OF.finditer(text[:MAX_CLAUSE_CHARS]):
        if HELD.search(text, of.end(), of.end() + MAX_BODY + 40):
            return of
    return None


#: Characters of a line searched for a later "meeting of ... held"
MAX_CLAUSE_CHARS = 1000


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


def title_lines(lines: list[Line], before: int) -> list[Line]:
    """Title lines above index `before`, nearest first: short, no full stop at the end, not
    a formula ("AGENDA", "Minutes"), stopping at the first line that is not a title; a
    letterhead's contact line ("Please ask for ...") is passed over."""
    found: list[Line] = []
    for line in reversed(lines[max(0, before - 12) : before]):
        text = plain(line.text).strip("# ")
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
        if len(text) > 100 or text.endswith((".", ";")) or ":" in text[:40]:
            break
        if not FORMULA.fullmatch(text) and not is_label_row(line.text):
            found.append(line)
    return found


def title_body(lines: list[Line], before: int) -> str:
    """The body the title lines above index `before` name: a committee and its authority
    printed on three lines ('ADULTS ... COMMITTEE' / 'OF' / 'HALLOWDENE ... COUNCIL') as
    one name 'X of Y'; else the nearest title line that names anything."""
    titles = title_lines(lines, before)
    joined = committee_of_lines(titles) or fund_over_board(titles)
    joined = joined or body_in_split_notice(titles)  # "A meeting of the" / X / "will be held on"
    if joined is not None:
        return joined
    return next((t for t in (title_name(t) for t in titles) if t), "")


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
    text = TITLE_PREFIX.sub("", plain(line.text).strip("# "))
    text = TITLE_SUFFIX.sub("", text).strip(" ,.;:-–—")
    kind_tail = KIND_TAIL_DATED.search(text)  # "X BOARD - MINUTES OF MEETING ON 16 APRIL 1998"
    if kind_tail is not None and BODY_NOUN.search(text[: kind_tail.start()]):
        text = text[: kind_tail.start()]
    text = KIND_AFTER_BODY.sub(r"\g<noun>", text)  # "Audit Committee Minutes"
    text = YEAR_AFTER_BODY.sub(r"\g<noun>", text)  # "Places Scrutiny Panel 2019/20"
    text = MEETING_AFTER.sub("", text) if BODY_NOUN.search(text) else text
    dated = TITLE_DATE.search(text)
    if dated is not None and DATE_SPAN.fullmatch(dated["date"].strip()):
        text = text[: dated.start()]
    if DATE_SPAN.search(text) or DOTTED_DATE.search(text):
        return ""  # "Posted on 22nd November, 2018 in Agendas – Town Council", "MM 28.07.2015
    return text.strip(" ,.;:-–—")  # & ...": a web page's or a running head's date, no name


#: a date in figures with points or slashes: "28.07.2015", "28/07/15"
DOTTED_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d\d)\b")


#: "the Overview and Scrutiny Committee Meeting", "Parish Council Monthly Meeting": the
#: word meeting (and its kind) after a body's name in a title
MEETING_AFTER = re.compile(rf"(?:\s+{MEETING_KIND})*\s+meeting$", re.IGNORECASE)
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
    for line in title_lines(lines, before):
        name = title_name(line)
        if name and (noun is None or noun.search(name)) and len(name) > len(body):
            return name
    for line in lines[max(0, before - 12) : before]:  # "To the Members of Ashby Town Council"
        addressed = ADDRESSEES.match(plain(line.text).strip(" #*_"))
        name = addressed["body"].strip(" ,.:") if addressed else ""
        if name and noun is not None and noun.search(name) and len(name) > len(body):
            return name
    return body


#: a letter's addressees: "To: all Members of the Planning Committee", "To the Members of
#: Ashby Town Council"
ADDRESSEES = re.compile(
    rf"^{letter_formulae.ADDRESSEES}\s+of\s+(?:the\s+)?(?P<body>[^,;.]{{3,100}})[,.]?$",
    re.IGNORECASE,
)


def _opening(lines: list[Line]) -> list[tuple[int, Line]]:
    """The first OPENING_LINES non-blank lines with their index; a host's search snippet
    of the file is none of them (see search_snippets)."""
    found = []
    for i, line in enumerate(lines):
        if line.text.strip() and not snippet_line(line.text.strip()):
            found.append((i, line))
            if len(found) >= OPENING_LINES:
                break
    return found


#: (a "Meeting Room" is a place: "THE EXECUTIVE MEETING ROOM - THIRD FLOOR, THE GUILDHALL")
MEETING_WORDS = re.compile(r"\bmeeting\b(?!\s+rooms?\b)|\b(?:minutes|record) of\b", re.I)
#: a line that cannot continue a sentence: a label ("PRESENT:", "Date:"), a list, or the
#: paper's own heading alone ("AGENDA" under a summons closing on "at 10.00 a.m.")
NOT_CONTINUATION = re.compile(
    r"^(?:[A-Za-z][A-Za-z &]{1,24}:|[-•·(]|\d{1,3}[.)]?(?:\t|\s|$)|"
    r"(?:agenda|a g e n d a|minutes|m i n u t e s)\s*$)",
    re.IGNORECASE,
)


def _sentence(opening: list[tuple[int, Line]], k: int) -> str:
    """The sentence that starts on opening line k, joined with the next lines (up to
    SENTENCE_LINES, no blank line between) when a narrow column wrapped it before its date
    ('MINUTES of a meeting of the X held at' / 'County Hall, Lewes on 4 July 2019') or set
    it a phrase to a line ('held on D' / 'at T' / 'in V')."""
    text = plain(opening[k][1].text)
    number = opening[k][1].number
    for _, nxt in opening[k + 1 : k + 1 + SENTENCE_LINES]:
        following = plain(nxt.text)
        gap = nxt.number - number
        if gap != 1 and not (
            _date_after_blank(text, gap, following) or _spaced_phrase(text, gap, following)
        ):
            break
        if text.endswith(".") and not CLOCK_END.search(text):
            break
        if len(following) > 300 or (
            NOT_CONTINUATION.match(following) and not _date_wrapped(text, following)
        ):
            break
        if find_date(text) and not _runs_on(text, following):
            break
        text, number = f"{text} {following}", nxt.number
    return text


#: Most lines a meeting sentence runs on to: a narrow column may set "held on D" / "at T" /
#: "in V" a phrase to a line under "Minutes of the meeting of X"
SENTENCE_LINES = 3
#: Most lines a centred title block in capitals stacks its sentence on
MAX_BLOCK_LINES = 10


def _capitals_line(line: Line) -> bool:
    text = plain(line.text)
    return line.text[:1] in (" ", "\t") and text.isupper() and not text.startswith("_")


def capitals_block(opening: list[tuple[int, Line]], k: int) -> str | None:
    """A centred title block in capitals that stacks its meeting sentence a phrase to a
    line ('OF THE MEETING OF THE' / 'BODY' / 'HELD ON WEDNESDAY 27 JUNE 2007' / 'IN THE
    COUNCIL CHAMBER' / 'COUNTY HALL' / 'COMMENCING AT 10.00 AM'), joined whole: the words
    before the date with spaces, the address lines after it with commas. None unless the
    block runs past the date over more than the two lines `_sentence` joins."""
    block: list[Line] = []
    for _, line in opening[k : k + MAX_BLOCK_LINES]:
        if (block and line.number != block[-1].number + 1) or not _capitals_line(line):
            break
        block.append(line)
    dated = next((n for n, line in enumerate(block) if find_date(plain(line.text))), None)
    if dated is None or len(block) - dated < 3:
        return None
    before = " ".join(plain(line.text) for line in block[: dated + 1])
    return ", ".join([before, *(plain(line.text) for line in block[dated + 1 :])])


#: a sentence broken before its last words: it ends on a preposition ("... 2009 at" /
#: "6.00 p.m."), or the next line starts with its venue ("... 2.00 P.M." / "AT THE TOWN
#: HALL")
DANGLING = re.compile(r"\b(?:at|in|on|from|commencing|the|of)$", re.IGNORECASE)
#: a sentence's full stop that only ends its time ("... 2.00 P.M." / "AT THE TOWN HALL")
CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
VENUE_LINE = re.compile(r"^(?:at|in)\s+(?:the\s+)?[A-Z]", re.IGNORECASE)
#: the next line starts with the meeting's time: "at 11.00 am in the Boardroom",
#: "commencing at 7.30pm for the purpose ...", "starting at 10am"
TIME_LINE = re.compile(
    r"^(?:at|commencing(?:\s+at)?|starting\s+at|from)\s+\d{1,2}(?:[.:]\d\d)?\s*"
    r"(?:[ap]\.?\s?m\b|noon\b|hours\b|hrs\b)",
    re.IGNORECASE,
)


#: a preposition set alone on its line by a centred summons, the time on the line under it
#: ("TUESDAY, 11TH MAY 2010" / "at" / "7.00 p.m.")
LONE_PREPOSITION = re.compile(r"(?:at|commencing(?:\s+at)?|starting\s+at)", re.IGNORECASE)


def _date_after_blank(text: str, gap: int, following: str) -> bool:
    """Whether a notice broken before its date goes on across one blank line: the sentence
    ends on a dangling preposition ('... will be held at the Port Office, on') and the line
    after the blank starts with the date ('THURSDAY 22nd APRIL 2004, commencing at 11
    a.m.'), as a notice that sets the date apart in capitals prints it."""
    return gap == 2 and bool(DANGLING.search(text)) and bool(DATED_LINE.match(following))


#: a spaced title block's next phrase: "Held at the Offices, ...", "On Tuesday 17th
#: November 2009 at 10am"; a summons set out so: "to be held in the Guildhall"
HELD_PHRASE = re.compile(r"^(?:to\s+be\s+)?held\s+(?:at|in)\b", re.IGNORECASE)
DATE_PHRASE = re.compile(rf"^on\s+{WEEKDAY}\d{{1,2}}", re.IGNORECASE)


def _spaced_phrase(text: str, gap: int, following: str) -> bool:
    """Whether a minutes opening set out one phrase a line with blank lines between, as a
    centred title block prints it ('Minutes of a Meeting of the X' / '' / 'Held at V' / ''
    / 'On D at T'), goes on across one blank line: no date yet, and the line after the
    blank says where it was held (with no date: a dated 'held' line is read as one) or
    starts with the date."""
    if gap != 2 or find_date(text) is not None:
        return False
    held = HELD_PHRASE.match(following) is not None and find_date(following) is None
    return held or DATE_PHRASE.match(following) is not None


def _date_wrapped(text: str, following: str) -> bool:
    """Whether a meeting sentence with no date yet goes on to a line that starts with its
    date ('... Kendrigg on Friday' / '8 July 2022 at 10.30 am'): a line starting with a
    day's number is then the date, not a numbered item."""
    return find_date(text) is None and bool(DATED_LINE.match(following))


def _runs_on(text: str, following: str) -> bool:
    """Whether a dated meeting sentence goes on to the next line: it ends on a dangling
    preposition or a comma inside its venue ('... on D at the Shire Hall,' / 'Castle
    Square, Ashby at 10.00 am ...'), or the next line starts with 'at'/'in' and a place,
    or with the time ('at 6.30pm.', 'commencing at 7.30pm ...')."""
    return bool(
        DANGLING.search(text)
        or text.endswith(",")
        or VENUE_LINE.match(following)
        or TIME_LINE.match(following)
        or LONE_PREPOSITION.fullmatch(following)
    )


#: a sentence that says earlier minutes were dealt with: "The minutes of the meeting held
#: on D be approved and signed", "... held on D were confirmed": a decision citing another
#: meeting, never a paper's opening
CITES_MINUTES = re.compile(
    r"\b(?:be|were|was|are|is|being)\s+(?:duly\s+)?(?:approved|confirmed|signed|agreed|"
    r"accepted|adopted|taken as read)\b"
    # an agenda's instruction quoted on a web record: "To confirm the minutes of the
    # meeting held on 20 March 2012 as a correct record."
    r"|^\W{0,3}to\s+(?:confirm|approve|agree|sign|receive|note)\b[^.]{0,40}?\bminutes\b"
    # papers before the members: "C. The Minutes of the Council held on D (previously
    # circulated)", "... as a correct record"
    r"|\bpreviously\s+circulated\b|\bas\s+a\s+(?:correct|true)\s+record\b",
    re.IGNORECASE,
)


def sentence_opening(lines: list[Line], verbs: re.Pattern[str]) -> Opening | Clause | None:
    """The first opening line whose meeting sentence uses one of `verbs` ("held" for
    minutes, "will be held" for a notice). A sentence with no date gives its Clause, so the
    caller can say what is missing; a date printed before the sentence (the date-first
    layout) counts."""
    opening = _opening(lines)
    dateless: Clause | None = None  # a host's title may cut the sentence short above it
    for k, (i, line) in enumerate(opening):
        first = plain(line.text)
        if not MEETING_WORDS.search(first) or (
            ITEM_NUMBER.match(first) and not DATED_LINE.match(first)
        ):
            continue  # an agenda item ("2 Minutes of the meeting held on ...") is no opening
        text = capitals_block(opening, k) or _sentence(opening, k)
        if not verbs.search(text) or CITES_MINUTES.search(text):
            continue
        clause = meeting_clause(text)
        if clause is None:
            continue
        if dateless is not None and not repeats_body(dateless.body, clause.body):
            return dateless
        date = clause.date or find_date(plain_dates(text)) or find_numeric_date(text)
        time = clause.time or find_time(text)
        if date is None:
            if dateless is not None:
                return dateless
            dateless = clause
            continue
        body = full_body(clause.body, lines, i)
        if not body:
            continue
        return Opening(body, date, time, clause.venue, line.number, clause.venue_blank)
    return dateless


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
BODY_LABELS = ("meeting", "committee", "panel", "board", "body", "meeting of")
#: the labels a table's heading row may print over a meeting's date, time and place
ROW_LABELS = frozenset({*DATE_LABELS, *TIME_LABELS, *VENUE_LABELS, "day", "room"})
#: "Date: D", or "Date<TAB>D" as a two-column table prints it
#: ("Date/Time: D at T": a slash joins two labels over one value)
FIELD = re.compile(r"^(?P<label>[A-Za-z][A-Za-z &/]{1,24}?)(?:\s*:|\t)\s*(?P<value>.*)$")


#: a second field printed on the same line: "Time: 7.00 p.m.     Place: Room A", "Date: 3
#: May 2021 Time: 2 pm" (a known label, capitalised, and its colon)
NEXT_FIELD = re.compile(
    # not inside a joined label: "Date and Time:", "DATE & TIME:", "Date/Time:"
    r"(?<!\band)(?<!\bAND)(?<!\bAnd)(?<!&)(?<!/)"
    r"\s+(?=(?:Date|Time|Start time|Venue|Place|Location|Where|DATE|TIME|VENUE|PLACE|"
    r"LOCATION)\s*:)"
)


def line_fields(text: str) -> list[tuple[str, str]]:
    """The labelled fields on one line, (label in lower case, value): one, or several when
    the line prints them side by side ('Time: 7.00 p.m.     Place: Committee Room A')."""
    found: list[tuple[str, str]] = []
    for segment in NEXT_FIELD.split(text.strip())[:6]:
        match = FIELD.match(segment.strip())
        if match:
            found.append((match["label"].strip().lower(), match["value"].strip()))
    return found


def _fields(opening: list[tuple[int, Line]]) -> dict[str, tuple[int, Line, str]]:
    fields: dict[str, tuple[int, Line, str]] = {}
    for k, (i, line) in enumerate(opening):
        for label, value in line_fields(TAGS.sub(" ", line.text).replace("**", "").strip()):
            below = value_below(opening, k, label) if not value.strip() else None
            fields.setdefault(label, below or (i, line, plain(value)))
    return fields


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


def labelled_opening(lines: list[Line]) -> Opening | None:
    """A title, then 'Date:', 'Time:' and 'Venue:'/'Place:' lines (the body from a
    'Meeting:'/'Committee:' field or from the title above the date)."""
    fields = _fields(_opening(lines))
    dated = next((fields[k] for k in DATE_LABELS if k in fields), None)
    if dated is None:
        return None
    named = next((fields[k] for k in BODY_LABELS if k in fields), None)
    dated = meeting_date_field(_opening(lines), dated, named) or dated
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
    time = time or find_time(value)
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
        body = title_body(lines, min(i, *(f[0] for f in fields.values())))
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
    with text, then the place under it (see _venue_below); `time` and no place else."""
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
    if j is None:
        return time, None
    first = plain(lines[j].text).strip(" ,;")
    clock = CLOCK_ALONE.fullmatch(first)
    remote = REMOTE_AT.fullmatch(first) if clock is None else None
    if remote is not None:  # "Virtual Meeting, 10am": the time, and no place
        return time or find_time(remote["time"]), None
    if clock is None and not _times_alone(first):
        return time, None
    said = dt.time(int(clock["h"]), int(clock["m"])) if clock else find_time(first)
    below = next((plain(ln.text).strip() for ln in lines[j + 1 : j + 3] if ln.text.strip()), "")
    address = below.rstrip(". ")
    if len(address) <= MAX_ADDRESS and ":" not in address and POSTCODE.search(address[-9:]):
        return time or said, address  # a long address, down to its postcode
    return time or said, _venue_below(lines, j)


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


#: the paper's kind, then a dash and its meeting's date, time and place on one line under
#: the title naming the body: "Minutes - Tuesday, 10 June 2025 2.00 pm, Committee Room 1",
#: "Agenda: 4 March 2024, 7.00 pm", "Notes – Monday 3 May 2021"; or a space alone, as a
#: redesigned front sheet prints it: "Agenda 4 March 2024 10.00am Riverside House, Norton"
KIND_DATED = re.compile(
    r"(?P<kind>minutes|agenda|notes|notice of meeting)(?:\s*[-–—:|,]\s*|\s+)(?=(?:Mon|Tues|"
    r"Wednes|Thurs|Fri|Satur|Sun)day|\d)",
    re.IGNORECASE,
)
ITEM_NUMBER = re.compile(r"^[-•]?\s*[A-Z]?\d{1,3}[a-z]?[.)/]?\s")
DATED_LINE = re.compile(
    rf"^{WEEKDAY}\d{{1,2}}\s?(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{{4}}\b", re.IGNORECASE
)


#: Longest dated line under a title: 'Monday, 4 March 2024 at 10.30 am in the Assembly Hall,
#: Service Training Centre, Ashby' (the splitter takes lines up to 120 characters too)
MAX_DATED_LINE = 120


#: "Edinburgh, Thursday 2 June 2016": the town where the meeting sat, a comma, then the
#: date, as Scottish councils date their minutes under the body's name; "Edinburgh, 27 May
#: 2010 - At a meeting of The City of Edinburgh Council." names the body after the date
PLACE_BEFORE_DATE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z'’.-]{{1,25}}(?: [A-Z][A-Za-z'’.-]{{1,25}}){{0,2}}),\s+"
    rf"(?={WEEKDAY}\d{{1,2}}\s?(?:st|nd|rd|th)?\s+"
    r"[A-Za-z]{3,9},?\s+\d{4}\b)"
)
#: "- At a meeting of The City of Edinburgh Council." after a place and date
AT_A_MEETING_OF = re.compile(
    r"[-–—.,]\s*at\s+an?\s+(?:[a-z]+\s+){0,2}?meeting\s+of\s+(?P<body>[^.;]{3,150}?)\.?$",
    re.IGNORECASE,
)


def place_dated(text: str) -> tuple[str, str] | None:
    """The place and the rest of a line that starts 'Edinburgh, Thursday 2 June 2016'
    (the rest starts with the date), else None."""
    match = PLACE_BEFORE_DATE.match(text)
    if match is None or re.search(WEEKDAY.removesuffix("?"), f"{match['place']} "):
        return None  # "Panel Tuesday, 15 May 2020": a weekday is no town
    return match["place"].strip(), text[match.end() :]


def dated_title_opening(lines: list[Line]) -> Opening | None:
    """A title naming the body, then a line that starts with the date ('Thursday 5 March
    2020 at 7.00 pm'), as agendas without a notice print it, or with the town and the
    date ('Edinburgh, Thursday 2 June 2016', see `place_dated`)."""
    for i, line in _opening(lines)[:12]:
        text = plain(line.text)
        kind = KIND_DATED.match(text)  # "Minutes - Tuesday, 10 June 2025 2.00 pm, Room 1"
        text = text[kind.end() :] if kind else text
        placed = place_dated(text) if len(text) <= MAX_DATED_LINE else None
        text = placed[1] if placed else text
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
        body = committee_of_lines(titled) or next((n for t in titled if (n := title_name(t))), "")
        if not body:
            continue
        time = find_time(lead.group(0)) if lead else None
        time = time or find_time(text) or clock_after_date(text) or _clock_at_end(text)
        venue = _venue_after_date(text)
        if venue is None:
            time_below, venue = below_the_date(lines, i)
            time = time or time_below
        venue = None if venue and repeats_title(venue, body) else venue
        return Opening(body, date, time, venue, line.number)
    return None


def repeats_title(venue: str, body: str) -> bool:
    """Whether a line read as the venue only prints the body's name again, as the paper's
    own heading in capitals under a web page's title ("Licensing Panel" / "Thursday 3 May
    2012" / "LICENSING" / "PANEL"): every word of it is a word of the body's name."""
    words = re.findall(r"[a-z]+", venue.lower())
    return bool(words) and set(words) <= set(re.findall(r"[a-z]+", body.lower()))


#: a time printed before the date on a dated line: "2.00 p.m. Tuesday 17th November 2009",
#: "10.30am, 4 May 2021"
TIME_FIRST = re.compile(
    rf"^(?:{TIME_PHRASE.pattern})[\s,;–—-]{{1,5}}(?={WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Za-z])",
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
    date = find_date(plain(lines[i].text))
    info = information_lines(lines, i, date) if date else None
    if info is not None:  # "Committee Information X - 04/03/2014: 14:00:00" over the venue
        return info[0], _venue_below(lines, info[1])
    first = plain(lines[j].text).strip(" ,;")
    alone = len(first) <= 40 and any(_times_alone(t) for t in (first, first.rstrip(".")))
    if alone:  # "2.00 pm", "07.00 p.m." (its last full stop kept: the "p.m." needs it)
        return find_time(first), _venue_below(lines, j, VENUE_REACH)
    held = HELD_BELOW.match(first) if len(first) <= MAX_DATED_LINE else None
    if held is not None:  # "held at the Town Hall, Ashby." under the date
        _, time, venue, _ = when_and_where(first[held.end() :])
        if venue:
            return time, venue
    if manner_line(first) and re.search(r"\b(?:via|by)\s", first, re.IGNORECASE):
        return None, first  # "Remote meeting via Microsoft Teams": where it sat, as printed
    if MEETING_WORDS.search(first):
        return find_time(first), None
    return None, _venue_below(lines, i)


def _times_alone(text: str) -> bool:
    """Whether a line is only a time ("2.00 pm") or a start and an end ("7.00 pm - 9.15 pm",
    "10.00 am to 12.30 pm"), the span a meeting sat for."""
    spans = list(TIME_SPAN.finditer(text))
    if not 1 <= len(spans) <= 2 or spans[0].start() != 0:
        return False
    return not TIME_SPAN.sub("", text).strip(" ,.;:-–—")


def _date_again(text: str, dated: str) -> bool:
    """Whether a line is only the dated line's date printed again."""
    text = text.strip(" ,.;")
    span = DATE_SPAN.fullmatch(text) if len(text) <= 40 else None
    return span is not None and find_date(text) == find_date(dated)


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


def _venue_below(lines: list[Line], i: int, reach: int = 3) -> str | None:
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
    """A line read as a place (see _venue_below), else None."""
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


#: an attendance list's label printed alone under the date ("PRESENT", "Members Present",
#: "In attendance", "Apologies"): where the list begins, never the meeting's venue
ATTENDANCE_LABEL = re.compile(
    r"^(?:(?:members|councillors|those|also)\s+)?(?:present|in\s+attendance|attendance|"
    r"apologies|sederunt)\b",
    re.IGNORECASE,
)

#: "MEMBERS" under a front sheet's date: the heading of the membership list, no place
MEMBERSHIP_LABEL = re.compile(r"^(?:members(?:hip)?|councillors)\s*$", re.IGNORECASE)


#: "Held on Tuesday 14 March 2023 at 7.00 pm in the Council Chamber" under a title naming
#: the body ("PLANNING COMMITTEE" / "Minutes"); "held 15th November 2023" (the date at once);
#: an agenda's "to be held on D at T in V" under its title
HELD_LINE = re.compile(
    r"^(?:meeting\s+)?(?:(?:to|will)\s+be\s+)?held\s+"
    r"(?=on\b|at\b|in\b|remotely\b|virtually\b|online\b|via\b|\d)",
    re.IGNORECASE,
)


def held_line_opening(lines: list[Line]) -> Opening | None:
    """A line that starts 'Held on D at T in V' (or 'Meeting held ...') under the title
    lines that name the body."""
    for i, line in _opening(lines)[:12]:
        text = plain(line.text)
        held = HELD_LINE.match(text)
        if held is None:
            continue
        date, time, venue, _ = when_and_where(text[held.end() :])
        if date is None:
            return None
        body = title_body(lines, i)
        return Opening(body, date, time, venue, line.number) if body else None
    return None


#: "Record of decisions taken on Thursday, 18 October 2018 at 2.00 pm in Meeting Room 4,":
#: the dating line of a decision session's record (one member deciding, under a title
#: naming the session), its venue sometimes running on to the next line after a comma
DECISIONS_LINE = re.compile(
    r"^record\s+of\s+(?:the\s+)?decisions?\s+(?:taken|made)\s+(?=on\b|at\b|in\b)",
    re.IGNORECASE,
)
#: Longest line read as the rest of a dating line's venue
MAX_RUN_ON = 80


def decisions_line_opening(lines: list[Line]) -> Opening | None:
    """A line 'Record of decisions taken on D at T in V' under the title lines that name
    the session; a venue ending in a comma goes on to the next line."""
    for i, line in _opening(lines)[:12]:
        text = plain(line.text)
        taken = DECISIONS_LINE.match(text)
        if taken is None:
            continue
        rest = text[taken.end() :]
        if rest.rstrip().endswith(",") and i + 1 < len(lines):
            following = plain(lines[i + 1].text)
            if following and len(following) <= MAX_RUN_ON and not FIELD.match(following):
                rest = f"{rest.rstrip()} {following}"
        date, time, venue, _ = when_and_where(rest)
        if date is None:
            return None
        body = title_body(lines, i)
        return Opening(body, date, time, venue, line.number) if body else None
    return None


#: "Minutes of Parish Council 22 November 2023", "BOROUGH OF POOLE CABINET 12 JUNE 2018",
#: "Surrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am", "ASH PARISH
#: COUNCIL PLANNING COMMITTEE MONDAY 23 MARCH 2015 AT 7.15 PM AT THE PARISH OFFICES": a
#: title naming the body with the meeting's date (and time and place) on the same line;
#: "Meeting of Standards Committee on Tuesday, 14 March 2006, 6.00pm" puts "on" between
TITLED_DATE = re.compile(
    rf"^(?P<title>[A-Z][^.:;!?]{{2,150}}?)(?:\s+on\b)?\s*[-–—,]?\s*(?P<date>{WEEKDAY}(?:the\s+)?"
    r"\d{1,2}\s?(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4})\b(?P<rest>[^;!?]{0,150})$",
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
    found = _titled_date(text)
    dated = DATE_SPAN.search(text) if found is None else None
    mended = mended_title(text[: dated.start()]) if dated else None
    if dated is None or mended is None:
        return found
    return _titled_date(f"{mended} {text[dated.start() :]}")


def _titled_date(text: str) -> tuple[str, dt.date, str] | None:
    """titled_date as printed."""
    match = TITLED_DATE.match(text.strip())
    if match is None or TITLE_SENTENCE.search(match["title"]):
        return None
    if not _title_cased(match["title"]) or re.search(r"\.\s+[A-Z]", match["rest"]):
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
#: a title ends on its body's noun, never on a preposition ("The Panel met on")
OPEN_END = re.compile(r"\b(?:on|of|at|from|since|by|until|before|after|in|for|met)$", re.I)


def _title_cased(title: str) -> bool:
    """Every longer word capitalised ("Dyfed Powys Police and Crime Panel"), ending on no
    preposition."""
    words = re.findall(r"[A-Za-z][\w&'’-]*", title)
    return (
        bool(words)
        and not OPEN_END.search(title.strip(" ,-–—"))
        and all(w[:1].isupper() for w in words if len(w) >= 4)
    )


def titled_date_opening(lines: list[Line]) -> Opening | None:
    """A title line with the meeting's date on it (above); the time and place after the
    date on the line ('AT 7.15 PM AT THE PARISH OFFICES'), else a 'Venue:' line below."""
    opening = _opening(lines)
    for k, (i, line) in enumerate(opening[:12]):
        found = titled_date(plain(line.text))
        if found is None:
            below = [plain(ln.text) for _, ln in opening[k + 1 : k + 1 + REDATE_REACH]]
            found = redated_title(plain(line.text), below)
        if found is None:
            continue
        body, date, rest = found
        clock = CLOCK_IN_SENTENCE.match(rest.strip())  # "CABINET 3 May 2015 at 14:00 ..."
        time = clock_time(clock) if clock else find_time(rest)
        after = rest.strip()[clock.end() :] if clock else rest
        bare = CLOCK_AFTER_DATE.match(rest) if time is None else None
        if bare is not None:  # "X Agenda - 27 April 2010, 10:00": a 24-hour clock, no "at"
            time, after = dt.time(int(bare["h"]), int(bare["m"] or bare["m2"])), rest[bare.end() :]
        venue = _venue_in(NOTE_AFTER.split(after)[0])
        if venue is None:
            placed = next((f for k in VENUE_LABELS if (f := _fields(opening).get(k))), None)
            venue = strip_article(placed[2]) or None if placed else None
        held = (
            held_after_date(rest, date) or held_below_title(lines, i, date) if not venue else None
        )
        if held is not None:  # "X Agenda - D, T" / "A meeting to be held at V at T on D."
            time, venue = time or held[0], held[1]
        if venue is None and time is not None:
            venue = place_below_title(lines, i)
        return Opening(body, date, time, venue, line.number)
    return None


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


def clock_time(clock: re.Match[str]) -> dt.time:
    """The time a CLOCK_IN_SENTENCE match gives ("at 14:00", "at 1000 hrs")."""
    hour = clock["h"] or clock["h4"] or clock["h5"] or clock["h6"]
    minute = clock["m"] or clock["m2"] or clock["m4"] or clock["m5"] or clock["m6"]
    return dt.time(int(hour), int(minute))


def _venue_in(rest: str) -> str | None:
    """The place after a title line's date and time: '... 7.15 PM AT THE PARISH OFFICES',
    '... 7.30 pm Kelling Village Hall'."""
    left = TIME_SPAN.sub(" ", rest)
    left = re.sub(r"\s+", " ", left).strip(" ,.;:-–—")
    at = VENUE_START.match(left)
    # "... 7.30 pm Kelling Village Hall": a building named with no "at" is the place too
    venue = strip_article(left[at.end() :]) if at else bare_place(left) or ""
    venue = venue or bracketed_place(left) or ""  # "(Virtual Meeting - held via Teams)"
    return venue if venue and len(venue) <= 100 else None
