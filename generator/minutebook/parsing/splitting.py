"""Split a cleaned source file into its papers (parts).

An agenda pack bundles an agenda, the previous meeting's minutes, reports, a work
programme and board notes; other files are one paper. Each layout is recognised by one
small detector that returns None when it does not apply. Text before the first recognised
start is a part of its own (a whole annual report, say), classified by `classify_leading`.
Every cleaned line lands in exactly one part.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..dates import DAY_BEFORE_MONTH, find_date, find_numeric_date, find_time
from ..markup import TAGS
from ..model import DocumentKind, Layout, Line, Part
from ..vocabulary import BODY_NOUNS, WEEKDAY_NAME
from . import letter_formulae
from .agenda_fronts import agenda_front
from .agenda_items import FILE_LINK
from .appendices import LISTED, POINTS_TO
from .bare_front_sheets import labels_lost_front_sheet
from .browser_prints import print_header
from .content_kind import kind_by_content, page_kind, record_evidence
from .dated_item_fronts import dated_item_front
from .dated_page_titles import dated_page_kind
from .dated_records import dated_record
from .dated_title_openings import KIND_DATED, place_dated
from .decision_pages import decision_page
from .fields_above import fields_above
from .flattened_agenda_marks import FRONT_NOTE
from .flattened_front_sheets import flattened, flattened_front_sheet, flattened_record
from .letterheads import authority_name
from .meeting_citations import cites_a_meeting
from .meeting_detail_pages import among_page_tabs, page_start
from .meeting_list_pages import headless_page_kind, list_page_start, stacked_page_kind
from .notice_preambles import after_legal_preamble
from .opening_announcements import opening_announcement
from .openings import HOSTED_AT, bare_fields
from .person_rows import person_row
from .place_date_lines import place_and_date
from .present_labels import OTHER_PRESENT_LABELS
from .printed_kind_titles import after_kind_title
from .protective_markings import protective_marking
from .remote_notices import remote_note
from .report_cover_fields import SECTION_REACH, another_cover, cover_block, cover_field, opens_body
from .running_headers import ITEM_STAMP, later_shapes, running_header
from .second_records import second_record
from .title_banners import title_banner
from .titled_date_openings import titled_date
from .titled_kinds import titled_kind
from .web_attendance_pages import roll_page_start
from .web_item_pages import meeting_start
from .web_items_header import ITEMS_HEADER
from .welsh_openings import welsh_opening
from .work_programme_titles import HEADER_REACH, titled_programme


@dataclass(frozen=True)
class Start:
    index: int  # index into the cleaned lines where the part begins
    kind: DocumentKind
    layout: Layout


Detector = Callable[[list[Line], int], Start | None]


def _next_nonblank(lines: list[Line], i: int, count: int) -> list[str]:
    out: list[str] = []
    j = i + 1
    while j < len(lines) and len(out) < count:
        if lines[j].text.strip():
            out.append(lines[j].text.strip())
        j += 1
    return out


#: a notice or summons to a meeting still to come
NOTICE_SENTENCE = re.compile(
    r"notice is (?:hereby )?given|hereby (?:summon|requested)|(?:summons?ed|requested|invited) to "
    r"attend|(?:summon|invite) you to attend|" + letter_formulae.ATTENDANCE_REQUESTED,
    re.IGNORECASE,
)
#: an agenda item's number opening a line ("1.", "A1", "- 2 Apologies", a parish's "16.31
#: Minutes" coded with its year, or a minute code with its year, "17/65 APOLOGIES",
#: "C048/23 Minutes"): the business has begun, so no notice of meeting follows
ITEM_LINE = re.compile(
    r"^(?:-\s*)?(?:[A-Z]?\d{1,2}(?:\.\d{2,3})?[a-z]?[.)]?|[A-Z]{0,3}\d{1,4}/\d{2,4}[.:]?)\s"
)


def detect_agenda(lines: list[Line], i: int) -> Start | None:
    """'AGENDA' alone on a line, followed soon by a notice of meeting, or by the meeting's
    name and date before any numbered item (an agenda without a notice)."""
    word = lines[i].text.strip().strip("*#_ ").upper()
    if word not in ("AGENDA", "AGENDA PACK") and word.replace(" ", "") != "AGENDA":
        return None  # "A G E N D A": letters spaced out as a heading
    following = _next_nonblank(lines, i, 6)
    if NOTICE_SENTENCE.search(" ".join(following)):
        return Start(body_title_start(lines, i), DocumentKind.AGENDA, Layout.AGENDA)
    front = front_sheet_start(lines, i)
    if front is not None:
        return Start(front, DocumentKind.AGENDA, Layout.AGENDA)
    for text in following:
        if ITEM_LINE.match(text):
            return None
        if find_date(text) or "meeting" in text.lower():
            return Start(body_title_start(lines, i), DocumentKind.AGENDA, Layout.AGENDA)
    return None


#: "AGENDA for a meeting of the X ...": an agenda's title that is its meeting's sentence
AGENDA_SENTENCE = re.compile(r"[*#_ ]*agenda\s+for\s+(?:a|the)\s+meeting\s+of\s", re.IGNORECASE)


def detect_agenda_sentence(lines: list[Line], i: int) -> Start | None:
    """'AGENDA for a meeting of the X in V on D at T': the agenda's title is the sentence
    naming its meeting, dated on its line or the next; a bare "AGENDA" line further down
    (over the items) is the same paper's."""
    text = lines[i].text.strip()
    if len(text) > 600 or not AGENDA_SENTENCE.match(text):
        return None
    if find_date(" ".join([text, *_next_nonblank(lines, i, 1)])) is None:
        return None
    return Start(i, DocumentKind.AGENDA, Layout.AGENDA)


def front_sheet_start(lines: list[Line], i: int) -> int | None:
    """Where an agenda's front sheet starts, when the meeting is named above its 'Agenda'
    line: the body, the date (and time) and the venue in a title block, then perhaps the
    membership, then the clerk's contact fields, then 'Agenda' and the items. None
    without a body and a date above."""
    start = over_membership(lines, i)  # a membership list under the title block
    if start == i:
        start = title_start(lines, i)
    above = [line.text.strip() for line in lines[start:i] if line.text.strip()]
    above = [t for t in above if not LETTER_FIELD.match(t)]
    if any(BODY_WORD.search(t) for t in above) and any(find_date(t) for t in above):
        return start
    return None


#: a title line that names a body: "KENT POLICE AND CRIME PANEL", "Planning Committee"
BODY_WORD = re.compile(
    r"\b(?:committee|sub-committee|panel|board|council|cabinet|authority|executive|forum|"
    r"commission|partnership)\b",
    re.IGNORECASE,
)


def body_title_start(lines: list[Line], i: int) -> int:
    """Where an 'AGENDA' line's paper starts: at the title above it when every line of
    that title names a body or is a letterhead ('ASHBY POLICE AND CRIME PANEL' / 'AGENDA');
    else at the line itself (the paper above ends there)."""
    start = title_start(lines, i)
    title = [line.text.strip() for line in lines[start:i] if line.text.strip()]
    if title and all(BODY_WORD.search(t) or _letterhead(t) for t in title):
        return start
    return i


#: a line that opens with a notice: "Notice is hereby given", "You are hereby summoned to
#: attend", "Members of the Committee are requested to attend", a Scottish clerk's "I
#: request your attendance at a meeting of ..."
NOTICE_START = re.compile(
    r"(?:notice is (?:hereby )?given|i hereby summon you|i hereby give notice|"
    r"i (?:hereby )?invite you to attend|"
    rf"i (?:hereby )?(?:{letter_formulae.ATTENDANCE_REQUESTED})"
    rf"|your (?:{letter_formulae.ATTENDANCE_REQUESTED})|"
    # "The Members listed below are requested to attend ...": the article too
    r"(?:the\s+)?(?:you|members|councillors|all members)\b"
    r"[^.]{0,100}?\b(?:are|is)\s+(?:hereby\s+)?(?:(?:summons?ed|requested|invited)\s+to\s+attend"
    r"|summons?ed\s+to\s+(?:consider|transact)))",
    re.IGNORECASE,
)


#: Lines a membership list above a notice may run to
MEMBERSHIP_LINES = 60
#: "Membership", "Panel Membership", "Membership<spaces>Substitutes" (two columns' heads),
#: "MEMBERS OF CLEVEDON FIRE AUTHORITY -" (the members by council under it)
MEMBERSHIP_HEADING = re.compile(
    r"[*#_ ]*(?:(?:\w+\s+)?membership\b[^.]{0,60}|members\s+of\s+[^.:]{3,80}?\s?[-–:])$",
    re.IGNORECASE,
)


def over_membership(lines: list[Line], start: int) -> int:
    """Where a notice's paper starts when a membership list is printed above the notice
    ('PANEL' / 'Membership' / members / 'Notice is hereby given ...'): at the title above
    the list's heading; else `start`. Only list lines (no sentence) may lie between."""
    j = start - 1
    while j >= 0 and start - j <= MEMBERSHIP_LINES:
        text = lines[j].text.strip()
        if text and MEMBERSHIP_HEADING.match(text):
            return title_start(lines, j)
        if text.endswith(".") or len(text) > 200 or text[:1].isdigit():
            return start  # a sentence or an item: the list is another paper's
        if text.strip("*#_ ").upper() in ("AGENDA", "AGENDA PACK"):
            return start
        j -= 1
    return start


def detect_notice(lines: list[Line], i: int) -> Start | None:
    """A notice of meeting that opens an agenda without an 'AGENDA' line: 'Notice is hereby
    given that a meeting of X will be held ...', 'Members are hereby requested to attend
    ...', 'You are summoned to attend ...' (after its heading on the same line when a page was
    flattened: 'Notice of Meeting I hereby summon you ...'); the title lines above belong to
    it."""
    text = after_kind_title(lines[i].text.strip().strip("*#_ "))  # "Notice of Meeting I ..."
    text = after_legal_preamble(text) or text  # "In accordance with ... Act 1972 You are ..."
    if not NOTICE_START.match(text):
        return None
    said = " ".join([text[:400], *_next_nonblank(lines, i, 1)]).lower()
    if "meeting" not in said and "summoned" not in said:
        return None  # "meeting" may be on the next line when a narrow column wrapped it
    addressed = over_addressees(lines, i)
    start = title_start(lines, i) if addressed is None else addressed
    if addressed is None:  # "CITY COUNCIL" / its address and contacts over the summons
        start = letterhead_start(lines, start)
    return Start(over_membership(lines, start), DocumentKind.AGENDA, Layout.AGENDA)


#: a summons letter's addressees: "To: The Chair and Members of the X Committee", "To all
#: Members of the Council", "To: Councillors ..."
ADDRESSEES_LINE = re.compile(
    r"^to:?\s+(?:all\s+|the\s+)?(?:chair(?:man)?\b|members\b|councillors\b)", re.IGNORECASE
)
#: Non-blank lines an addressee block and greeting may run to above a summons: a cabinet's
#: members one a line under "To: All Members of the Cabinet", its officers, "Dear Member,"
ADDRESSEE_LINES = 20
#: Lines searched above a summons for its addressees, blank ones with them
ADDRESSEE_SPAN = 60


