"""What a paper is when no opening was recognised, read from what it says.

An opening the splitter does not know loses a paper's meeting, minutes, attendance and
decisions at once. The text still tells minutes from an agenda: a record lists who was
present, says what was RESOLVED or AGREED in the past tense and closes ("The meeting
closed at 8.35 p.m."); an agenda says what is "To receive" or "To consider", prints
"AGENDA" and page references ("(Pages 1 - 18)"). Both number the same standing business
("1. Apologies", "2. Declarations of Interest", "3. Minutes"), which alone decides
nothing. Each reader returns None when the evidence is weak: kinds of evidence are
counted, not lines, so one sentence quoting a decision never makes a record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import DocumentKind, Line
from .narrative_records import NARRATIVE_LINES, narrative_lines
from .present_before_names import present_before_names
from .present_labels import OTHER_PRESENT_LABELS
from .record_phrases import SENTENCE_CHAR, declared_own_interest, meeting_timed, seconded_vote
from .web_item_pages import MINUTES_LABEL, meeting_line

#: Lines of a paper read for its content (bounds the work on a long file)
CONTENT_LINES = 600
#: Longest line tested (a longer one is a paragraph whose start is tested)
LINE_CHARS = 300

#: who came: "Present:", "Members present", "Councillors present:", "Also present:",
#: "In attendance:", "Those present", "Attendees:", "Sederunt:", "PRESENT –"; a committee
#: system's "Attendance Details" heading over its members and apologies
ATTENDANCE = re.compile(
    r"(?:(?:(?:members|councillors|also|those|officers)\s+)?(?:present|in attendance|attendees)"
    rf"|attendance\s+details|{OTHER_PRESENT_LABELS})\b\s*(?::|[-–—]|$)",
    re.IGNORECASE,
)
#: a decision minuted: "RESOLVED that", "Resolved:", "It was AGREED", "The Committee
#: agreed", "Members noted", "Decision:" (or "Decision" alone, a label over the text), or
#: the vote a lost formula left: "Upon being put to the vote, it was", "The motion was
#: carried";
#: the earlier record approved, also in Scottish usage's singular ("The minute of meeting
#: of this Committee of 3 May was approved", "The minute of the meeting ... was submitted
#: and approved")
DECISION = re.compile(
    r"(?:it\s+was\s+)?(?:(?:unanimously\s+)?resolved|agreed)\b|decisions?\s*(?::|$)|"
    r"(?:the\s+)?(?:committee|panel|members|council|board|cabinet|authority|sub-committee)\s+"
    r"(?:resolved|agreed|noted|received|considered)\b|"
    r"(?:up)?on\s+being\s+put\s+to\s+the\s+(?:vote|meeting)\b|"
    r"(?:the\s+)?(?:motion|amendment)\s+(?:was|being)\s+(?:carried|lost|put)\b|"
    r"the\s+minutes?\s+of\s+[^;]{0,120}?\b(?:were|was)\s+(?:\w+\s+){0,2}"
    r"(?:agreed|approved|confirmed|accepted|signed|taken\s+as\s+read)\b",
    re.IGNORECASE,
)
#: the record's own past tense: "Apologies were received from", "There were no
#: declarations", "There were apologies for absence from", "declared a personal and
#: prejudicial interest", "No apologies were received", "Councillor X declared an interest",
#: "It was proposed by Councillor X and seconded by ...", "The Chairman welcomed everyone",
#: "No additional declarations were made", "No written questions were submitted", "Cllr.
#: M. Reid declared a personal interest" (the initials' full stops), "Following a vote Cllr
#: A Reid was elected as Chair"; after a paragraph's number as well ("2.1 There were no
#: matters arising", "1.1 Apologies had been received from", "3.1 There were no interests
#: declared")
PAST_RECORD = re.compile(
    r"(?:apologies\s+(?:for\s+absence\s+)?(?:were|had\s+been)\s+"
    r"(?:received|submitted|tendered)|"
    r"there\s+were\s+(?:no\s+)?(?:apologies|declarations|questions|interests|matters\s+arising)|"
    r"no\s+(?:\w+\s+)?"
    r"(?:apologies|declarations|interests|questions)\b[^.]{0,40}\bwere\s+"
    r"(?:received|made|declared|submitted)|"
    rf"{SENTENCE_CHAR}{SENTENCE_CHAR}{{0,79}}\bdeclared\s+an?\s+(?:\w+\s+){{0,3}}"
    r"interest|[^.]{0,80}\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\b|"
    r"it\s+was\s+(?:proposed|moved|seconded)\b|"
    r"(?:the\s+)?(?:chairman|chairwoman|chairperson|chair|convener|mayor)\s+welcomed\b)",
    re.IGNORECASE,
)
#: how a record ends: "The meeting closed at 8.35 p.m.", "Meeting ended at 4.15 pm"
CLOSING = re.compile(
    r"(?:the\s+)?meeting\s+(?:closed|ended|finished|concluded|terminated)\b", re.IGNORECASE
)
#: an agenda's own words: "AGENDA" alone, "To receive ...", "To consider ...", "Members
#: are asked to ...", "(Pages 1 - 18)"
AGENDA_LINE = re.compile(
    # "Agenda Item No." heading the column of the items' numbers
    r"[*#_ ]*(?:standing\s+)?agenda(?:\s+items?(?:\s+no\.?)?)?[*#_ ]*",
    re.IGNORECASE,
)
#: "1. Apologies for absence:", "2. Declarations of interest – an opportunity ...": the
#: standing items every agenda opens with, numbered; minutes number them too, so they
#: count only in a text with no evidence of a record at all
STANDING_ITEM = re.compile(
    # "2 - Declaration of Members’ Interests": a web page's dash after the number, a
    # possessive before the interests
    r"\d{1,3}[.)]?\s+(?:[-–]\s+)?(?:apologies|declarations?\s+of\s+(?:[\w’']+\s+)?interests?)\b",
    re.IGNORECASE,
)
AGENDA_WORDS = re.compile(
    r"(?:\d{1,3}[.)]?\s+)?(?:to\s+(?:receive|consider|approve|note|agree|confirm|elect)\b|"
    r"members\s+are\s+(?:asked|invited|requested)\s+to\b)|.{0,200}\(pages?\s+\d",
    re.IGNORECASE,
)


#: a minute's own heading with the word "Minute": "Minute 151: Declarations of
#: Interest." (not "Minute 134 refers:", a cross-reference, which has no colon after the
#: number); an agenda never numbers its items as minutes
MINUTE_HEADING = re.compile(
    r"minute\s+(?:no\.?\s*)?\d{1,4}[a-z]?\s{0,3}:\s{0,8}[A-Z]", re.IGNORECASE
)

#: a decision's own formula opening a line: "RESOLVED that", "Resolved:-", "It was
#: RESOLVED"; printed under minute after minute, it shows the record its labels lost
RESOLVED_LINE = re.compile(r"(?:it\s+was\s+)?(?:unanimously\s+)?resolved\b", re.IGNORECASE)
#: Fewest lines opening with the formula that make a 'resolved' kind of evidence (an agenda
#: quotes a decision once or twice, in its previous minutes or a report's history)
RESOLVED_LINES = 3

#: a paragraph's number before a minute's sentence: "6.2   The Board agreed ..."
PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}\s+")
#: "83/31 – MINUTES: ", "12. APOLOGIES: ": a minute's code and its title in capitals run in
#: before its text, a colon between
RUN_IN_HEADING = re.compile(
    r"^(?:[A-Z]{0,4}\d{1,4}(?:/\d{2,4})?\.?[ \t]{0,3}[–—-]?[ \t]{0,3})"
    r"[A-Z][A-Z ,'’&()/-]{2,100}:[ \t]+"
)

#: A text of at most this many non-blank lines, one of them longer than `FLAT_CHARS`, is a
#: paper flattened onto a line or two by its PDF-to-text service
FLAT_LINES = 5
FLAT_CHARS = 1000
#: where a flattened paper's logical lines began: after a sentence's end, at a
#: paragraph's number ("1.1 "), and before the labels and formulae a record's evidence
#: opens with
FLAT_CUT = re.compile(
    r"(?<=[.:;])\s+|\s+(?=(?:present|apologies|in attendance|resolved|agreed)\b\s*[:–-]?)"
    r"|\s+\d{1,2}\.\d{1,2}\s+",
    re.IGNORECASE,
)


def _flat_pieces(lines: list[Line]) -> list[str] | None:
    """A flattened paper's text cut back into sentences and labelled pieces, so its
    evidence is read where each logical line began; None for a paper printed in lines."""
    texts = [line.text for line in lines[:CONTENT_LINES] if line.text.strip()]
    if len(texts) > FLAT_LINES or not any(len(t) > FLAT_CHARS for t in texts):
        return None
    pieces = [p for t in texts for p in FLAT_CUT.split(t) if p]
    return pieces[:CONTENT_LINES]


def _texts(lines: list[Line]) -> Iterable[str]:
    pieces = _flat_pieces(lines)
    for raw in pieces if pieces is not None else (line.text for line in lines[:CONTENT_LINES]):
        text = raw.strip().strip("*#_ ")[:LINE_CHARS]
        if text:
            yield text


def record_evidence(lines: list[Line]) -> set[str]:
    """The kinds of a record's evidence the text holds: 'attendance', 'decision' (also
    after a paragraph's number, "6.2 The Board agreed"), 'past' (an account in the past
    tense), 'closing' (or the time the meeting began, told in the past: `record_phrases`),
    'labelled' (the "Minutes:" label), 'numbered' ("Minute 151:" headings), 'resolved'
    (`RESOLVED_LINES` decisions opening with the formula: minute after minute decided, as
    a web page that lost its numbers and labels still shows). A paper flattened onto a line
    or two is read in its sentences."""
    found: set[str] = set()
    resolved = 0
    for text in _texts(lines):
        resolved += bool(RESOLVED_LINE.match(PARAGRAPH_NUMBER.sub("", text, count=1)))
        if ATTENDANCE.match(text) or present_before_names(text):
            found.add("attendance")
        numberless = PARAGRAPH_NUMBER.sub("", text, count=1)
        # "83/31 – MINUTES: The Minutes of ... were approved": the text after its heading
        numberless = RUN_IN_HEADING.sub("", numberless, count=1)
        if DECISION.match(numberless):
            found.add("decision")
        if PAST_RECORD.match(numberless) or declared_own_interest(numberless):
            found.add("past")
        if CLOSING.match(text) or meeting_timed(text):
            found.add("closing")
        if MINUTES_LABEL.match(text):  # a committee system's "Minutes:" over an item's text
            found.add("labelled")
        if MINUTE_HEADING.match(text):
            found.add("numbered")
    if resolved >= RESOLVED_LINES:
        found.add("resolved")
    return found


#: a numbered item with the pack's pages at its end, no "Pages" printed: "4. Minutes of
#: the meeting held 9 February 2017 5 - 12", "7 Budget Monitoring 13-50"
PAGED_ITEM = re.compile(
    r"\d{1,3}[.)]?\s+[A-Za-z].{2,200}?\s(?P<first>\d{1,4})\s?[-–]\s?(?P<last>\d{1,4})"
)
#: Highest page a pack's item may cite (a larger number is a year: "2017 - 2020")
LAST_PAGE = 1500


def paged_item(text: str) -> bool:
    """Whether a line is an agenda item citing its pages in the pack: an item number, a
    title, then "first - last" with the pages ascending (a span of years is no pages)."""
    match = PAGED_ITEM.fullmatch(text)
    if match is None:
        return False
    first, last = int(match["first"]), int(match["last"])
    return 0 < first <= last < LAST_PAGE


def agenda_evidence(lines: list[Line]) -> int:
    """How many lines speak as an agenda does (an item citing its pages in the pack, too)."""
    return sum(
        1
        for t in _texts(lines)
        if AGENDA_LINE.fullmatch(t) or AGENDA_WORDS.match(t) or paged_item(t)
    )


#: Fewest kinds of evidence that make a text a record
RECORD_KINDS = 2
#: Lines of the text's opening searched for its attendance lists
LIST_REACH = 60
#: Fewest agenda lines that make a text an agenda
AGENDA_LINES = 2
#: Fewest agenda lines that outweigh one kind of a record's evidence (a "DECISIONS"
#: heading over an agenda's items for decision, one "RESOLVED" it quotes)
AGENDA_OVER_ONE = 4


def record_by_content(lines: list[Line]) -> bool:
    """Whether a text whose opening is unknown plainly records a meeting: two kinds of a
    record's evidence at least, one of them who attended or what was decided, and fewer
    agenda lines than kinds of record evidence (an agenda quoting "RESOLVED" once is
    still an agenda). A committee system's "Minutes:" label with one more kind, or on an
    item's page under its meeting line, makes a record whatever agenda text it quotes. A
    vote's seconder named ("seconded by Cllr X", `record_phrases`) counts as a kind here."""
    kinds = record_evidence(lines)
    if any(seconded_vote(t) for t in _texts(lines)):
        kinds.add("vote")
    if attendance_lists(lines) >= ATTENDANCE_LISTS:  # "Present :", "Also present:", ...
        kinds.add("lists")
    if "labelled" in kinds and (len(kinds) >= RECORD_KINDS or meeting_line(lines)):
        return True  # a web record quotes each item's agenda text above "Minutes:"
    if len(kinds) < RECORD_KINDS or not kinds & {"attendance", "decision"}:
        return narrative_record(lines)
    return agenda_evidence(lines) <= len(kinds)


