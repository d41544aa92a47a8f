"""A whole page, front sheet or paper flattened onto one line, split back at its markers.

Some PDF-to-text services (and the text layer of document-sharing sites) print a page
with every line break lost: "MINUTES of a meeting of the Eastmarsh Panel held at ... on
... Present: Councillor A (Chairman), ... Apologies: ... 1. Apologies for absence
Apologies were received from ... 2. Declarations of interest None. 3. Minutes RESOLVED
that ...". Read as it is, such a line is one paragraph and the paper yields no minutes and
no attendance.

A line far longer than any line a paper prints (`MIN_CHARS`) that holds several of the
genre's structural markers is split back into logical lines at them:

- the labels that open a paper's blocks ("Present:", "Apologies:", "In attendance:",
  "Membership:", and on a front sheet "Date:", "Time:", "Venue:", "Contact:");
- "MINUTES of a meeting ...", "MINUTES OF THE <NAME> COMMITTEE HELD ...", "Minutes of the
  Cabinet Meeting held ...", "AGENDA" in capitals, "Agenda Item 4";
- numbered headings "1. ", "2. ", ... in rising order (the longest run of consecutive
  numbers, so "paragraph 3. The" in a sentence is not a heading), or "Item 1:", a town
  council's four-digit "1358 ", a council's lettered "CAB101/23 " (`flattened_minute_codes`),
  a parish's year-first "24/101 ";
- a record's labels in capitals without a colon, a page's running header, a pack's
  item stamp and a ModernGov record's "Attendees" and "Minutes" headings
  (`flattened_record_marks`); a remote-meeting notice and a "Page Nos."
  column's ranges (`flattened_meeting_notices`), both dropped as furniture;
- a front sheet's summons and covering letter (`flattened_summons`), its quorum, its
  "Membership" heading without a colon, the officer to ask and its page footers
  (`flattened_front_blocks`);
- after a heading's title, the first words of its text ("Apologies were", "None",
  "RESOLVED", "The", "To receive", ..., or the first word out of a title in capitals or
  in sentence case);
- "RESOLVED" / "AGREED" after a sentence's end;
- an agenda's own markers (`flattened_agenda_marks`): "A G E N D A" or "AGENDA PART 1"
  over items numbered with or without a stop, decimal sub-items ("6.1", "6..1"), members
  grouped by council, "(Pages 7 - 12)", a front sheet's "NB" note, and a later page's
  number and running header (dropped as furniture).

Every piece keeps the source line's number (each fact read from it cites that line) and
the pieces are slices of the line cut only at spaces: no character is lost, only the
spaces at the cuts. A line with fewer than `MIN_MARKERS` markers of at least two kinds (a
long paragraph of a report that mentions apologies, or a numbered list in a sentence) is
left as it is.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..model import Furniture, Line
from ..vocabulary import MONTHS
from .flattened_agenda_marks import (
    agenda_headings,
    council_groups,
    front_fields,
    front_notes,
    front_sheet_title,
    lettered_sub_items,
    lone_first_item,
    notices,
    pack_cover,
    page_marks,
    running_headers,
    sub_items,
)
from .flattened_agendas import agenda_heading
from .flattened_front_blocks import front_blocks, meeting_title, members_headings
from .flattened_item_lists import continues_list, whole_list
from .flattened_meeting_notices import notice_cuts, notice_pieces, page_column_cuts
from .flattened_minute_codes import lettered_code_at, lettered_codes
from .flattened_record_marks import (
    attendees_headings,
    capitals_labels,
    dated_capitals_title,
    leading_header,
    leading_stamp,
    lettered_parts,
    lone_record_heading,
    stamp_piece,
    unlabelled_members,
)
from .flattened_summons import addressee_roll, letter_cuts, summons_cuts
from .membership_flat_tables import HEADING as MEMBER_TABLE

#: A line longer than this is no line a paper prints: a page or more run together
MIN_CHARS = 400
#: How many structural markers (of at least two kinds) a flattened line holds
MIN_MARKERS = 3
#: How far past a heading's number its title may run before its text starts
MAX_TITLE_CHARS = 160
#: At most this many numbered candidates are weighed on one line (bounds the run search)
MAX_CANDIDATES = 400

#: The labels opening a block of a paper: who was present, sent apologies, sits on it; an
#: attendance label's qualifier is cut with it ("OTHER MEMBERS IN ATTENDANCE:", "Officers in
#: attendance:"), else it would end the name before it
BLOCK_LABEL = re.compile(
    r"(?<!\S)(?:(?:(?:Also|Others|(?:Other\s{1,3})?Members|Councillors|Officers)\s{1,3}"
    # "Members of Cabinet present:", "Members of the Board present:": the body named
    r"|Members\s{1,3}of\s{1,3}(?:the\s{1,3})?[A-Z][\w&'’-]*(?:\s{1,3}[A-Z][\w&'’-]*){0,3}\s{1,3})?"
    r"[Pp]resent"
    r"|(?:(?:ALSO|MEMBERS|OFFICERS)\s{1,3})?PRESENT"
    r"|(?:(?:Also|Officers|(?:Other\s{1,3})?Members|Councillors)\s{1,3})?[Ii]n\s{1,3}[Aa]ttendance"
    r"|(?:(?:ALSO|OFFICERS|(?:OTHER\s{1,3})?MEMBERS|COUNCILLORS)\s{1,3})?IN\s{1,3}ATTENDANCE"
    r"|Apologies(?:\s{1,3}for\s{1,3}[Aa]bsence)?|APOLOGIES(?:\s{1,3}FOR\s{1,3}ABSENCE)?"
    r"|Substitutes|Membership|MEMBERSHIP|(?:(?:Independent|Co-opted)\s{1,3})?Members|MEMBERS"
    # "ATTENDING: Ann Reid, Head of Service; ...": a Scottish record's officers
    r"|Attending|ATTENDING)"
    r"\s{0,2}(?::|[-–]\s)"
    # "... and Anne Cole Officers: Ian Dale (Accountant), ...": a group of those attending
    r"|(?<!\S)(?:Officers|OFFICERS)\s{0,2}:(?=\s{1,3}[A-Z])"
    # "Present; Roger Braithwaite, ...": a parish clerk's semicolon for the colon; "Parish
    # Councillors required to attend; ...": the members summoned, over those present
    r"|(?<!\S)(?:Present|Apologies|In\s{1,3}[Aa]ttendance|Also\s{1,3}[Pp]resent"
    r"|(?:[A-Z][a-z]+\s{1,3})?(?:Councillors|Members)\s{1,3}(?:required|summoned)\s{1,3}to"
    r"\s{1,3}attend)\s{0,2};(?=\s{1,3}[A-Z])"
)
#: "... the meeting. DECLARATION OF INTEREST: JL declared ...": a record's unnumbered
#: heading in capitals with a colon after a sentence's end, run in with its text; one of
#: the business every record holds names it (APOLOGIES, DECLARATIONS, MINUTES, ...)
CAPITALS_COLON_HEADING = re.compile(
    r"(?<=[.!?)] )(?=[A-Z'’&/ -]{0,40}\b(?:APOLOGIES|DECLARATIONS?|MINUTES|MATTERS\s{1,3}"
    r"ARISING|FINANCE|FINANCIAL|CORRESPONDENCE|PLANNING|REPORTS?|BUSINESS|WELCOME|DATE\s{1,3}"
    r"OF\s{1,3}NEXT)\b)[A-Z][A-Z'’&/ -]{2,60}:(?=\s)"
)
#: Fewest such headings on a line that mark it a flattened record
MIN_COLON_HEADINGS = 3
#: Fewest minute codes with the year's ("236/20 ", "237/20 ", ...) or running numbers
#: ("2829 ", "2830 ", ...), from the line's start, that mark a paragraph of run-in minutes
#: on their own
MIN_RUN_IN_CODES = 3
#: The labels of an agenda's front sheet: they cut the notice, but are no evidence alone
#: ("Public Question Time: A period of ..." is an item's title, no field)
FRONT_LABEL = re.compile(
    r"(?<!\S)(?<!Question\s)(?<!Questions\s)"
    r"(?:Date|Time|Venue|Place|Contact|Enquiries(?:\s{1,3}to)?|Meeting|DATE|TIME|VENUE|PLACE)"
    r"\s{0,2}:\s"
)
#: "MINUTES of a meeting of ...", "Minutes of a meeting of ...", "Minute of the Wyke
#: Community Council (WCC) Meeting held ...", "AGENDA" alone in capitals, "Agenda Item 4"
OPENING = re.compile(
    r"(?<!\S)(?:MINUTES\s{1,3}of\s{1,3}(?:a|the)|Minutes\s{1,3}of\s{1,3}a)\s{1,3}[Mm]eeting\s{1,3}of\b"
    r"|(?<!\S)MINUTES\s{1,3}OF\s{1,3}(?:(?:A|THE)\s{1,3})?(?:[A-Z&'’-]{1,20}\s{1,3}){0,6}"
    r"(?:MEETING|COMMITTEE|SUB-COMMITTEE|PANEL|BOARD|CABINET|COUNCIL|AUTHORITY|FORUM)"
    # "MINUTES OF COUNTY COUNCIL MEETING DATE: ...": the article dropped, a field after
    r"\s{1,3}(?:OF|HELD|DATE:)"
    # ("Minute of Meeting held in V on D": a Scottish council's, the article dropped)
    r"|(?<!\S)Minutes?\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:(?:[A-Z][\w&'’-]{0,20}\s{1,3}){1,4}"
    r"(?:\([A-Z]{2,8}\)\s{1,3})?[Mm]eeting|[Mm]eeting)\s{1,3}(?:of|held)\b"
    # a community council's title without the article: "Minutes of Meldrum & Daviot
    # Community Council Meeting Tuesday 22nd September 2020 ..."
    r"|(?<!\S)Minutes\s{1,3}of\s{1,3}(?:(?:[A-Z][\w'’-]{0,20}|&)\s{1,3}){1,8}Meeting\b"
    # the formal opening of older minutes, its attendance label soon after: "At a meeting
    # of the X County Council held at V on D at 3.00 pm. PRESENT Councillor ..."
    r"|(?<!\S)At\s{1,3}a\s{1,3}[Mm]eeting\s{1,3}of\s{1,3}(?:the\s{1,3})?[A-Z]"
    r"(?=.{0,300}?\b(?:PRESENT\b|Present\s{0,2}:))"
    # a council's record titled by its meeting alone: "SPECIAL MEETING OF BELFAST CITY
    # COUNCIL Held in the City Hall on ..."
    r"|(?<!\S)(?:(?:SPECIAL|ANNUAL|ORDINARY|EXTRAORDINARY|MONTHLY)\s{1,3})?MEETING\s{1,3}OF"
    r"\s{1,3}(?:THE\s{1,3})?(?:[A-Z&'’-]{1,20}\s{1,3}){0,6}"
    r"(?:COUNCIL|COMMITTEE|SUB-COMMITTEE|PANEL|BOARD|CABINET|AUTHORITY|FORUM)"
    r"\s{1,3}(?:HELD|Held)\b"
    # an agenda's enclosed record: "X COUNCIL Minutes of the last meeting held at ..."
    r"|(?<=[A-Z]\s)Minutes\s{1,3}of\s{1,3}the\s{1,3}(?:last|previous)\s{1,3}meeting\s{1,3}held\b"
    # a Scottish board's record after its title's stop: "X LICENSING BOARD. Minutes of a
    # meeting in the County Buildings, Ayr, on ..."
    r"|(?<=[A-Z]\.\s)Minutes\s{1,3}of\s{1,3}a\s{1,3}meeting\s{1,3}(?:in|at|held)\b"
    # an agenda's title line naming the meeting to come: "Tyneside Transport Authority
    # Meeting to be held at V on D at T ... 1. Apologies ..."
    r"|^(?:[A-Z][\w&'’-]*\s{1,3}|and\s{1,3}|of\s{1,3}){1,12}"
    r"Meeting\s{1,3}to\s{1,3}be\s{1,3}held\b"
    # a board's record under its title in capitals: "X DRAINAGE BOARD A meeting of the
    # Board was held at V, on D at T."
    r"|(?<=[A-Z]\s)A\s{1,3}meeting\s{1,3}of\s{1,3}the\s{1,3}[A-Z][\w-]{1,30}\s{1,3}was\s{1,3}held\b"
)
#: "Minutes PDF 276 KB": a host's link to the file (its kind, type and size) at the start
LEADING_LINK = re.compile(r"^[A-Z][\w ]{0,40}?\s(?:PDF|DOCX?)\s\d{1,5}(?:\.\d)?\s?[KM]B(?=\s)")
#: the word before "Minutes of the Cabinet Meeting held ..." in a sentence ("approve the
#: Minutes of ..."): a reference to a record, not a record's opening; an agenda item's
#: verb before it ("2. To confirm Minutes of the Meeting of the Council held on ...") too,
#: and a word saying the record comes with the agenda ("To confirm the attached Minutes")
SENTENCE_WORDS = frozenset(
    (
        *("the", "that", "of", "to", "and", "as", "with", "in", "on", "at", "by", "for", "a"),
        *("said", "confirm", "approve", "adopt", "receive", "sign", "accept", "consider", "note"),
        *("attached", "enclosed", "circulated", "appended"),
    )
)
#: a heading's number just before an opening: "3. MINUTES of the meeting of ..." is an item
#: (a bare number or one with its year, "39/24 MINUTES ...", only when it is one of the
#: line's run of headings: alone it is a page's stamp, "Page 1 88/17 MINUTES OF A ...")
AFTER_NUMBER = re.compile(r"\d{1,3}\.\s{0,3}$")
AFTER_CODE = re.compile(r"(?<!\S)\d{1,4}(?:/\d{2,4})?\s{0,3}$")
#: "AGENDA" in capitals: the paper's heading, never "ON THE AGENDA" inside a title
AGENDA_WORD = re.compile(r"(?<!\S)(?<!THE )(?<!ON )AGENDA(?=\s)(?![ ]{1,3}ITEM\b)")
#: " FOR PLANNING COMMITTEE": an agenda's title going on after the word
TITLE_GOES_ON = re.compile(r"[ ]{1,3}(?:FOR|OF)[ ]{1,3}[A-Z]")
AGENDA_ITEM = re.compile(r"(?<!\S)Agenda\s{1,3}Item\s{1,3}\d{1,3}\b")
#: "3. Minutes", "3.0 MINUTES", "76 – APOLOGIES", "1 : APOLOGIES" (a committee system's
#: printed record): a number, its stop, dash or spaced colon, a space or two
#: and a capital (or a planning
#: application's reference: "4. 21/01234/FULL - LAND AT ..."); "39/24 APOLOGIES": a
#: number with the year's after a slash (a run keeps the same year)
NUMBERED = re.compile(
    # "... OF TUESDAY4. CORRESPONDENCE": a stopped number glued to the capitals before it
    r"(?:(?<![\S])|(?<=[A-Z]{3})(?=\d{1,3}\.[ ]{1,3}[A-Z]{2}))"
    r"(?P<number>\d{1,3})(?:\.0?|/(?P<year>\d{2,4})|[ ]{1,2}[–—:])[ ]{1,3}"
    # the title may open with the financial year: "7. 2009/10 Capital Programme"
    r"(?=[A-Z]|\d{2}/\d{3,6}/[A-Z]{2,6}\b|(?:19|20)\d\d/\d\d(?:\d\d)?[ ]{1,3}[A-Z])"
)
#: "1 Apologies for absence": a bare number and a capitalised word that is no month or
#: day ("7 February", "2 Monday" are dates)
BARE_NUMBERED = re.compile(
    # "5 DECEMBER 2014" in capitals is a date too
    rf"(?<![\S])(?P<number>\d{{1,3}})[ ]{{1,3}}(?!(?i:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?"
    rf"|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?=[A-Z])"
)
#: "... and Eve 1 ELECTION OF MAYOR ... 2 ELECTION OF DEPUTY MAYOR ... 3. APPOINTMENT
#: ...": a bare number before a title in capitals, read only just before a run of
#: numbers with stops that it leads into (the record's first headings printed without)
BARE_CAPITALS = re.compile(
    rf"(?<![\S])(?P<number>\d{{1,3}})[ ]{{1,3}}(?!(?i:{MONTHS})\b)(?=[A-Z]{{2,}}\b)"
)
#: "(1) To receive apologies": a council's agenda numbered in brackets
BRACKETED = re.compile(r"(?<![\S])\((?P<number>\d{1,3})\)[ ]{1,3}(?=[A-Z])")
#: "1358 DECLARATIONS OF INTEREST": a town or parish council's minute numbered on from
#: its last meeting's, four digits and a title in capitals (no stop, no year)
MINUTE_CODE = re.compile(r"(?<![\S])(?P<number>\d{4})[ ]{1,3}(?=[A-Z]{2,}\b)")
#: "2829 Apologies for absence ... 2830 Personal Matters ...": the same running numbers
#: before titles in sentence case, weighed only as a run from the line's start
RUNNING_CODE = re.compile(r"(?<![\S])(?P<number>\d{4})[ ]{1,3}(?=[A-Z][a-z])")
#: "Item 1: Apologies", "ITEM 2 - MINUTES": an agenda's items headed by the word (not
#: "Agenda Item 4", a report's reference to one; "AGENDA Item 1" is the heading over it)
ITEM_NUMBERED = re.compile(
    r"(?<!\S)(?<!Agenda )(?:Item|ITEM)[ ]{1,3}(?P<number>\d{1,3})[ ]{0,2}[:.–-]?"
    r"[ ]{1,3}(?=[A-Z])"
)
#: "24/101 APOLOGIES", "24/25/101. Minutes": a parish council's minute numbered within its
#: year, the year first (a run keeps the same year)
YEAR_FIRST = re.compile(
    r"(?<![\S])(?P<year>\d{2}(?:/\d{2})?)/(?P<number>\d{1,4})\.?[ ]{1,3}(?=[A-Z])"
)
#: "14.516 Public Speaking Time": a town council's running minute number after its
#: municipal year's two figures and a stop (a run keeps the same year)
YEAR_DECIMAL = re.compile(r"(?<![\S])(?P<year>\d{2})\.(?P<number>\d{3})[ ]{1,3}(?=[A-Z])")
#: "Page 11", "Page 2 of 5": a page's number or a contents page reference, cut off when it
#: ends the line or stands before another cut (the page furniture rules then read it)
PAGE_REF = re.compile(r"(?<!\S)Page\s{1,3}\d{1,4}(?:\s{1,3}of\s{1,3}\d{1,4})?(?=\s|$)")
#: A word of a title, as `_after_capitals` weighs it
WORD = re.compile(r"\S{1,60}")
SPACES = re.compile(r"\s*")
#: A heading at an ordinary line's start: "4. Budget", or bare before capitals: "4 MINUTES"
LINE_START_NUMBER = re.compile(
    rf"(?P<number>\d{{1,3}})(?:(?:\.|/\d{{2,4}})[ ]{{1,3}}[A-Z]|[ ]{{1,3}}(?!(?i:{MONTHS})\b)"
    r"[A-Z]{2,}\b)"
)
#: The fewest headings of a line that number on from the list above it, to cut it alone
MIN_NUMBERED_ON = 3
#: A decision's formula after a sentence's end: "... were noted. RESOLVED that ..." (or
#: the police authorities' "ORDERED that ...")
AFTER_STOP_DECISION = re.compile(
    r"(?<=[.:;)] )(?:(?:UNANIMOUSLY\s{1,3})?(?:RESOLVED|AGREED|ORDERED)\b"
    r"|Resolved(?=\s{0,2}[:–-]|\s{1,3}that)"
    # "... of 14th June, 2031. Decision The Committee approved ...": a Scottish record's
    # label over its decision
    r"|Decision(?=\s{1,3}The\s))"
)
#: The first words of a minute's or an agenda item's text, after its heading's title
TEXT_OPENER = re.compile(
    r"(?<=\S )(?:(?:UNANIMOUSLY\s{1,3})?RESOLVED\b|AGREED\b|ORDERED\b|There\s{1,3}(?:were|was)\b"
    r"|Resolved(?=\s{0,2}[:–-]|\s{1,3}that)"
    # "No members of the public wished to speak": "No" before a word in lower case
    r"|None\b|No\s{1,3}[a-z]{2,}\b|Nil\b"
    r"|Apologies\s{1,3}(?:for\s{1,3}absence\s{1,3})?(?:were|was|had)\b"
    r"|The\s{1,3}[A-Za-z]"
    r"|Members\s{1,3}(?:were|noted|asked|considered|received|discussed|to)\b"
    r"|It\s{1,3}was\b"
    r"|To\s{1,3}(?:receive|approve|consider|note|agree|confirm|elect|appoint|sign|answer"
    r"|recommend|determine|decide|review|adopt|endorse|discuss|enable|allow|hear|seek|provide"
    r"|update|inform|present|report|record)\b"
    # "Chair to report.", "(Please telephone ...)": who reports, a note to the members
    r"|(?:The\s{1,3})?(?:Chair(?:man)?|Clerk|Mayor|Leader)\s{1,3}to\s{1,3}report\b"
    r"|\((?:Please|Note|NB)\b"
    r"|(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\s{1,3}(?:[A-Z][\w.'’-]{0,30}\s{1,3}){1,3}"
    r"|(?:[A-Z][a-z][\w'’-]{0,30}\s{1,3}){1,2})"
    r"(?:presented|reported|introduced|explained|asked|welcomed|informed|updated|gave|moved"
    r"|outlined|advised|declared|stated|announced|noted|thanked|confirmed|proposed|summarised"
    r"|highlighted)\b)"
)
#: A word after which a capitalised word goes on the title ("Report of The Chief Officer")
TITLE_GLUE = frozenset(
    ("of", "on", "to", "for", "and", "in", "by", "from", "with", "at", "the", "a", "an", "into")
) | {"any", "all", "such", "these", "those", "its", "their"}  # "To hear any Statements by ..."


def _run(text: str, last: int | None, pattern: re.Pattern[str], shortest: int) -> list[int]:
    """The positions of the longest run of consecutive numbered headings `pattern` finds
    on the line (see `_run_of`)."""
    found = [
        (m.start(), int(m["number"]), m.groupdict().get("year")) for m in pattern.finditer(text)
    ][:MAX_CANDIDATES]
    return _run_of(found, last, shortest)


def _run_of(
    found: Sequence[tuple[int, int, str | None]], last: int | None, shortest: int
) -> list[int]:
    """The positions of the longest run of consecutive numbered headings among `found`
    (position, number, series) (2 after 1, 3 after 2, ... of the same series, with other
    numbers between allowed): of `shortest` or more, or of one or more when it continues
    `last`, the last heading of the lines above; [] for none."""
    best: list[int] = []
    continues = False
    for k, (start, number, year) in enumerate(found):
        if len(found) - k <= len(best):
            break
        if _restarts(found, k):
            continue  # "1 AGENDA FOR ... 1 Apologies. 2 ...": the page's number, no item
        run = [start]
        expected = number + 1
        for later_start, later, later_year in found[k + 1 :]:
            if later == expected and later_year == year:
                run.append(later_start)
                expected += 1
        follows = last is not None and number == last + 1
        if len(run) > len(best) or (follows and len(run) == len(best) and not continues):
            best, continues = run, follows
    return best if len(best) >= shortest or (best and continues) else []


def _restarts(found: Sequence[tuple[int, int, str | None]], k: int) -> bool:
    """Whether the same number (of the same series) comes again before the next number
    after `found[k]`: the later one starts the run ("1 AGENDA FOR ... 1 Apologies. 2
    Declarations ...", the first "1" the page's)."""
    _, number, year = found[k]
    for _, later, later_year in found[k + 1 :]:
        if later_year != year:
            continue
        if later == number + 1:
            return False
        if later == number:
            return True
    return False


def _numbered_run(text: str, last: int | None) -> list[int]:
    """The run of numbered headings: "Item 1: ", "Item 2: " when the line has two or more;
    else "1. ", "2. " (or "28/25 ", "29/25 ") when the line
    has two or more; else bare numbers ("1 Apologies 2 Minutes 3 ..."), which dates and
    figures print too, when it has three or more; else numbers in brackets ("(1) To
    receive ... (2) ..."), three or more; else a town council's running minute
    numbers ("1358 DECLARATIONS ... 1359 MINUTES ..."), three or more; else a council's
    minute codes with its letters ("CAB101/23 ...", "C 08/042 ..."), two or more; else a
    parish council's numbers after the year ("24/101 APOLOGIES ... 24/102 ..."), two or
    more; else a town council's after the year and a stop ("14.516 ..."), three or more,
    which come first when they outnumber numbers with stops printed between them (their
    parts: "31.001 Apologies 1. Members 2. Others 31.002 ...")."""
    numbered = _bare_lead(text, _run(text, last, NUMBERED, 2), last)
    yearly = _run(text, last, YEAR_DECIMAL, MIN_RUN_IN_CODES) if numbered else []
    if len(yearly) > len(numbered) and yearly[0] < numbered[0]:
        # "31.001 Apologies 1. Members 2. Others 31.002 ...": a parish's items coded
        # through the year, "1." and "2." the parts of one of them
        return sorted({*yearly, *_parts_under(text, yearly)})
    return (
        _run(text, last, ITEM_NUMBERED, 2)
        or numbered
        or _run(text, last, BARE_NUMBERED, 3)
        or _run(text, last, BRACKETED, 3)
        or _run(text, last, MINUTE_CODE, 3)
        or _opening_run(text, last, RUNNING_CODE)
        or _run_of(lettered_codes(text), last, 2)
        or _run(text, last, YEAR_FIRST, 2)
        or _run(text, last, YEAR_DECIMAL, MIN_RUN_IN_CODES)
    )


def _parts_under(text: str, codes: list[int]) -> list[int]:
    """The positions of the parts numbered from "1." under each of the items at `codes`
    ("31.004 Vacancies: 1. Resignation 2. Co-option 31.005 ..."), each run from 1 up."""
    parts: list[int] = []
    for start, end in zip(codes, [*codes[1:], len(text)], strict=True):
        expected = 1
        for m in itertools.islice(NUMBERED.finditer(text, start, end), MAX_CANDIDATES):
            if int(m["number"]) == expected and m["year"] is None:
                parts.append(m.start())
                expected += 1
    return parts


def _bare_lead(text: str, run: list[int], last: int | None) -> list[int]:
    """A run of numbers with stops ("3. APPOINTMENT ... 4. ...") with the bare numbers
    leading into it ("1 ELECTION OF MAYOR ... 2 ELECTION OF DEPUTY MAYOR ..."), each the
    number before the next and its title in capitals; the run alone when none does."""
    if not run:
        return run
    found = [
        (m.start(), int(m["number"]))
        for m in itertools.islice(BARE_CAPITALS.finditer(text, 0, run[0]), MAX_CANDIDATES)
    ]
    lead: list[int] = []
    expected = _number_at(text, run[0]) - 1
    for start, number in reversed(found):
        if expected < 1 or (last is not None and expected <= last):
            break
        if number == expected and start < (lead[0] if lead else run[0]):
            lead.insert(0, start)
            expected -= 1
    return lead + run


def _opening_run(text: str, last: int | None, pattern: re.Pattern[str]) -> list[int]:
    """The run `pattern` finds when it opens the line and holds MIN_RUN_IN_CODES headings
    or more (numbers a sentence also prints, such as years, only count so); else []."""
    run = _run(text, last, pattern, MIN_RUN_IN_CODES)
    return run if run and run[0] == 0 else []


def _heading_at(text: str, start: int) -> re.Match[str] | None:
    """The numbered heading's number at `start`, in any of the run's forms."""
    return (
        ITEM_NUMBERED.match(text, start)
        or NUMBERED.match(text, start)
        or BARE_NUMBERED.match(text, start)
        or BRACKETED.match(text, start)
        or MINUTE_CODE.match(text, start)
        or RUNNING_CODE.match(text, start)
        or lettered_code_at(text, start)
        or YEAR_FIRST.match(text, start)
    )


def last_number(text: str, run: list[int]) -> int | None:
    """The number of the last heading of a run."""
    match = _heading_at(text, run[-1]) if run else None
    return int(match["number"]) if match else None


def _numbers_on(text: str, numbered: list[int], last: int | None) -> bool:
    """Whether the line's run of headings numbers on from the list above it ("4 MINUTES"
    over "... 5 APPLICATION ... 6 APPLICATION ... 7 ..."): an agenda flattened after its
    first items, whose run needs no second kind of marker."""
    return (
        last is not None
        and len(numbered) >= MIN_NUMBERED_ON
        and _number_at(text, numbered[0]) == last + 1
    )


def _number_at(text: str, start: int) -> int:
    """The number of the heading at `start` (-1 when none reads there)."""
    match = _heading_at(text, start)
    return int(match["number"]) if match else -1


def _after_run_code(text: str, start: int, numbered: list[int]) -> bool:
    """Whether the opening at `start` follows a heading's number of the line's run
    ("39/24 MINUTES of the meeting of ...", "3 Minutes of the meeting held ..." are items,
    not the paper's opening)."""
    code = AFTER_CODE.search(text, max(0, start - 12), start)
    return code is not None and code.start() in numbered


def _in_sentence(text: str, start: int) -> bool:
    """Whether the opening at `start` follows a sentence's word (`SENTENCE_WORDS`)."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in SENTENCE_WORDS


#: a letterhead in capitals run into the opening after it: "... Resident Participation
#: DARRAN VALLEY COMMUNITY COUNCIL Minutes of the last meeting held ..."
CAPITALS_BEFORE = re.compile(r"(?<=[a-z.)])\s+(?P<head>(?:[A-Z][A-Z'’&-]+\s+){2,8})$")


def _capitals_before(text: str, opening: int) -> int | None:
    """Where a run of two or more words in capitals ending just before an opening starts,
    after a word in lower case; None when the opening has no such letterhead."""
    found = CAPITALS_BEFORE.search(text, max(0, opening - 120), opening)
    return found.start("head") if found else None


def _after_capitals(text: str, title_start: int, window_end: int) -> int | None:
    """Where a title in capitals ends: "PUBLIC QUESTIONS Two questions had been ...": the
    first word after two or more words in capitals that is not in capitals; None when
    the title is not in capitals. "PUBLIC FORUM A resident asked ...": a one-letter word
    before a word in lower case starts the text."""
    words = list(WORD.finditer(text, title_start, window_end))
    capitals = 0
    runs_on = False
    single: int | None = None
    for word in words:
        letters = [c for c in word.group() if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            capitals += len(letters) > 1  # "AS A MATTER": a one-letter word goes on too
            single = word.start() if word.group() in ("A", "I") else None
        elif word.group()[:1].isupper() and capitals >= 2 and not runs_on:
            return word.start()
        elif letters:
            return single if capitals >= 2 and word.group()[:1].islower() else None
        # "MINUTES OF COMMITTEES: - Executive ...": a colon or a dash leads the title on
        runs_on = word.group().endswith(":") or not letters
    return None


def _after_sentence_case(text: str, title_start: int, window_end: int) -> int | None:
    """Where a title in sentence case ends: "Welcome and apologies for absence Substitutes
    attended for ...", "... and members' interests A note ...": the first capitalised
    word (or "A") after two or more words in lower case,
    itself followed by one in lower case (a sentence's start), unless a word that leads a
    title on ("of", "the", ...) stands before it; None when the title is not so printed
    (a capital after a capital, a number, ...)."""
    words = [m.group() for m in WORD.finditer(text, title_start, window_end)]
    if not words or not words[0][:1].isupper() or not words[0][1:].islower():
        return None
    lower = 0
    position = text.find(words[0], title_start) + len(words[0])
    for k, word in enumerate(words[1:], start=1):
        position = text.find(word, position)
        if word[:1].islower():
            lower += 1
        elif (
            word[:1].isupper()
            and (word[1:2].islower() or word == "A")
            and lower >= 2
            and k + 1 < len(words)
        ):
            glued = words[k - 1].lower() in TITLE_GLUE
            return None if glued or not words[k + 1][:1].islower() else position
        else:
            return None
        position += len(word)
    return None


def _title_ends(text: str, headings: list[int], cuts: list[int]) -> list[int]:
    """Where each heading's text begins after its title: the first opener within
    `MAX_TITLE_CHARS` of the number and before the next cut, or the first word out of a
    title in capitals."""
    ends = []
    for start in headings:
        bound = next((cut for cut in cuts if cut > start), len(text))
        window_end = min(bound, start + MAX_TITLE_CHARS)
        # the title's first word is never its text's opener ("1. Apologies for absence")
        number = _heading_at(text, start)
        title_start = number.end() if number else start
        first_space = text.find(" ", title_start)
        if first_space < 0 or first_space >= window_end:
            continue
        end = _after_capitals(text, title_start, window_end)
        if end is None:
            end = _after_sentence_case(text, title_start, window_end)
        for opener in TEXT_OPENER.finditer(text, first_space, window_end):
            if end is not None and opener.start() > end:
                break
            before = text[max(start, opener.start() - 12) : opener.start()].split()
            if not before or before[-1].lower() not in TITLE_GLUE:
                end = opener.start()
                break
        if end is not None:
            ends.append(end)
    return ends


def flattened_cuts(
    text: str, last: int | None = None, after_flattened: bool = False
) -> tuple[list[int], int | None] | None:
    """Where a flattened line is cut back into logical lines, in order, and the number of
    its last heading; None when the line is short or holds too few of the genre's markers
    to be a flattened paper. `last` is the last numbered heading above the line; a line
    after a flattened one (`after_flattened`: the next page of the paper) needs fewer
    markers."""
    if len(text) <= MIN_CHARS and not _short_list(text, last, after_flattened):
        return None
    labels = sorted(
        {m.start() for m in BLOCK_LABEL.finditer(text)}
        | {*capitals_labels(text), *members_headings(text), *attendees_headings(text)}
    )
    numbered = _numbered_run(text, last)
    # "76 – APOLOGIES FOR ABSENCE: ...": a heading's title that is a label stays with it
    titles = {m.end() for start in numbered if (m := _heading_at(text, start)) is not None}
    labels = [label for label in labels if label not in titles]
    decisions = [m.start() for m in AFTER_STOP_DECISION.finditer(text)]
    # "Decision The Committee ...": the label a line of its own over the decision
    decisions += [m.end() for m in AFTER_STOP_DECISION.finditer(text) if m.group() == "Decision"]
    decisions += lettered_parts(text) if decisions else []  # "(b) Roads Group of ..."
    items = [m.start() for m in AGENDA_ITEM.finditer(text)]
    openings = [
        m.start()
        for m in OPENING.finditer(text)
        if not AFTER_NUMBER.search(text, max(0, m.start() - 12), m.start())
        and not _after_run_code(text, m.start(), numbered)
        and not _in_sentence(text, m.start())
    ]
    letterheads = [_capitals_before(text, opening) for opening in openings]
    openings += [start for start in letterheads if start is not None]
    openings += dated_capitals_title(text)  # "CABINET Tuesday, 11 October 2016 ... Present:"
    headings = agenda_headings(text, numbered)
    groups = council_groups(text)
    heading = agenda_heading(text, numbered) + [start for start, _ in headings]
    fields = front_fields(text)
    table = [m.start() for m in MEMBER_TABLE.finditer(text)][:1]  # its heading row
    cover = pack_cover(text)
    notice = notices(text)
    colon = [(m.start(), m.end()) for m in CAPITALS_COLON_HEADING.finditer(text)]
    colon = colon if len(colon) >= MIN_COLON_HEADINGS else []  # "FINANCE REPORT: ..."
    colon_headings = [start for start, _ in colon]
    kinds = [labels, numbered, decisions, items, openings, heading, groups, fields, table]
    kinds += [colon_headings]
    blocks = front_blocks(text)
    blocks += meeting_title(text) if blocks else []
    kinds += [cover, notice, blocks, whole_list(text, numbered)]
    # "Councillors Ainslie, Barclay, ... Madam or Sir, You are hereby summoned ...": the
    # roll summoned, before the letter's salutation, weighs with the letter's blocks
    roll = addressee_roll(text)
    letter = [*summons_cuts(text), *letter_cuts(text)]
    kinds += [roll, letter] if roll else []
    count = sum(len(kind) for kind in kinds)
    if after_flattened:
        if count < 1:
            return None
    elif (count < MIN_MARKERS and not (openings and labels)) or (
        sum(1 for k in kinds if k) < 2
        and not _run_in_codes(text, numbered)
        and not _numbers_on(text, numbered, last)
    ):
        return None  # a record's opening and its attendance label are a record's top
    front = [m.start() for m in FRONT_LABEL.finditer(text)]
    agenda = [m.start() for m in AGENDA_WORD.finditer(text)]
    agenda += [
        m.end() for m in AGENDA_WORD.finditer(text) if not TITLE_GOES_ON.match(text, m.end())
    ]
    cuts = {
        *labels,
        *numbered,
        *decisions,
        *items,
        *openings,
        *front,
        *fields,
        *agenda,
        *groups,
        *blocks,
        *(position for span in colon for position in span),
    }
    cuts.update(position for span in headings for position in span)
    if heading:  # an agenda's "6.1 Budget" is an item; a record's "6.1 The ..." a paragraph
        numbers = [_number_at(text, start) for start in numbered]
        cuts.update(sub_items(text, numbered, numbers))
        cuts.update(lettered_sub_items(text, numbered))  # "9. Standing Items a) ... b) ..."
    cuts.update(page_marks(text))
    link = LEADING_LINK.match(text)
    if link is not None and (openings or labels):  # "Minutes PDF 276 KB X Council ...": the
        cuts.add(link.end())  # host's link to the file before the paper's own title
    cuts.update(front_notes(text))
    cuts.update((*notice_cuts(text), *page_column_cuts(text)))
    if openings:
        cuts.update(unlabelled_members(text))
    cuts.update(leading_stamp(text, OPENING))  # it looks for the opening past the stamp
    cuts.update((*cover, *table))  # the notice is weighed, not cut (but a summons is)
    cuts.update((*letter, *roll))
    headed = numbered
    if (cover or fields) and not numbered:
        headed = lone_first_item(text)
        cuts.update((*front_sheet_title(text), *headed))
    if labels and not headed:  # a record's one minute after its attendance
        headed = [at for at in lone_record_heading(text, labels) if not _in_sentence(text, at)]
        cuts.update(headed)
    cuts.update(_title_ends(text, headed, sorted(cuts)))
    for page in PAGE_REF.finditer(text):
        rest = SPACES.match(text, page.end()).end()  # type: ignore[union-attr]
        if rest == len(text) or rest in cuts:
            cuts.update((page.start(), rest))
    found = sorted(cut for cut in cuts if 0 < cut < len(text))
    return found, last_number(text, numbered) if numbered else last


def _short_list(text: str, last: int | None, after_flattened: bool) -> bool:
    """Whether a line too short to be a flattened page is an agenda's list run together:
    after a flattened line, its items numbered on from the last above ("12 Correspondence
    89 - 102 13 Consultations ..."); or "AGENDA" over `MIN_MARKERS` items or more from 1
    ("AGENDA OPEN BUSINESS 1. Apologies 2. Declarations of Interest 3. Chair's Business")."""
    numbered = _numbered_run(text, last)
    if after_flattened and continues_list(text, numbered, last):
        return True
    if len(numbered) < MIN_MARKERS or _number_at(text, numbered[0]) != 1:
        return False
    return bool(agenda_heading(text, numbered))


def _run_in_codes(text: str, numbered: list[int]) -> bool:
    """Whether the line opens a run of minute codes with the year's after a slash
    ("236/20 Apologies for Absence ... 237/20 Minutes ... 238/20 Declarations ...") or of
    a council's four-figure running numbers ("2829 Apologies ... 2830 ..."): a parish
    record's minutes run into one paragraph, no other marker needed, since no sentence
    numbers itself that way."""
    if len(numbered) < MIN_RUN_IN_CODES or numbered[0] != 0:
        return False
    if all(RUNNING_CODE.match(text, start) for start in numbered):
        return True  # "2829 Apologies ... 2830 Personal Matters ...": running numbers
    return all((m := NUMBERED.match(text, start)) and m["year"] for start in numbered)


def split_flattened_lines(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Cut a page or paper flattened onto one line back into its logical lines, each
    with the source line's number; other lines are kept as they are. A later page's
    number and running header inside the line are furniture."""
    out: list[Line] = []
    furniture: list[Furniture] = []
    last: int | None = None
    after_flattened = False
    for line in lines:
        found = flattened_cuts(line.text, last, after_flattened)
        if not found:
            if heading := LINE_START_NUMBER.match(line.text.strip()):
                last = int(heading["number"])
            after_flattened = after_flattened and not line.text.strip()
            out.append(line)
            continue
        cuts, last = found
        after_flattened = True
        bounds = [0, *cuts, len(line.text)]
        pieces = [line.text[start:end].strip() for start, end in itertools.pairwise(bounds)]
        pieces = [piece for piece in pieces if piece]
        dropped = dict.fromkeys(
            running_headers(pieces) | leading_header(pieces, OPENING), "flattened-page-header"
        )
        dropped.update(notice_pieces(pieces))
        dropped.update(dict.fromkeys(stamp_piece(pieces), "flattened-item-stamp"))
        for k, piece in enumerate(pieces):
            if k in dropped:
                furniture.append(Furniture(Line(line.number, piece), dropped[k]))
            else:
                out.append(Line(line.number, piece))
    return out, furniture