def over_addressees(lines: list[Line], i: int) -> int | None:
    """Where a summons sent as a letter starts when its addressees run over several lines
    ('To: The Chair and Members of the Committee' / '(Councillors A, B,' / 'C and D)' /
    'Dear Councillor' / 'You are summoned ...'): at the letterhead above the 'To:' line,
    or at the 'To:' line itself when the summons prints no letterhead ('To: All Members of
    the Council' / 'You are hereby summoned ...' at the top of a parish's page). None when
    no such line stands within a few lines above, or a sentence lies between."""
    taken = 0
    for j in range(i - 1, max(-1, i - ADDRESSEE_SPAN), -1):
        text = lines[j].text.strip()
        if not text:
            continue
        taken += 1
        if taken > ADDRESSEE_LINES:
            return None
        if ADDRESSEES_LINE.match(text):
            return title_start(lines, j)
        if text.endswith(".") or (len(text) > 120 and not _addressed_roll(text)):
            return None
    return None


#: Most characters of the addressees' names run on one line ("Councillors A (Chair), B,
#: C, ... and Appointed Members D, E and F")
MAX_ADDRESSED_ROLL = 600


def _addressed_roll(text: str) -> bool:
    """Whether a long line is the addressees' names run on, not a sentence: commas
    between names, no full stop closing it."""
    return len(text) <= MAX_ADDRESSED_ROLL and text.count(",") >= 2 and ". " not in text


#: "A meeting of the X will be held on D", "An extraordinary meeting of the Council is to
#: be held ...", "The meeting of the X will be held at V ...": a notice put as a plain
#: statement ("The next meeting of ..." closes a record: never one)
ANNOUNCEMENT = re.compile(
    r"(?:an?|the(?!\s+next\b))\s+(?:[a-z]+\s+){0,2}?meeting of\b[^.]{0,200}?\b"
    r"(?:will|is to|shall)\s+(?:be held|take place)\b",
    re.IGNORECASE,
)


#: "A MEETING OF X was held on D in V at T": a record put as a plain statement; its date
#: may come first ("On Tuesday 20 th July 2010 a Meeting of X was held in V at T")
RECORD_STATEMENT = re.compile(
    r"(?:on\s+(?:[a-z]+day,?\s+)?(?:the\s+)?\d{1,2}\s?(?:st|nd|rd|th)?\s+[a-z]{3,9},?\s+"
    r"\d{4},?\s+)?"
    r"an?\s+(?:[a-z]+\s+){0,2}?meeting of\b[^.]{0,200}?\b(?:was|were) held\b",
    re.IGNORECASE,
)


#: the list of those present run on after the statement, on its line
PRESENT_RUN_ON = re.compile(r"\s(?:PRESENT|Present)\s*:")


def detect_record_statement(lines: list[Line], i: int) -> Start | None:
    """'A Meeting of X was held on D ...' with who attended listed soon below (a sentence
    like it inside minutes, "A meeting of the group was held in May", has no list), taking
    the letterhead above with it."""
    text = lines[i].text.strip().strip("*#_ ")
    if not RECORD_STATEMENT.match(text[:400]):
        return None
    run_on = PRESENT_RUN_ON.search(text[:600])  # "... at 7.00 pm PRESENT: Cllrs ..."
    if not run_on and not any(
        ATTENDANCE_LABEL.match(t.strip("*#_ ")) for t in _next_nonblank(lines, i, 8)
    ):
        return None
    return Start(letterhead_start(lines, i), DocumentKind.MINUTES, Layout.MINUTES)


def detect_flattened_front_sheet(lines: list[Line], i: int) -> Start | None:
    """A front sheet flattened onto one line, its notice or "AGENDA" near its start, or a
    record with its "Minutes of the meeting held" (see flattened_front_sheets): an agenda
    or minutes open there."""
    if flattened_record(lines, i):  # "... Minutes of the meeting held at ..."
        return Start(i, DocumentKind.MINUTES, Layout.MINUTES)
    if not flattened_front_sheet(lines, i):
        return None
    return Start(i, DocumentKind.AGENDA, Layout.AGENDA)


def detect_announcement(lines: list[Line], i: int) -> Start | None:
    """'A meeting of X will be held on D at T in V' under a title naming the body, with the
    agenda or membership soon below (a statement like it inside minutes has neither)."""
    text = lines[i].text.strip().strip("*#_ ")
    if not ANNOUNCEMENT.match(text[:400]):
        return None
    if opening_announcement(lines, i):  # a letter opening with it, nothing above
        return Start(i, DocumentKind.AGENDA, Layout.AGENDA)
    letter = letter_start(lines, i)  # a letter's greeting above: its letterhead opens it
    start = letter if letter is not None else over_membership(lines, title_start(lines, i))
    if start == i:
        return None
    below = _next_nonblank(lines, i, 15)
    headed = any(AGENDA_WORD.match(t) or MEMBERS_HEADING.fullmatch(t) for t in below)
    if not headed and not _first_items(below):
        return None
    return Start(start, DocumentKind.AGENDA, Layout.AGENDA)


#: an agenda's first two items, numbered "1." and "2." (or "1" and "2") at the margin
FIRST_ITEM = re.compile(r"^1[.)]?\s+[A-Z]")
SECOND_ITEM = re.compile(r"^2[.)]?\s+[A-Z]")


def _first_items(texts: list[str]) -> bool:
    """Whether the lines under an announcement begin its agenda: an item numbered 1, then
    one numbered 2 (a web page's agenda under "The meeting of X will be held ...", no
    "Agenda" heading)."""
    first = next((k for k, t in enumerate(texts) if FIRST_ITEM.match(t)), None)
    return first is not None and any(SECOND_ITEM.match(t) for t in texts[first + 1 :])


#: the heading over the members summoned, as a council's web page prints it: "Members"
MEMBERS_HEADING = re.compile(r"[*#_ ]*members\s*:?[*#_ ]*", re.IGNORECASE)


#: a letter's greeting on a line of its own: "Dear Sir/Madam,", "Dear Councillor,"
GREETING = re.compile(letter_formulae.GREETING, re.IGNORECASE)
#: Lines above a greeting that a letter's letterhead, address, fields and addressees (a
#: committee's members in a table) may run to
LETTER_HEAD_LINES = 24


def letter_start(lines: list[Line], i: int) -> int | None:
    """Where a notice sent as a letter starts when its greeting stands just above the
    notice's sentence ('County Hall' / street / postcode / 'For all enquiries ... please
    contact ...' / 'Date: ...' / 'Dear Sir/Madam,' / 'A meeting of the X will be held
    ...'): at the first line of the letterhead above the greeting, which runs up to a
    sentence, a page number or an item (the paper above). None without a greeting."""
    above = [j for j in range(i - 1, max(-1, i - 4), -1) if lines[j].text.strip()]
    if not above or not GREETING.fullmatch(lines[above[0]].text.strip().strip("*_ ")):
        return None
    start = above[0]
    for j in range(start - 1, max(-1, above[0] - LETTER_HEAD_LINES), -1):
        text = lines[j].text.strip()
        if not text:
            continue
        if text.endswith((".", ";")) or len(text) > 120 or PAGE_NUMBER.fullmatch(text):
            break
        if ITEM_LINE.match(text):
            break
        start = j
    return start


SUMMONS = re.compile(r"summons(?: to (?:attend|a meeting)\b.{0,80})?", re.IGNORECASE)


def detect_summons(lines: list[Line], i: int) -> Start | None:
    """'SUMMONS' as a title, a notice of meeting following within a few lines."""
    if not SUMMONS.fullmatch(lines[i].text.strip().strip("*#_ ")):
        return None
    if not NOTICE_SENTENCE.search(" ".join(_next_nonblank(lines, i, 8))):
        return None
    return Start(title_start(lines, i), DocumentKind.AGENDA, Layout.AGENDA)


def detect_document_pack(lines: list[Line], i: int) -> Start | None:
    """'Public Document Pack', the cover line of a published pack: the paper whose opening
    follows within twelve lines starts at the cover; with no opening, an agenda when an
    'AGENDA' or 'Membership' line follows, else nothing."""
    if lines[i].text.strip().strip("*#_ ").lower() != "public document pack":
        return None
    seen = 0
    for j in range(i + 1, min(len(lines), i + 40)):
        if not lines[j].text.strip():
            continue
        seen += 1
        if seen > 12:
            break
        if not may_start(lines[j].text):
            continue
        for detect in DETECTORS:
            found = None if detect is detect_document_pack else detect(lines, j)
            if found is not None:
                return Start(i, found.kind, found.layout)
    if any(AGENDA_WORD.match(t) for t in _next_nonblank(lines, i, 40)):
        return Start(i, DocumentKind.AGENDA, Layout.AGENDA)
    return None  # a pack of one report, say: the text after the cover tells what it is


AGENDA_WORD = re.compile(r"[*#_ ]*(?:agenda|a g e n d a|membership)\b", re.IGNORECASE)


#: "MINUTES of a meeting of", "Minutes of the 45th meeting of", "Minutes of an Extraordinary
#: Meeting of", "MINUTES of MEETING of" (no article, as Scottish councils print it), "Minutes
#: of the X Meeting (No 335) of": a record's own header wherever it stands
MINUTES_OPENING = re.compile(
    r"(?:draft\s+|unconfirmed\s+)?minutes of (?:(?:a|an|the)\s+(?:\S+\s+){0,3}?)?meeting of\b"
    # "MINUTES OF FULL COUNCIL MEETING OF X": the kind of meeting, capitalised, no article
    r"|minutes of (?-i:[A-Z][\w'’-]*\s+){1,3}meeting of\b"
    # "Minutes of The Annual General Meeting and Parish Council Meeting (No 335) of X": two
    # meetings held together, the record's number in brackets
    r"|minutes of the\s+(?:\S+\s+){1,6}?meeting\s+\((?:no\.?\s?)?\d{1,4}\)\s+of\b",
    re.IGNORECASE,
)
#: "Minutes of the meeting held on D", "Minutes of the Audit Committee meeting held on D",
#: "Minute of the X Community Council (XCC) Meeting held on D" (the Scots singular),
#: "DRAFT Minutes from the Cemetery Committee Meeting",
#: "Note of meeting held D" (a forum's record),
#: "MINUTES OF THE CABINET HELD ON D", "Minutes of the Ordinary Parish Council Meeting" (the
#: date on the lines below), "Minutes of Extraordinary meeting 29th July 2024" (the body
#: named below):
#: also how a paragraph or an agenda item speaks of earlier minutes, so it opens a paper
#: only as a title (no verb after it) with an attendance list soon below
MINUTES_TITLE = re.compile(
    r"(?:draft\s+|unconfirmed\s+)?(?:minutes?|notes?|record|action notes) (?:of|from) "
    r"(?:the\s+|a\s+)?"
    # "... meeting. Held on D": the date in a second sentence
    r"[^,;]{0,120}?(?:\bmeeting(?:[,.]?\s+held\b|\s+of\b|,?$|,?\s+(?:on\s+)?"
    # "Minutes of Extraordinary meeting 29th July 2024": the date closing the title
    r"(?:[a-z]{6,9},?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9},?\s+\d{4}$)"
    r"|,?\s+held\s+(?:on|at|in)\b)",
    re.IGNORECASE,
)
SENTENCE_VERB = re.compile(r"\b(?:was|were|be|been|is|are|had|have|has)\b", re.IGNORECASE)
#: how a record labels who came: "Present:", "Members present", "Councillors present",
#: "Also present:", "In attendance", "Those present", or a column's head "Members:" /
#: "Councillors:" over the names (beside "Officers:")
ATTENDANCE_LABEL = re.compile(
    r"(?:(?:members|councillors|also|those)\s+)?(?:present|attendance|attendees|in attendance)"
    rf"\b|(?:members|councillors)\s*:|(?:{OTHER_PRESENT_LABELS})\b"
    r"|attending\s+members\b",  # "Attending Members of the Executive Committee:"
    re.IGNORECASE,
)
LETTERHEAD = re.compile(r"[A-Z][A-Z &'’,-]{2,80}")