#: Attendance lists of a record's opening that make evidence of their own: "Present:",
#: "Also present:", "Apologies:" before names (an agenda labels none so)
ATTENDANCE_LISTS = 3
#: "Apologies :", "Apologies for absence -": the list of those who sent apologies
APOLOGIES_LABEL = re.compile(r"apologies(?:\s+for\s+absence)?\s*(?::|[-–—])", re.IGNORECASE)
#: a list's names after its label: a capitalised word within the first characters
NAMES_AFTER = re.compile(r"\s*(?::|[-–—])\s*\S{0,12}\s?[A-Z]")


def attendance_lists(lines: list[Line]) -> int:
    """How many attendance labels open a line with names after them ("Present : Councillor
    A ...", "Also present: B (Chief Executive)", "Apologies : Councillors C, D"), in the
    first lines of the text."""
    found = 0
    for text in _texts(lines[:LIST_REACH]):
        label = ATTENDANCE.match(text) or APOLOGIES_LABEL.match(text)
        found += label is not None and NAMES_AFTER.match(text, label.end() - 1) is not None
    return found


def narrative_record(lines: list[Line]) -> bool:
    """Whether a text with no record's labels or formulae tells what a meeting did, in
    more lines (NARRATIVE_LINES at least) than speak as an agenda does: minutes written as
    a running account (an agenda quotes an earlier record's account in a line or two)."""
    told = narrative_lines(lines)
    return told >= NARRATIVE_LINES and told > agenda_evidence(lines)


