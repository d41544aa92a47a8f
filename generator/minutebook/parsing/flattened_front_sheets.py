"""An agenda whose front sheet was flattened onto one line.

When a converter loses every line break, an agenda's first page comes out as one line:
"Public Document Pack <Body> Members are hereby requested to attend a meeting of the
<Body> to be held at 10.30 am on Friday, 25 September 2020. ... Agenda 1. Declarations of
Interest ...", "<BODY> THURSDAY 4 FEBRUARY 2010 AT 10.00 HOURS MEMBERS ... You are
required to attend this meeting to be held at <place> at 10.00 a.m. AGENDA 394. ...", or
"<BODY> Monday, 15 June 2015 at 14:00 County Hall , ... AGENDA 1 Election of Chairman".
No line of its own says "AGENDA", so no title detector sees it; a notice, or "AGENDA" in
capitals, near the start of such a line makes it an agenda, and the title at its start
(the body, then the date and time, then perhaps the place) or the notice names the
meeting. Each reader returns None when the line is a paper's ordinary length or is not
so laid out.

A web page's record flattened so opens with the page's link and the authority's name
before the committee's and its sentence: "Minutes PDF 276 KB <Authority> <Committee>
Minutes of the meeting held at <place> on <date> from 9.01 am - 10.50 am Membership
Present ...". The sentence gives the date, time and place; the committee is what stands
between the authority's name and "Minutes of the meeting".
"""

from __future__ import annotations

import re

from ..dates import DATE_PHRASE, find_date, find_time
from ..model import Line
from . import letter_formulae
from .bare_venues import bare_place
from .content_kind import record_by_content
from .flattened_lines import MIN_CHARS
from .flattened_packs import flattened_pack
from .letterheads import authority_name
from .openings import (
    CLOCK_IN_SENTENCE,
    CONTACT_HEAD,
    Opening,
    clock_time,
    opening_lines,
    when_and_where,
)
from .titled_date_openings import titled_date

#: How far into a flattened line its notice or "AGENDA" may stand (the title, the pack's
#: cover line and a membership list may come first)
NOTICE_REACH = 800
#: a notice or summons to a meeting still to come (not a record's "members had been invited
#: to attend")
NOTICE = re.compile(
    r"notice is (?:hereby )?given|hereby (?:summon|requested)|(?<!had been )(?<!have been )"
    r"(?:summons?ed|requested|invited|required) to attend|summon you to attend|"
    + letter_formulae.ATTENDANCE_REQUESTED,
    re.IGNORECASE,
)
#: "Minutes of the ... held on": a record's opening, before which no notice stands
MINUTES_OF = re.compile(r"\bMinutes\s+of\s+(?:the|a|an)\s.{0,200}?\bheld\s+(?:on|at|in)\b", re.I)
#: the agenda's own heading in capitals, run on with the text around it (a pack's stamp
#: "AGENDA ITEM NO. 2(i)" over a paper of the pack is no agenda's heading)
AGENDA = re.compile(r"(?<!THE )(?<!ON )\bAGENDA\b(?!\s+ITEM\b)")
#: How far into the line the title's date may stand
TITLE_REACH = 200
#: the notice's verb, after which its place, date and time follow
TO_BE_HELD = re.compile(r"\b(?:to be|will be|is to be) held\b", re.IGNORECASE)
#: where the notice's sentence ends on a flattened line: the agenda's heading
NOTICE_END = re.compile(r"\s(?:AGENDA|Agenda\s+Part|MEMBERS)\b")
#: what ends a bare place after the title's time: a comma, the next block
PLACE_END = re.compile(r"\s*,|\s(?:There|MEMBERS|AGENDA|Members)\b")
#: Lines of the opening searched for a flattened front sheet
SEARCHED = 3
#: How many pieces of a cut line are joined back to read its front sheet whole
MAX_PIECES = 400


def flattened(text: str) -> bool:
    """Whether a line is long enough to be a page run together."""
    return len(text) > MIN_CHARS


def whole_line(lines: list[Line], i: int) -> str:
    """Line `i`'s text and, when it is the first piece of a line `flattened_lines` cut
    back, the text of the pieces after it (the source's line as the converter left it)."""
    number = lines[i].number
    if i > 0 and lines[i - 1].number == number:
        return lines[i].text.strip()
    end = i + 1
    while end < len(lines) and end - i < MAX_PIECES and lines[end].number == number:
        end += 1
    return " ".join(line.text.strip() for line in lines[i:end])