def _minutes_title(lines: list[Line], i: int, text: str) -> bool:
    if len(text) > 200 or not MINUTES_TITLE.match(text) or SENTENCE_VERB.search(text):
        return False
    following = _next_nonblank(lines, i, 12)
    if any(ATTENDANCE_LABEL.match(without_minute_number(t.strip("*#_ "))) for t in following):
        return True
    return business_under_titled_minutes(lines, i, following) or timed_title(text, following)


def timed_title(text: str, following: list[str]) -> bool:
    """'Minutes of the X held in V' over 'at 10.00am on Tuesday 3rd March 2009': a title
    that gives its meeting's place, time and date, on its line or wrapped onto the next, is
    a record's own heading (an agenda item citing earlier minutes gives no start time)."""
    whole = f"{text} {following[0]}" if following and HELD_WRAP.match(following[0]) else text
    return (
        HELD_IN.search(text) is not None
        and find_time(whole) is not None
        and find_date(whole) is not None
    )


#: "held in the Corn Exchange", "held at the Town Hall": the title names the meeting's place
HELD_IN = re.compile(r"\bheld\s+(?:in|at)\s+(?:the\s+)?[A-Z]", re.IGNORECASE)
#: the title's second line: "at 10.00am on Tuesday ...", "on Tuesday 3rd March 2009 at 10.00am"
HELD_WRAP = re.compile(r"(?:at|on|commencing)\s", re.IGNORECASE)


#: a record's own past-tense account of its business, as the first minutes print it:
#: "Apologies for absence were received from ...", "There were no declarations of
#: interest.", "RESOLVED that ...", "It was AGREED ..."
RECORD_SENTENCE = re.compile(
    r"[*_ ]*(?:(?:it\s+was\s+)?(?:resolved|agreed|unanimously resolved)\b|"
    r"there\s+were\s+no\b|no\s+(?:apologies|declarations)\b|"
    r"[^.]{0,120}?\b(?:was|were)\s+(?:received|submitted|tendered|declared|made|noted|"
    r"agreed|approved|confirmed)\b)",
    re.IGNORECASE,
)
#: Non-blank lines under a minutes title searched for the record's first business
BUSINESS_REACH = 6


def business_under_titled_minutes(lines: list[Line], i: int, following: list[str]) -> bool:
    """'Minutes of the meeting held on D' under the title naming the body, with no
    attendance list printed before the business (it may come last, or in a table): a
    record when the first lines below give an account in the past tense ("Apologies were
    received from ...", "RESOLVED that ..."). A heading inside minutes speaking of the
    previous minutes has no title block above it."""
    if title_start(lines, i) == i:
        return False
    return any(RECORD_SENTENCE.match(t) for t in following[:BUSINESS_REACH])


def _letterhead(text: str) -> bool:
    """A letterhead line: a name in capitals, an authority's name in any case, or the
    pack's 'Agenda Item 3' stamp above the paper."""
    return (
        bool(LETTERHEAD.fullmatch(text) or ITEM_STAMP.fullmatch(text))
        or authority_name(text) is not None
    )


#: Lines above a record's opening searched for its letterhead
LETTERHEAD_WALK = 12
#: an address under a letterhead: "The Old Corn Exchange, Market Square, Wexborough WX4 2JP"
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
#: a letterhead's own fields: "Town Clerk: Mrs D. Hollingrake", "Clerk to the Council: ..."
LETTERHEAD_FIELD = re.compile(
    r"^(?:(?:town|parish|city|deputy|assistant)\s+)?(?:clerk|chief executive|proper officer)"
    r"\b[\w ]{0,30}:\s*\S.{0,100}$",
    re.IGNORECASE,
)


#: "Burgh Chambers, Kilbrannan, 4 September 2014": capitalised places, each with its
#: comma, then the date alone (a weekday before it perhaps)
PLACES_THEN_DATE = re.compile(
    r"^(?:[A-Z][\w'’.-]{1,25}(?: [A-Z][\w'’.-]{1,25}){0,3},\s){1,3}"
    r"(?=(?:[A-Z][a-z]{5,8}day,?\s)?\d{1,2}(?:st|nd|rd|th)?\s[A-Z][a-z]{2,8},?\s\d{4}$)"
)


#: a letterhead's web or mail address, unlabelled: "www.truro.gov.uk", "clerk@fenby.gov.uk"
CONTACT_LINE = re.compile(
    r"\bwww\.[\w.-]{3,60}|\b[\w.-]{1,40}@[\w-]{1,40}\.[\w.]{2,30}\b|\be-?mail\s?:", re.IGNORECASE
)


def _under_letterhead(text: str) -> bool:
    """A line a letterhead prints under the authority's name: its address (with a
    postcode) or a field naming its clerk or contact. Such lines belong to the paper only
    when a letterhead stands above them."""
    if len(text) > 120:
        return False
    if POSTCODE.search(text) or LETTERHEAD_FIELD.match(text) or LETTER_FIELD.match(text):
        return True
    if CONTACT_LINE.search(text) and not SENTENCE_VERB.search(text):
        return True  # "CITY OF TRURO www.truro.gov.uk", "A Reid email: a@x.gov.uk Clerk"
    # "Burgh Chambers, Kilbrannan, 4 September 2014": where and when a Scots minute met,
    # printed between the council's name and "Minute of Meeting of ..."
    placed = PLACES_THEN_DATE.match(text)
    return placed is not None and find_date(text[placed.end() :]) is not None


def _body_title(text: str) -> bool:
    """A title line naming a body in mixed case ("Cabinet", "Audit and Governance
    Committee"): every longer word capitalised, no sentence or list."""
    words = text.strip("*#_ ").split()
    if not words or len(words) > 10 or not BODY_WORD.search(text) or text.endswith("."):
        return False
    if "\t" in text or ":" in text or text[:1].isdigit():
        return False
    return all(w[:1].isupper() for w in words if len(w) >= 4)


#: a title naming only the kind of paper, alone or beside its translation in a bilingual
#: paper: "Minutes", "Cofnodion / Minutes", "AGENDA / AGENDA", "Minutes | Cofnodion"
PAPER_KIND_TITLE = re.compile(
    r"(?:[A-Za-z'’]{2,20}\s*[/|]\s*)?(?:minutes|agenda|notes)(?:\s*[/|]\s*[A-Za-z'’]{2,20})?",
    re.IGNORECASE,
)


def _paper_kind_title(text: str) -> bool:
    """A line that names the kind of paper only, in one or two languages."""
    return bool(PAPER_KIND_TITLE.fullmatch(text))


def letterhead_start(lines: list[Line], i: int) -> int:
    """Where a record whose opening is line i starts: at the letterhead or title lines
    above it ("WEXBOROUGH TOWN COUNCIL" / its address / "Town Clerk: ..." / "Cabinet" /
    "Cofnodion / Minutes"), else at line i. Bold or heading marks around a letterhead
    ("**PORT OF ASHBY COMMISSIONERS**") do not hide it. The address and clerk lines are
    taken only under a letterhead."""
    start = i
    j = i - 1
    while j >= 0 and i - j <= LETTERHEAD_WALK:
        text = lines[j].text.strip().strip("*#_ ")
        if text and (_letterhead(text) or _body_title(text) or _paper_kind_title(text)):
            start = j
        elif text and not (_under_letterhead(text) or place_and_date(text)):
            break
        j -= 1
    return start


#: an agenda item's line: "3.   MINUTES   (Pages 3 -", "5.1  21/02874/FUL"
ITEM_TITLE_AT = re.compile(r"^ {0,4}\d{1,2}(?:\.\d{1,2})?[.)]?[ \t]+(?=\S)")
#: Lines above searched for the item a description hangs under
ITEM_LOOKBACK = 4


def describes_an_item(lines: list[Line], i: int) -> bool:
    """Whether line i is the description hanging under an agenda item ("3.   MINUTES" over
    "     Minutes of the meeting of the Area Council held on ..."): indented to the
    column of the title of a numbered line just above, no blank line between."""
    text = lines[i].text
    indent = len(text) - len(text.lstrip(" "))
    if indent < 2:
        return False
    for k in range(i - 1, max(-1, i - 1 - ITEM_LOOKBACK), -1):
        above = lines[k].text
        if not above.strip():
            return False
        item = ITEM_TITLE_AT.match(above)
        if item is not None:
            return item.end() == indent
    return False


def detect_meeting_line(lines: list[Line], i: int) -> Start | None:
    """A committee system's page: each "Meeting: D - Committee (Item N)" line opens that
    meeting's minute (see `web_item_pages.meeting_start`)."""
    start = meeting_start(lines, i)
    return None if start is None else Start(start, DocumentKind.MINUTES, Layout.MINUTES)


#: "Winwick Parish Council Minutes of a Meeting held on D": the body's name, its last word
#: a body's noun, before the record's title on the same line
BODY_BEFORE_MINUTES = re.compile(
    rf"(?:[A-Z][\w&'’-]*\s+){{0,6}}(?i:{BODY_NOUNS})\s+(?=(?:draft\s+)?Minutes\s+of\b)"
)


