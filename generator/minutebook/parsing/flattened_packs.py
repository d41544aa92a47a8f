"""A published pack's front sheet flattened onto one line, "Public Document Pack" first.

A committee system stamps "Public Document Pack" on the front sheet of every pack it
publishes; when a converter loses the line breaks, the stamp opens one long line holding
the whole sheet. Two layouts recur:

- the meeting's fields, labelled: "Public Document Pack <Body> Date: Friday 9 November
  2018 Time: 11.00 am Public meeting Yes Venue: <place> Membership <members> ...";
- the host council's letterhead, then the meeting as a title: "Public Document Pack
  <Body> c/o <council> <address> Please ask for <officer> T <phone> E <email>
  Published 10 December 2014 <BODY> Friday 19 December 2014 10.30 am <place> Members:
  ...", whose first date is the day the pack was published, not the meeting's.

Such a line opens an agenda (the pack's front sheet is the agenda's) unless it states a
record's sentence, which `flattened_front_sheets` reads. Each reader returns None when
the line is not so laid out.
"""

from __future__ import annotations

import re

from ..dates import DATE_PHRASE, find_date, find_time
from ..model import Line
from ..vocabulary import WEEKDAY_NAME
from .bare_venues import bare_place
from .flattened_lines import MIN_CHARS
from .openings import Opening, opening_lines

#: the stamp opening a published pack's front sheet
PACK_STAMP = re.compile(r"[*#_ ]*public\s+document\s+pack\s+", re.IGNORECASE)
#: How far into the flattened line the meeting's fields or title may stand
COVER_REACH = 1200
#: Lines of the opening searched for a flattened pack cover
SEARCHED = 3
#: a front sheet's date field, run on: "Date: Friday 9 November 2018"
DATE_FIELD = re.compile(r"(?<!\S)(?:meeting\s+)?date\s*:\s*", re.IGNORECASE)
#: the paper's kind printed before or after the body's name on the sheet: "AGENDA",
#: "Notice of Meeting", "Summons"
PAPER_WORD = re.compile(
    r"^\s*(?:agenda|notice\s+of\s+meeting|summons)\b|\b(?:agenda|notice\s+of\s+meeting)\s*$",
    re.IGNORECASE,
)
#: a time field: "Time: 11.00 am"
TIME_FIELD = re.compile(r"(?<!\S)time\s*:\s*", re.IGNORECASE)
#: a place field: "Venue: Council Chamber, ...", "Place:", "Location:"
PLACE_FIELD = re.compile(r"(?<!\S)(?:venue|place|location)\s*:\s*", re.IGNORECASE)
#: what follows a front sheet's place: the next field or block
AFTER_PLACE = re.compile(
    r"\s(?:Membership|Members\b|Contact|Quorum|Agenda\b|AGENDA|Please\b|Public meeting|"
    r"Enquiries|Information|Notes?\s*:|[A-Z][a-z]{2,20}\s*:)"
)
#: a word the pack's own text puts before a date that is not the meeting's
PUBLISHED = re.compile(
    r"(?:published|publication|issued|issue|despatched|dispatched|distributed|circulated)"
    r"\s*(?:on|date)?\s*:?\s*(?:" + WEEKDAY_NAME + r",?\s+)?$",
    re.IGNORECASE,
)
#: a weekday before a date
WEEKDAY = re.compile(r"" + WEEKDAY_NAME + r",?", re.IGNORECASE)
#: Longest body's name read before a field or a date
MAX_BODY = 120
#: Most words of a title in capitals read before its date
MAX_TITLE_WORDS = 14
#: Longest place read after the title's time
MAX_PLACE = 160
#: the time printed first after the title's date: "10.30 am", "2.00pm", "14:00", "1000 hrs"
CLOCK_FIRST = re.compile(
    r"(?:at\s{1,3})?\d{1,2}(?:[.:]\d{2})?\s{0,2}(?:a\.?m\b\.?|p\.?m\b\.?|hrs\b|hours\b)"
    r"|(?:at\s{1,3})?\d{1,2}[.:]\d{2}\b",
    re.IGNORECASE,
)
#: what ends a place after the title's time
PLACE_END = re.compile(r"\s(?:Members?\b|Membership|Councillors?\b|Please\b|AGENDA|Agenda\b)")


