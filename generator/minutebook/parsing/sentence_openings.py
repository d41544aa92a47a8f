"""An opening that names the meeting in a sentence: one reader for the sentence layout.

"MINUTES of a meeting of X held in V on D", "Notice is hereby given that a meeting of X
will be held at V on D at T", "Members are hereby requested to attend a meeting of X to be
held ...": the sentence's clause names the body, and what follows "held" gives the date,
time and place in any order (see openings.when_and_where). A sentence may wrap over a few
lines, or stand as a centred block of capitals, and is read whole.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import (
    DAY_BEFORE_MONTH,
    find_date,
    find_numeric_date,
    find_time,
)
from ..model import Line
from ..vocabulary import MONTHS
from .dated_titles_above import date_in_title_above
from .meeting_citations import CIRCULATED
from .openings import (
    AUXILIARY,
    BARE_MEETING,
    BODY_THEN_MEETING,
    DATED_LINE,
    HELD,
    ITEM_NUMBER,
    MAX_BODY,
    MEETING_OF,
    MEMBERS_OF,
    MINUTES_OF_BODY,
    WEEKDAY,
    Clause,
    Opening,
    full_body,
    members_named,
    opening_lines,
    titled_meeting_body,
    when_and_where,
    without_convened,
    without_kind_tail,
    without_meeting_kind,
)
from .repeated_sentences import repeats_body
from .spoken_dates import plain_dates
from .text import plain

#: where the place follows a body's name with no "held": "in the Council Chamber", "at
#: County Hall"; a capital after it, as a place's name has; or the date straight after it,
#: the place later ("You are summoned to the Meeting of the Town Council on Tuesday 8
#: September 2020 at 7pm at The Stanhope Hall")
UNHELD_PLACE = re.compile(
    r"\s+(?=(?:in|at)\s+(?:the\s+)?[A-Z][\w'’]{1,30}\b"
    rf"|on\s+{WEEKDAY}(?:the\s+)?{DAY_BEFORE_MONTH}[A-Za-z]{{3,9}}\b)"
)
#: a name in capitals or with capitals to its words, a small word or two between
NAME_WORDS = re.compile(r"^(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for|&))*$")


def _unheld_place(text: str, start: int) -> re.Match[str] | None:
    """Where a meeting sentence with no "held" goes on to its place ("AGENDA for a meeting
    of the HEALTH SCRUTINY COMMITTEE in the Council Chamber, County Hall, Hertford on
    FRIDAY 3 FEBRUARY 2006"): the body's name before it, and a date after it; None when
    the sentence is not so."""
    place = UNHELD_PLACE.search(text, start, start + MAX_BODY + 40)
    if place is None or not NAME_WORDS.match(text[start : place.start()].strip()):
        return None
    return place if find_date(text[place.end() :]) is not None else None


def meeting_clause(text: str) -> Clause | None:
    """'... meeting of [the] X [will be|to be] held <when and where>', 'Minutes of the X
    meeting held ...' or 'Members of X are requested to attend the meeting to be held ...',
    read from one line of plain text. The body is '' when the sentence does not name it."""
    met = BODY_MET.match(text)
    if met is not None:  # "The County Council of X met at County Hall, X on D to transact"
        body = without_kind_tail(without_meeting_kind(met["body"]))
        date, time, venue, blank = when_and_where(text[met.end() :])
        return Clause(body, date, time, venue, blank) if date is not None else None
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
        if held is None:  # "AGENDA for a meeting of the X in the Council Chamber ... on D"
            held = _unheld_place(text, of.end())
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
    body = members_named(text, without_kind_tail(without_meeting_kind(body)))
    body = RECORD_PREPOSITION.sub("", body)  # "Minutes" / "For the Council Meeting held on D"
    if len(body) > MAX_BODY:
        return None
    date, time, venue, blank = when_and_where(text[held.end() :])
    return Clause(body, date, time, venue, blank)


#: "The County Council of the City & County of X met at County Hall, X on 26 May 2016": a
#: record that opens saying where and when the body met, its name capitalised
BODY_MET = re.compile(
    r"^(?:The\s+)?(?P<body>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|the|and|&|for)){0,14})"
    r"\s+met\s+(?=(?:at|in|on|remotely)\b)"
)


#: "For the", "Of the" opening a sentence under a record's heading ("Minutes" / "For the
#: Council Meeting held on D"): the heading's words carried on, no part of the body's name
RECORD_PREPOSITION = re.compile(r"^(?:for|of)\s+(?:the\s+)?(?=[A-Z])", re.IGNORECASE)


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


#: (a "Meeting Room" is a place: "THE EXECUTIVE MEETING ROOM - THIRD FLOOR, THE GUILDHALL")
MEETING_WORDS = re.compile(
    r"\bmeeting\b(?!\s+rooms?\b)|\b(?:minutes|record) of\b"
    r"|^(?:The\s+)?[A-Z].{0,150}\smet\s+(?:at|in|on)\b",  # "The Council met at V on D"
    re.I,
)


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
            _date_after_blank(text, gap, following)
            or _spaced_phrase(text, gap, following)
            or _year_after_blank(text, gap, following)
            or _small_letter_after_blank(text, gap, following)
            or _venue_after_blank(text, gap, following)
            or _comma_before_date_after_blank(text, gap, following)
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
        if text.endswith(":") and DANGLING.search(text):  # "... Ashby on:" over the date
            text = text[:-1].rstrip()
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
DANGLING = re.compile(r"\b(?:at|in|on|from|commencing|the|of)\s?:?$", re.IGNORECASE)


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


#: a line going on in small letters: the rest of a sentence, not a heading or a list item
#: ("office, 20 new quay road, poole on FRIDAY ..."); a roman or lettered list marker
#: ("ii.", "b)") is a list item's
SMALL_LETTER_START = re.compile(r"^(?![ivx]{1,4}[.)]|[a-z][.)])[a-z][a-z'’-]*[\s,]")
#: a sentence's end: what goes on after it is a new paragraph
SENTENCE_END = re.compile(r"[.:;?!]$")


def _small_letter_after_blank(text: str, gap: int, following: str) -> bool:
    """Whether a sentence goes on across one blank line because the line after it starts
    in small letters: a page stored as HTML whose every line break (its "<br />") became a
    blank line between lines ("AT A MEETING OF X HELD AT the harbour" / "" / "office, ...
    on FRIDAY 27TH SEPTEMBER 2010"). A paragraph starts with a capital, so a line in small
    letters after an unfinished one is the same sentence. Only before the sentence's date;
    a "held at" line under a title is a spaced title block's (`_spaced_phrase`)."""
    return (
        gap == 2
        and not SENTENCE_END.search(text)
        and SMALL_LETTER_START.match(following) is not None
        and HELD_PHRASE.match(following) is None
        and find_date(text) is None
    )


#: a sentence broken after "held at", its venue to come: "Minutes of the X Meeting held at"
HELD_AT_END = re.compile(r"\bheld\s+(?:at|in)$", re.IGNORECASE)
#: the venue's line: a capital, a short line ("The Parish Hall, Victoria Place, Ashby on:")
VENUE_START_LINE = re.compile(r"^[A-Z][^.]{2,150}$")


def _venue_after_blank(text: str, gap: int, following: str) -> bool:
    """Whether a sentence broken after "held at" goes on across one blank line to its
    venue ("Minutes of the X Meeting held at" / "" / "The Parish Hall, Victoria Place,
    Ashby on:" / "" / "Thursday 31st May 2018 at 7.30 p.m."), as a web page that set each
    line as a paragraph prints it. Only before the sentence's date."""
    return (
        gap == 2
        and HELD_AT_END.search(text) is not None
        and VENUE_START_LINE.match(following) is not None
        and find_date(text) is None
    )


def _comma_before_date_after_blank(text: str, gap: int, following: str) -> bool:
    """Whether a sentence left open on a comma inside its venue goes on across one blank
    line to the rest of the venue and the date ("At a meeting of X held in the Town
    Hall," / "" / "Fenby on Tuesday 3 July 2012 at 7.00 p.m."): no date yet, one after."""
    return (
        gap == 2
        and text.rstrip().endswith(",")
        and find_date(text) is None
        and find_date(following) is not None
    )


#: a title broken inside its date, before the year: "... HELD ON TUESDAY 21ST JUNE" over
#: a blank line and "2016, AT THE YOUTH CLUB ..."
DAY_AND_MONTH_END = re.compile(rf"\b{DAY_BEFORE_MONTH}(?:{MONTHS})\s*$", re.IGNORECASE)
YEAR_START = re.compile(r"^(?:19|20)\d{2}\b")


def _year_after_blank(text: str, gap: int, following: str) -> bool:
    """Whether a sentence broken before its date's year goes on across one blank line."""
    return gap == 2 and bool(DAY_AND_MONTH_END.search(text)) and bool(YEAR_START.match(following))


#: a spaced title block's next phrase: "Held at the Offices, ...", "On Tuesday 17th
#: November 2009 at 10am"; a summons set out so: "to be held in the Guildhall"
HELD_PHRASE = re.compile(r"^(?:to\s+be\s+)?held\s+(?:at|in)\b", re.IGNORECASE)


ON_DATE_PHRASE = re.compile(rf"^on\s+{WEEKDAY}\d{{1,2}}", re.IGNORECASE)


def _spaced_phrase(text: str, gap: int, following: str) -> bool:
    """Whether a minutes opening set out one phrase a line with blank lines between, as a
    centred title block prints it ('Minutes of a Meeting of the X' / '' / 'Held at V' / ''
    / 'On D at T'), goes on across one blank line: no date yet, and the line after the
    blank says where it was held (with no date: a dated 'held' line is read as one) or
    starts with the date."""
    if gap != 2 or find_date(text) is not None:
        return False
    held = HELD_PHRASE.match(following) is not None and find_date(following) is None
    return held or ON_DATE_PHRASE.match(following) is not None


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
    # the agenda's formula quoted as a web record's item: "Minutes of the meetings of the
    # Council held on D to be read or taken as read"
    r"|\btaken\s+as\s+read\b"
    # an agenda's instruction quoted on a web record: "To confirm the minutes of the
    # meeting held on 20 March 2012 as a correct record."
    r"|^\W{0,3}to\s+(?:confirm|approve|agree|sign|receive|note)\b[^.]{0,40}?\bminutes\b"
    # papers before the members: "C. The Minutes of the Council held on D (previously
    # circulated)", "... as a correct record"
    r"|" + CIRCULATED.pattern,
    re.IGNORECASE,
)


#: Characters of a sentence searched for a citation of minutes: a flattened paper's whole
#: record may follow its opening on the line ("... pursuant to Notice. Members present:
#: ... the minutes of the meeting of 3 May were approved ...")
CITATION_REACH = 300


#: "(No 335)", "(No. 12)": a record's running number in brackets after its meeting's name
RECORD_NUMBER = re.compile(r"(?<=[Mm]eeting)\s\((?:No\.?|Number)\s?\d{1,4}\)(?=\s+of\b)")
#: "MINUTES OF THE OF THE ANNUAL COUNCIL MEETING": the conversion (or the clerk's template)
#: printing "of the" twice; read once
STUTTER = re.compile(r"\b((?:of\s+)?(?:the|an?)\s+)\1", re.IGNORECASE)
#: "held at V on: Friday 3rd May": a form's colon after the date's "on", which would
#: leave "on" at the end of the place; read as "on"
ON_COLON = re.compile(r"\b(on|at)\s?:(?=\s+(?:[A-Z][a-z]{2,8}day\b|\d))", re.IGNORECASE)


def sentence_opening(
    lines: list[Line], verbs: re.Pattern[str], dated_above: bool = False
) -> Opening | Clause | None:
    """The first opening line whose meeting sentence uses one of `verbs` ("held" for
    minutes, "will be held" for a notice). A sentence with no date gives its Clause, so the
    caller can say what is missing; a date printed before the sentence (the date-first
    layout) counts, and with `dated_above` (a record) so does a short dated title above it
    (see dated_titles_above)."""
    opening = opening_lines(lines)
    dateless: Clause | None = None  # a host's title may cut the sentence short above it
    for k, (i, line) in enumerate(opening):
        first = plain(line.text)
        if not MEETING_WORDS.search(first) or (
            ITEM_NUMBER.match(first) and not DATED_LINE.match(first)
        ):
            continue  # an agenda item ("2 Minutes of the meeting held on ...") is no opening
        text = capitals_block(opening, k) or _sentence(opening, k)
        text = RECORD_NUMBER.sub("", text, count=1)  # "Meeting (No 335) of X": its number
        text = STUTTER.sub(r"\1", text[:CITATION_REACH]) + text[CITATION_REACH:]
        text = ON_COLON.sub(r"\1", text)  # "on: Friday 3rd May" -> "on Friday ..."
        if not verbs.search(text) or CITES_MINUTES.search(text[:CITATION_REACH]):
            continue
        clause = meeting_clause(text)
        if clause is None:
            continue
        if dateless is not None and not repeats_body(dateless.body, clause.body):
            return dateless
        date = clause.date or find_date(plain_dates(text)) or find_numeric_date(text)
        names_body = clause.body.lower() not in ("", "meeting")  # "This meeting was held ..."
        titled = (
            date_in_title_above(opening, k) if dated_above and date is None and names_body else None
        )
        if titled is None and date is None and names_body:  # "... on Monday 26th September"
            titled = year_from_title_above(opening, k, text)  # under "Board Meeting 26 ..."
        if titled is not None:  # "Planning Meeting 7th February 2011" over the sentence
            date, line = titled[0], Line(titled[1], line.text)
        time = clause.time or find_time(text) or _four_figure_time(text[:CITATION_REACH])
        if date is None:
            if dateless is not None:
                return dateless
            dateless = clause
            continue
        body = full_body(clause.body, lines, i)
        if not body:
            continue
        venue = clause.venue or venue_said_next(text)
        return Opening(body, date, time, venue, line.number, clause.venue_blank)
    return dateless


#: a start time in four figures: "from 0930", "at 1930 hours", "commencing at 1400hrs"; a
#: figure that could be a year ("from 2019") only with "hours" after it
FOUR_FIGURE_TIME = re.compile(
    r"\b(?:from|at|commencing(?:\s+at)?)\s+(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
    r"(?P<hours>\s?(?:hours|hrs)\b)?(?![\d/.:])",
    re.IGNORECASE,
)


def _four_figure_time(text: str) -> dt.time | None:
    """The start time a sentence gives in four figures (`FOUR_FIGURE_TIME`), else None."""
    for match in FOUR_FIGURE_TIME.finditer(text):
        if match["hour"] in ("19", "20") and not match["hours"]:
            continue  # "from 2019": a year
        return dt.time(int(match["hour"]), int(match["minute"]))
    return None


#: a day and month with no year after them: "on Monday 26th September, rescheduled from ..."
DAY_AND_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:\s?(?:st|nd|rd|th))?\s+(?P<month>{MONTHS})\b(?!,?\s+\d{{4}})",
    re.IGNORECASE,
)