def detect_minutes(lines: list[Line], i: int) -> Start | None:
    """'MINUTES of a meeting of ...' (or a title 'Minutes of the meeting held on D' with the
    attendance below, perhaps after the body's name on its line), taking the capitalised
    letterhead above with it. An agenda item's description ("Minutes of the meeting of X
    held on D" under "3. MINUTES") is none."""
    if describes_an_item(lines, i):
        return None
    text = lines[i].text.strip().strip("*#_ ")
    if FILE_LINK.search(text):  # "Minutes of Meeting of 4 May pdf icon PDF 41 KB": an
        return None  # item's title on a meeting page, its paper a link, no paper here
    stamp = ITEM_STAMP.match(text)
    if stamp and MINUTES_OPENING.match(text[stamp.end() :].strip()):
        text = text[stamp.end() :].strip()  # "AGENDA ITEM NO. 2(i) MINUTES OF ...": the pack's
    text = text[body.end() :] if (body := BODY_BEFORE_MINUTES.match(text)) else text
    if not MINUTES_OPENING.match(text):
        if _minutes_title(lines, i, text):  # the body is named in the title above
            return Start(title_start(lines, i), DocumentKind.MINUTES, Layout.MINUTES)
        return None
    return Start(letterhead_start(lines, i), DocumentKind.MINUTES, Layout.MINUTES)


#: "MINUTES", or letter-spaced "M I N U T E S", alone on its line in capitals
MINUTES_HEADING = re.compile(r"^(?:MINUTES|M I N U T E S)$")


def detect_minutes_heading(lines: list[Line], i: int) -> Start | None:
    """'MINUTES' alone under a title block that dates the meeting ("Executive Committee
    Meeting" / "Wednesday 17th October 2018 at 2.00pm"), with an attendance label below:
    minutes enclosed in a pack, headed by their kind alone. An agenda item "MINUTES" has
    no dated title above it and the business below, not a list of those present."""
    if not MINUTES_HEADING.match(lines[i].text.strip().strip("*#_ ")):
        return None
    start = title_start(lines, i)
    if start == i or not any(find_date(line.text) for line in lines[start:i]):
        return None
    if not any(ATTENDANCE_LABEL.match(t.strip("*#_ ")) for t in _next_nonblank(lines, i, 4)):
        return None
    while start < i and (
        not lines[start].text.strip()
        or len(LOWER_WORD.findall(lines[start].text)) >= SENTENCE_WORDS
    ):
        start += 1  # "Tea and coffee will be served": the paper above's last words
    return Start(start, DocumentKind.MINUTES, Layout.MINUTES)


#: A word in lower case; a title's line holds few ("Area of Outstanding Natural Beauty")
LOWER_WORD = re.compile(r"\b[a-z][a-z]+\b")
#: Lower-case words that make a line above a title block a sentence, not the title's
SENTENCE_WORDS = 3


#: "MINUTE of MEETING of the POLICY AND RESOURCES COMMITTEE held in V on D": a record's
#: opening as Scottish councils print it (the singular, often no article)
MINUTE_OF_MEETING = re.compile(
    r"minute of (?:(?:a|an|the)\s+)?(?:\S+\s+){0,3}?meeting of\b", re.IGNORECASE
)


def detect_minute_of_meeting(lines: list[Line], i: int) -> Start | None:
    """'Minute of Meeting of X held ...' with an attendance list below, taking the
    letterhead above with it."""
    text = lines[i].text.strip().strip("*#_ ")
    if not MINUTE_OF_MEETING.match(text[:200]):
        return None
    if not any(ATTENDANCE_LABEL.match(t.strip("*#_ ")) for t in _next_nonblank(lines, i, 12)):
        return None  # an agenda item "Minute of Meeting of the Committee of 5 May"
    return Start(letterhead_start(lines, i), DocumentKind.MINUTES, Layout.MINUTES)


#: "At a meeting of the Executive held in V on D": a record's opening in older minutes,
#: and in Scottish councils' with the article "the" ("At the Meeting of X Council held in")
AT_A_MEETING = re.compile(
    r"(?:at\s+(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?|"
    # a council's record titled by its meeting: "SPECIAL MEETING OF X CITY COUNCIL Held in"
    r"(?:special|annual|ordinary|monthly|extraordinary)\s+)meeting\s+of\b[^.]{0,200}?\b"
    rf"(?:held|{HOSTED_AT})",  # a remote meeting "hosted at" a place
    re.IGNORECASE,
)


def detect_at_a_meeting(lines: list[Line], i: int) -> Start | None:
    """'At a meeting of X held in V on D' (the formal opening of older minutes) or 'SPECIAL
    MEETING OF X COUNCIL Held in V on D', taking the letterhead above with it; 'will be
    held' makes it no record."""
    text = lines[i].text.strip().strip("*#_ ")
    if not AT_A_MEETING.match(text[:400]) or NOTICE_VERB.search(text[:400]):
        return None
    below = _next_nonblank(lines, i, 12)
    if not any(ATTENDANCE_LABEL.match(t.strip("*#_ ")) for t in below) and not (
        LABEL_RUN_ON.search(text, 0, LABEL_REACH)  # "... 17th June 2020 PRESENT A Coles Esq"
    ):
        return None  # "At a meeting of the Panel held in May, Members asked ...": a paragraph
    return Start(letterhead_start(lines, i), DocumentKind.MINUTES, Layout.MINUTES)


#: the attendance label a flattened record runs on after its opening sentence: in
#: capitals, or with its colon
LABEL_RUN_ON = re.compile(r"\s(?:PRESENT|MEMBERS PRESENT|Present\s*:|Members present\s*:)")
#: Characters of the opening's line searched for such a label
LABEL_REACH = 600


#: "Held on Tuesday 14 March 2023 at 7.00 pm ...": the date line of a titled record
HELD_ON = re.compile(r"(?:meeting\s+)?held\s+(?:on|at|in|remotely|virtually|online|via)\b", re.I)


#: "ON WEDNESDAY 9th JUNE 2021 AT 6.30PM": the date under "HELD AT <the place>"
ON_DATE = re.compile(r"^on\s+\S", re.IGNORECASE)


def _date_line_below(lines: list[Line], i: int) -> list[str]:
    """The next non-blank line under the held line at `i` when it opens with "On" (the
    date under the place), as a list of one; else an empty list."""
    below = _next_nonblank(lines, i, 1)
    return below if below and ON_DATE.match(below[0].strip("*#_ ")) else []


def detect_held_line(lines: list[Line], i: int) -> Start | None:
    """A title ('MINUTES' / 'PLANNING COMMITTEE'), then 'Held on D at T in V' (or 'HELD AT
    V' over 'ON D AT T'); minutes or agenda as the title or the text below says."""
    text = lines[i].text.strip().strip("*#_ ")
    if len(text) > 300 or not HELD_ON.match(text):
        return None
    if find_date(text) is None and find_date(" ".join(_date_line_below(lines, i))) is None:
        return None
    start = title_start(lines, i)
    if start == i or continues_a_sentence(lines[i - 1].text, text):
        return None
    return _titled_paper(lines, start, i, 4)


#: "Record of decisions taken on D at T in V": a decision session's record (one member
#: deciding) dated on a line under the title naming the session
RECORD_OF_DECISIONS = re.compile(
    r"record\s+of\s+(?:the\s+)?decisions?\s+(?:taken|made)\s+(?:on|at|in)\b", re.IGNORECASE
)


def detect_record_of_decisions(lines: list[Line], i: int) -> Start | None:
    """A title naming the session, then 'Record of decisions taken on D ...': minutes. A
    sentence speaking of such a record ("The record of decisions made on 5 May was noted")
    has a verb and no title above."""
    text = lines[i].text.strip().strip("*#_ ")
    if len(text) > 300 or not RECORD_OF_DECISIONS.match(text) or find_date(text) is None:
        return None
    if SENTENCE_VERB.search(text):
        return None
    start = title_start(lines, i)
    if start == i or continues_a_sentence(lines[i - 1].text, text):
        return None
    return Start(start, DocumentKind.MINUTES, Layout.MINUTES)


#: a decision's formula, or its clause ("THAT THE MINUTES OF THE MEETING OF MONDAY" over
#: "4 AUGUST 2008 BE ACCEPTED ..."): a line opening so is a sentence, never a title
DECISION_FORMULA = re.compile(
    r"[*_ ]*(?:it was\s+)?(?:resolved|agreed|recommended|that\s+the)\b", re.I
)


def continues_a_sentence(above: str, text: str) -> bool:
    """A 'held on D' line that ends a sentence begun above ("RESOLVED that the minutes of
    the meeting of the Panel" / "held on 22nd March 2019 be signed as a correct record."):
    a decision citing earlier minutes, not a record's opening. The line above opens with a
    decision's formula, or the held line goes on with a verb."""
    return bool(DECISION_FORMULA.match(above.strip())) or bool(SENTENCE_VERB.search(text))


def detect_kind_dated(lines: list[Line], i: int) -> Start | None:
    """A title naming the body, then 'Minutes - D, T, V' (or 'Agenda – D'): minutes or agenda
    as that line's first word says. A line like it with no title above opens nothing."""
    text = lines[i].text.strip().strip("*#_ ")
    prefix = KIND_DATED.match(text)
    if prefix is None or len(text) > 250:
        return None
    dated = text[prefix.end() :]
    if not DATED.match(dated) or find_date(dated[:40]) is None:
        return None
    start = title_start(lines, i)
    if start == i:
        return None
    if prefix["kind"].lower().startswith(("minute", "notes")):  # "Minute of Meeting D" too
        return Start(start, DocumentKind.MINUTES, Layout.MINUTES)
    return Start(start, DocumentKind.AGENDA, Layout.AGENDA)


#: "Thursday 4 February 2021 – A virtual meeting of the Panel held at 10.30 am"
DATE_FIRST = re.compile(
    r"(?:" + WEEKDAY_NAME + r",?\s+)?\d{1,2}(?:(?:st|nd|rd|th)\s*|\s+)"
    r"[A-Za-z]{3,9},?\s+\d{4}\s*[-–—:,]?\s*(?:an?|the)\s+(?:\S+\s+){0,3}?meeting of\b",
    re.IGNORECASE,
)


def detect_meeting_details(lines: list[Line], i: int) -> Start | None:
    """A committee system's meeting details page: its title, then "14 Nov 2018 - 14:00 to
    15:00" (see meeting_detail_pages)."""
    found = page_start(lines, i)
    return None if found is None else Start(found[0], found[1], _layout_of(found[1]))


def detect_meeting_list_page(lines: list[Line], i: int) -> Start | None:
    """A committee system's meeting page: "Cabinet - Monday 23rd May, 2016 7.45 pm" over
    "Venue: ..." (see meeting_list_pages)."""
    kind = list_page_start(lines, i)
    if kind is None:
        return None
    # the page's own heading above the title line ("Agenda") is the paper's first line
    start = next((k for k in range(i) if lines[k].text.strip()), i)
    return Start(start, kind, _layout_of(kind))


def detect_dated_record(lines: list[Line], i: int) -> Start | None:
    """A record's date and hours on a line of their own over "PRESENT:" (see dated_records),
    under the title lines that name the body."""
    if not dated_record(lines, i):
        return None
    return Start(title_start(lines, i), DocumentKind.MINUTES, Layout.MINUTES)