def flattened_pack(lines: list[Line], i: int) -> bool:
    """Whether line `i` is a pack's front sheet flattened onto one line: longer than any
    printed line and opening with the "Public Document Pack" stamp."""
    text = lines[i].text
    return len(text.strip()) > MIN_CHARS and bool(PACK_STAMP.match(text))


def flattened_pack_opening(lines: list[Line]) -> Opening | None:
    """The meeting a flattened pack's front sheet names (see the module's docstring); a
    front sheet flattened without the stamp ("<BODY> AGENDA Date: ... Time: ...") is read
    from its labelled fields too."""
    for i, line in opening_lines(lines)[:SEARCHED]:
        text = line.text.strip()[:COVER_REACH]
        if not flattened_pack(lines, i):
            if len(line.text.strip()) > MIN_CHARS and text[:1].isupper():
                return labelled_cover(text, line.number)
            continue
        stamp = PACK_STAMP.match(text)
        rest = text[stamp.end() :] if stamp else text
        return labelled_cover(rest, line.number) or titled_cover(rest, line.number)
    return None


def labelled_cover(text: str, number: int) -> Opening | None:
    """'<Body> Date: D Time: T ... Venue: V Membership ...': the body is what stands before
    the date's field, the time and the place the fields' values."""
    field = DATE_FIELD.search(text)
    if field is None:
        return None
    body = PAPER_WORD.sub("", text[: field.start()]).strip(" ,.;:-–—")
    date = find_date(text[field.end() : field.end() + 60])
    if not body or len(body) > MAX_BODY or not body[:1].isupper() or date is None:
        return None
    clock = TIME_FIELD.search(text, field.end())
    time = find_time(text[clock.end() : clock.end() + 30]) if clock else None
    place = PLACE_FIELD.search(text, field.end())
    venue = None
    if place is not None:
        end = AFTER_PLACE.search(text, place.end())
        venue = text[place.end() : end.start() if end else place.end() + MAX_PLACE].strip(" ,.;")
    return Opening(body, date, time, venue or None, number)


def titled_cover(text: str, number: int) -> Opening | None:
    """'... Published D1 <BODY> Friday D2 10.30 am <place> Members: ...': the first date no
    publishing word stands before, the title in capitals before it, the time and the place
    after it."""
    for dated in DATE_PHRASE.finditer(text):
        before = text[: dated.start()]
        if PUBLISHED.search(before[-40:]):
            continue
        body = _capitals_before(WEEKDAY.sub("", before[-200:]).rstrip(" ,"))
        date = find_date(dated.group(0))
        if body is None or date is None:
            return None
        after = text[dated.end() : dated.end() + 40 + MAX_PLACE].lstrip(" ,")
        clock = CLOCK_FIRST.match(after)
        time = find_time(clock.group(0)) if clock else None
        venue = None
        if clock is not None:
            left = after[clock.end() :]
            end = PLACE_END.search(left)
            venue = _place(left[: end.start()] if end else left[:MAX_PLACE])
        return Opening(body, date, time, venue, number)
    return None


#: a note in brackets inside a place: "Council House (Next to the Civic Centre), Plymouth"
BRACKETED = re.compile(r"\([^()]{0,80}\)")


def _place(text: str) -> str | None:
    """`text` when it reads as a building (see bare_venues), a note in brackets inside it
    kept but not weighed (its words may read as prose)."""
    place = text.strip(" ,.;:-–—")
    return place if bare_place(BRACKETED.sub("", place)) else None


#: small words a title in capitals may hold in lower case or capitals
_JOINING = {"and", "of", "the", "&", "for", "on"}


def _capitals_before(text: str) -> str | None:
    """The title in capitals that ends `text` ("DEVON AND WYE POLICE AND CRIME PANEL"):
    the run of words in capitals at its end, of two words at least."""
    words = text.split()[-MAX_TITLE_WORDS:]
    run: list[str] = []
    for word in reversed(words):
        if word != "&" and not (word.isupper() and any(c.isalpha() for c in word)):
            break
        run.insert(0, word)
    while run and run[0].lower() in _JOINING:
        run.pop(0)
    if len(run) < 2:
        return None
    return " ".join(run)