def flattened_front_sheet(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a flattened front sheet: longer than any printed line, with a
    notice of meeting or "AGENDA" within its first NOTICE_REACH characters, or opening
    with a published pack's stamp and recording no meeting (see flattened_packs)."""
    text = whole_line(lines, i)
    if not flattened(text) or not text[:1].isupper():
        return False
    head = text[:NOTICE_REACH]
    notice = NOTICE.search(head)
    if notice is not None and MINUTES_OF.search(head, 0, notice.start()):
        return (
            False  # "Minutes of the X Meeting ... Councillors required to attend; A, B": a record's
        )
    if notice or AGENDA.search(head):
        return True
    return flattened_pack(lines, i) and not record_by_content(lines[i : i + 1])


def flattened_opening(lines: list[Line]) -> Opening | None:
    """The meeting a flattened front sheet names: the body and date of the title at its
    start, the time after the date, and the place after the time or in the notice's
    "to be held at ..." (see the module's docstring)."""
    for i, line in opening_lines(lines)[:SEARCHED]:
        # a line cut back into pieces is read by the line-per-line readers
        if not flattened(line.text.strip()) or not flattened_front_sheet(lines, i):
            continue
        text = CONTACT_HEAD.sub("", line.text.strip())  # the pack's stamp and contacts
        dated = DATE_PHRASE.search(text, 0, TITLE_REACH)
        found = titled_date(text[: dated.end()]) if dated else None
        if dated is None or found is None:
            return None
        body, date, _ = found
        after = text[dated.end() : dated.end() + 120].lstrip()
        clock = CLOCK_IN_SENTENCE.match(after)
        time = clock_time(clock) if clock else find_time(after[:30])
        venue = _place_after(after[clock.end() :]) if clock else None
        held = TO_BE_HELD.search(text, 0, NOTICE_REACH)
        if held is not None and (venue is None or time is None):
            end = NOTICE_END.search(text, held.end())
            _, said_time, said_venue, _ = when_and_where(
                text[held.end() : end.start() if end else held.end() + 300]
            )
            time, venue = time or said_time, venue or said_venue
        return Opening(body, find_date(dated.group(0)) or date, time, venue, line.number)
    return None


def _place_after(rest: str) -> str | None:
    """The place printed after the title's time, up to a comma or the next block
    ("County Hall , There will be ..."), when it reads as a building."""
    end = PLACE_END.search(rest)
    return bare_place(rest[: end.start()] if end else rest[:100])


#: "Minutes of the meeting held", a flattened record's own sentence
RECORD_SENTENCE = re.compile(r"\bMinutes of (?:the|a) meeting held\b")
#: a link's label left before the page's text: "Minutes PDF 276 KB", "Agenda PDF 1 MB"
LINK_LABEL = re.compile(r"^(?:minutes|agenda|notes)\s+pdf\s+\d{1,5}\s*[km]b\s+", re.I)
#: the authority's name before the committee's: "Nottingham City Council The ..."
AUTHORITY_THEN = re.compile(
    r"^(?P<authority>[A-Z][\w'’ -]{2,60}?\b(?:Council|Authority))\s+(?P<body>[A-Z].{3,150})$"
)
#: How far into a flattened line its record sentence may stand
RECORD_REACH = 400


def flattened_record(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a record flattened onto one line: longer than any printed line,
    "Minutes of the meeting held" within its first RECORD_REACH characters."""
    text = lines[i].text.strip()
    return flattened(text) and bool(RECORD_SENTENCE.search(text, 0, RECORD_REACH))


def flattened_record_opening(lines: list[Line]) -> Opening | None:
    """The meeting a flattened record names: the committee before its sentence (without
    the link's label and the authority's name), the date, time and place after "held"."""
    for i, line in opening_lines(lines)[:SEARCHED]:
        if not flattened_record(lines, i):
            continue
        text = line.text.strip()
        sentence = RECORD_SENTENCE.search(text, 0, RECORD_REACH)
        if sentence is None:
            return None
        before = LINK_LABEL.sub("", text[: sentence.start()]).strip(" ,.;:-–—")
        split = AUTHORITY_THEN.match(before)
        body = split["body"] if split and authority_name(split["authority"]) else before
        end = NEXT_BLOCK.search(text, sentence.end())
        date, time, venue, _ = when_and_where(
            text[sentence.end() : end.start() if end else sentence.end() + 300]
        )
        if date is None or not body or len(body) > MAX_BODY:
            return None
        return Opening(body, date, time, venue, line.number)
    return None


#: where a flattened record's sentence ends: its attendance block
NEXT_BLOCK = re.compile(r"\s(?:Membership|Present|Apologies|Attendance|In attendance)\b")
#: Longest committee's name read before a flattened record's sentence
MAX_BODY = 150


#: "EASTSHIRE FIRE AUTHORITY MEETING TO BE HELD ON FRIDAY 4 MARCH 2022 AT 10.30 A.M. IN
#: THE COUNCIL CHAMBER, ...": an older agenda's title in capitals, its body then its
#: meeting's date, time and place in one phrase
TITLE_TO_BE_HELD = re.compile(
    r"^(?P<body>[A-Z][A-Z&'’,() -]{3,150}?)[ ]{1,3}(?:(?:ORDINARY|ANNUAL|SPECIAL)[ ]{1,3})?"
    r"MEETING[ ]{1,3}TO[ ]{1,3}BE[ ]{1,3}HELD[ ]{1,3}(?P<when>(?:ON|AT)[ ].{6,250})$"
)


def flattened_title_opening(lines: list[Line]) -> Opening | None:
    """The meeting an older agenda's title in capitals names ("<BODY> MEETING TO BE HELD ON
    <date> AT <time> IN <place>"), when the paper was flattened: its opening is a piece of
    a line cut back (the next piece cites the same source line)."""
    found = opening_lines(lines)[:2]
    if len(found) < 2 or found[0][1].number != found[1][1].number:
        return None
    line = found[0][1]
    title = TITLE_TO_BE_HELD.match(line.text.strip())
    if title is None:
        return None
    date, time, venue, _ = when_and_where(title["when"])
    if date is None:
        return None
    return Opening(title["body"].strip(" ,-"), date, time, venue, line.number)