def detect_remote_note(lines: list[Line], i: int) -> Start | None:
    """A file opening with a note of how its meeting will sit ("this meeting will be held
    remotely") over the date and time (see remote_notices): that meeting's agenda."""
    if remote_note(lines, i) is None:
        return None
    return Start(title_start(lines, i), DocumentKind.AGENDA, Layout.AGENDA)


def detect_date_first(lines: list[Line], i: int) -> Start | None:
    """A date, then 'A (virtual) meeting of the Panel held at T', under the title lines that
    name the body; a meeting still to be held makes it a notice (an agenda)."""
    text = lines[i].text.strip().strip("*#_ ")
    if not DATE_FIRST.match(text) or find_date(text[:40]) is None:
        return None
    if NOTICE_VERB.search(text):
        return Start(title_start(lines, i), DocumentKind.AGENDA, Layout.AGENDA)
    return Start(title_start(lines, i), DocumentKind.MINUTES, Layout.MINUTES)


NOTICE_VERB = re.compile(r"\b(?:will be|to be|is to be) held\b", re.IGNORECASE)
DATE_FIELD = re.compile(
    r"(?:date(?:\s*(?:and|&)\s*time)?|meeting date|date of meeting|when)(?:\s*:|\t)",
    re.IGNORECASE,
)
#: "Time:", "Venue:" (or "Venue<TAB>", as a two-column table prints it)
PLACE_FIELD = re.compile(r"(?:time|venue|place|location|where)(?:\s*:|\t)", re.IGNORECASE)
PRESENT = re.compile(rf"(?:members\s+)?present\b|(?:{OTHER_PRESENT_LABELS})\b", re.IGNORECASE)
#: "1 Present", "1. Present", "2307.01 Present": the attendance list as the record's first
#: numbered minute (parish and community councils number it so)
#: "06-03-01 Present": a parish clerk's code of the meeting's day and month and the minute
MINUTE_NUMBER_BEFORE = re.compile(
    r"^(?:\d{1,4}(?:[./]\d{1,3})?|\d\d-\d\d-\d\d)[.):]?[ \t]+(?=[A-Z])"
)


def without_minute_number(text: str) -> str:
    """A line without the minute number before its words ("1   Present" -> "Present");
    the line itself when it has none."""
    return MINUTE_NUMBER_BEFORE.sub("", text, count=1)


#: what only an agenda's front sheet prints under its date: the members summoned
#: ("Membership:", "Members of the Committee"), whom to ask ("Enquiries to:", "Contact
#: officer:"), that the public may come; an "Agenda Item 6" line is no sign, since a pack
#: stamps it over each report
AGENDA_FRONT = re.compile(
    r"(?:membership\b:?$|(?:enquiries|contact)(?:\s+(?:to|officer|details))?\s*:"
    # "Members of the Committee" heading the list summoned; "This meeting is open to the
    # public" (a record would say it was)
    r"|members\s+of\s+the\s+(?:committee|sub-committee|panel|board|council|cabinet):?$"
    r"|this\s+meeting\s+is\s+open\s+to\s+the\s+public\b)",
    re.IGNORECASE,
)


def _layout_of(kind: DocumentKind) -> Layout:
    """The layout a titled paper of this kind is parsed by: minutes or an agenda."""
    return Layout.MINUTES if kind is DocumentKind.MINUTES else Layout.AGENDA


def _titled_paper(lines: list[Line], start: int, i: int, reach: int) -> Start | None:
    """The paper whose title runs from `start` to above the meeting's line `i`: minutes
    or an agenda as the title says, else as the next `reach` non-blank lines say. None
    when neither says, or the title speaks of other meetings' dates ("Dates of future
    meetings", `FUTURE_DATES`)."""
    title = " ".join(line.text for line in lines[start:i])
    if FUTURE_DATES.search(title):
        return None
    kind = _kind_of_titled(title, _next_nonblank(lines, i, reach))
    return Start(start, kind, _layout_of(kind)) if kind is not None else None


#: A record's own word alone on a line under its title and date
RECORD_WORDS = frozenset({"MINUTES", "ATTENDANCE"})


def _kind_of_titled(title: str, following: list[str]) -> DocumentKind | None:
    """Minutes or agenda, from the title's own word, else from what follows the fields
    (an attendance list means minutes; an 'AGENDA' line or notice means an agenda); None
    when "MINUTES" or "ATTENDANCE" alone comes first, whose own line opens the record. A
    pack's "Agenda Item 2" stamp over enclosed minutes is the pack's, not the title's."""
    lowered = ITEM_STAMP.sub(" ", title).lower() if len(title) <= 2000 else title.lower()
    if "minutes" in lowered:
        return DocumentKind.MINUTES
    if any(w in lowered for w in ("agenda", "notice of", "summons")):
        return DocumentKind.AGENDA
    for text in following:
        bare = text.strip("*#_ ")
        if bare.upper() in RECORD_WORDS:
            return None  # "MINUTES" alone under "CABINET" / date: that line opens the record
        if PRESENT.match(without_minute_number(bare)):
            return DocumentKind.MINUTES
        if bare.upper() == "AGENDA" or NOTICE_SENTENCE.search(bare) or AGENDA_FRONT.match(bare):
            return DocumentKind.AGENDA
        if RECORD_SENTENCE.match(bare):  # "Apologies were received ...": the business minuted
            return DocumentKind.MINUTES
    return None


def _untagged(text: str) -> str:
    """A line without its HTML cell tags and emphasis ("<p>Date:</p><TAB><p>D</p>")."""
    return TAGS.sub("", text).strip().strip("*#_ ")


#: Non-blank lines under a 'Date:' field searched for the paper's kind: an agenda may list
#: its members, quorum and contact officer before its 'AGENDA' line
FIELDS_KIND_LINES = 12


#: "Date:" alone on its line, its value on the line under it
DATE_LABEL_ALONE = re.compile(r"(?:date|meeting date|date of meeting)\s*:?", re.IGNORECASE)


def stacked_date_field(lines: list[Line], i: int) -> bool:
    """A committee system's page stacks each field's value under its label alone ("Date:"
    / "Tuesday, 3rd March, 2009" / "Time:" / "6.00pm" / "Place:" / ...): the date label
    alone, a date on the next line with text and a time or place label alone on one of the
    few after it."""
    if not DATE_LABEL_ALONE.fullmatch(_untagged(lines[i].text)):
        return False
    after = [_untagged(t) for t in _next_nonblank(lines, i, 4)]
    return (
        bool(after)
        and find_date(after[0]) is not None
        and any(PLACE_LABEL_ALONE.fullmatch(t) for t in after[1:])
    )


#: "Time:", "Place:", "Venue:" alone on their lines
PLACE_LABEL_ALONE = re.compile(r"(?:time|venue|place|location|where)\s*:", re.IGNORECASE)


def detect_date_fields(lines: list[Line], i: int) -> Start | None:
    """A title, then 'Date:' with 'Time:' or 'Venue:'/'Place:' lines under it; minutes or
    agenda as the title or the text after the fields says."""
    text = _untagged(lines[i].text)
    bare = bare_fields(text)  # "DATE Thursday 29 September 2016 TIME 2.00 pm VENUE ..."
    if bare and bare[0][0] == "date":
        if len(bare) > 1 or any(bare_fields(_untagged(t)) for t in _next_nonblank(lines, i, 3)):
            return _titled_paper(lines, title_start(lines, i), i, FIELDS_KIND_LINES)
        return None
    if stacked_date_field(lines, i):
        return _titled_paper(lines, title_start(lines, i), i, FIELDS_KIND_LINES)
    if not DATE_FIELD.match(text) or (find_date(text) or find_numeric_date(text)) is None:
        return None
    above = fields_above(lines, i)  # "Meeting:" / "Venue:" printed over the date
    if above is None and not any(
        PLACE_FIELD.match(_untagged(t)) for t in _next_nonblank(lines, i, 3)
    ):
        return None
    start = title_start(lines, i if above is None else above)
    return _titled_paper(lines, start, i, FIELDS_KIND_LINES)


#: a line that starts with the date: "Thursday 25 October 2012", "7 June 2013 at 10am"
#: (the ordinal may be glued to the month, its superscript's space lost: "8thNovember")
DATED = re.compile(
    r"(?:" + WEEKDAY_NAME + r",?\s+)?" + DAY_BEFORE_MONTH + r"[A-Za-z]{3,9},?\s+\d{4}\b",
    re.IGNORECASE,
)


#: a sentence going on in the passive after a date: "4 May 2008 be accepted and signed"
PASSIVE_AFTER = re.compile(
    r"[\s,]{0,3}(?:be|is|are|was|were|been|being)\s+(?:[a-z]{1,20}\s+){0,2}?[a-z]{2,20}ed\b",
    re.IGNORECASE,
)


def detect_dated_title(lines: list[Line], i: int) -> Start | None:
    """A title naming the body, then a line that starts with the meeting's date ('MEETING
    OF THE PANEL' / 'Thursday 25 October 2012, Council Chamber'); minutes or agenda as the
    title or the text below says. A date ending a decision's sentence begun above ("It
    was agreed to defer the minutes of the meeting held on" / "9 March 2009 to the next
    meeting"), or going on in the passive ("THAT THE MINUTES OF THE MEETING OF" / "4 MAY
    2008 BE ACCEPTED AND SIGNED"), opens nothing."""
    text = lines[i].text.strip().strip("*#_ ")
    placed = place_dated(text) if len(text) <= 120 else None  # "Edinburgh, Thursday 2 June 2016"
    text = placed[1] if placed else text
    dated = DATED.match(text) if len(text) <= 120 else None
    if dated is None or find_date(text[:40]) is None or PASSIVE_AFTER.match(text[dated.end() :]):
        return None
    start = title_start(lines, i)
    if start == i or DECISION_FORMULA.match(lines[i - 1].text.strip()):
        return None
    if labelled_web_record(lines, i):  # a web page's "Venue:" line, then "Minutes:" labels
        return Start(start, DocumentKind.MINUTES, Layout.MINUTES)
    if items_table_page(lines, i):  # "Venue:" ... "No. Item": what the items' text records
        kind = page_kind(lines[i:])
        if kind is not None:
            return Start(start, kind, _layout_of(kind))
    # what it is must show at once: a list of dates further down a paper is no opening
    return _titled_paper(lines, start, i, 4)


def items_table_page(lines: list[Line], i: int) -> bool:
    """Whether the dated line `i` heads a committee system's meeting page: a "Venue:" line
    just below and the items' table header ("No. Item") soon after; the page's "Contact:"
    line is then no agenda's front sheet, and what the items' text records says the kind."""
    following = _next_nonblank(lines, i, ITEMS_HEADER_REACH)
    if not _venue_field(following[:4]):
        return False
    return any(ITEMS_HEADER.match(_untagged(t).strip()) for t in following)


def _venue_field(texts: list[str]) -> bool:
    """Whether one of the lines is a committee system's "Venue:" field."""
    return any(_untagged(t).lower().startswith("venue:") for t in texts)