def year_from_title_above(
    opening: list[tuple[int, Line]], k: int, text: str
) -> tuple[dt.date, int] | None:
    """The date of a short title above a sentence that gives the day and month but no year
    ("Board Meeting 26 September 2022" over "The meeting of X will be held ... on Monday 26th
    September"): the title's date when its day and month are the sentence's own, so a
    notice's title dates its sentence only where the two agree."""
    said = DAY_AND_MONTH.search(plain_dates(text[:CITATION_REACH]))
    titled = date_in_title_above(opening, k)
    if said is None or titled is None:
        return None
    month = said["month"][:3].lower()
    if titled[0].day != int(said["day"]) or titled[0].strftime("%b").lower() != month:
        return None
    return titled


#: the place said in a sentence of its own after the date and time: "... at 2.00pm on
#: Friday 24 September 2010. The meeting will be held in the conference room, HQ, Bristol."
VENUE_SENTENCE = re.compile(
    r"\.\s+The\s+meeting\s+(?:will\s+be|is\s+to\s+be|is\s+being)\s+held\s+(?:in|at)\s+"
    r"(?:the\s+)?(?P<venue>[^.]{3,200}?)\.(?:\s|$)"
)


def venue_said_next(text: str) -> str | None:
    """The place a notice names in the sentence after its date and time, when the first
    sentence named none."""
    found = VENUE_SENTENCE.search(text)
    return found["venue"].strip() if found else None