def agenda_by_content(lines: list[Line]) -> bool:
    """Whether a text whose opening is unknown is plainly an agenda: two lines at least
    speak as an agenda does (numbered standing items among them when nothing at all speaks
    as a record does), and nothing records who attended or what was decided; or
    AGENDA_OVER_ONE lines at least against a single kind of a record's evidence."""
    count = agenda_evidence(lines)
    kinds = record_evidence(lines)
    if not kinds:  # "1. Apologies for absence:" / "2. Declarations of interest": no record
        count += sum(1 for t in _texts(lines) if STANDING_ITEM.match(t))
    if count < AGENDA_LINES:
        return False
    if not kinds & {"attendance", "decision"}:
        return True
    return len(kinds) < RECORD_KINDS and count >= AGENDA_OVER_ONE


def kind_by_content(lines: list[Line]) -> DocumentKind | None:
    """Minutes or an agenda as the text plainly reads; None when the evidence is weak."""
    if record_by_content(lines):
        return DocumentKind.MINUTES
    if agenda_by_content(lines):
        return DocumentKind.AGENDA
    return None


def page_kind(lines: list[Line]) -> DocumentKind | None:
    """What a committee system's meeting page is, whose title names no kind: minutes when
    it records who attended or what was decided under its items, or labels a minute
    ("Minutes:") or tells what was done (narrative_records); such a page quotes each
    item's agenda text above its minute, so the agenda's words decide nothing; the
    record's past tense too ("Apologies for absence were received from ..."), which an
    item's agenda text never speaks in. An agenda when it speaks as one; None when neither."""
    if record_evidence(lines) & {"attendance", "decision", "labelled", "past"}:
        return DocumentKind.MINUTES
    if narrative_lines(lines) >= NARRATIVE_LINES:  # a printed record that lost its labels
        return DocumentKind.MINUTES
    return DocumentKind.AGENDA if agenda_evidence(lines) >= AGENDA_LINES else None