#: Non-blank lines under the dated line searched for the items' table header
ITEMS_HEADER_REACH = 6


def labelled_web_record(lines: list[Line], i: int) -> bool:
    """Whether the dated line `i` heads a committee system's meeting page that records the
    meeting: a "Venue:" line just below, and each item's "Minutes:" label further down
    (the page's "Contact:" line is no agenda's front sheet then)."""
    if not _venue_field(_next_nonblank(lines, i, 4)):
        return False
    if "labelled" in record_evidence(lines[i:]):
        return True
    # "81/31 – APOLOGIES FOR ABSENCE: Notification had been received ...": each minute
    # coded and run in after its item's agenda text, no label
    coded = (line for line in lines[i : i + MAX_PAGE_LINES] if CODED_RUN_IN.match(line.text))
    return sum(1 for _ in itertools.islice(coded, MIN_CODED_RUN_INS)) >= MIN_CODED_RUN_INS


#: a minute's code, a dash, its title in capitals and a colon, its text run on
CODED_RUN_IN = re.compile(
    r"^\d{1,4}/\d{2,4}[ \t]{1,3}[–—-][ \t]{1,3}[A-Z][A-Z ,'’&()/-]{2,100}:[ \t]+\S"
)
#: Fewest such minutes that make the page a record
MIN_CODED_RUN_INS = 2
#: Lines of a page searched for them
MAX_PAGE_LINES = 2000


#: how a record lists who came, under a title line that carries the date: "Present:",
#: "THOSE ATTENDING:", "Attendees:", "Members present" (not a sentence of a notice:
#: "Those attending the meeting are requested to ...", "Attendance at meetings is ...")
ATTENDED = re.compile(
    r"(?:members\s+)?(?:present|attendance|attendees|in attendance|those (?:present|attending))"
    r"\b(?!\s+(?-i:the|this|at|to|of|for|is|are|will|should|must|may|can)\b)",
    re.IGNORECASE,
)


def detect_titled_date(lines: list[Line], i: int) -> Start | None:
    """A title line naming the body with the meeting's date on it ('BOROUGH OF POOLE
    CABINET 12 JUNE 2018', 'Surrey Police and Crime Panel - Tuesday, 15 September 2020
    10.30 am'): minutes when who attended is listed soon below; minutes or agenda as the
    title says when a 'Venue:' line follows it; else no paper starts here (a line like it
    inside a paper cites another meeting)."""
    text = _untagged(lines[i].text)
    if len(text) > 250 or titled_date(text) is None:
        return None
    start = title_start(lines, i)
    title = " ".join(line.text for line in lines[start : i + 1])
    if FUTURE_DATES.search(title):
        return None
    following = _next_nonblank(lines, i, 12)
    if any(ATTENDED.match(without_minute_number(t.strip("*#_ "))) for t in following):
        return Start(start, DocumentKind.MINUTES, Layout.MINUTES)  # "1. Present: ..." too
    if any(FUTURE_MEETING.match(t.strip("*#_ ")) for t in following[:3]):
        return Start(start, DocumentKind.AGENDA, Layout.AGENDA)  # "This meeting will take place"
    if following and following[0].strip("*#_ ").upper() == "AGENDA":
        return Start(start, DocumentKind.AGENDA, Layout.AGENDA)  # the agenda's heading under it
    if any(_untagged(t).lower().startswith("venue:") for t in following[:3]):
        kind = _kind_of_titled(title, []) or page_kind(lines[i:])  # a web meeting page
        if kind is not None:
            return Start(start, kind, _layout_of(kind))
    kind = dated_page_kind(lines, start, i)  # a web meeting page saved without its venue
    return None if kind is None else Start(start, kind, _layout_of(kind))


#: a web page's note under its dated title that the meeting is still to come
FUTURE_MEETING = re.compile(r"this meeting will (?:take place|be held)\b", re.IGNORECASE)
#: a title over dates that are not this paper's meeting ("Date of next meeting")
FUTURE_DATES = re.compile(r"\b(?:next|future|forthcoming|dates of)\b", re.IGNORECASE)


#: "Meeting: Cabinet", "Committee: Licensing": a field naming the body belongs to the title
BODY_FIELD = re.compile(r"(?:meeting|committee|panel|board|body)\s*:", re.IGNORECASE)


#: how a notice sent as a letter opens under the letterhead: "Dear Councillor,", "To: all
#: Members of the Committee", "To the Members of Ashby Town Council"
LETTER_FORMULA = re.compile(rf"^(?:{letter_formulae.LETTER_OPENING})$", re.IGNORECASE)
#: the fields of a letter's or a front sheet's heading, between the letterhead and the
#: notice or the agenda: "Date:<TAB>2 October 2017" (the letter's date, not the meeting's),
#: "Copies to:", "Enquiries to:", "Contact:", "Telephone:", "Despatched:", "Our ref:",
#: "Ask for:", "Ext:", "Fax:", "Website:"
LETTER_FIELD = re.compile(
    r"^(?:date|copies\s+to|enquiries(?:\s+to)?|contact(?:\s+officer)?|telephone|tel|direct"
    r"\s+(?:line|dial)|e-?mail|despatched|dispatched|published|issued|our\s+ref|your\s+ref|"
    r"ref(?:erence)?|(?:please\s+)?ask\s+for|ext(?:ension)?|fax|minicom|mobile|phone|"
    r"web(?:site)?)\s*:[ \t].{0,120}$",
    re.IGNORECASE,
)


#: a bracketed line inside a title block: "(Licensing Act 2003)", "(Special Meeting)",
#: "(Local Government (Miscellaneous Provisions) Act 1976)": one level of brackets inside
SUBTITLE = re.compile(r"\([A-Z](?:[^()]|\([^()]{1,60}\)){2,100}\)")


#: a meeting's time alone on a line of its title block: "2.00 pm", "10:30am", "7.30 p.m."
TIME_ALONE = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\.?", re.IGNORECASE)


#: Longest title line read whole ("X FIRE AUTHORITY ORDINARY MEETING 30 MARCH 2012 -
#: 2.00PM <the place, down to its postcode>")
LONG_TITLE = 200


def long_title(text: str) -> bool:
    """Whether a line over 100 characters is still a title: at most LONG_TITLE, naming a
    body and its meeting's date, no sentence's verb and its longer words capitalised (a
    sentence's small words are no title's)."""
    small = re.findall(r"\b[a-z][a-z]{3,}\b", text)
    return (
        len(text) <= LONG_TITLE
        and len(small) <= LONG_TITLE_SMALL_WORDS
        and BODY_WORD.search(text) is not None
        and find_date(text) is not None
        and SENTENCE_VERB.search(text) is None
    )


#: Most longer words in small letters a long title line may hold (a sentence has many)
LONG_TITLE_SMALL_WORDS = 1


def title_start(lines: list[Line], i: int) -> int:
    """Where the title block above line i begins: short lines with no full stop (at most
    six, blank lines between them allowed), stopping at anything else."""
    start = i
    taken = 0
    j = i - 1
    while j >= 0 and i - j <= 14 and taken < 6:
        if lines[j + 1].number - lines[j].number > 1:
            break  # the cleaning removed a page's furniture here: line j is the page before
        # a web page's title keeps its tags ("<strong>NORTHERN</strong> <strong>...")
        text = " ".join(TAGS.sub(" ", lines[j].text).split())
        if text:
            if (
                LETTER_FORMULA.match(text)
                or LETTER_FIELD.match(text)
                or LETTERHEAD_FIELD.match(text)
                or FRONT_NOTE.match(text)  # "NB – Please note: a pre-meeting ..."
            ):
                j -= 1
                continue  # "Dear Councillor,", "To: all Members", "Date:", "Clerk: ...": a letter's
            if (len(text) > 100 and not long_title(text)) or text.endswith((".", ";", ",", "?")):
                break
            if lines[j + 1].number - lines[j].number > 1:
                break  # a page's foot removed between: the paper above ends there
            if BODY_FIELD.match(text.strip("*#_ ")):  # "Meeting:<TAB>Cabinet": the title's
                start = j
                taken += 1
                j -= 1
                continue
            if ":" in text[:40]:
                break
            if SUBTITLE.fullmatch(text):  # "(Licensing Act 2003)": the title's own note
                start = j
                j -= 1
                continue
            if TIME_ALONE.fullmatch(text):  # "2.00 pm" under the date: the title block's
                start = j
                j -= 1
                continue
            if "\t" in text or text[:1].isdigit() or text[:1] in "-•·(":
                break  # an item, a list or a table row: the paper above
            if person_row(text):
                break  # "Ashby Borough Council - Councillors A and B": a list's row above
            if PAGE_NUMBER.fullmatch(text):
                break  # "Page 1" (kept when the page is not a slide's): the page before
            start = j
            taken += 1
        j -= 1
    return start


def detect_report(lines: list[Line], i: int) -> Start | None:
    """A report's 'To: / Subject: / Date:' header."""
    if not lines[i].text.startswith("To:"):
        return None
    if not any(t.startswith("Subject:") for t in _next_nonblank(lines, i, 3)):
        return None
    return Start(i, DocumentKind.REPORT, Layout.REPORT_HEADER)


#: a report's cover fields in capitals: "REPORT TO: X", "REPORT OF: Y", "SUBJECT: Z"
REPORT_TO = re.compile(r"report\s+to\s*:\s*\S", re.IGNORECASE)
SUBJECT_FIELD = re.compile(r"(?:subject|title|report title)\s*:\s*\S", re.IGNORECASE)


def detect_report_to(lines: list[Line], i: int) -> Start | None:
    """A report's 'REPORT TO: / DATE: / REPORT OF: / SUBJECT:' cover fields, as a pack
    prints each report after its agenda: a 'Subject:' or 'Title:' field within five lines."""
    if not REPORT_TO.match(lines[i].text.strip()):
        return None
    if not any(SUBJECT_FIELD.match(t) for t in _next_nonblank(lines, i, 5)):
        return None
    return Start(authority_above(lines, i), DocumentKind.REPORT, Layout.REPORT_HEADER)


#: Non-blank lines above a report's cover fields that may print its authority and stamp
AUTHORITY_ABOVE_LINES = 3


def authority_above(lines: list[Line], i: int) -> int:
    """Where a report whose cover fields start at line i starts: at the authority's name
    (or the pack's 'Agenda Item 5' stamp) printed just above them ('Ashby District
    Council' / 'Report to: ...'); else at line i. Any other line above is the paper
    before's."""
    start, seen = i, 0
    for j in range(i - 1, -1, -1):
        text = lines[j].text.strip().strip("*#_ ")
        if not text:
            continue
        seen += 1
        if seen > AUTHORITY_ABOVE_LINES or not (
            authority_name(text) is not None or ITEM_STAMP.fullmatch(text)
        ):
            break
        start = j
    return start


WORK_PROGRAMME = re.compile(r"[^-\d(].*\bwork programme\s*[-–]\s*\d{1,2} \w+ \d{4}", re.I)


def detect_work_programme(lines: list[Line], i: int) -> Start | None:
    """'Police and Crime Panel - Future Work Programme – 18 December 2024'."""
    if not WORK_PROGRAMME.match(lines[i].text.strip()):
        return None
    return Start(i, DocumentKind.WORK_PROGRAMME, Layout.WORK_PROGRAMME)


def detect_titled_programme(lines: list[Line], i: int) -> Start | None:
    """A work programme titled with its year over its table's header row, the pack's stamp
    above it included (see `work_programme_titles`)."""
    if not titled_programme([lines[i].text, *_next_nonblank(lines, i, HEADER_REACH)]):
        return None
    start = authority_above(lines, i)
    stamped = any(ITEM_STAMP.fullmatch(ln.text.strip().strip("*#_ ")) for ln in lines[start:i])
    if not stamped and appendix_above(lines[max(0, i - APPENDIX_REACH) : i]):
        return None  # the programme is a report's appendix: `appendices` cuts it off
    return Start(start, DocumentKind.WORK_PROGRAMME, Layout.WORK_PROGRAMME)


#: Lines above an unstamped programme searched for a report's appendix list or pointer
APPENDIX_REACH = 80


def appendix_above(lines: list[Line]) -> bool:
    """Whether lines list a report's appendices ("Appendix 1 – Work Programme") or point
    to one ("at Appendix 1")."""
    return any(LISTED.match(ln.text.strip()) or POINTS_TO.search(ln.text) for ln in lines)


def detect_board_notes(lines: list[Line], i: int) -> Start | None:
    """'Meeting Notes' followed by a 'Title:' table (the Commissioner's board)."""
    if lines[i].text.strip() != "Meeting Notes":
        return None
    if not any(t.startswith("Title:") for t in _next_nonblank(lines, i, 2)):
        return None
    return Start(i, DocumentKind.MINUTES, Layout.BOARD_NOTES)


#: "Report of the Director of Children's Services", "Joint Report of ...": who brings a report
REPORT_OF = re.compile(r"(?:joint\s+)?report\s+of\b", re.IGNORECASE)
#: Lines under a pack's item stamp searched for the report's "Report of ..." line
STAMP_REACH = 6


def detect_stamped_report(lines: list[Line], i: int) -> Start | None:
    """A report bound into a pack after its agenda: the pack's 'Agenda Item 6' stamp, then
    the council, the meeting, the subject and 'Report of ...' within a few lines. A stamp
    over another paper's opening ('MINUTES of a meeting ...') is left to that paper."""
    if not ITEM_STAMP.fullmatch(lines[i].text.strip().strip("*#_ ")):
        return None
    following = _next_nonblank(lines, i, STAMP_REACH)
    for k, text in enumerate(following):
        if REPORT_OF.match(text.strip("*#_ ")) or report_to_titled(following[k:]):
            return Start(i, DocumentKind.REPORT, Layout.STANDALONE_REPORT)
        if MINUTES_OPENING.match(text) or MINUTES_TITLE.match(text) or AGENDA_WORD.match(text):
            return None  # the stamp is over minutes or an agenda, not a report
    return None


#: "Report to the Chiltern Police & Crime Panel": whom a report is for, without a colon
REPORT_TO_LINE = re.compile(r"[*#_ ]*report\s+to\s+(?:the\s+)?[A-Z]", re.IGNORECASE)


def report_to_titled(following: list[str]) -> bool:
    """Whether the lines under a stamp open with 'Report to the X' then, next, a 'Title:'
    or 'Subject:' field naming the report (its cover as some panels print it)."""
    if len(following) < 2 or not REPORT_TO_LINE.match(following[0]):
        return False
    return bool(SUBJECT_FIELD.match(following[1].strip("*#_ ")))


def detect_report_fields(lines: list[Line], i: int) -> Start | None:
    """A report's cover as a block of labelled fields naming its subject and whom it is
    from, at the block's first field (see `report_cover_fields`)."""
    if not cover_field(lines[i].text):
        return None
    above = next((ln.text for ln in reversed(lines[max(0, i - 3) : i]) if ln.text.strip()), "")
    if above and cover_field(above):
        return None  # inside the block: it opened at its first field
    if not cover_block([lines[i].text, *_next_nonblank(lines, i, REACH_FIELDS)]):
        return None
    if not opens_body(_next_nonblank(lines, i, SECTION_REACH)):
        return None  # entries of a plan, each with the same fields: no report's sections
    return Start(authority_above(lines, i), DocumentKind.REPORT, Layout.STANDALONE_REPORT)


#: Non-blank lines under a cover's first field read with it
REACH_FIELDS = 7


DETECTORS: tuple[Detector, ...] = (
    detect_document_pack,
    detect_agenda,
    detect_agenda_sentence,
    detect_summons,
    detect_notice,
    detect_flattened_front_sheet,
    detect_announcement,
    detect_record_statement,
    detect_meeting_line,
    detect_minutes,
    detect_at_a_meeting,
    detect_minute_of_meeting,
    detect_minutes_heading,
    detect_meeting_details,
    detect_meeting_list_page,
    detect_date_first,
    detect_dated_record,
    detect_remote_note,
    detect_kind_dated,
    detect_date_fields,
    detect_dated_title,
    detect_held_line,
    detect_record_of_decisions,
    detect_titled_date,
    detect_report,
    detect_report_to,
    detect_stamped_report,
    detect_report_fields,
    detect_work_programme,
    detect_titled_programme,
    detect_board_notes,
)


#: How the lines that open a paper begin (lower case); `may_start` tests only these.
OPENING_PREFIXES = (
    "agenda",  # detect_agenda, detect_kind_dated ("Agenda - D")
    "minutes", "draft minutes", "unconfirmed minutes",  # detect_minutes, detect_kind_dated
    "m i n u t e s",  # detect_minutes_heading
    "meeting notes",  # detect_board_notes
    "notes", "note of", "record of", "action notes of",  # detect_minutes (as a title)
    # "record of" also detect_record_of_decisions
    "i hereby summon", "i hereby give", "i hereby invite", "i invite",  # detect_notice
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",  # date first
    "summons",  # detect_summons
    "notice of meeting",  # detect_kind_dated
    "notice is hereby", "notice is given",  # detect_notice
    "you ", "members ", "councillors ", "all members",  # detect_notice
    "a ", "an ",  # detect_announcement, detect_record_statement
    "the meeting of", "the special", "the annual", "the ordinary",  # detect_announcement
    "the extraordinary",  # ("The meeting of X will be held at V on D")
    "on ",  # detect_record_statement ("On Tuesday 20 July 2010 a Meeting of X was held")
    "held ", "meeting held",  # detect_held_line
    "minute of",  # detect_minute_of_meeting
    "at a", "at the",  # detect_at_a_meeting ("at an extraordinary meeting", "at the meeting")
    "special meeting", "annual meeting", "ordinary meeting", "monthly meeting",
    "extraordinary meeting",  # detect_at_a_meeting ("SPECIAL MEETING OF X COUNCIL Held in")
    "public document pack",  # detect_document_pack
    "date", "meeting date", "when:",  # detect_date_fields
    "meeting:",  # detect_meeting_line
)  # fmt: skip


def may_start(text: str) -> bool:
    """Whether any detector could accept a line: a cheap test that every start passes (most
    lines fail it, and then no detector's patterns run). A new detector must pass here."""
    stripped = text.strip().lstrip("*#_ ")
    if stripped.startswith("<"):  # a table cell that kept its HTML: "<p>Date:</p>"
        stripped = TAGS.sub("", stripped).strip()
    return (
        stripped[:20].lower().startswith(OPENING_PREFIXES)
        or stripped[:1].isdigit()  # detect_date_first ("4 February 2021 – A meeting of ...")
        or text.startswith("To:")  # detect_report
        or stripped[:6].lower() == "report"  # detect_report_to
        or cover_field(stripped[:300])  # detect_report_fields ("Committee:", "Subject:")
        or "programme" in stripped.lower()  # detect_work_programme ("... Work Programme – ...")
        or "work plan" in stripped.lower()  # detect_titled_programme ("Forward Work Plan")
        or (stripped[:1].isupper() and bool(YEAR_AT_END.search(stripped[:250])))
        or flattened(stripped)  # detect_flattened_front_sheet
        or "this meeting will" in stripped[:600].lower()  # detect_remote_note
    )  # detect_titled_date: "CABINET 12 JUNE 2018", "X - Tuesday 3 May 2016 2.00 pm"


#: a four-digit year then at most a time or a place: the end of a title line with its date
YEAR_AT_END = re.compile(r"\b(?:19|20)\d\d\b[^;!?]{0,150}$")


def agenda_headed(lines: list[Line]) -> bool:
    """Whether the opening prints the agenda's own heading ("AGENDA", "A G E N D A") on a
    line of its own with numbered items under it (AGENDA_ITEMS at least): then one item's
    title ("Annual Report of the Panel") does not make the paper an annual report."""
    for k, line in enumerate(lines[:AGENDA_HEADING_LINES]):
        if line.text.strip().strip("*#_ ").upper().replace(" ", "") != "AGENDA":
            continue
        under = lines[k + 1 : k + 1 + AGENDA_HEADING_LINES]
        if sum(1 for ln in under if ITEM_LINE.match(ln.text.strip())) >= AGENDA_ITEMS:
            return True
    return False


#: Lines of a paper's opening searched for the agenda's own heading, and under it
AGENDA_HEADING_LINES = 60
#: Fewest numbered items under the heading that make the paper an agenda
AGENDA_ITEMS = 2


#: a line of a list: an item's number ("11. ", "Item 11: ", "(b) "), which an annual
#: report's own title never opens with
LISTED_LINE = re.compile(r"^(?:item\s+)?(?:\(?[a-z]\)|[A-Z]?\d{1,2}[a-z]?[.):]?)\s", re.I)


def _unlisted_text(lines: list[Line]) -> str:
    """The opening's text (each line's start, lower case) without its listed lines: an
    item "Item 11: Health and Safety Annual Report 2020/21" on an agenda is not the paper's
    title."""
    return " ".join(
        line.text[:300]
        for line in lines[:40]
        if line.text.strip() and not LISTED_LINE.match(line.text.strip())
    ).lower()


#: The most lines, and characters, a paper's preamble holds: a host's title and chrome,
#: a letterhead, an address, a date ("<<", "Page created by ...", "Civic Centre, PO Box
#: 28, ..."); a cover of its own (a minute volume's index) runs longer
PREAMBLE_LINES = 10
PREAMBLE_CHARACTERS = 1200


#: What ends another paper, not what opens this one: a sentence ("Item 2 was deferred to
#: a later meeting."), a signature's lone "Signed" or "Chairman"; a notice to the reader
#: ("Please note these minutes are a draft.", "Note: ...") is the host's, over the paper
PAPER_TAIL = re.compile(
    r"^(?:(?!Please\s|Note\b)[A-Z][a-z]+(?:\s[^\s:]+){3,}(?<!\.\.)\."
    r"|(?:Signed|Chair(?:man|woman|person)?)\W*)$"
)
#: "1. APOLOGIES FOR ABSENCE": a numbered item; two make a list of business
NUMBERED_ITEM = re.compile(r"^\d{1,3}\.?\s+[A-Za-z]")


def short_preamble(lines: list[Line]) -> bool:
    """Whether the text before a file's first paper is short enough to be that paper's own
    preamble (the lines a host, a letterhead or a cover put over it), not a text of its own
    nor the end of another paper (a sentence, a signature, a list of business)."""
    filled = [line.text.strip() for line in lines if line.text.strip()]
    if len(filled) > PREAMBLE_LINES or sum(map(len, filled)) > PREAMBLE_CHARACTERS:
        return False
    if any(PAPER_TAIL.match(text) for text in filled):
        return False
    return sum(1 for text in filled if NUMBERED_ITEM.match(text)) < 2


def opens_with_preamble(first: Start, leading: list[Line]) -> bool:
    """Whether the lines before the first paper are its own preamble: short (see
    short_preamble), over an agenda or minutes (a report's cover is a paper's own text)."""
    return first.kind in (DocumentKind.AGENDA, DocumentKind.MINUTES) and short_preamble(leading)


def classify_leading(lines: list[Line], whole: bool = True) -> Start:
    """Kind of text that opens a file before any recognised paper (often the whole file;
    not `whole`: a cover or banner over a paper, which names no kind of its own)."""
    if decision_page(lines):  # "Decision details": what a meeting decided
        return Start(0, DocumentKind.MINUTES, Layout.MINUTES)
    page = stacked_page_kind(lines) or headless_page_kind(lines)  # a system's meeting page
    if page is not None:
        return Start(0, page, _layout_of(page))
    # each line's start only: a paper flattened onto one line may cite an annual report
    head = " ".join(line.text[:300] for line in lines[:40] if line.text.strip()).lower()
    if "annual report" in head and agenda_headed(lines):
        return Start(0, DocumentKind.AGENDA, Layout.AGENDA)  # an item is the annual report
    if "annual report" in _unlisted_text(lines):
        return Start(0, DocumentKind.ANNUAL_REPORT, Layout.ANNUAL_REPORT)
    content = kind_by_content(lines)  # an opening not recognised: what the text records
    if content is DocumentKind.MINUTES:
        return Start(0, DocumentKind.MINUTES, Layout.MINUTES)
    if content is DocumentKind.AGENDA:
        return Start(0, DocumentKind.AGENDA, Layout.AGENDA)
    if dated_item_front(lines):  # a title, "Date: ... Time: ...", items 1, 2, 3
        return Start(0, DocumentKind.AGENDA, Layout.AGENDA)
    if "report" in head[:300]:
        return Start(0, DocumentKind.REPORT, Layout.STANDALONE_REPORT)
    if labels_lost_front_sheet(lines):  # the body, then a date and a time alone: an agenda
        return Start(0, DocumentKind.AGENDA, Layout.AGENDA)
    titled = titled_kind(lines) if whole else None  # "BOARD - MINUTES OF MEETING ON D"
    if titled is not None:
        return Start(0, titled, _layout_of(titled))
    return Start(0, DocumentKind.OTHER, Layout.UNRECOGNISED)


#: Non-blank lines in which a second opening of the same kind is still the first's
OPENING_WINDOW = 15


def same_opening(lines: list[Line], previous: Start, start: Start) -> bool:
    """Whether a start repeats the opening of the paper just begun: a pack's cover, then
    'AGENDA', then 'Notice is hereby given' open one agenda, not three."""
    if start.kind is not previous.kind:
        return False
    if start.index > 0 and meeting_start(lines, start.index) == start.index:
        return False  # an issue's page: the next meeting that took the issue
    between = lines[previous.index : start.index]
    if start.kind is DocumentKind.AGENDA and not any(
        ITEM_LINE.match(line.text.strip()) and not DATED.match(line.text.strip())
        for line in between
    ):
        return True  # a notice, a long membership list, then 'AGENDA': still one agenda
    if start.kind is DocumentKind.MINUTES and second_record(lines, previous.index, start.index):
        return False  # an annual meeting's minutes, then an ordinary meeting's, on one page
    if start.kind is DocumentKind.REPORT and another_cover(
        [line.text for line in between],
        [line.text for line in lines[start.index : start.index + 3 * REACH_FIELDS]],
    ):
        return False  # two short reports, each under its own cover's subject
    return sum(1 for line in between if line.text.strip()) < OPENING_WINDOW


#: a page number alone on a line: "1", "- 2 -", "Page 3"
PAGE_NUMBER = re.compile(r"(?:page\s+)?-?\s?\d{1,3}\s?-?", re.IGNORECASE)


#: Most lines, and longest line, of a host's title for the file
HOST_TITLE_LINES = 2
HOST_TITLE_CHARS = 150


def host_title(lines: list[Line], first: Line) -> bool:
    """Whether the lines before a file's first paper are a host's title for the file over
    the furniture it printed ("Download the Agenda and Reports" over "Total Page:16" and
    "File Type:pdf, ..."): one or two short lines, no sentence, the furniture taken out
    between them and the paper (its lines are missing from the numbering). The title
    names the paper and is its first line, not a paper of its own."""
    texts = [line.text.strip() for line in lines if line.text.strip()]
    if not texts or len(texts) > HOST_TITLE_LINES or first.number - lines[-1].number <= 1:
        return False
    return all(len(t) <= HOST_TITLE_CHARS and not t.endswith((".", ":")) for t in texts)


def only_furniture(lines: list[Line], rest: list[Line] | None = None) -> bool:
    """Whether lines before a file's first paper are blank or the pack's furniture only (an
    'Agenda Item 4' stamp, a page number, a browser's print header, a running header printed
    again on a later page of `rest`, the file's remaining lines): they then belong to that
    paper."""
    texts = [line.text.strip().strip("*#_ ") for line in lines if line.text.strip()]
    stamped = [
        t
        for t in texts
        if not (
            ITEM_STAMP.fullmatch(t)
            or PAGE_NUMBER.fullmatch(t)
            or print_header(t)
            or protective_marking(t)  # "OFFICIAL   Record No: 20417"
        )
    ]
    if not stamped:
        return True
    later = later_shapes(rest or [])
    return all(running_header(t, later) is not None for t in stamped)


def sentence_above(lines: list[Line], i: int) -> str:
    """Line i joined to the sentence it goes on from, when it starts in lower case under a
    line that stops mid-sentence ("... authorise the Chairman to sign the" / "" / "minutes
    of the Meeting of the Council held on D."); '' otherwise. A paper's own opening never
    starts in lower case below such a line."""
    text = lines[i].text.strip()
    if not text[:1].islower():
        return ""
    above = [ln.text.strip() for ln in lines[max(0, i - 2) : i] if ln.text.strip()]
    if not above or not re.search(r"[a-z]$", above[-1]):
        return ""
    return f"{above[-1]} {text}"


def title_text(lines: list[Line], start: int, i: int) -> str:
    """A start's title block and its detected line, joined into one line."""
    return " ".join(line.text.strip() for line in lines[start : i + 1] if line.text.strip())


#: a page's header: the paper's title, a dash, its meeting's date
PAGE_HEADER = re.compile(r"(?P<title>\S[^–—]{2,120}?)\s[–—-]\s(?P<date>.{6,40})")
#: Non-blank lines of a paper's opening that its page header repeats
PAGE_HEADER_REACH = 12


def page_header_of(lines: list[Line], paper: Start, i: int) -> bool:
    """Whether line i is the header of a later page of the paper above: its title as the
    paper's opening prints it on a line of its own, a dash, the same date as the opening
    ('PENNINE VALE PANEL' ... 'DATE: Monday, 19th July, 2021' / 'PENNINE VALE PANEL –
    19 JULY 2021'): no new paper opens there."""
    header = PAGE_HEADER.fullmatch(lines[i].text.strip())
    date = find_date(header["date"]) if header else None
    if header is None or date is None:
        return False
    opening = [ln.text.strip() for ln in lines[paper.index : i] if ln.text.strip()]
    opening = opening[:PAGE_HEADER_REACH]
    title = header["title"].strip().lower()
    return any(t.lower() == title for t in opening) and any(find_date(t) == date for t in opening)


def split(lines: list[Line]) -> list[Part]:
    """Cut the cleaned lines into parts; each line belongs to exactly one part."""
    starts: list[Start] = []
    page = roll_page_start(lines)  # an attendance page: its head opens no paper of its own
    for i in range(len(lines)):
        if not may_start(lines[i].text) or (page is not None and i <= page):
            continue
        for detect in DETECTORS:
            start = detect(lines, i)
            if start is not None:
                if cites_a_meeting(title_text(lines, start.index, i)) or cites_a_meeting(
                    sentence_above(lines, i)
                ):
                    break  # "To approve ... the minutes of the meeting held on" / "D."
                if starts and among_page_tabs(lines, i):
                    break  # a details page's "Documents" tab: its "Agenda" heading
                if starts and page_header_of(lines, starts[-1], i):
                    break  # "X PANEL – 19 JULY 2021" atop a later page of X's agenda
                if not starts or (
                    start.index > starts[-1].index and not same_opening(lines, starts[-1], start)
                ):
                    starts.append(start)
                break
    first_text = next((k for k, line in enumerate(lines) if line.text.strip()), None)
    if first_text is None:
        return []
    if page is not None and (not starts or starts[0].index > 0):
        starts.insert(0, Start(0, DocumentKind.MINUTES, Layout.MINUTES))
    elif (
        not starts
        or not (
            only_furniture(lines[: starts[0].index], lines[starts[0].index :])
            or welsh_opening(lines[: starts[0].index])  # the paper's own Welsh half
            or title_banner(lines[: starts[0].index], starts[0].kind)  # "AGM Council"
            or agenda_front(lines[: starts[0].index], starts[0].kind)  # date, notes, AGENDA
            or host_title(lines[: starts[0].index], lines[starts[0].index])
        )
    ):
        leading = lines[: starts[0].index] if starts else lines
        kind = classify_leading(leading, whole=not starts)
        if starts and kind.kind is DocumentKind.OTHER and opens_with_preamble(starts[0], leading):
            starts[0] = Start(0, starts[0].kind, starts[0].layout)  # a host's or letterhead's lines
        else:
            starts.insert(0, kind)
    elif starts[0].index > 0:  # only blank lines or a stamp precede the first paper
        starts[0] = Start(0, starts[0].kind, starts[0].layout)
    parts: list[Part] = []
    for n, start in enumerate(starts):
        end = starts[n + 1].index if n + 1 < len(starts) else len(lines)
        body = lines[start.index : end]
        parts.append(Part(kind=start.kind, title="", lines=body, layout=start.layout))
    return parts
