"""Minute headings: which lines of minutes open a minute, with its printed number, title
and the agenda item it records.

UK minutes head each minute in one of a few ways, one small function per way below, each
returning None when its way does not apply:

- `cited_numbered`: a number and a title citing the agenda item, "104. Title (Item B1)",
  or the citation alone on the next line ("*(Item B1)*"); agenda and minute numbers
  often differ;
- `session_numbered`: a minute number with a session or year part, "12/21 Title",
  "12/21. Title", "PCP/12/3 Title"; such a number never numbers a paragraph;
  `session_alone`: such a code alone over its title; `code_under_title`: alone under its
  title in capitals ("APOLOGIES" over "PLN52/21"); `colon_coded`: a lettered code closed
  by a colon ("ABC/2122/101: Title", "M/12/2006:-" over its title);
- `minute_word` and `item_word`: "Minute 5: Title", "AGENDA ITEM 5 - TITLE";
- `bare_numbered`: "19. Title", "5<tab>Title", "1412 TITLE" (never a year);
  `colon_numbered`: a parish's running number and a colon, "3108: Election of Chairman:";
- `decimal_numbered`: "22.41 TITLE", minute 41 of the 2022 session;
- `number_alone`: "1." on a line of its own over its title (tables of minutes converted
  to text); `title_under_glued_code`: a capitals title whose code ended the line above
  ("... 2017/18.CAB/119" over "EXCLUSION OF THE PUBLIC");
- in minutes numbering no heading: `cited_unnumbered`, a title over its item citation;
  else `bold_unnumbered`, "**Title**" alone on a line; else `capitals_unnumbered`, a
  line in capitals.

An item code inside a paragraph is a citation, not a heading: a citation counts only at
the end of a heading line or on a line of its own.

A bare number also numbers paragraphs ("1. The Chair welcomed ..."), so the numbered
forms from `bare_numbered` on give a heading only when the line reads as a title (short,
no closing full stop, no verb of speech: paragraphs are sentences) and its number
continues the minutes' numbering in the same form (paragraph numbers restart under each
minute; minute numbers keep rising through the document).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..model import Line
from ..vocabulary import PLURAL_TITLE, TITLE
from .agenda_items import without_file_link
from .attendance_chair_lines import chair_line
from .attendance_interleaved_number import names_under
from .attendance_labelled_lines import labelled_names
from .bare_venues import POSTCODE_END
from .delegation_marks import without_delegation_mark
from .folio_references import folio_reference
from .labelled_minute_codes import dated_code_title, labelled_code
from .margin_repeated_numbers import repeated_margin_number
from .meeting_page_fields import page_fields_end
from .minute_apologies_sentences import apologies_sentence_heading
from .minute_application_titles import application_title
from .minute_attendance_groups import attendance_group_label, repeated_cell
from .minute_cited_earlier import without_cited_earlier
from .minute_code_colons import code_colon
from .minute_footer_glued import heading_after_footer
from .minute_item_codes import item_minute_code
from .minute_meeting_codes import hyphen_code, meeting_code
from .minute_member_lines import LEAD_REACH, initialled_name, listed_person, member_for_body
from .minute_sentence_stops import sentence_case_stop
from .minute_separated_texts import MAX_TITLE_WORDS as RUN_ON_TITLE_WORDS
from .minute_separated_texts import RECORD_WORD, apologies_listed, separated_text
from .minute_series_letters import series_letters_above, series_letters_over
from .minute_standing_titles import standing_title_run_on
from .minute_stopped_titles import referenced_run_in, stopped_run_in, title_case_stop
from .minute_stopped_wording import (
    stopped_agenda_wording,
    stopped_wording_run_in,
    wording_run_on,
)
from .minute_unseparated_titles import formula_label_apart, unseparated_title
from .minute_year_numbers import year_first_key, year_first_numbered
from .run_in_capitals import (
    APPLICATION_REFERENCE,
    MAX_RUN_IN_LINE,
    NUMBER_AND_ITEM,
    run_in_capitals,
    run_in_undashed,
)
from .run_in_separators import label_apart, run_in_title, worded_run_in_title
from .spaced_rolls import spaced_roll_lines
from .text import plain
from .web_item_pages import MINUTES_LABEL, item_page_heading, title_under_meeting_line
from .web_item_rows import row_title
from .welsh_openings import WELSH_MONTHS

#: "(Item B1)", "(*Item C2*)", "*(Item 3)*", "(Item)", "(Agenda Item 5)", "(agenda item 5a)",
#: "(Agenda No. 5)", "(Item No. 5)", "[Item 1]" (square brackets), "(Agenda item 6))" (a
#: bracket typed twice), "(Agenda Item 1.1)" (an item of a numbered part of the agenda).
ITEM_CITATION = re.compile(
    r"[(\[]\s*\*?\s*(?:(?:Agenda\s+)?[Ii]tem(?:\s+No\.?)?|Agenda\s+No\.?)\s*"
    r"(?P<code>[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?)?\s*\*?\s*[)\]]\)?\*?"
)
CITATION_AT_END = re.compile(ITEM_CITATION.pattern + r"\s?:?$")  # "(Agenda Item 1.1):"
#: No heading is longer than this (a longer line is a paragraph; bounds every pattern).
MAX_HEADING_CHARS = 250
#: A title of a bare-numbered heading has at most this many words.
MAX_TITLE_WORDS = 16

CITED_NUMBERED = re.compile(r"^(?P<number>\d{1,4})\.\s+(?P<title>\S.*)$")
#: "12/21", "12/21.", "PCP/12/3", "PCP 12/3", "P/25/061", "FC19/061" (a full council's
#: minute 61 of 2019): a minute number with a session or year part; the series' letters
#: may come first, then the year, then the minute (see MINUTE_CODE for the other order)
#: ("2023/24 Budget" opens with a financial year, not minute 2023).
SESSION_NUMBERED = re.compile(
    r"^(?P<number>[A-Z]{2,8}[/ ]\d{1,4}/\d{1,4}|[A-Z]/\d\d(?:\d\d)?/\d{1,4}|"
    r"[A-Z]{1,6}\d\d/\d{1,4}|\d{1,3}/(?:\d\d){1,2}|"
    # a commissioners' series letter, the year, month, meeting and minute: "C18/05/02/01"
    r"[A-Z]{1,3}\d\d(?:/\d\d){3}|"
    # a town council's minute of a municipal year: "1005/13/14" (never a date's figures)
    r"\d{3,4}/\d\d/\d\d|"
    # the year first in four figures, a three-figure number: "2020/256 Apologies" (never a
    # municipal year's "2020/21")
    r"\d\d/\d{3}|(?:19|20)\d\d/\d{3}|"
    # the year first, then a minute of one figure before a title in capitals: "12/1 MINUTES"
    # (its later "12/10" reads as the number-first form, the same figures)
    r"\d\d/\d(?=[ \t]{1,3}[A-Z]{3}))"
    # "65/21). Present": a closing bracket after the code, a stop after it too
    r"(?:\)\.?|\.)?[ \t]+(?P<title>\S.*)$"
)
#: a parish or authority minute code with its year: "C048/23" (council minute 48 of 2023),
#: "Cou/285/07-08" (of the 2007-08 session), "PC.52/15", "DC-14/2022" (the series' letters,
#: a point, slash or hyphen or nothing, the minute, then its year), "23-24/FRA/1" (the fire
#: authority's first of 2023-24), "C20/21.095" or "FC 24/25-012" (minute 95 of the council's
#: year 2020/21: the series' letters, the year pair, a point or hyphen, the minute); the
#: agenda item's own number may follow ("C048/23   1. APOLOGIES"); "SCR17-21/22" (a
#: scrutiny committee's minute 17 of the 2021/22 year: the letters, the minute, a hyphen,
#: the year pair)
MINUTE_CODE = (
    r"(?:[A-Z][A-Za-z]{0,5}[./-]?\d{1,4}/(?:\d\d){1,2}(?:-\d\d)?|\d\d-\d\d/[A-Z]{2,6}/\d{1,4}"
    r"|[A-Z]{1,6}[ ]?\d\d/\d\d[.-]\d{1,4}|[A-Z]{2,6}\d{1,4}-\d\d/\d\d)"
)
CODED_NUMBERED = re.compile(
    rf"^(?P<number>{MINUTE_CODE})\.?[ \t]+(?:(?P<item>\d{{1,2}})[.)][ \t]+)?(?P<title>\S.*)$"
)
#: "125/20", "39/20", "23-24/FRA/1" alone on a line, the title on the next line with text;
#: "FM 21/24" (the series' capitals, a space, the minute and its year; an area
#: committee's capitals may carry its number: "AP3 23/42")
SESSION_ALONE = re.compile(
    rf"^(?P<number>{MINUTE_CODE}|\d{{1,3}}/(?:\d\d){{1,2}}|\d{{3,4}}/\d\d/\d\d"
    r"|[A-Z]{2,8}\d? \d{1,4}/(?:\d\d){1,2})\.?$"
)
#: a session code standing in for a code of three numbers while its line is read
MEETING_CODE_STAND_IN = "1/21"
#: "Apologies for absence: Cllr K Ferris sent ...": a short title, a colon, then the
#: minute's text on the same line (parish and town councils' minutes print them so)
RUN_ON = re.compile(r"^(?P<title>[^:]{2,60}?):\s+(?P<text>\S.*)$")
#: "Minute 5: Title", "MINUTE NO. 5 - Title", "Min. 23/041  APOLOGIES" (the word shortened,
#: the number with its year as parish and community councils print it)
MINUTE_WORD = re.compile(
    r"^(?:Minute|Min\.?)\s+(?:No\.?\s*)?(?P<number>\d{1,4}/\d{1,4}|\d{1,4}[a-z]?)\s*"
    r"(?:[:.–—-]\s*|\s)\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
#: "19. Title", "19) Title", "5<tab>Title", "5   Title", "5 Title"; a town council's running
#: number in five figures with its stop ("19326. TO RECEIVE APOLOGIES")
BARE_NUMBERED = re.compile(
    r"^(?P<number>\d{1,4}|\d{5}(?=\.))(?P<stop>[.)]?)(?P<gap>[ \t]+)(?P<title>\S.*)$"
)
#: "3108: Election of Chairman:", "12: Apologies": a parish council's running minute
#: number with a colon after it (the title often closing with a colon too).
COLON_NUMBERED = re.compile(r"^(?P<number>\d{1,4}):[ \t]+(?P<title>\S.{0,200}?)[ \t]*:?$")
#: "1, To elect a Chairman", "4, Apologies": a parish clerk's comma for the number's stop,
#: the title opening with a capital and a small letter (so "1, 2 and 3" is none)
COMMA_NUMBERED = re.compile(r"^(?P<number>\d{1,3}),[ \t]+(?P<title>[A-Z][a-z].{0,200}?)[ \t]*$")
#: "21.44 ELECTION OF CHAIR": minute 44 of the 2021 session, numbered with a point;
#: "2307.04 Parish Clerk Vacancy": minute 4 of the July 2023 meeting (year and month, as
#: parish councils number a meeting's minutes); "167.0", "167.1": a community council's
#: running minute 167 and its parts (one figure after the point: "230.05" is a sum);
#: "20.12.01 Apologies": minute 1 of the December 2020 meeting (year, month and number,
#: each in two figures, as a parish council numbers a meeting's minutes), or "20/12/01"
DECIMAL_NUMBERED = re.compile(
    r"^(?P<number>(?:\d{1,2}|\d{4})\.\d{1,3}|\d{3}\.\d|" + r"\d\d\.(?:0[1-9]|1[0-2])\.\d\d"
    r"|\d\d/(?:0[1-9]|1[0-2])/\d\d)"
    r"\.?[ \t]+(?P<title>\S.*)$"
)
#: "CA96 Title", "HSC 44. TITLE", "DM.51<TAB>TITLE", "PL/112<TAB>TITLE", "FA37" alone (its
#: title below), "C.31 MINUTES": a minute number in the body's own series, after its
#: letters (a combined authority's "CA", a scrutiny committee's "HSC", development
#: management's "DM", a fire authority's "FA", a London borough council's "C.", a
#: council's "C:47" alone in a committee system's number cell). The letters are
#: capitals, two to six of them or one with a point or a colon, so "Item 4" or "B1"
#: never match.
PREFIXED_NUMBERED = re.compile(
    r"^(?P<number>(?:(?P<series>[A-Z]{2,6})[ ./]?|[A-Z][.:])(?P<digits>\d{1,4}))\.?"
    r"(?:[ \t]+(?P<title>\S.*))?$"
)
#: "IV SCHOOL ROLL PROJECTIONS", "VII. Closing Date for Placing Requests": a minute (a
#: Scottish council's "article") numbered in Roman numerals
ROMAN_NUMBERED = re.compile(
    r"^(?P<number>(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))[.)]?[ \t]+"
    r"(?P<title>\S.*)$"
)
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
#: "1." alone on a line, its title on the next line with text (tables of minutes
#: converted to text put the number cell and the title cell on lines of their own);
#: "41 |": the number cell closed by the converter's cell rule, the row's text below;
#: "12:": a committee system's number cell with a colon after it
NUMBER_ALONE = re.compile(
    # "3.0": a decimal scheme's whole number, its paragraphs 3.1, 3.2 under it
    # "(27)": a number in brackets alone over its title
    r"^(?:(?P<number>\d{1,4})(?:[.:]|[ \t]{0,4}\|)|(?P<decimal>\d{1,3}\.0)"
    r"|\((?P<bracketed>\d{1,4})\))$"
)
#: "P/142": a committee's lettered minute code alone in the number cell of its web page
CODE_ALONE = re.compile(r"^(?P<number>[A-Z]{1,4}/\d{1,4})$")
#: a number alone with no stop, read only under its series' letters ("PAR" over "1")
BARE_NUMBER_ALONE = re.compile(r"^(?P<number>\d{1,3})$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
#: "PM" after "1.30" on a line of its own: the meeting's time, not minute 1.30's title
MERIDIEM = re.compile(r"^[AaPp]\.?\s?[Mm]\.?$")
#: "Item 5: Apologies", "AGENDA ITEM 5 - APOLOGIES": the item's number numbers the minute.
#: ("Item 7.2: Ms J Doe, for the Applicant" names a paragraph's item: no heading)
ITEM_WORD = re.compile(
    r"^(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(?P<number>[A-Z]?\d{1,3}[a-z]?)(?![.]\d)\s*"
    r"(?:[:.–—-]\s*|\s)\s*"
    r"(?P<title>\S.*)$",
    re.IGNORECASE,
)
#: A person's title opening what follows an item's number: "Item 13 – Mr A Bain
#: (Financial)" lists who declared an interest in item 13 (the Scottish councils' list
#: under "The Council NOTED the following declarations of interest:-"), not a heading.
PERSON_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?(?:\s|$)")
#: Lines in capitals that are not minutes: decisions and the signature block.
CAPITALS_NOT_HEADING = re.compile(
    r"^(?:RESOLVED|AGREED|RECOMMENDED|DECIDED|NOTED|CHAIR(?:MAN|PERSON)?|SIGNED|DATED?)\b"
)
BOLD_LINE = re.compile(r"^\*\*(?P<title>[^*]{2,150})\*\*$")
#: "**5<TAB>Healthy Weight Strategy**Tom Lavery presented ...": a bold heading glued to the
#: minute's first sentence (the line break lost in conversion)
BOLD_THEN_TEXT = re.compile(r"^\*\*(?P<bold>[^*]{2,150})\*\*(?P<rest>[^\s*].*)$")
#: Verbs a title may hold in lower case ("... which have been Submitted") ...
AUXILIARIES = frozenset(
    {"am", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
     "should", "shall", "did", "does", "do", "may", "might", "must", "can"}
)  # fmt: skip
#: ... and short words titles keep in lower case.
FUNCTION_WORDS = frozenset(
    {"from", "with", "which", "that", "this", "these", "those", "been", "being", "into",
     "upon", "than", "their", "there", "where", "when", "what", "about", "after", "before",
     "under", "over", "onto"}
)  # fmt: skip
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
#: A month's short name opening a date's rest ("14 Nov 2018 - 14:00": no minute 14)
SHORT_MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
#: Words that make a sentence of a line: finite verbs of a minute's prose ("The Chair
#: welcomed ...", "Members asked ..."). Participles that head minutes ("Minutes of the
#: meeting held on ...", "Questions received") are not here.
FINITE_VERBS = AUXILIARIES | frozenset(
    {"said", "asked", "thanked", "welcomed", "explained", "stated", "informed", "advised",
     "replied", "responded", "highlighted", "outlined", "confirmed", "queried", "questioned",
     "expressed", "commented", "suggested", "introduced", "declared", "agreed", "noted",
     "reported", "added", "raised", "referred", "requested", "felt", "wished", "updated",
     "answered", "acknowledged", "emphasised", "emphasized", "undertook", "attended"}
)  # fmt: skip
#: A decision's clause in the mandative form, "(that) the report be noted": "be" and a
#: participle after a noun (not "to be", "should be" or "may be", which titles hold:
#: "Items to be Considered in Private")
DECIDED_CLAUSE = re.compile(
    r"(?<![Tt]o)(?<!not)(?<!will)(?<!shall)(?<!should)(?<!would)(?<!could)(?<!may)(?<!might)"
    r"(?<!must)(?<!can)\s+be\s+(?:[a-z]{2,20}ed|given|made|held|sent|taken|brought|kept|paid|"
    r"set|put|drawn|shown|seen|done|written)\b"
)
#: Lines in minutes that are neither minutes nor prose: part markers and section labels.
SECTION_LABEL = re.compile(
    r"^(?:(?:UN)?RESTRICTED|EXEMPT|CONFIDENTIAL|OPEN|PART\s+[0-9IVAB]{1,3}|PUBLIC)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True)
class MinuteHeading:
    """A minute heading at `index` in the minutes' lines."""

    index: int
    number: str | None  # as printed; None for an unnumbered (bold) heading
    title: str
    item_code: str | None
    #: the heading cites an agenda item, or its number has a session part: sure without
    #: the numbering cues a bare number needs
    certain: bool
    #: the minute's text printed on the heading's own line, after its title and a colon
    #: ("16/063 Minutes: RESOLVED to approve ..."), else ""
    run_on: str = ""
    #: how many lines below `index` the run-on text is printed (a title in capitals that
    #: wrapped before its dash: "... PERSONAL AND" over "PREJUDICIAL INTERESTS - Cllr ...")
    run_on_at: int = 0


def title_cased(words: list[str]) -> bool:
    """Most longer words capitalised, as titles print them ("Questions from Members of
    the Public which have been Submitted"); a sentence capitalises only its names."""
    longer = [w for w in words if len(w) >= 4 and w not in FUNCTION_WORDS and w not in AUXILIARIES]
    return len(longer) >= 2 and sum(w[0].isupper() for w in longer) >= 0.8 * len(longer)


#: the attendance list's label phrased with its verb: "Present were:-", "Those present
#: were:", "There were present:"
PRESENT_WERE = re.compile(
    r"^(?:(?:those|members|councillors)\s+)?present\s+were\s*(?::-?)?$"
    r"|^there\s+were\s+present\s*(?::-?)?$",
    re.IGNORECASE,
)


def looks_like_sentence(title: str) -> bool:
    """Prose rather than a title: closing punctuation, a verb of speech or decision in lower
    case ("declared", "welcomed"), or an auxiliary ("was", "have") that title case does
    not explain."""
    text = title.rstrip("*_ ")
    if text.endswith((".", ";", ",")) and not text.endswith(("etc.", "...")):
        return True
    if PRESENT_WERE.match(text):
        return False  # "Present were:-": the attendance list's label, its verb a formula
    if DECIDED_CLAUSE.search(text):  # "Further information be provided": a decision's clause
        return True
    words = WORD.findall(text)
    lowered = [w for w in words if w in FINITE_VERBS]  # only words printed in lower case
    if any(w not in AUXILIARIES for w in lowered):
        return True
    return bool(lowered) and not title_cased(words)


#: A minute titled with its agenda item's wording: "To receive any items of business which
#: the Chairman decides should be considered as a matter of urgency", "To approve the
#: minutes of the meeting held on ..." (the wording may hold a verb and run long)
AGENDA_VERB = (
    r"^(?:To|TO)\s+(?i:receive|approve|note|consider|confirm|agree|sign|elect|appoint|answer|"
    r"hear|determine|review|adopt|deal|report|nominate|endorse|authorise|accept|discuss)\b"
)
AGENDA_WORDING = re.compile(AGENDA_VERB + r"[^.;]{0,200}$")
#: ... or addressed to the members: "Members are requested to intimate any declarations of
#: interest", "The Committee is asked to note the update" (a web page may print this
#: description where the item's title stood)
MEMBERS_ASKED = re.compile(
    r"^(?:Members|Councillors|The\s+(?:Board|Committee|Sub-Committee|Panel|Authority|Council"
    r"|Cabinet|Forum|Group|Commission))\s+(?:are|is)\s+(?:requested|asked|invited|recommended"
    r"|reminded)\s+to\s+[a-z][^.;]{0,200}$"
)
#: Most words a title in its agenda item's wording holds
MAX_AGENDA_WORDING_WORDS = 40


def agenda_wording(title: str) -> bool:
    """The title repeats its agenda item's wording ("To receive ...", "Members are
    requested to ..."): a title however long or verbal, never closed by a full stop."""
    if len(title.split()) > MAX_AGENDA_WORDING_WORDS:
        return False
    return bool(AGENDA_WORDING.match(title) or MEMBERS_ASKED.match(title))


#: "Minutes of the previous meetings held on 16 May 2022 and additional meeting held on
#: 30 May 2022.": the confirmation's title naming the meetings whose minutes it confirms;
#: the dates make it long, and web pages print it with the agenda's closing full stop
MINUTES_TITLE = re.compile(
    r"^(?:Minutes|Reports?)\s+of\s+the\s+(?:(?:previous|last|preceding)\s+)?meetings?"
    # "... of the Committee", "... of the Planning (East) Sub Committee"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][^.;:]{2,120}?)?\s+held\b[^.;:]{0,200}\.?$"
)


#: "Confirmation of the minutes of the Council Meeting on 6th August 2019", "Approval of
#: the draft minutes of 3 May": the confirmation's title naming what it confirms, as a
#: parish clerk words the agenda's item
CONFIRMATION_TITLE = re.compile(
    r"^(?:Confirmation|Approval|Adoption|Signing|Acceptance)\s+of\s+(?:the\s+)?"
    r"(?:(?:draft|previous|last)\s+)?minutes\b[^.;:]{0,200}$",
    re.IGNORECASE,
)


def worded_title(title: str) -> bool:
    """A title in its agenda item's wording (`agenda_wording`) or naming the minutes it
    confirms (`CONFIRMATION_TITLE`), which may run long on a run-in heading's line."""
    return agenda_wording(title) or CONFIRMATION_TITLE.match(title) is not None


def minutes_title(title: str) -> bool:
    """The title of the minute confirming earlier minutes (`MINUTES_TITLE`): a title
    however long, with or without a closing full stop, when no verb makes a sentence of
    it ("Minutes of the meeting held on 5 May were approved." is the decision)."""
    if len(title.split()) > MAX_AGENDA_WORDING_WORDS or not MINUTES_TITLE.match(title):
        return False
    return not looks_like_sentence(title.rstrip(". "))


def looks_like_title(title: str) -> bool:
    """A short line that names a subject: few words, starting with a capital, no date
    (a bare "10 October 2024" is a date, not minute 10), and not a sentence; or a title
    in its agenda item's wording (`agenda_wording`), or the confirmation's title naming
    the meetings (`minutes_title`)."""
    if agenda_wording(title) or minutes_title(title):
        return True
    if MERIDIEM.match(title.strip()):
        return False
    if decision_formula(title):
        return False  # "RESOLVED:", "3.1 RESOLVED:", "RESOLVED that ...": no subject
    words = WORD.findall(title)
    if len(title) <= MAX_HEADING_CHARS and application_title(
        title, title_cased(words), looks_like_sentence(title)
    ):
        return True  # "'The Old Forge' - Application for ...": its address makes it long
    if not words or len(words) > MAX_TITLE_WORDS or len(title) > MAX_HEADING_CHARS:
        return False
    first = title.lstrip("*_'\"‘“(")
    if not first[:1].isupper() and not first[:1].isdigit():
        return False
    if words[0].lower() in MONTHS | WELSH_MONTHS | SHORT_MONTHS or title.rstrip().endswith(":"):
        return False
    return not looks_like_sentence(title)


def _following_citation(lines: list[Line], i: int) -> re.Match[str] | None:
    """A citation alone on the first line with text among the next three."""
    for j in range(i + 1, min(i + 4, len(lines))):
        text = lines[j].text.strip()
        if text:
            if len(text) > 40:
                return None
            return ITEM_CITATION.fullmatch(text.strip("*_ "))
    return None


def _citation(lines: list[Line], i: int, text: str) -> tuple[str, re.Match[str]] | None:
    """The title without its citation, and the citation: at the end of the line or alone
    on the next line with text."""
    at_end = CITATION_AT_END.search(text.rstrip("*_ "))
    if at_end:
        return text[: at_end.start()], at_end
    below = _following_citation(lines, i)
    return (text, below) if below else None


#: the agenda's page reference kept after a minute's title ("Minutes (Pages 3 - 8)"), or
#: a contents line's dot leader and page ("Apologies ........ 1")
PAGE_REFERENCE = re.compile(
    r"\s*(?:\(Pages?\s\d{1,4}(?:\s?[-–]\s?\d{1,4})?\)|\.{4,60}\s?\d{0,4})\s*$", re.IGNORECASE
)


def _clean_title(title: str) -> str:
    """The title as published: emphasis, edge dashes and colons, a web page's link label
    after it ("Minutes of the previous meeting  PDF 214 KB", ModernGov), the agenda's
    page reference ("(Pages 3 - 8)") and a margin's decision word taken off."""
    title = PAGE_REFERENCE.sub("", without_file_link(title, 0))
    title = MARGIN_DECISION.sub("", title)  # "RESOLVED THATCHAM CLUB": the margin's word
    return plain(title.replace("**", "")).strip(" *_–—-:")


#: a minute book's margin word ("RESOLVED" beside a heading that records a decision) run in
#: before a title in capitals when the page was flattened
MARGIN_DECISION = re.compile(
    r"^(?:RESOLVED|AGREED|DECIDED)\s+(?!(?:THAT|TO)\b)(?=[A-Z][A-Z0-9'’&,/() -]{2,120}$)"
)


def cited_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "104. Title (Item B1)", or "104. Title" over "*(Item B1)*"."""
    match = CITED_NUMBERED.match(text)
    if not match:
        return None
    cited = _citation(lines, i, match["title"])
    if cited is None:
        return None
    title = _clean_title(cited[0])
    if not title or looks_like_sentence(title):
        return None  # a numbered paragraph that ends by citing an item
    return MinuteHeading(i, match["number"], title, cited[1]["code"], certain=True)


def wraps_a_sentence(lines: list[Line], i: int, title: str) -> bool:
    """The line at `i` goes on with the sentence of the line right above it: "... an
    interest in item" / "LC30/08 as he held a licence ...": a code cited in prose, wrapped
    to the start of a line, whose 'title' opens in lower case."""
    if i == 0 or not title[:1].islower():
        return False
    above = lines[i - 1].text.rstrip()
    return bool(above) and not above.endswith((".", ":", "!", "?"))


#: "001-18 1 APOLOGIES Apologies were received ...": a town council's minute of the year
#: (three figures, a hyphen, the year's two) as a table's first cell, the agenda item's
#: number in the next, then the title in capitals, the minute's text run in after it
HYPHEN_YEAR_ITEM = re.compile(
    r"^(?P<number>\d{3}-\d\d)[ \t]+(?P<item>\d{1,2}[a-z]?)[ \t]+(?P<rest>[A-Z]{2}.{0,6000})$"
)


def hyphen_year_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "001-18 1 APOLOGIES Apologies were ...", "003-18 3 DECLARATIONS OF INTEREST" alone:
    the minute's code, the item it records and its title in capitals. Certain."""
    match = HYPHEN_YEAR_ITEM.match(text.strip())
    if match is None:
        return None
    number, item, rest = match["number"], match["item"], match["rest"].rstrip()
    undashed = run_in_undashed(lines, i, rest)
    if undashed is not None:
        title, run_on, at = undashed
        return MinuteHeading(i, number, _clean_title(title), item, True, run_on, at)
    if rest.isupper() and len(rest) <= MAX_HEADING_CHARS:
        return MinuteHeading(i, number, _clean_title(rest), item, certain=True)
    marked = CAPITALS_THEN_MARK.match(rest)  # "DECLARATIONS OF INTEREST a) To declare ..."
    if marked is not None:
        return MinuteHeading(i, number, _clean_title(marked["title"]), item, True, marked["run"])
    return None


#: a title in capitals, then the minute's first lettered or numbered paragraph on its line
CAPITALS_THEN_MARK = re.compile(
    r"^(?P<title>[A-Z][A-Z '’&/,-]{2,120}?)\s+(?P<run>\(?(?:[a-z]|\d{1,2})\)\s.*)$"
)


def session_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "12/21 Title", "12/21. Title", "PCP/12/3 Title" (citing an item or not)."""
    match = SESSION_NUMBERED.match(text)
    if not match or _code_of_paragraph_under_title(lines, i):
        return None
    if wraps_a_sentence(lines, i, match["title"]):
        return None
    standing = standing_title_run_on(match["title"])
    if standing is not None:  # "60/19 APOLOGIES: ALL To record ...": the genre's own title
        return MinuteHeading(i, match["number"], standing[0], None, True, run_on=standing[1])
    undashed = run_in_undashed(lines, i, match["title"])
    if undashed is not None:  # "19/14 MINUTES RESOLVED that ..."
        title, text, text_at = undashed
        return MinuteHeading(
            i, match["number"], _clean_title(title), None, True, run_on=text, run_on_at=text_at
        )
    worded = wording_run_on(match["title"])
    if worded is not None:  # "23/45 To receive apologies. Cllr Reid sent apologies."
        return MinuteHeading(i, match["number"], worded[0], None, True, run_on=worded[1])
    stopped = stopped_run_in(f"1. {match['title']}", sentence_case_stop)
    if stopped is not None:  # "P31/002. Election of Vice-Chair. The Committee elected ..."
        title = _clean_title(stopped[1])
        return MinuteHeading(i, match["number"], title, None, True, run_on=stopped[2])
    title, code = _title_and_code(lines, i, match["title"])
    if not stopped_agenda_wording(title):  # the agenda's wording keeps its stop
        title = _capitals_stop(title)  # "23/172 Previous Minutes.", as coded_numbered reads
    colon = _dash_run_on(title) or colon_run_on(title) or _worded_run_on(title)
    if colon is not None:
        return MinuteHeading(i, match["number"], colon[0], code, certain=True, run_on=colon[1])
    unseparated = _unseparated(i, match["number"], title, code)
    if unseparated is not None:  # "12/21 Apologies Apologies were received ..."
        return unseparated
    if not title or (
        looks_like_sentence(title)
        and not agenda_wording(title)
        and not stopped_agenda_wording(title)
    ):
        return None  # "To approve the notes ... as the agreed minutes": the item's wording
    return MinuteHeading(i, match["number"], title, code, certain=True)


#: a record of nothing after a title's colon: "None", "Nil", "No issues", "No items raised"
NOTHING = re.compile(r"^(?:none|nil|no\s+[a-z]+(?:\s+[a-z]+){0,2})\.?$", re.IGNORECASE)


def colon_run_on(title: str) -> tuple[str, str] | None:
    """(title, text) of a heading whose short title runs on after a colon ("Minutes:
    RESOLVED to approve ...", "Public Forum: No issues", "Present: Cllrs A Reid, B Moss");
    None when the words after the number read as a title."""
    run_on = RUN_ON.match(title)
    # "Present: Cllrs A Reid (Chair), B Moss. Also present ...": the label and its names
    names = run_on is not None and labelled_names(title)
    if run_on is not None and not (looks_like_sentence(title) or names):
        run_on = run_on if NOTHING.match(run_on["text"]) else None
    if run_on is None or len(run_on["title"].split()) > RUN_ON_TITLE_WORDS:
        return None
    labelled = formula_label_apart(run_on["title"], run_on["text"])
    if labelled is not None:  # "Chairman's Announcements Noted: The sale ...": the label
        return labelled  # opens the record
    return run_on["title"].strip(), run_on["text"]


#: "Apologies for Absence – all Members were present.": a short title, a spaced dash, then
#: the minute's text, in any case (no colon before the dash)
DASH_RUN_ON = re.compile(r"^(?P<title>[^:–—]{2,60}?)[ \t]+[–—-][ \t]+(?P<text>\S.*)$")


def _dash_run_on(title: str) -> tuple[str, str] | None:
    """(title, text) of a coded heading whose short title runs on after a spaced dash
    ("64/14 Members' Declarations – a. Pecuniary interests – none."), as parish clerks
    minute the standing items; None when the words after the number read as a title
    ("12/21 Planning – Land at Mill Lane") or the words before the dash do not."""
    if not looks_like_sentence(title):
        return None
    run_on = DASH_RUN_ON.match(title)
    if run_on is None or len(run_on["title"].split()) > RUN_ON_TITLE_WORDS:
        return None
    head = run_on["title"].strip()
    if looks_like_sentence(head) or not looks_like_title(head):
        return None
    return head, run_on["text"]


def _worded_run_on(title: str) -> tuple[str, str] | None:
    """(title, text) of a coded heading whose title is its agenda item's wording, too long
    for `colon_run_on`, run on after a colon or dash ("23/21 CONFIRMATION OF THE MINUTES OF
    THE MEETING HELD ON 24th June 2021 AS A TRUE RECORD: The minutes ..."); else None."""
    found = worded_run_in_title(f"1. {title}", worded_title)
    return (found[1], found[2]) if found is not None else None


def _unseparated(
    i: int, number: str, title: str, code: str | None, item: str | None = None
) -> MinuteHeading | None:
    """A certain heading's title run straight into its first sentence, no separator
    between (`minute_unseparated_titles`); None when the title stands alone or cites its
    item at its end (`code`). `item` is the agenda item's number printed before the title
    ("CO596/14 1. Apologies for absence Apologies were ...")."""
    found = unseparated_title(title) if code is None else None
    if found is None:
        return None
    return MinuteHeading(i, number, found[0], item, certain=True, run_on=found[1])


def _capitals_stop(title: str) -> str:
    """A title in capitals with a full stop ("APOLOGIES FOR ABSENCE."): the stop only ends
    the heading, as parish minutes print it; a sentence is never all capitals. So does a
    short title in title case ("Election of Vice Chair.", see `title_case_stop`) or in
    sentence case ("Minutes of previous meetings.", see `sentence_case_stop`)."""
    if title.endswith(".") and title.isupper():
        return title[:-1]
    return title_case_stop(title) or sentence_case_stop(title) or title


def coded_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "C048/23  1.  APOLOGIES FOR ABSENCE.", "Cou/285/07-08 Present": a minute code with
    its year, the agenda item's number (cited) when printed, then the title."""
    match = CODED_NUMBERED.match(text)
    if not match or _code_of_paragraph_under_title(lines, i):
        return None
    if wraps_a_sentence(lines, i, match["title"]):
        return None
    worded = wording_run_on(match["title"])
    if worded is not None:  # "C20/21.095 To receive apologies. Apologies were ..."
        return MinuteHeading(
            i, match["number"], worded[0], match["item"], certain=True, run_on=worded[1]
        )
    title, code = _title_and_code(lines, i, match["title"])
    title = _capitals_stop(title)
    unseparated = _unseparated(i, match["number"], title, code, match["item"])
    if unseparated is not None:  # "Cou/286/07-08 Apologies for Absence Apologies were ..."
        return unseparated
    colon = colon_run_on(title)
    if colon is not None:  # "Cou/285/07-08 Present Members: Cllr P Batty (Chairman), ..."
        title, text = label_apart(*colon)
        return MinuteHeading(i, match["number"], title, code, certain=True, run_on=text)
    if not title or looks_like_sentence(title):
        return None
    return MinuteHeading(i, match["number"], title, code or match["item"], certain=True)


#: A date printed year first with slashes: "2021/10/04"
SLASHED_DATE = re.compile(
    r"^(?P<year>(?:19|20)\d\d)/(?P<month>0[1-9]|1[0-2])/(?P<day>0[1-9]|[12]\d|3[01])$"
)


def slashed_date(number: str) -> bool:
    """Whether a code alone on its line is a date ("2021/10/04", a web page's date over its
    minutes), not a minute of a session ("123/22/23": its two last parts are years that
    follow each other)."""
    match = SLASHED_DATE.match(number)
    return match is not None and int(match["day"]) != int(match["month"]) + 1


def session_alone(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "125/20" or "23-24/FRA/1" alone on a line, its title on the next line with text
    (a table of minutes converted to text)."""
    match = SESSION_ALONE.match(text)
    if not match or _code_of_title_above(lines, i) or folio_reference(lines[i].text):
        return None  # a folio ("64/08" at the right margin) numbers the page, not a minute
    if slashed_date(match["number"]):
        return None  # "2021/10/04" over "Monday 4th October 2021": a web page's date
    if _same_code_over_title(lines, i, match["number"]):
        return None  # a meeting page prints the code again over the minute's text
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
    if j is None:
        return None
    below = lines[j].text.strip().replace("**", "")
    if len(below) > MAX_HEADING_CHARS or SESSION_ALONE.match(below):
        return None
    title, code = _title_and_code(lines, j, below)
    title = _capitals_stop(title)
    # a parish minute's title may be its whole agenda wording ("TO RECEIVE APOLOGIES AND
    # ACCEPT VALID REASONS ..."): long, but a title, never a sentence
    if not title[:1].isupper() or looks_like_sentence(title):
        return None
    number = match["number"]
    letters = series_letters_above(lines, i) if number[:1].isdigit() else None
    if letters is not None:
        number = f"{letters} {number}"  # "PCP" over "1/21": the minute is "PCP 1/21"
    return MinuteHeading(i, number, title, code, certain=True)


def colon_coded(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "ABC/2122/101: Title" or "M/12/2006:-" alone over its title: a lettered minute
    code closed by a colon (`minute_code_colons`), read as the code without it is; the
    number keeps the code as printed."""
    found = code_colon(text)
    if found is None:
        return None
    printed, code, rest = found
    if rest:
        heading = session_numbered(lines, i, f"{code} {rest}") or coded_numbered(
            lines, i, f"{code} {rest}"
        )
    else:
        heading = session_alone(lines, i, code)
    return None if heading is None else replace(heading, number=printed)


def meeting_coded(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "6/18/1 TITLE", "22/5-1 Title.", "06-03-03 Title", "06/21:01" alone over its title:
    a minute code of three numbers (`minute_meeting_codes`), read as a session code is in
    its place; the number keeps the code as printed."""
    found = meeting_code(text) or hyphen_code(lines, i, text)
    if found is None:
        return None
    printed, rest = found
    if rest:
        line = f"{MEETING_CODE_STAND_IN} {rest}"
        heading = session_numbered(lines, i, line) or coded_numbered(lines, i, f"C{line}")
    else:
        heading = session_alone(lines, i, MEETING_CODE_STAND_IN)
    return None if heading is None else replace(heading, number=printed)


def _code_under(lines: list[Line], i: int) -> str | None:
    """The minute code printed alone on the line directly under the capitals title at `i`
    (no blank between), when the line under the code is no capitals title of its own
    (that one would be the code's title, `session_alone`); else None."""
    if i + 1 >= len(lines):
        return None
    title = _clean_title(lines[i].text)
    if not title.isupper() or CAPITALS_NOT_HEADING.match(title) or SECTION_LABEL.match(title):
        return None
    if DECISION_WORD.match(title) or not looks_like_title(title):
        return None
    code = SESSION_ALONE.match(lines[i + 1].text.strip())
    if code is None:
        return None
    below = _clean_title(lines[i + 2].text) if i + 2 < len(lines) else ""
    if below.isupper() and looks_like_title(below) and not DECISION_WORD.match(below):
        return None
    return code["number"]


def code_under_title(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "APOLOGIES" over "PLN52/21": a heading in capitals with its minute code alone on
    the line below (a planning committee's layout); the minute is the heading's line."""
    number = _code_under(lines, i)
    if number is None:
        return None
    return MinuteHeading(i, number, _clean_title(text), None, certain=True)


#: the minute's number inside its code: "E.70/23" (minute 70 of the 2023 series)
CODE_MINUTE = re.compile(r"(?<!\d)(?P<minute>\d{1,4})(?=/\d\d(?:\d\d)?$)")


def numbered_over_code(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "70.   Minutes" over "E.70/23" alone (a blank line between or none): the agenda's
    number and title, then the minute's code holding the same number, as a committee
    system prints its minutes; the minute is the code's, on the title's line."""
    match = BARE_NUMBERED.match(text)
    if match is None or not looks_like_title(match["title"].strip()):
        return None
    below = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].text.strip()), None)
    code = SESSION_ALONE.match(lines[below].text.strip()) if below is not None else None
    if code is None:
        return None
    minute = CODE_MINUTE.search(code["number"])
    if minute is None or int(minute["minute"]) != int(match["number"]):
        return None
    return MinuteHeading(i, code["number"], match["title"].strip(), None, certain=True)


#: Lines with text looked through above a code alone for the same code over its title
REPEAT_REACH = 2


def _same_code_over_title(lines: list[Line], i: int, number: str) -> bool:
    """Whether the code alone at `i` repeats the code alone one title above it: a
    meeting page's table prints "FM 21/24" over the title, then again in the cell over
    the minute's text ("FM 21/24" over "Opening the meeting, the Chair ...")."""
    above = [k for k in range(max(0, i - 8), i) if lines[k].text.strip()][-REPEAT_REACH:]
    return len(above) == REPEAT_REACH and lines[above[0]].text.strip().rstrip(".") == number


def _code_of_title_above(lines: list[Line], i: int) -> bool:
    """The code at `i` belongs to the capitals title directly above it (`code_under_title`)."""
    return i > 0 and _code_under(lines, i - 1) is not None


def minute_word(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "Minute 5: Title", "MINUTE 5 - Title"."""
    match = MINUTE_WORD.match(text)
    if not match or not match["title"][:1].isupper():  # "Minute 134 refers: ...": a
        return None  # cross-reference in a minute's text
    decided = STOP_THEN_DECISION.match(match["title"])
    if decided is not None and looks_like_title(decided["title"]):  # "Minute no. 5 –
        # Signing of the Minutes. Resolved that ...": not "Grant The Clerk read ... Resolved"
        title = decided["title"].strip()
        return MinuteHeading(i, match["number"], title, None, True, run_on=decided["text"])
    title, code = _title_and_code(lines, i, match["title"])
    title = stopped_title(title)
    unseparated = _unseparated(i, match["number"], title, code)
    if unseparated is not None:  # "Minute 41 – Apologies Apologies were received ..."
        return unseparated
    if not title or looks_like_sentence(title) or declares_interest(title):
        return None
    return MinuteHeading(i, match["number"], title, code, certain=True)


#: a title closed by a full stop, then the minute's decision on the same line: "Signing of
#: the Minutes – 7th November Meeting. Resolved that the minutes ... be signed"
STOP_THEN_DECISION = re.compile(
    r"^(?P<title>[A-Z][^.]{1,160}?)\.[ \t]+"
    r"(?P<text>(?:Resolved|RESOLVED|Agreed|AGREED|It\s+was\s+(?:resolved|RESOLVED|agreed))\b.*)$"
)


def stopped_title(title: str) -> str:
    """A title closed by a full stop, as a town council prints each one ("Minute 152:
    Personal References."), without it when the rest reads as a title; else as given."""
    if not title.endswith(".") or title.endswith(("etc.", "...")):
        return title
    bare = title[:-1].rstrip()
    return bare if bare and not looks_like_sentence(bare) else title


def _item_over_code(i: int, code: str, title: str, item: str) -> MinuteHeading | None:
    """The minute of agenda item `item`, numbered by the code under its heading: the title
    may keep the agenda's closing full stop or wording ("To receive the minutes ...")."""
    bare = title.rstrip(". ")
    if not bare or declares_interest(bare) or PERSON_TITLE.match(bare):
        return None
    if not looks_like_title(bare):
        return None
    return MinuteHeading(i, code, title, item, certain=True)


def item_word(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "AGENDA ITEM 5 - APOLOGIES": the minute of agenda item 5; "Item 5. Apologies": minute
    5, numbered with the word (it cites no agenda item of its own)."""
    match = ITEM_WORD.match(text)
    if not match or text[:1].islower():  # "item 58 as a board member ...": a sentence
        return None  # wrapped before its cited item; a heading capitalises its word
    minute = _minute_in_brackets(match)
    if minute is not None:  # "ITEM 2 (259) APOLOGIES Cllr A Reid": minute 259 of item 2
        return _bracketed_minute(lines, i, match["number"], minute)
    title = _clean_title(match["title"])
    code = item_minute_code(lines, i)
    if code is not None:  # "Item 1: Apologies." over "24/5": the code numbers the minute
        return _item_over_code(i, code, title, match["number"])
    if not title or looks_like_sentence(title) or declares_interest(title):
        return None
    if PERSON_TITLE.match(title):  # "Item 13 – Mr A Bain (Financial)": who declared
        return None
    if _under_declarations_lead(lines, i):  # the item the declarations under it concern
        return None
    if text[:6].lower() == "agenda" and _record_title_below(lines, i):
        return None  # "Agenda item 6" stamped over "Minutes of the ... Meeting held on D"
    cited = match["number"] if text[:6].lower() == "agenda" else None
    return MinuteHeading(i, match["number"], title, cited, certain=True)


#: "(259) APOLOGIES ...": a community council's running minute number in brackets after
#: the agenda item's ("ITEM 2 (259) APOLOGIES")
MINUTE_IN_BRACKETS = re.compile(r"^\((?P<minute>\d{1,4})\)\s+(?P<rest>\S.*)$")


def _minute_in_brackets(item: re.Match[str]) -> re.Match[str] | None:
    """The bracketed running number after an item's ("ITEM 2 (259) ..."): above the
    item's number, as a council's running minutes are; "Item 12 (1) Title" is the item's
    first part."""
    minute = MINUTE_IN_BRACKETS.match(item["title"])
    digits = re.search(r"\d+", item["number"])
    if minute is None or digits is None or int(minute["minute"]) <= int(digits[0]):
        return None
    return minute


def _bracketed_minute(
    lines: list[Line], i: int, item: str, minute: re.Match[str]
) -> MinuteHeading | None:
    """The minute numbered in brackets after its agenda item's number: its title in
    capitals and the minute's text run on after it when so printed ("RECEIVE APOLOGIES
    Cllr A Reid"), else the whole rest (a sentence standing for the title)."""
    stand_in = f"{YEAR_SUFFIXED_STAND_IN} {minute['rest']}"
    heading = run_in_numbered(lines, i, stand_in) or undashed_numbered(lines, i, stand_in)
    if heading is not None:
        return replace(heading, number=minute["minute"], item_code=item, certain=True)
    title = _clean_title(minute["rest"])
    if not title:
        return None
    # "ITEM 3 (303) The minutes ... were approved.": the sentence is the title and text
    run_on = minute["rest"].strip() if looks_like_sentence(title) else ""
    return MinuteHeading(i, minute["minute"], title, item, True, run_on)


#: "DRAFT Minutes of the Full Council Meeting held on", "MINUTES OF A MEETING OF": a
#: record's own title, under which a pack's "Agenda item 6" stamp stands
RECORD_TITLE = re.compile(r"^(?:draft\s+)?minutes?\s+of\s+(?:the\s+|a\s+|an\s+)?\S", re.I)
#: Lines with text below a pack's stamp its record's title may stand
STAMP_REACH = 2


def _record_title_below(lines: list[Line], i: int) -> bool:
    """Whether a record's title stands just below line i: line i is then the stamp a pack
    put over the enclosed record ("Agenda item 6"), no minute of it."""
    below = [line.text.strip() for line in lines[i + 1 :] if line.text.strip()]
    return any(RECORD_TITLE.match(text) for text in below[:STAMP_REACH])


#: "The following declarations were made:", "Interests were declared as follows:-": a
#: lead-in over the declarations, listed under the items they concern
DECLARATIONS_LEAD = re.compile(r"\b(?:declar\w*|interests?)\b.{0,80}:\s*[-–]?\s*$", re.IGNORECASE)
#: How many lines with text above an item's line its declarations' lead-in may stand
DECLARATIONS_REACH = 2


def _under_declarations_lead(lines: list[Line], i: int) -> bool:
    """ "Agenda Item 6 – Revenue Outturn" under "The following declarations were made:":
    the item the members' declarations below it concern, not minute 6; and so under the
    declarations' own heading ("(2) Members' Disclosures of Pecuniary and Non-Pecuniary
    Interests" / "Item 12 (1) Consultation" / "Councillor A declared ..." / "Item 12 (2)
    ..."), past the items and declarations between."""
    reach = range(i - 1, max(-1, i - DECLARATIONS_LINES), -1)
    above = [lines[k].text for k in reach if lines[k].text.strip()]
    if any(DECLARATIONS_LEAD.search(t) for t in above[:DECLARATIONS_REACH]):
        return True
    for text in above:
        if DECLARATIONS_HEADING.match(text.strip()):
            return True
        if not (ITEM_WORD.match(text.strip()) or DECLARED.search(text)):
            return False
    return False


#: Lines above an item's line searched for the declarations' heading over it
DECLARATIONS_LINES = 30
#: the declarations' own heading: "Declarations of Interest", "(2) Members' Disclosures of
#: Pecuniary and Non-Pecuniary Interests"
DECLARATIONS_HEADING = re.compile(
    r"^(?:\(?\d{1,2}[.)]?\s+)?(?:members['’]?\s+)?(?:declarations?|disclosures?)\s+of\s+"
    r"(?:[\w'’-]+\s+){0,5}?interests?\b",
    re.IGNORECASE,
)
#: a declaration's sentence between the items it concerns: "Councillor A declared ..."
DECLARED = re.compile(r"\bdeclared\b", re.IGNORECASE)


#: "Member of the Public", "members of the public", "residents": after a number, a count
#: of people in an attendance list ("3 members of the public"), not a minute's title
HEAD_COUNT = re.compile(
    r"(?:members?\s+of\s+(?:the\s+)?(?:public|press)|residents?|parishioners?|observers?)\b"
    # "8 Members present, 3 apologies": a sederunt counted, as a Scottish council's page
    # prints it under its attendance item
    r"|(?:members|councillors)\s+present\b",
    re.IGNORECASE,
)
#: Cells after a title that make a numbered line a table row ("13<TAB>Circulate the
#: criteria<TAB>PH<TAB>30/11/2023<TAB>Open": an action log's row, not minute 13)
MAX_HEADING_CELLS = 2


#: A titled member, then a run of spaces and another cell: "Councillor A Reeve     Disclosable
#: Pecuniary Interest" after a minute number is a declarations table's row (its "Minute
#: Number" column first), not a minute titled by a member.
MEMBER_CELL = re.compile(rf"^{TITLE}(?:\s{{1,2}}[A-Z][\w'’.-]*){{1,5}}\s{{3,}}\S")
#: A titled member, a dash, colon or bracket, then the kind of interest: "Item 5 –
#: Councillor A Frost – personal – member of the Trust" is a line of a declarations
#: minute listing by item, not the heading of minute 5 ("Item 6 – Councillor Questions"
#: names no interest and stays a heading); so is "Item 6a – Mrs K Munro (Financial)", a
#: Scottish code's kind.
MEMBER_INTEREST = re.compile(
    rf"^{TITLE}(?:\s+[A-Z][\w'’.-]*){{1,5}}\s*[–—:(,-].{{0,200}}?"
    r"\b(?i:personal|prejudicial|pecuniary|registrable|registerable|(?:non-)?financial"
    r"|interests?|DPI)\b"
)


def declares_interest(title: str) -> bool:
    """The text after an item or minute number is a member and their interest."""
    return MEMBER_INTEREST.match(title) is not None


def table_row(title: str) -> bool:
    """The text after a number holds more tab-separated cells than a heading's title and
    page or item cell, or a member's name and a cell spaced off it: a row of a table (an
    action log, a work programme, the interests declared by minute)."""
    if MEMBER_CELL.match(title) or declares_interest(title):
        return True
    return sum(1 for cell in title.split("\t") if cell.strip()) > MAX_HEADING_CELLS


def bare_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "19. Election of Chair", "5<tab>Apologies": a title after a bare number, no
    citation. Not certain: the caller checks the number rises. A table's row
    ("13<TAB>text<TAB>owner<TAB>date") is no heading."""
    match = _bare_match(text)
    if not match or HEAD_COUNT.match(match["title"]):
        return None  # "1 Member of the Public": who attended, counted
    if apologies_listed(text):
        return None  # "1 APOLOGIES: Cllr R Short": the title, then who sent them
    run_on = unseparated_title(match["title"])
    if run_on is not None and RECORD_WORD.search(run_on[1]):
        return None  # "1. Urgent Item In terms of ...": `unseparated_numbered` cuts it
    if run_on is not None and run_on[0].isupper() and not run_on[1].isupper():
        return None  # "1. APOLOGIES Cllr Stather, Cllr Bridger": the capitals are the title
    gap = COLUMN_GAP_IN_TITLE.search(match["title"])
    if run_on is not None and gap and match["title"][: gap.start()].strip() == run_on[0].strip():
        return None  # "296   Apologies for absence     Cllr Reid": the gap ends the title
    if _street_address(match["number"], match["title"]):
        return None  # "91 BRIDGEGATE, , DN14 7JJ": the venue's address under the date
    if _dash_run_on_wrapped(lines, i, match["title"]):
        head, text = re.split(r"\s[–—-]\s", match["title"], maxsplit=1)
        title = _clean_title(head)
        if not looks_like_title(title) or looks_like_sentence(title):
            return None
        return MinuteHeading(i, match["number"], title, None, False, run_on=text.strip())
    return _heading(lines, i, match["number"], match["title"])


#: a gap of spaces inside a bare number's title: the column between title and text
COLUMN_GAP_IN_TITLE = re.compile(r"(?<=\S)[ ]{4,}(?=\S)")
#: The shortest line that is a paragraph's line filled to the page's width, not a title
FILLED_LINE = 70
#: A filled line is this share of the longest line near it, or more
FILLED_SHARE = 0.75
#: Lines either side of a line that show how wide the page's lines run
WIDTH_REACH = 6


def _dash_run_on_wrapped(lines: list[Line], i: int, title: str) -> bool:
    """Whether a bare number's "title" is a title, a spaced dash and the first words of
    the minute's text, filled to the page's width and wrapping onto the next line ("12934.
    Approval of the Minutes – The minutes of the ordinary" / "Parish Council meeting held
    ... were APPROVED"), as parish clerks print a running minute: the line breaks on a
    word in small letters, inside a sentence. A title with a dash of its own is short of
    the width ("12. Budget Monitoring – Quarter 2") or ends on a name ("34. Application
    13/00412/FUL – Barn conversion, Mill Lane, Upper Fenby", "58. SCHOOLS – MERGER OF
    FENBY INFANT AND JUNIOR SCHOOLS")."""
    if not re.search(r"\s[–—-]\s", title) or len(title) < FILLED_LINE:
        return False
    last = title.rsplit(None, 1)[-1]
    if not (last.isalpha() and last.islower()):
        return False
    near = lines[max(0, i - WIDTH_REACH) : i + WIDTH_REACH + 1]
    widest = max(len(line.text.strip()) for line in near)
    following = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    filled = len(lines[i].text.strip()) >= FILLED_SHARE * widest
    return filled and bool(following) and not following[:1].isdigit()


#: "1 Fenby Combined Authority: Minutes", "1 Wyke Parish Council: Agenda": the page's
#: number before the paper's own title (its body, a colon and its kind alone), no minute;
#: a minute's title names the minutes it takes after the kind ("Audit Committee: Minutes
#: of 3 March") or has no colon ("Committee Minutes")
PAGE_NUMBER_PAPER_TITLE = re.compile(
    r"^\d{1,4}[ \t]{1,3}[A-Z][^:]{2,120}:[ \t]{0,3}(?:Minutes|MINUTES|Agenda|AGENDA)$"
)


def _street_address(number: str, title: str) -> bool:
    """Whether a bare number and its "title" are a house number and its street, town and
    postcode ("91 Bridgegate, Howden, DN14 7JJ"): a venue's address under a record's date.
    A planning application's heading also ends on a postcode, but after its reference
    ("5 21/01234/FUL - Mill Barn, Fenby, FE1 2AB"), so a title with a slash is none."""
    return (
        number.isdigit() and "," in title and "/" not in title and bool(POSTCODE_END.search(title))
    )


def attendance_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "1. Present:- Cllr A Reid (Chairman) Cllr B Moss ...": a bare number, a title about
    who came or sent apologies and the names run on, on a line longer than any heading (a
    parish council's roll). Not certain: the caller checks the number rises."""
    match = _bare_match(text)
    labelled = attendance_run_on(match["title"]) if match else None
    if match is None or labelled is None:
        return None
    return MinuteHeading(i, match["number"], labelled[0], None, False, run_on=labelled[1])


def _bare_match(text: str) -> re.Match[str] | None:
    """A bare number and the words after it, never a year's or a table row's."""
    match = BARE_NUMBERED.match(text)
    if not match or YEAR.match(match["number"]) or table_row(match["title"]):
        return None
    return match


def _bare_cut(
    i: int, text: str, cut: Callable[[str], tuple[str, str] | None]
) -> MinuteHeading | None:
    """A bare number's words cut by `cut` into the title and the record run on after it;
    not certain: the caller checks the number rises."""
    match = _bare_match(text)
    found = cut(match["title"]) if match else None
    if match is None or found is None:
        return None
    return MinuteHeading(i, match["number"], found[0], None, certain=False, run_on=found[1])


#: "Election of Chairman / Mr Pierce took the chair": a title and its text in two cells of
#: a table row, the converter's spaced slash between them (a short title, no stop in it)
SLASHED_CELLS = re.compile(r"^(?P<title>[A-Z][^./]{1,80}?)\s/\s(?P<text>\S.*)$")


#: a record's word opening a text cell: "None", "RESOLVED (c11/12/03) to ..."
CELL_FORMULA = re.compile(r"(?:None|Nil|N/A|RESOLVED|Resolved|AGREED|Agreed|NOTED|Noted)\b")


def _slashed(title: str) -> tuple[str, str] | None:
    """The title and the text cell, when what follows the slash reads as a record (a
    sentence, "None", "RESOLVED ..."), not a title's second half ("Declarations of
    Interest / Dispensations")."""
    match = SLASHED_CELLS.match(title)
    if match is None:
        return None
    words = match["text"].split()[:5]
    if not CELL_FORMULA.match(match["text"]) and not any(w[:1].islower() for w in words):
        return None
    return match["title"].strip(), match["text"]


def slashed_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "2. Election of Chairman / Mr Pierce took the chair ...", "6. Declarations of
    Interest / None": a row of a record's table whose title and text cells a conversion
    joined with a spaced slash, where the rows around it show the layout (`SLASHED_ROWS`
    of them within `SLASHED_REACH` lines: one title may hold a slash of its own). Not
    certain: the caller checks the number rises."""
    heading = _bare_cut(i, text, _slashed)
    if heading is None:
        return None
    near = lines[max(0, i - SLASHED_REACH) : i + SLASHED_REACH]
    rows = sum(1 for ln in near if (m := _bare_match(ln.text.strip())) and _slashed(m["title"]))
    return heading if rows >= SLASHED_ROWS else None


#: Rows cut at a slash that show the layout, and the lines either side searched for them
SLASHED_ROWS = 3
SLASHED_REACH = 60


def unseparated_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "12. Declarations of interest Councillor Dawson declared ...": a title after a bare
    number, run straight into the minute's first sentence (`minute_unseparated_titles`).
    A title holding a semicolon ("Election of Chair; Ann Reid was ...") is separated there:
    the separated readers' line."""
    found = _bare_cut(i, text, unseparated_title)
    return None if found is not None and ";" in (found.title or "") else found


def apologies_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "1. Apologies for absence were received from ...": a numbered sentence whose subject
    is the minute's title, the sentence its text (`minute_apologies_sentences`). Not
    certain: the caller checks the number rises."""
    found = apologies_sentence_heading(text)
    if found is None:
        return None
    return MinuteHeading(i, found[0], found[1], None, certain=False, run_on=found[2])


def standing_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "12 Declarations of Interest Councillors were reminded ...": a standing item's
    title after a bare number, its record run on however long (`minute_standing_titles`)."""
    return _bare_cut(i, text, standing_title_run_on)


def stopped_run_in_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "1. Apologies for absence. A Reid – work.": a title closed by a full stop, the
    minute's text run on after it (`minute_stopped_titles.stopped_run_in`). Not certain:
    the caller checks the number rises."""
    found = stopped_run_in(text, sentence_case_stop)
    if found is None or YEAR.match(found[0]):
        return None
    return MinuteHeading(i, found[0], _clean_title(found[1]), None, False, run_on=found[2])


def referenced_run_in_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "3. Declarations of Interest. 11052 – Cllr Reid declared ...": a title closed by a
    full stop, then a running reference, a dash and the minute's text
    (`minute_stopped_titles.referenced_run_in`). Not certain: the caller checks the number
    rises."""
    found = referenced_run_in(text)
    if found is None:
        return None
    return MinuteHeading(i, found[0], _clean_title(found[1]), None, False, run_on=found[2])


def separated_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "2. Police Report: no report had been received.": a title after a bare number, then
    a colon or a dash and the minute's text (`minute_separated_texts`). Not certain: the
    caller checks the number rises."""
    found = separated_text(text)
    if found is None or YEAR.match(found[0]):
        return None
    return MinuteHeading(i, found[0], _clean_title(found[1]), None, False, run_on=found[2])


def footer_glued(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "Planning Committee 3 Tuesday 9 May 2017 48 Tree Preservation Orders": a bare
    numbered heading after the page's running footer on its line (`heading_after_footer`).
    Not certain: the caller checks the number rises."""
    heading = heading_after_footer(text)
    return bare_numbered(lines, i, heading) if heading is not None else None


def colon_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "3108: Election of Chairman:": a running minute number and a colon, the title after
    it (a colon closing the title is dropped). Never a year, a time ("10:30") or a
    sentence; or "1, To elect a Chairman" (`COMMA_NUMBERED`). Not certain: the caller
    checks the number rises."""
    match = COLON_NUMBERED.match(text) or COMMA_NUMBERED.match(text)
    if not match or YEAR.match(match["number"]) or table_row(match["title"]):
        return None
    return _heading(lines, i, match["number"], match["title"].rstrip(" \t:"))


def decimal_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "21.44 ELECTION OF CHAIR": a session and a minute number with a point. Not
    certain: "6.1 Background" heads a part of minute 6, so the caller takes it only where
    the minutes are numbered so throughout."""
    match = DECIMAL_NUMBERED.match(text)
    if not match or (
        "/" in match["number"] and not _slashed_run_goes_on(lines, i, match["number"])
    ):
        return None  # "12/05/14 Clerk to write": a date, unless the next minute follows
    standing = standing_title_run_on(match["title"])  # "20/12/01 To receive Apologies ..."
    if standing is not None:
        return MinuteHeading(
            i, match["number"], standing[0], None, certain=False, run_on=standing[1]
        )
    worded = wording_run_on(match["title"]) if "/" in match["number"] else None
    if worded is not None:  # "20/12/02 To receive declarations. Cllr A declared ..."
        return MinuteHeading(i, match["number"], worded[0], None, certain=False, run_on=worded[1])
    return _heading(lines, i, match["number"], match["title"])


#: Lines below a year-and-month minute number searched for the next one
SLASHED_RUN_REACH = 80


def _slashed_run_goes_on(lines: list[Line], i: int, number: str) -> bool:
    """Whether a minute numbered "20/12/02" (year, month, minute) has the next ("20/12/03")
    at a line's start below or the one before above: read alone it may be a date."""
    head, _, last = number.rpartition("/")
    following, before = f"{head}/{int(last) + 1:02d}", f"{head}/{int(last) - 1:02d}"
    return any(
        line.text.lstrip().startswith(following) for line in lines[i + 1 : i + SLASHED_RUN_REACH]
    ) or any(
        line.text.lstrip().startswith(before) for line in lines[max(0, i - SLASHED_RUN_REACH) : i]
    )


def number_alone(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "1." on a line of its own, the title on the next line with text; or "1" alone under
    its series' letters alone ("PAR" over "1": minute "PAR 1", a table's stacked cells,
    on the number's line as `session_alone` reads "PCP" over "1/21"). Not certain."""
    match = NUMBER_ALONE.match(text) or CODE_ALONE.match(text)
    letters = None
    if match is None and (bare := BARE_NUMBER_ALONE.match(text)) is not None:
        letters = series_letters_over(lines, i)
        match = bare if letters is not None else None
    if not match:
        return None
    found = match.groupdict()
    printed = match["number"] or found.get("decimal") or found.get("bracketed") or ""
    if YEAR.match(printed):
        return None  # "2016." alone: a date's year wrapped onto its own line
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
    if j is None:
        return None
    # "2." over "2.1" over the title ("3.0" is whole number 3)
    j = _past_paragraph_numbers(lines, j, printed.removesuffix(".0"))
    if names_under(lines, j):
        return None  # a two-column page's number dropped into the attendance list
    below = lines[j].text.strip().replace("**", "")
    if len(below) > MAX_HEADING_CHARS or BARE_NUMBERED.match(below) or NUMBER_ALONE.match(below):
        return None
    if OFFICER_CELL.match(plain(below)):
        return None  # "8." over "V. Carr (Children's Services)": an item's officer, a table
    title, code = _title_and_code(lines, j, below)
    title = stopped_title(title)  # "APOLOGIES FOR ABSENCE." under "1."
    if title and not looks_like_title(title) and _labelled_below(lines, j):
        title = _clean_title(title).rstrip(". ")  # the item's agenda wording, as its title
    elif not title or not looks_like_title(title):
        return None
    number = f"{letters} {printed}" if letters else printed
    return MinuteHeading(i, number, title, code, certain=False)


#: a person by initials and surname, a second after "&" perhaps, their service or body in
#: brackets: an "Agenda Item | Officer Attending" table's cell under the item's number
OFFICER_CELL = re.compile(
    r"^(?:[A-Z]\.\s?){1,3}[A-Z][a-z'’-]+(?:\s(?:&|and)\s(?:[A-Z]\.\s?){1,3}[A-Z][a-z'’-]+)?"
    r"\s\([^()]{2,80}\)$"
)


#: A paragraph's number alone on its line, "2.1", "3.1.1": a number column extracted
#: onto lines of its own prints it between its minute's number and the minute's title
PARAGRAPH_NUMBER_ALONE = re.compile(r"^(?P<whole>\d{1,4})(?:\.\d{1,3}){1,3}\.?$")
#: Most paragraph numbers alone read past between a minute's number and its title
MAX_PARAGRAPH_NUMBERS = 2


def _past_paragraph_numbers(lines: list[Line], j: int, number: str) -> int:
    """The line of the title under a minute's number alone ("3."), past its first
    paragraph's number alone ("3.1" or "3.1.1", the same whole number), as PDF text
    prints a number column extracted onto lines of its own; `j` when none is there."""
    at = j
    for _ in range(MAX_PARAGRAPH_NUMBERS):
        match = PARAGRAPH_NUMBER_ALONE.match(lines[at].text.strip())
        if match is None or match["whole"] != number:
            return at
        below = next(
            (k for k in range(at + 1, min(at + 3, len(lines))) if lines[k].text.strip()), None
        )
        if below is None:
            return j
        at = below
    return at


def _labelled_below(lines: list[Line], j: int) -> bool:
    """Whether a committee system's "Minutes:" label (or its "Additional documents:" field)
    is the next line with text under line `j`: line `j` is then an item's title, however
    long or verbal its agenda wording ("To take the minutes of the meeting ... as a
    correct record and authorise the chair to sign.")."""
    k = next((k for k in range(j + 1, min(j + 4, len(lines))) if lines[k].text.strip()), None)
    if k is None:
        return False
    below = lines[k].text.strip()
    return bool(MINUTES_LABEL.fullmatch(below) or WEB_FIELD_LABEL.match(below))


def prefixed_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "CA96 Bus Services", "HSC 44. APOLOGIES", "FA37" over its title. Not certain: the
    caller takes it only where its number continues the minutes' numbering."""
    match = PREFIXED_NUMBERED.match(text)
    if not match or YEAR.match(match["digits"]) or match["series"] == "PART":
        return None  # "PART 1 - PUBLIC": a part marker, not minute 1 of a series "PART"
    if match["title"] is not None:
        title, code = _title_and_code(lines, i, match["title"])
    else:
        j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
        if j is None:
            return None
        below = lines[j].text.strip().replace("**", "")
        if len(below) > MAX_HEADING_CHARS or PREFIXED_NUMBERED.match(below):
            return None
        title, code = _title_and_code(lines, j, below)
    if not title or not looks_like_title(title):
        return None
    return MinuteHeading(i, match["number"], title, code, certain=False)


#: "... allocations made in 2017/18.CAB/119": a minute code glued to the end of the
#: previous minute's last sentence (the line break before it lost in conversion).
GLUED_CODE = re.compile(
    r"\S[.!?](?P<number>(?:[A-Z]{2,6}[./]?|[A-Z]\.)\d{1,4}(?:/\d\d(?:-\d\d)?)?)$"
)
#: How much of a line's end is searched for a glued code.
GLUED_CODE_CHARS = 40


def title_under_glued_code(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "EXCLUSION OF THE PUBLIC" under "... in 2017/18.CAB/119": a title in capitals
    whose minute code was glued to the end of the sentence above it. The heading is the
    title's line (the sentence stays in the minute before). Not certain: taken only where
    the code continues the minutes' numbering."""
    if i == 0 or " " not in lines[i - 1].text.strip():
        return None
    glued = GLUED_CODE.search(lines[i - 1].text.rstrip()[-GLUED_CODE_CHARS:])
    title = _clean_title(text)
    if glued is None or not title.isupper() or CAPITALS_NOT_HEADING.match(title):
        return None
    if DECISION_WORD.match(title) or not looks_like_title(title):
        return None
    return MinuteHeading(i, glued["number"], title, None, certain=False)


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral ("IV" is 4, "XII" is 12)."""
    values = [ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


#: "L. Varney (Treasurer's representative)", "C. Oduya, D. Pryce": an initial, a surname,
#: then a bracketed post or the next name
INITIAL_NAME = re.compile(r"^[A-Z]\.?[ \t]+[A-Z][A-Za-z'’-]{1,30}(?:[ \t]*[(,]|[ \t]+and\b)")


#: Numerals of one letter standing for 50 or more: articles numbered in Roman numerals
#: start at I each meeting and never reach L, so a line opening "L Taylor" or "C Moss" (an
#: officers' list: initial, surname, post) opens with an initial
LONE_LETTER_NUMERALS = frozenset({"L", "C"})


def initial_before_name(text: str) -> bool:
    """A line opening with a person's initial and surname: "L" there is an initial, not
    minute 50 in Roman numerals (a minute letter heads a title, not a name)."""
    return bool(INITIAL_NAME.match(text))


def roman_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "III SCHOOL ROLL PROJECTIONS", "IV. Attainment Report": a minute numbered in Roman
    numerals. Not certain: "I" is also a word ("I Declare ..."), so the caller takes it
    only where its number continues the numbering."""
    match = ROMAN_NUMBERED.match(text)
    if not match or not match["number"] or initial_before_name(text):
        return None
    if match["number"] in LONE_LETTER_NUMERALS:  # "L Taylor  Solicitor": an initial
        return None
    return _heading(lines, i, match["number"], match["title"])


def _heading(
    lines: list[Line], i: int, number: str | None, text: str, certain: bool = False
) -> MinuteHeading | None:
    """The heading at line `i`: its number, and its title (with an item citation taken off,
    see `_title_and_code`) when that reads as a title; else None. Most layouts are not
    certain: the caller checks that the number rises."""
    labelled = attendance_run_on(text)
    if labelled is not None:  # "1. APOLOGIES FOR ABSENCE: Cllrs B Dare & R Keeling"
        return MinuteHeading(i, number, labelled[0], None, certain, run_on=labelled[1])
    said_none = DASH_NONE.match(text.strip())
    if said_none is not None and looks_like_title(said_none["title"]):
        # "2830 Personal Matters – none": the title, then its whole record after a dash
        return MinuteHeading(i, number, said_none["title"], None, certain, run_on=said_none["text"])
    title, code = _title_and_code(lines, i, text)
    # "C 08/046 Mayor's Announcements.": a code's title closed by a full stop; else only
    # a title in capitals may be stopped ("1715 QUARTERLY REPORT – MAY TO JULY.")
    title = stopped_title(title) if certain else _capitals_stop(title)
    if not title or not (looks_like_title(title) or _stopped_wording_alone(title)):
        return None  # "3. To note any urgent items." keeps the agenda's wording and stop
    return MinuteHeading(i, number, title, code, certain=certain)


#: "Personal Matters – none", "Declarations of Interest - none received": a title, a dash
#: and a record of nothing to record, run on
DASH_NONE = re.compile(
    r"^(?P<title>[A-Z][^–—]{2,80}?)\s+[–—-]\s+"
    # "No Waiting Order" in capitals after a dash is a title's own words
    r"(?P<text>(?:[Nn]one|NONE|[Nn]il|NIL|[Nn]o\s+[a-z]+)\b[\w\s.]{0,40})$"
)
#: "APOLOGIES FOR ABSENCE: Cllrs B Dare & R Keeling", "Apologies: None": a minute about
#: who came or sent apologies, its names run on after the colon
ATTENDANCE_RUN_ON = re.compile(
    r"^(?P<title>(?:apologies(?:\s+for\s+absence)?(?:\s+and\s+substitut\w+)?|attendance"
    r"|(?:members\s+)?present|substitut\w+))\s*:\s*[-–]?\s*(?P<names>[A-Z(].{1,3000})$",
    re.IGNORECASE,
)


def attendance_run_on(text: str) -> tuple[str, str] | None:
    """(title, names) of a heading about who came or sent apologies with the names run on
    after its colon; None for any other line."""
    found = ATTENDANCE_RUN_ON.match(text.strip())
    if found is None:
        return None
    return found["title"].strip(), found["names"].strip()


#: a decision's formula alone, all a numbered line holds: "3.1 RESOLVED:", "4. AGREED –"
FORMULA_ALONE = re.compile(
    r"^(?:unanimously\s+)?(?:resolved|agreed|decided|recommended)\s*[:–—-]?\s*$", re.IGNORECASE
)
#: a decision's formula opening its clause: "RESOLVED that ...", "Resolved – That ...",
#: "AGREED to ..." (not "Agreed Syllabus Conference", a title)
FORMULA_THEN_CLAUSE = re.compile(
    r"^(?:unanimously\s+)?(?:RESOLVED|Resolved|AGREED|Agreed)(?:\s*[:–—-]\s*|\s+)(?:that|to)\b",
    re.IGNORECASE,
)
#: the formula after a paragraph's number: "3.1      RESOLVED:"
NUMBERED_FORMULA = re.compile(
    r"^\(?\d{1,3}(?:\.\d{1,3})?[.)]?\s+(?:unanimously\s+)?(?:resolved|agreed|decided"
    r"|recommended)\b",
    re.IGNORECASE,
)


def decision_formula(title: str) -> bool:
    """Whether the words read as a title are a decision's formula: alone, opening its
    clause, or after a paragraph's number. A decision names no subject, so it heads no
    minute (numbered resolutions under unnumbered titles, "3.1 RESOLVED:" paragraphs)."""
    return any(p.match(title) for p in (FORMULA_ALONE, FORMULA_THEN_CLAUSE, NUMBERED_FORMULA))


#: members under their plural title, a list of names: "Councillors Bramble, Corrigan and
#: Dufton" (a line of those present, never a title)
PLURAL_TITLED_LIST = re.compile(
    rf"^{PLURAL_TITLE}\.?\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+(?:\s*,|\s+and\s)"
)


#: a dash or colon inside a line: the minute's text run in after its title
RUN_IN_MARK = re.compile(r"\s[–—-]\s|:\s")


def _stopped_wording_alone(title: str) -> bool:
    """The agenda's wording closed by its stop, with nothing run in after a dash or colon
    ("To approve the quote – RESOLVED to accept ..." is a title and its record)."""
    return stopped_agenda_wording(title) and RUN_IN_MARK.search(title) is None


def _title_and_code(lines: list[Line], i: int, text: str) -> tuple[str, str | None]:
    cited = _citation(lines, i, text)
    if cited:
        return _clean_title(cited[0]), cited[1]["code"]
    leading = ITEM_WORD.match(text)
    if leading and text[:1].isupper() and leading["title"][:1].isupper():
        return _clean_title(leading["title"]), leading["number"]  # "167.0 Agenda Item 2
    return _clean_title(text), None  # Declarations of Interest": the item cited first


def bold_unnumbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "**Apologies for Absence**" alone on a line (used only in minutes that number no
    heading)."""
    match = BOLD_LINE.match(lines[i].text.strip())
    if not match:
        return None
    title = _clean_title(match["title"])
    if SECTION_LABEL.match(title) or not looks_like_title(title):
        return None
    title, code = _title_and_code(lines, i, title)
    return MinuteHeading(i, None, title, code, certain=False)


#: "1.Membership", "12.Election of Chairman": a number and its stop glued to the title (the
#: space lost in conversion); the title opens with a capital then a letter, so a decimal
#: ("1.5"), an initial ("1.A") or a reference ("para.5") is never read
STUCK_NUMBERED = re.compile(r"^(?P<number>\d{1,3})\.(?P<title>[A-Z][A-Za-z][^\t]{0,150})$")


#: "3563DECLARATIONS OF INTEREST": a running number glued to a title in capitals (no
#: stop, the space lost); the title holds three capitals first and no lower case
STUCK_CAPITALS = re.compile(r"^(?P<number>\d{1,4})(?P<title>[A-Z]{3}[^a-z\t]{0,150})$")


def stuck_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "1.Membership", "3563DECLARATIONS OF INTEREST": a numbered heading whose space
    after the stop (or the number) was lost. Not certain: the caller checks the number
    rises; a decision ("3.RESOLVED") and a year ("2024BUDGET") are not one."""
    match = STUCK_NUMBERED.match(text) or STUCK_CAPITALS.match(text)
    if not match or DECISION_WORD.match(match["title"]) or YEAR.match(match["number"]):
        return None
    return _heading(lines, i, match["number"], match["title"])


#: "LC26/08MINUTES", "DC14/21Planning Appeals": a code with its year and the title glued
#: on (the space lost in conversion); the title opens with a capital and another letter,
#: so a code with a letter suffix ("PL/112a") is never read as one
GLUED_TITLE = re.compile(
    r"^(?P<number>[A-Z]{1,6}\s?\d{1,4}/\d{2}(?:\d\d)?)(?P<title>[A-Z][A-Za-z'’][^\t]{1,150})$"
)


def code_glued_to_title(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "LC26/08MINUTES": a minute code whose title lost the space after it. Not certain:
    the caller checks the number rises."""
    match = GLUED_TITLE.match(text)
    if not match or DECISION_WORD.match(match["title"]):
        return None
    return _heading(lines, i, match["number"], match["title"])


#: "A1Declarations of interest", "A2 Chief Fire Officer's commendations": one letter (the
#: part of the agenda: A open business, B exempt) and the item's number, the title glued
#: on or after a space; the title opens with a capital and a lower-case letter
LETTERED_NUMBER = re.compile(
    r"^(?P<number>[A-Z](?P<digits>\d{1,2}))[ \t]?(?P<title>[A-Z][a-z'’][^\t]{1,150})$"
)


#: "5a. Planning Applications", "5b Planning Decisions": an item's number with a letter
LETTER_SUFFIXED = re.compile(r"\d{1,3}[a-z]")
SUFFIXED_NUMBERED = re.compile(r"^(?P<number>\d{1,3}[a-z])[.)]?[ \t]+(?P<title>[A-Z].{0,200})$")


def suffixed_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "5a. Planning Applications" between "4." and "6.": an item split into lettered
    parts, each its own minute. Not certain: the caller checks the number rises (or
    stays, the letter rising)."""
    match = SUFFIXED_NUMBERED.match(text)
    if not match or DECISION_WORD.match(match["title"]):
        return None
    return _heading(lines, i, match["number"], match["title"])


def lettered_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "A1Declarations of interest": a part letter and item number, then the title (the
    space often lost in conversion). Not certain: the caller checks the number rises,
    and a fire authority's papers number A1, A2, ... so."""
    match = LETTERED_NUMBER.match(text)
    if not match or DECISION_WORD.match(match["title"]):
        return None
    return _heading(lines, i, match["number"], match["title"])


#: "*450 Minutes", "*455 Budget 2016/17": a minute number after a star (a county cabinet's
#: mark for a decision exempt from call-in), then the title; no other star on the line
STARRED_NUMBERED = re.compile(r"^\*(?P<number>\d{1,4})\.?[ \t]+(?P<title>[^*\s][^*]{0,200})$")


def starred_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "*450 Minutes": a starred minute number and its title. Not certain: the caller
    checks the number rises."""
    match = STARRED_NUMBERED.match(text)
    if not match:
        return None
    return _heading(lines, i, match["number"], match["title"])


#: "C 10/034 Election of Mayor": a one-letter series (a full council's "C"), a space, the
#: session and the minute, then the title
SPACED_CODE = re.compile(r"^(?P<number>[A-Z] \d\d/\d{2,4})\.?[ \t]+(?P<title>\S.{0,200})$")


def spaced_code_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "C 10/034 Election of Mayor": a minute code with a space after its letter."""
    match = SPACED_CODE.match(text)
    if not match:
        return None
    return _heading(lines, i, match["number"], match["title"], certain=True)


#: "FC39/14 Apologies for absence were received ...": a minute code opening a paragraph;
#: or a Scots article's number and the run of spaces of its column ("5.    With reference
#: to ...", "8.2   The Committee had before it ...")
OPENING_CODE = re.compile(
    r"^(?:(?P<number>[A-Z]{1,6}\d{1,4}/\d\d(?:\d\d)?|[A-Z]{2,6}/\d{1,4}/\d{1,4})[ \t]+"
    r"|(?P<article>\d{1,2}(?:\.\d{1,2})?)\.? {2,8})(?P<text>\S)"
)


def _capitals_title(lines: list[Line], i: int) -> str | None:
    """The line at `i` as a title in capitals, at the margin; else None."""
    title = _clean_title(lines[i].text)
    if not title.isupper() or lines[i].text[:1] in (" ", "\t"):
        return None
    if CAPITALS_NOT_HEADING.match(title) or SECTION_LABEL.match(title):
        return None
    return title if looks_like_title(title) else None


def _paragraph_code_below(lines: list[Line], i: int) -> re.Match[str] | None:
    """The minute code opening the first line with text under the capitals title at `i`
    (one blank line between at most), when the rest of that line is no capitals title
    of its own."""
    j = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].text.strip()), None)
    if j is None or _capitals_title(lines, i) is None:
        return None
    match = OPENING_CODE.match(lines[j].text.strip())
    if match is None or lines[j].text.strip()[match.start("text") :].isupper():
        return None
    if match["article"] and not _article_under_title(lines[i].text, lines[j].text):
        return None
    return match


#: Lower-case words that make the text after an article's number a sentence
ARTICLE_SENTENCE_WORDS = 3


def _article_under_title(title: str, paragraph: str) -> bool:
    """A Scots article under its capitals title: the title carries no number of its own
    ("62. DECLARATIONS" over "62.1 ..." is a numbered heading and its paragraph), and the
    article opens a sentence, not a heading ("PART ONE" over "52.  Declarations of
    Interest")."""
    if title.strip()[:1].isdigit():
        return False
    words = paragraph.split()[1:]
    return sum(1 for w in words if w[:1].islower()) >= ARTICLE_SENTENCE_WORDS


def title_over_coded_paragraph(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "APOLOGIES FOR ABSENCE" over "FC39/14 Apologies were received ...": a capitals
    heading on its own line, its minute code opening the paragraph below (a borough
    council's layout); the minute is the heading's line."""
    match = _paragraph_code_below(lines, i)
    if match is None:
        return None
    number = match["number"] or match["article"]
    return MinuteHeading(i, number, _clean_title(text), None, certain=True)


def _code_of_paragraph_under_title(lines: list[Line], i: int) -> bool:
    """The code opening the line at `i` numbers the capitals title above it."""
    above = [k for k in range(max(0, i - 2), i) if lines[k].text.strip()]
    return bool(above) and _paragraph_code_below(lines, above[-1]) is not None


#: "1.    Appointment of Chairman.": a number, a run of spaces, and a title the paper
#: closes with a full stop, the minute's text hanging under the title's column
HANGING_NUMBERED = re.compile(r"^(?P<number>\d{1,3})\.(?P<gap> {2,8})(?P<title>\S.{0,150})$")
#: Most lines a hanging title runs on to before its closing full stop
MAX_HANGING_LINES = 3


def _hanging_title(lines: list[Line], i: int) -> tuple[str, int] | None:
    """The stop-closed title of a hanging heading at line i and the index of its last line
    (a title wraps onto lines indented to its column); None when no full stop closes it."""
    match = HANGING_NUMBERED.match(lines[i].text.rstrip())
    if match is None:
        return None
    column = match.start("title")
    parts, k = [match["title"].strip()], i
    while not parts[-1].endswith(".") and len(parts) < MAX_HANGING_LINES and k + 1 < len(lines):
        below = lines[k + 1].text.rstrip()
        if len(below) - len(below.lstrip(" ")) != column:
            return None
        parts.append(below.strip())
        k += 1
    title = " ".join(parts)
    if not title.endswith(".") or title.endswith("..") or ". " in title:
        return None
    return title[:-1], k


def hanging_title_end(lines: list[Line], i: int) -> int:
    """The index of a hanging heading's last title line (i itself for one line)."""
    found = _hanging_title(lines, i)
    return found[1] if found else i


def hanging_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "1.    Appointment of Chairman.": a title closed by a full stop, its text hanging
    under the title's column (the first line with text below is indented to it). A
    numbered sentence ("1.   The report was noted.") is no title. Not certain: the
    caller checks the number rises."""
    found = _hanging_title(lines, i)
    match = HANGING_NUMBERED.match(lines[i].text.rstrip())
    if found is None or match is None:
        return None
    title, last = found
    body = next((ln.text for ln in lines[last + 1 : last + 4] if ln.text.strip()), "")
    if len(body) - len(body.lstrip(" ")) < match.start("title"):
        return None
    if not looks_like_title(title):
        return None
    return MinuteHeading(i, match["number"], _clean_title(title), None, certain=False)


#: "39    ITEMS FROM THE PUBLIC - TO RECEIVE DEPUTATIONS,": a number, a run of spaces or a
#: tab, and a title in capitals that the line's end breaks (see `hanging_capitals_title`)
HANGING_CAPITALS = re.compile(r"^(?P<number>\d{1,3})\.?(?P<gap>[ ]{2,8}|\t)(?P<title>\S.{0,150})$")
#: A line that stops where no title ends: after a comma, a dash or a joining word
BROKEN_OFF = re.compile(r"(?:[,–—-]|\s(?:OF|THE|AND|OR|TO|FOR|IN|ON|BY|WITH|FROM|AT))$")


def _capitals_wrap(lines: list[Line], i: int, column: int) -> list[str] | None:
    """The capitals lines indented to `column` under line `i` up to a blank line (at most
    `MAX_HANGING_LINES`); None when a line under it is no such line."""
    parts: list[str] = []
    for k in range(i + 1, min(len(lines), i + 1 + MAX_HANGING_LINES + 1)):
        raw = lines[k].text.rstrip()
        if not raw.strip():
            return parts or None
        indent = len(raw) - len(raw.lstrip(" "))
        if indent != column or not raw.strip().isupper() or len(parts) >= MAX_HANGING_LINES:
            return None
        parts.append(raw.strip())
    return None


def hanging_capitals_title(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "39    ITEMS FROM THE PUBLIC OR COUNCILLORS - TO RECEIVE DEPUTATIONS," over
    "      STATEMENTS, PETITIONS OR QUESTIONS RELATING TO THE BUSINESS OF THIS" over
    "      MEETING": a title in capitals, its agenda item's long wording, broken off after
    a comma, dash or joining word and run on to lines hanging under its column, a blank
    line after them. The title is the lines joined. Not certain: the caller checks the
    number rises."""
    match = HANGING_CAPITALS.match(lines[i].text.rstrip())
    if match is None or not match["title"].isupper() or YEAR.match(match["number"]):
        return None
    first = match["title"].strip()
    if not BROKEN_OFF.search(first) or CAPITALS_NOT_HEADING.match(first):
        return None
    wrap = _capitals_wrap(lines, i, match.start("title"))
    if wrap is None:
        return None
    title = " ".join([first, *wrap])
    if ". " in title or len(title) > MAX_HEADING_CHARS:
        return None
    return MinuteHeading(i, match["number"], _clean_title(title), None, certain=False)


def run_in_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "512 WELCOME AND INTRODUCTIONS - The Chairman welcomed ...", "516 (5) MINUTES -
    Resolved - That ...": a title in capitals run in with the minute's text after a dash,
    the agenda item in brackets (see `run_in_capitals`). Not certain: the caller checks
    the number rises."""
    found = run_in_capitals(lines, i, text)
    if found is None or YEAR.match(found.number):
        return None
    return MinuteHeading(
        i,
        found.number,
        _clean_title(found.title),
        found.item,
        certain=False,
        run_on=found.text,
        run_on_at=found.text_at,
    )


#: "245.10 PUBLIC PARTICIPATION. Laura ...": a town council's running minute number with
#: its year after a point (minute 245 of 2010), then a title in capitals run in
YEAR_SUFFIXED = re.compile(r"^(?P<number>\d{2,4}\.\d\d)[ \t]+(?P<rest>[A-Z]{2,}\b.*)$")
#: a bare number standing in for such a number while its line is read as a bare one's
YEAR_SUFFIXED_STAND_IN = "1"


def year_suffixed(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "245.10 PUBLIC PARTICIPATION. Laura Travers ...": a running number with its year
    (`YEAR_SUFFIXED`), its capitals title and text read as after a bare number (the
    undashed and dashed run-ins), the printed number kept. Not certain: the caller checks
    the number rises, (245, 10) then (246, 10)."""
    match = YEAR_SUFFIXED.match(text)
    if match is None:
        return None
    stand_in = f"{YEAR_SUFFIXED_STAND_IN} {match['rest']}"
    heading = run_in_numbered(lines, i, stand_in) or undashed_numbered(lines, i, stand_in)
    return replace(heading, number=match["number"]) if heading is not None else None


#: "Agenda item No.1 - APOLOGIES FOR ABSENCE No apologies received.": a parish record's
#: heading by the agenda item's number, its title in capitals run in with its text
ITEM_WORD_RUN_IN = re.compile(
    r"^(?P<agenda>(?:Agenda|AGENDA)[ ])?(?:Item|ITEM|(?<=[Aa]genda )item)[ ]{1,3}"
    r"(?:(?:No|NO)\.?[ ]{0,2})?"
    r"(?P<number>\d{1,3}[a-z]?)(?![.]\d)[ ]{0,3}(?:[:.–—-][ ]{0,3}|[ ])(?P<rest>[A-Z]{2,}\b.*)$"
)


def item_word_run_in(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "Agenda item No.1 - APOLOGIES FOR ABSENCE No apologies received.": the item's
    number numbers the minute (and is cited, after "Agenda"), the rest read as after a
    bare number (the dashed and undashed run-ins). Not certain: the caller checks the
    number rises. "ITEM 4 (304) PLANNING a) ..." numbers minute 304 (see
    `item_word`)."""
    worded = ITEM_WORD.match(text)
    minute = _minute_in_brackets(worded) if worded is not None else None
    if worded is not None and minute is not None:
        bracketed = _bracketed_minute(lines, i, worded["number"], minute)
        return bracketed if bracketed is not None and bracketed.run_on else None
    match = ITEM_WORD_RUN_IN.match(text)
    if match is None:
        return None
    stand_in = f"{YEAR_SUFFIXED_STAND_IN} {match['rest']}"
    heading = run_in_numbered(lines, i, stand_in) or undashed_numbered(lines, i, stand_in)
    if heading is None:
        return None
    cited = match["number"] if match["agenda"] else None
    return replace(heading, number=match["number"], item_code=cited)


#: How far into a run-in text a word in lower case is looked for (a sentence has one soon)
RUN_ON_LOOK = 60


def undashed_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "1 APOLOGIES Apologies for absence were submitted ...", "3 MINUTES The minutes of
    ... were confirmed": a bare number, a title in capitals and the minute's text straight
    after it, no dash between (see `run_in_undashed`). Not certain: the caller checks the
    number rises."""
    opening = NUMBER_AND_ITEM.match(text.strip()[:MAX_RUN_IN_LINE])
    if opening is None or YEAR.match(opening["number"]):
        return None
    found = run_in_undashed(lines, i, opening["rest"].rstrip())
    if found is None:
        return None
    title, run_on, at = found
    if title.endswith(("-", "–", "—")) or APPLICATION_REFERENCE.match(title.split()[0]):
        return None  # "56 13/0412/FUL - Land at ...": a dashed title, an application's
    if not any(c.islower() for c in run_on[:RUN_ON_LOOK]):
        return None  # "... BUSINESS AGREED BY THE CHAIR": capitals on, one long title
    return MinuteHeading(
        i, opening["number"], _clean_title(title), opening["item"], False, run_on, at
    )


def wording_run_in_numbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "1. To receive apologies. Apologies were received ...": the agenda's wording as the
    title, closed by a full stop, the text run in after it (`stopped_wording_run_in`). Not
    certain: the caller checks the number rises."""
    found = stopped_wording_run_in(text)
    if found is None:
        return None
    number, title, run_on = found
    return MinuteHeading(i, number, title, None, certain=False, run_on=run_on)


def _unseparated_long(lines: list[Line], i: int, raw: str) -> MinuteHeading | None:
    """A bare number's title run straight into a paragraph too long for a heading, only
    where the paragraph opens with a member's title or a formula ("12 Declarations of
    Interest Councillors were reminded ...", `minute_unseparated_titles`): "9. Quayside
    Lighting The Board considered ..." is a numbered paragraph."""
    from .minute_unseparated_titles import member_or_formula_opens

    heading = unseparated_numbered(lines, i, raw)
    if heading is None or not member_or_formula_opens(heading.run_on):
        return None
    return heading


def long_run_in(
    lines: list[Line], i: int, raw: str, last: tuple[int, ...] | None
) -> MinuteHeading | None:
    """A run-in heading on a line longer than any heading ("493 BUDGET PRIORITIES - The
    Chairman welcomed ..." with the whole paragraph after it, as a web page prints it),
    taken where its number continues the numbering; a minute code's heading so ("PCP 23/45
    APOLOGIES - Apologies were ...", "23/45 Minutes: RESOLVED that ..."), its text run in,
    is sure. None for any other long line."""
    if not raw[:1].isalnum() or lines[i].text[:1] in (" ", "\t"):
        return None
    coded = (
        session_numbered(lines, i, raw)
        or hyphen_year_numbered(lines, i, raw)  # "001-18 1 APOLOGIES Apologies were ..."
        or coded_numbered(lines, i, raw)
        or meeting_coded(lines, i, raw)
        or minute_word(lines, i, raw)  # "Minute no. 4 – Announcements The Chair said ..."
    )
    if coded is not None:
        return coded if coded.run_on and len(coded.title) <= MAX_HEADING_CHARS else None
    if not raw[:1].isdigit():
        heading = item_word_run_in(lines, i, raw)  # "Agenda item No.3 – MINUTES The ..."
        return heading if heading is not None and _continues(heading.number, last) else None
    heading = (
        year_suffixed(lines, i, raw)  # "245.10 PUBLIC PARTICIPATION. Laura Travers ..."
        or run_in_numbered(lines, i, raw)
        or undashed_numbered(lines, i, raw)
        or referenced_run_in_numbered(lines, i, raw)
        or attendance_numbered(lines, i, raw)  # "1. Present:- Cllr A Reid Cllr B Moss ..."
        or separated_numbered(lines, i, raw)
        or standing_numbered(lines, i, raw)
        or wording_run_in_numbered(lines, i, raw)
        or _unseparated_long(lines, i, raw)
        or _slashed_run_in(lines, i, raw)  # "20/12/02 To receive declarations. Cllr A ..."
    )
    if heading is None or not _continues(heading.number, last):
        return None
    return heading


def _slashed_run_in(lines: list[Line], i: int, raw: str) -> MinuteHeading | None:
    """A town council's year, month and minute ("20/12/02") before its agenda wording and
    the minute's text run in on a long line (`decimal_numbered` reads it); None unless the
    number is so slashed and text runs on after the title."""
    heading = decimal_numbered(lines, i, raw)
    if heading is None or "/" not in (heading.number or "") or not heading.run_on:
        return None
    return heading


def _code_title(title: str) -> str | None:
    """The title under or after a reference code, as printed (a board's notes close
    each with a full stop: "Introduction / Apologies."); None unless it reads as a title
    once that stop is set aside."""
    title = _clean_title(title)
    if not title or DECISION_WORD.match(title):
        return None
    return title if looks_like_title(stopped_title(title)) else None


def reference_code(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "Ref 01/21/06/2023" alone, its title on the next line with text; or the dated code
    and the title on one line (see `labelled_minute_codes`). Certain."""
    alone = labelled_code(lines, i)
    if alone is not None:
        title = _code_title(lines[alone[1]].text)
        return None if title is None else MinuteHeading(i, alone[0], title, None, certain=True)
    inline = dated_code_title(text)
    if inline is None:
        return None
    title = _code_title(inline[1])
    return None if title is None else MinuteHeading(i, inline[0], title, None, certain=True)


def margin_repeated(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "72" over "Risk Management" / "Progress Report" over "72" again: the number printed
    in both margins round its title (see `margin_repeated_numbers`). Certain."""
    found = repeated_margin_number(lines, i)
    if found is None:
        return None
    title = _clean_title(found[1])
    if not looks_like_title(title) or DECISION_WORD.match(title):
        return None
    return MinuteHeading(i, found[0], title, None, certain=True, run_on_at=found[2] - i)


def separated_run_in(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "1. Apologies for absence: Cllrs Reid and Moss.", "2. Declarations of interest –
    None.": a short title, a separator and the minute's text (see `run_in_separators`).
    Not certain: the caller checks the number rises."""
    # "4. To approve the Minutes of the last meeting held on 11th January 2023: The ...":
    # the agenda's wording as the title, longer than a run-in title runs
    found = run_in_title(text) or worded_run_in_title(text, worded_title)
    if found is None or YEAR.match(found[0]):
        return None
    title = _clean_title(found[1])
    if not looks_like_title(title) or DECISION_WORD.match(title) or PERSON_TITLE.match(title):
        return None
    return MinuteHeading(i, found[0], title, None, certain=False, run_on=found[2])


def item_page_title(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """A committee system's page for one item: its title under "Agenda item", numbered by
    the meeting line below it ("Meeting: 04/02/2025 - Cabinet (Item 34)"); see
    `web_item_pages`."""
    found = item_page_heading(lines, i)
    if found is None:
        return None
    return MinuteHeading(i, found[0], _clean_title(found[1]), None, certain=True)


def issue_meeting_title(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """An issue page's unnumbered title under its meeting line, numbered by the line's
    item ("Meeting: 14/03/2025 - Cabinet (Item 4)" / "Admission of the Public"); see
    `web_item_pages`."""
    found = title_under_meeting_line(lines, i)
    if found is None or not looks_like_title(_clean_title(found[1])):
        return None
    return MinuteHeading(i, found[0], _clean_title(found[1]), None, certain=True)


def item_row_title(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """A committee system's item row printed on one line with no number ("Apologies |
    Minutes: ..."), put back on lines of its own: its first piece is the item's title;
    see `web_item_rows`."""
    title = row_title(lines, i)
    if title is None:
        return None
    return MinuteHeading(i, None, _clean_title(title), None, certain=True)


def year_first(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "2019 / 14 – Title": a parish minute numbered by its year first, the slash spaced
    (`minute_year_numbers`). Not certain: the caller checks the number rises."""
    found = year_first_numbered(text)
    if found is None:
        return None
    return _heading(lines, i, found[0], found[1])


#: a paper's title naming its meeting ("MEETING OF THE BOARD OF CONSERVATORS"), never a
#: minute's
MEETING_TITLE = re.compile(r"^(?:(?:draft\s+)?minutes?\s+of\s+)?(?:the\s+)?meeting\s+of\b", re.I)


def title_then_code(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "APOLOGIES FOR ABSENCE 01/21": a title in capitals, its session code after it
    (`capitals_trailing_codes`). Not certain: taken only where the code continues the
    minutes' numbering."""
    from .capitals_trailing_codes import capitals_trailing_code

    found = capitals_trailing_code(lines, i, text)
    if found is None or CAPITALS_NOT_HEADING.match(found[1]) or MEETING_TITLE.match(found[1]):
        return None  # "MEETING OF THE COMMISSIONERS 7/21": the paper's title and number
    number, title, rest = found
    return MinuteHeading(i, number, title, None, certain=False, run_on=rest)


def decision_page_title(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """A committee system's page for one decision: its title, above "Decision Maker:", is
    the page's one minute, unnumbered (see `decision_pages`)."""
    from .decision_pages import decision_title

    title = decision_title(lines, i)
    return None if title is None else MinuteHeading(i, None, _clean_title(title), None, True)


#: a numbered entry of a list in a minute's text, closed by its semicolon: "12 – Land at
#: Mill Lane;", "3. the budget;"
LIST_ENTRY = re.compile(r"^\d{1,4}\s{0,3}[–—.)-]\s.{1,200};$")
#: Lines above searched for the list's entry before the last
LIST_REACH = 3


def closes_a_list(lines: list[Line], i: int) -> bool:
    """Whether the numbered line at `i`, closed by a full stop, is the last entry of a list
    whose entry above it closes with a semicolon (the items a chair's statement lists):
    no minute's heading."""
    if not lines[i].text.rstrip().endswith("."):
        return False
    above = [ln.text.strip() for ln in lines[max(0, i - LIST_REACH) : i] if ln.text.strip()]
    return bool(above) and LIST_ENTRY.match(above[-1]) is not None


Variant = Callable[[list[Line], int, str], "MinuteHeading | None"]
#: Tried in order on each line; the first that applies wins.
NUMBERED_VARIANTS: tuple[Variant, ...] = (
    item_page_title,
    decision_page_title,
    issue_meeting_title,
    item_row_title,
    margin_repeated,
    reference_code,
    cited_numbered,
    title_over_coded_paragraph,
    spaced_code_numbered,
    session_numbered,
    hyphen_year_numbered,
    coded_numbered,
    session_alone,
    colon_coded,
    meeting_coded,
    code_under_title,
    numbered_over_code,
    minute_word,
    item_word,
)
#: ... then these, at the margin, each taken only where its number continues the numbering.
UNCERTAIN_VARIANTS: tuple[Variant, ...] = (
    year_first,
    year_suffixed,
    item_word_run_in,
    run_in_numbered,
    undashed_numbered,
    number_alone,
    hanging_numbered,
    hanging_capitals_title,
    decimal_numbered,
    slashed_numbered,
    bare_numbered,
    referenced_run_in_numbered,
    stopped_run_in_numbered,
    unseparated_numbered,
    apologies_numbered,
    colon_numbered,
    separated_numbered,
    wording_run_in_numbered,
    prefixed_numbered,
    roman_numbered,
    title_under_glued_code,
    stuck_numbered,
    code_glued_to_title,
    starred_numbered,
    lettered_numbered,
    suffixed_numbered,
    separated_run_in,
    title_then_code,
    footer_glued,
)


SERIES_YEAR = re.compile(r"[A-Z]{1,6}(?P<year>\d\d)/(?P<minute>\d{1,4})")
COUNCIL_YEAR_CODE = re.compile(r"[A-Z]{1,6}[ ]?(?P<year>\d\d)/\d\d[.-](?P<minute>\d{1,4})")


def order_key(number: str) -> tuple[int, ...] | None:
    """Where a printed minute number falls in the document's order: "118" is (118,);
    "12/21" (minute 12 of 2021) is (21, 12); "21.44" is (21, 44); "PCP/12/3" is (12, 3);
    None for others."""
    if number.isdigit():
        return (int(number),)
    roman = ROMAN_NUMBERED.fullmatch(number + " x")
    if roman and roman["number"] == number:  # "IV": the fourth article ("C 10/034" is not)
        return (roman_value(number),)
    if re.fullmatch(r"[A-Z]\d{1,2}", number):  # "A5": its part's fifth item
        return (int(number[1:]),)
    prefixed = PREFIXED_NUMBERED.match(number)
    if prefixed:  # "CA96": its series' 96th (a series keeps rising across meetings)
        return (int(prefixed["digits"]),)
    if re.fullmatch(r"(?:\d{1,2}|\d{4})\.\d{1,3}|\d{3}\.\d\d?", number):
        major, minor = number.split(".")
        return (int(major), int(minor))
    if re.fullmatch(r"\d\d\.\d\d\.\d\d", number):  # "20.12.01": year, month, minute
        return tuple(int(part) for part in number.split("."))
    year_first = year_first_key(number)
    if year_first:  # "2019 / 14": minute 14 of the council's year 2019
        return year_first
    council_year = COUNCIL_YEAR_CODE.fullmatch(number)
    if council_year:  # "C20/21.095": minute 95 of the council's year 2020/21
        return (int(council_year["year"]), int(council_year["minute"]))
    series_year = SERIES_YEAR.fullmatch(number)
    if series_year:  # "FC19/061": minute 61 of 2019
        return (int(series_year["year"]), int(series_year["minute"]))
    lettered = re.fullmatch(r"[A-Z]{1,4}/(\d{1,4})", number)
    if lettered:  # "P/142": the planning committee's 142nd
        return (int(lettered[1]),)
    parts = re.split(r"[/ ]", number)
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return (int(parts[1]), int(parts[0]))
    if len(parts) == 3 and all(p.isdigit() for p in parts[1:]):
        return (int(parts[1]), int(parts[2]))
    return None


NUMBERED_LINE = re.compile(r"^\**\s*\d{1,4}(?:[./]\d{1,4})?[.)]?(?:\s|$)")


def numbered_lines(lines: list[Line]) -> int:
    """How many lines open with a number: what a maintainer compares with the minutes read
    when none is ("12 numbered lines, 0 minutes read")."""
    return sum(1 for line in lines if NUMBERED_LINE.match(line.text))


def _continues(number: str | None, last: tuple[int, ...] | None) -> bool:
    """The number continues the minutes' numbering: any number for the first minute,
    else a number of the same form above the last."""
    key = order_key(number) if number else None
    if number and LETTER_SUFFIXED.fullmatch(number):  # "5a": item 5's first part; the
        key = (int(number[:-1]),)  # numbering itself goes on from 5 (no order of its own)
    if key is None:
        return False
    if last is None:
        return not roman_opening_too_high(number or "", key)
    if year_glued_next(number or "", key, last):
        return True  # "GM223" after "GM123": minutes 1 and 2 of 2023, the year glued on
    if len(key) == 1 == len(last) and key[0] - last[0] > MAX_JUMP:
        return False  # "2" then "2016": a year or a count, not the next minute
    if LETTER_SUFFIXED.fullmatch(number or "") and len(last) == 1 and key == last:
        return True  # "5a" after "5": the item's parts
    return len(key) == len(last) and key > last


def year_glued_next(number: str, key: tuple[int, ...], last: tuple[int, ...]) -> bool:
    """Whether a series' code with its year's two figures glued after the minute ("GM223":
    minute 2 of 2023) is the next after the last ("GM123"): the same year, the minute one
    more. Read as one figure the code jumps by a hundred."""
    if number[:1].isdigit() or len(key) != 1 or len(last) != 1:
        return False
    return key[0] % 100 == last[0] % 100 and key[0] // 100 == last[0] // 100 + 1


#: The most a bare minute number rises from one minute to the next: a minute numbering
#: skips an item or two, never hundreds (a number that far on is a year, a count, a sum)
MAX_JUMP = 50
#: The highest Roman numeral that may number the first minute read ("I", "II", "III")
MAX_FIRST_ROMAN = 3


def roman_opening_too_high(number: str, key: tuple[int, ...]) -> bool:
    """A Roman numeral that would open the numbering far up ("L", "C", "X"): articles
    are numbered from I at each meeting, so a lone "L." or "C." is a letter, not minute 50."""
    return (
        not number.isdigit()
        and bool(ROMAN_NUMBERED.fullmatch(number + " x"))
        and (key[0] > MAX_FIRST_ROMAN)
    )


#: Longest second line of a title in capitals that wrapped ("PARADE, LONDON E21 5RB")
MAX_WRAPPED_CHARS = 100


def with_wrapped_title(lines: list[Line], heading: MinuteHeading) -> MinuteHeading:
    """A title in capitals that ran onto the next line ("3. APPLICATION FOR A PREMISES
    LICENCE – THE GRILL, 14 HIGH" over "PARADE, ASHBY"): the next line, directly below with
    no blank between (or past one when the title ends on a word no title ends with, "...
    PECUNIARY AND"), also in capitals, is the title's end. A decision ("RESOLVED") or a
    line that heads a minute of its own is not."""
    at = title_line(lines, heading)
    if heading.run_on or at is None or at + 1 >= len(lines):
        return heading
    if not heading.title.isupper():
        hanging = hanging_wrap(lines, at) or unfinished_wrap(lines, at, heading.title)
        if hanging is None:
            return heading
        return replace(heading, title=joined_title(heading.title, lines[at].text, hanging))
    j = at + 1
    if not lines[j].text.strip() and ends_unfinished(heading.title):
        # "DECLARATIONS OF DISCLOSABLE PECUNIARY AND" / "" / "OTHER REGISTERABLE INTEREST(s)"
        j = next((k for k in range(at + 2, min(at + 4, len(lines))) if lines[k].text.strip()), j)
    below = _clean_title(lines[j].text)
    if not below or len(below) > MAX_WRAPPED_CHARS:
        return heading
    # "INTEREST(s)": a plural's "(s)" in lower case inside a title in capitals
    if not below.replace("(s)", "").isupper() and not YEAR_ALONE.match(below):
        return heading
    if CAPITALS_NOT_HEADING.match(below) or SECTION_LABEL.match(below):
        return heading
    if REFERENCE_BELOW.match(below):
        return heading  # "SYMPATHY" over "(REF: M/21)": the minutes it refers back to
    if below[:1].isdigit() and not (ends_unfinished(heading.title) or YEAR_ALONE.match(below)):
        return heading  # "WORK PROGRAMME" over "2 items were ...": a number of its own
    if SESSION_ALONE.match(below):
        return heading  # the heading's own code under it ("APOLOGIES" over "PLN52/21")
    if any(v(lines, j, below) for v in (*NUMBERED_VARIANTS, *UNCERTAIN_VARIANTS)):
        return heading
    return replace(heading, title=joined_title(heading.title, lines[at].text, below))


#: "(REF: M/21)", "(Ref. C/14/2020)": a reference back to earlier minutes in brackets
#: under a title, never the title's end
REFERENCE_BELOW = re.compile(r"^\((?:REF|Ref)\b")


#: Words no title ends with: a title whose line ends so ran on ("... HELD ON THE" over
#: "26TH JULY 2019")
UNFINISHED_ENDS = frozenset(
    {"the", "of", "on", "and", "or", "as", "for", "to", "in", "at", "a", "an", "by", "from", "with"}
)


#: a year or a financial year alone on a line: "2022/23", "2023-2024", "2024"; under a
#: title in capitals it is the title's end ("WORK PROGRAMME" over "2022/23")
YEAR_ALONE = re.compile(r"^(?:19|20)\d\d(?:[/-](?:\d\d|(?:19|20)\d\d))?$")


def ends_unfinished(title: str) -> bool:
    """The title's last word cannot end a title (an article, a preposition, "and")."""
    words = title.split()
    return bool(words) and words[-1].lower() in UNFINISHED_ENDS


def hanging_wrap(lines: list[Line], at: int) -> str | None:
    """The second line of a title in sentence case under a hanging number ("5.   Fenby
    Council (High Street) (Parking Places)" over "     Order 2024" indented to the title's
    column, a blank line after it); None for any other line below."""
    match = HANGING_NUMBERED.match(lines[at].text.rstrip())
    if match is None or at + 1 >= len(lines):
        return None
    raw = lines[at + 1].text.rstrip()
    if len(raw) - len(raw.lstrip(" ")) != match.start("title") or len(raw) > MAX_WRAPPED_CHARS:
        return None
    if at + 2 < len(lines) and lines[at + 2].text.strip():
        return None  # a paragraph hanging under the title, not the title's end
    below = _clean_title(raw)
    if not below or looks_like_sentence(below) or DECISION_WORD.match(below):
        return None
    return below


def unfinished_wrap(lines: list[Line], at: int, title: str) -> str | None:
    """The end of a title in sentence case whose line stopped on a word no title ends
    with ("... should be considered as a" over "matter of urgency"): the next line, when
    short, no sentence and no heading of its own; else None."""
    if not ends_unfinished(title) or at + 1 >= len(lines):
        return None
    below = _clean_title(lines[at + 1].text)
    if not below or len(below) > MAX_WRAPPED_CHARS or not below[:1].isalpha():
        return None
    if looks_like_sentence(below) or DECISION_WORD.match(below):
        return None
    if any(v(lines, at + 1, below) for v in NUMBERED_VARIANTS):
        return None
    return below


#: a word broken at the line's end by a hyphen: "ARRANGE-" (a dash has a space before it)
BROKEN_WORD = re.compile(r"[A-Za-z]-[*_ ]*$")
#: a dash closing the line, spaced from the word before it: "... CARROW –"
CLOSING_DASH = re.compile(r"\s(?P<dash>[–—-])[*_ ]*$")


def joined_title(title: str, line: str, below: str) -> str:
    """The title and its second line: a word the line's end broke with a hyphen
    ("INTERIM ARRANGE-" over "MENTS") is joined whole; a spaced dash closing the line
    ("... CARROW –" over "ESTATES ...") stays between them; else they join with a space."""
    if BROKEN_WORD.search(line.rstrip()) and below[:1].isalpha():
        return f"{title}{below}"
    dash = CLOSING_DASH.search(line.rstrip())
    if dash and not title.endswith(dash["dash"]):
        return f"{title} {dash['dash']} {below}"
    return f"{title} {below}"


def title_line(lines: list[Line], heading: MinuteHeading) -> int | None:
    """The line that prints the heading's title: its own, or the first line with text
    below a number printed alone ("3." over its title); None when neither holds it."""
    if heading.title in _clean_title(lines[heading.index].text):
        return heading.index
    for k in range(heading.index + 1, min(heading.index + 4, len(lines))):
        if lines[k].text.strip():
            return k if heading.title in _clean_title(lines[k].text) else None
    return None


#: "16/061": a session (or year) part, a slash and a serial
SLASHED = re.compile(r"(?P<session>\d{1,4})/(?P<serial>\d{1,5})")


def another_series(number: str | None, last: str | None) -> bool:
    """Whether a slashed number under minute `last` belongs to another series: the same
    session part with its serial zero-padded to another width ("16/0412" under "16/067").
    A parish minute lists planning applications so ("16/0412 – Rose Cottage: ...
    RESOLVED ..."); its minutes keep one width ("16/061" ... "16/070")."""
    now = SLASHED.fullmatch(number or "")
    then = SLASHED.fullmatch(last or "")
    if now is None or then is None or now["session"] != then["session"]:
        return False
    widths = len(now["serial"]), len(then["serial"])
    padded = now["serial"].startswith("0") or then["serial"].startswith("0")
    return padded and widths[0] != widths[1]


def _style_breaks(lines: list[Line], found: list[MinuteHeading], i: int) -> bool:
    """A line holding its number and title ("8 – Homes Strategy", a cell of a table of
    interests citing minute 8) after minutes that print each number alone on its line
    ("2." over "DECLARATIONS OF INTEREST"): one paper keeps one style, so it is no
    heading. Only the style of the two before is compared."""
    if len(found) < 2 or NUMBER_ALONE.match(lines[i].text.strip()):
        return False
    return all(NUMBER_ALONE.match(lines[h.index].text.strip()) for h in found[-2:])


def glued_heading(raw: str) -> re.Match[str] | None:
    """A bold heading glued to the minute's first sentence ("**17. Title**The Committee
    considered ..."): matched whatever the sentence's length, since only the bold part is
    the heading; None for any other line."""
    return BOLD_THEN_TEXT.match(raw) if raw.startswith("**") else None


#: Deepest indent read as a page's own margin (a converter that sets every line in)
MAX_MARGIN = 8
#: Share of a page's lines with text that may stand left of its margin (a running
#: header or footer the converter set at another indent)
OUTSIDE_MARGIN = 0.1


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" \t"))


def page_margin(lines: list[Line], start: int = 0) -> int:
    """The indent nearly every line with text shares: none on most pages; a few spaces
    when the converter set the whole page in ("    54. APOLOGIES" with the text under it
    at the same four spaces, a running header at two). Lines deeper than it are indented
    paragraphs, not headings."""
    indents = sorted(_indent(x.text) for x in lines[start:] if x.text.strip())
    if not indents:
        return 0
    margin = indents[int(len(indents) * OUTSIDE_MARGIN)]
    return margin if margin <= MAX_MARGIN else 0


#: Spaces before a line that never indent it: a converter's stray space before a heading
#: (" 1.  Present: ...") moves it off no margin
STRAY_INDENT = 1


def at_margin(text: str, margin: int) -> bool:
    """Whether a line starts at the page's margin (`page_margin`), not indented past it."""
    return _indent(text) <= max(margin, STRAY_INDENT)


def minute_headings(lines: list[Line], start: int = 0) -> list[MinuteHeading]:
    """The minute headings from `start` on, in printed order."""
    from .page_minute_numbers import page_minutes, with_repeated_item_numbers
    from .running_paragraphs import titles_over_running_paragraphs  # it reads titles here

    numbered = page_minutes(lines, start)
    if numbered:  # a meeting details page: "4 Title", its agenda text, then "180" alone
        return numbered
    titled = titles_over_running_paragraphs(lines, start)
    if titled:  # "Matters Arising" over "3. Mairi Stewart reported ...": paragraphs run on
        return titled
    from .declared_items import declared_item  # it imports MinuteHeading
    from .headed_articles import headed_articles  # it reads titles with this module's
    from .sub_minutes import LETTER_ONLY, sub_minute  # it reads titles with this module's

    articles = headed_articles(lines, start)
    if articles:  # "APOLOGIES" over "1.    Apologies were intimated ...": Scottish articles
        return articles
    from .minute_lost_numbers import list_margin, lost_number_headings

    lost = lost_number_headings(lines, start)
    if lost:  # "  1. Election of Chairman" ... "  1. Minutes": a web list's lost numbers
        return [MinuteHeading(i, "1", _clean_title(t), None, True, r) for i, t, r in lost]
    found: list[MinuteHeading] = []
    last: tuple[int, ...] | None = None  # where the last minute's number falls
    consumed = -1  # the last line of a title that wrapped ("- Reference" over "C/2015/04.")
    margin = max(page_margin(lines, start), list_margin(lines, start) or 0)
    for i in range(start, len(lines)):
        raw = lines[i].text.strip()
        if i <= consumed:
            continue
        glued = glued_heading(raw)
        head = glued["bold"] if glued else raw
        if raw and len(head) > MAX_HEADING_CHARS:  # a paragraph, or a run-in heading and its
            heading = long_run_in(lines, i, raw, last)  # paragraph on one line (a web page)
            if heading is not None:
                found.append(heading)
                last = order_key(heading.number or "") or last
            continue
        bracketed = raw[:1] == "(" and NUMBER_ALONE.match(raw) is not None  # "(27)" alone
        bracketed = bracketed or (raw[:1] == "(" and LETTER_ONLY.match(raw) is not None)
        if not raw or not (raw[0].isalnum() or raw[0] == "*" or bracketed):
            continue
        text = without_delegation_mark(head.replace("**", ""))  # "* AC/1  Title": delegated
        heading = next((h for v in NUMBERED_VARIANTS if (h := v(lines, i, text))), None)
        if heading is None and at_margin(lines[i].text, margin):
            heading = next(
                (
                    h
                    for v in UNCERTAIN_VARIANTS
                    if (h := v(lines, i, text))
                    and _continues(h.number, last)
                    and not _style_breaks(lines, found, i)
                    and not PAGE_NUMBER_PAPER_TITLE.match(text)
                ),
                None,
            )
        if heading is not None and found and another_series(heading.number, found[-1].number):
            heading = None  # "16/0412 – Rose Cottage": an application listed in the minute
        if heading is not None and declared_item(lines, heading, found[-1] if found else None):
            heading = None  # "Item 5: 3 Mill Road" under minute 131's declarations
        if heading is not None and closes_a_list(lines, i):
            heading = None  # "14 – Mill Close." after "12 – Land at ...;": a list's last
        sub = sub_minute(lines, i, text, found) if heading is None else None
        if sub is not None:  # "4.1 Depot Opening Hours" under "4. Report of ...": its own
            found.append(sub[0])  # minute; the numbering stays the group's ("5." next)
            consumed = sub[1]
            continue
        if heading is not None:
            heading = with_wrapped_title(lines, heading)
            if glued and not heading.run_on:  # "**5<TAB>Title**Tom Lavery presented ..."
                heading = replace(heading, run_on=glued["rest"])
            found.append(heading)
            last = order_key(heading.number or "") or last
            consumed = max(hanging_title_end(lines, i), i + heading.run_on_at)
    from .cited_unnumbered_tail import with_cited_unnumbered  # it imports MinuteHeading
    from .minute_procedural_headings import with_procedural  # it imports MinuteHeading
    from .minute_reply_tails import with_reply_tails  # it imports MinuteHeading
    from .minute_trailing_codes import with_trailing_codes  # it imports MinuteHeading
    from .numbering_scheme import with_scheme_headings  # it reads titles with this module's
    from .unnumbered_openers import with_unnumbered_openers  # it imports MinuteHeading

    found = with_scheme_headings(lines, start, found)
    found = with_trailing_codes(found)  # "3. DECLARATIONS - 16.11.132": the code numbers it
    found = with_repeated_item_numbers(lines, found)  # "2 Title" ... "2": the item's minute
    found = with_cited_unnumbered(lines, found, cited_unnumbered)  # an exempt item's summary
    found = with_unnumbered_openers(lines, start, found, spaced_unnumbered)  # before "2."
    found = with_procedural(lines, found)  # "SUSPENSION OF STANDING ORDERS" among numbers
    found = with_reply_tails(found)  # "24/44 Apologies for Absence: None": "None" is its text
    found = without_cited_earlier(found, order_key)  # "106", "98", "107": 98 is cited
    if found:
        return found
    from .minute_figures_alone import figures_over_titles  # it imports MinuteHeading

    figures = figures_over_titles(lines, start)
    if figures:  # "412" alone over "budget monitoring": a running number's column
        return figures
    from .subject_column_minutes import subject_column_headings

    subjects = subject_column_headings(lines, start)
    if subjects:  # "|Approve minutes |Proposed by ..., seconded by ... | |": a table
        return [MinuteHeading(i, None, t, None, True) for i, t in subjects]
    return _unnumbered_headings(lines, start)


#: The attendance block that opens minutes ("PRESENT:", "Members present:", "Apologies");
#: a bulleted "• Attendance" is a web page's menu of its tabs, not the block
ATTENDANCE_OPENING = re.compile(
    r"^(?![ \t]{0,8}[•·▪●])\W{0,4}"
    r"(?:(?:Members\s+)?present|attendance|in\s+attendance|apologies)\b",
    re.IGNORECASE,
)


def cited_unnumbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "Apologies for Absence" over "(Item 2)" alone on the next line with text: the
    citation says the line above heads the minute of that item, number or none."""
    raw = plain(lines[i].text)
    if not raw or len(raw) > MAX_HEADING_CHARS or ITEM_CITATION.fullmatch(raw.strip("*_ ")):
        return None
    below = _following_citation(lines, i)
    title = _clean_title(raw)
    if below is None or not looks_like_title(title):
        return None
    return MinuteHeading(i, None, title, below["code"], certain=True)


#: An attendance list's label in capitals with no colon, over the names one a line:
#: "OFFICERS PRESENT", "ALSO PRESENT", "OFFICERS IN ATTENDANCE" (a kind of person, then
#: the word that says they attended): it labels a list, it heads no minute
ATTENDANCE_CAPITALS = re.compile(
    # "MEMBERS" alone: a flattened roll's label under "PRESENT" ("MEMBERS Armstrong, E. ...")
    r"^(?:(?:[A-Z]{2,15}[ ]){0,2}(?:PRESENT|IN[ ]ATTENDANCE)|MEMBERS|COUNCILLORS)$"
)


#: "F13 BUDGET 2024/25": a title in capitals after its minute code (a committee's letter
#: or letters and the minute's number), the only heading the conversion left whole, so no
#: numbering vouches for it; the code is the minute's number, not a word of its title
CAPITALS_CODE = re.compile(r"^(?P<number>[A-Z]{1,4}\d{1,4})[ \t]+(?P<title>[A-Z][^a-z]{2,150})$")


def capitals_unnumbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "APOLOGIES FOR ABSENCE" alone on a line in capitals (bold lost in conversion; used
    only in minutes that number no heading and bold none); an attendance label ("OFFICERS
    PRESENT") is none."""
    title = _clean_title(lines[i].text)
    if not title.isupper() or SECTION_LABEL.match(title) or CAPITALS_NOT_HEADING.match(title):
        return None
    if ATTENDANCE_CAPITALS.match(title):
        return None
    if attendance_group_label(lines[i].text) or ATTENDANCE_LABEL.match(lines[i].text.strip()):
        return None
    if repeated_cell(lines, i):
        return None
    if lines[i].text[:1] in (" ", "\t") or not looks_like_title(title):
        return None
    coded = CAPITALS_CODE.match(title)
    if coded and looks_like_title(coded["title"]):  # "F13 BUDGET 2024/25": its code kept
        return MinuteHeading(i, coded["number"], coded["title"], None, certain=False)
    return MinuteHeading(i, None, title, None, certain=False)


#: a signature line: "Chair", "Signed ....", "Date:", "Signed ........ Chairman     Date
#: ........", "Chairman: ______  Date: ______" (the fields a signature fills in, their
#: labels and the dots or rules left blank, nothing else)
CLOSING_WORD = re.compile(
    r"^(?:(?:signed|signature|chair(?:man|person|woman)?|mayor|clerk|dated?|name|"
    r"print(?:ed)?\s+name|presiding\s+officer|by)\b[\s.:_…·-]{0,60}){1,6}$",
    re.IGNORECASE,
)
#: The field label a ModernGov "Agenda and minutes" page prints under an item's title
#: over the links to its papers ("Additional documents:"): never a minute's heading.
WEB_FIELD_LABEL = re.compile(r"^(?:Additional|Supporting)\s+documents\s*:$", re.IGNORECASE)
#: The label a ModernGov "Agenda and minutes" page prints after an item's agenda text,
#: over the minute itself ("Minutes:"): no heading of its own (and, unlike "Additional
#: documents:", the start of the minute's text: a decimal under it numbers a paragraph)
MINUTE_TEXT_LABEL = re.compile(r"^Minutes\s*:$", re.IGNORECASE)
#: The header of a ModernGov page's table of items ("No. Item"), its number column empty
#: when the minutes number nothing: every line under it is the items' (the standing item
#: "Apologies for Absence" too, which elsewhere opens the attendance block).
ITEMS_HEADER = re.compile(r"^No\.?\s{1,8}Item$", re.IGNORECASE)
#: An attendance block's label alone with its colon, the names below it: "In
#: Attendance:", "Also Present:", "Apologies:" (a minute's title has more words or no colon)
ATTENDANCE_LABEL = re.compile(
    r"^(?:(?:members\s+|also\s+|officers\s+)?present|(?:also\s+)?in\s+attendance|apologies"
    r"|attendance|officers"
    # "Non-Members also present:-", "Officials in attendance:": a group's own words first
    r"|(?:[\w'’-]{2,20}\s){1,3}(?:present|in\s+attendance))\s{0,2}:[-–]?$",
    re.IGNORECASE,
)
#: "Mrs C Dunn, Mr T Moss, Dr B Lowe": titled names parted by commas, a list's line
TITLED_LIST = re.compile(rf"^{TITLE}\s[^,]{{1,40}}(?:,\s{TITLE}\s[^,]{{1,40}}){{1,30}}$")
#: A field a minute labels inside its text: "Action:- Ann Reid", "Owner: Head of Finance";
#: a committee system's "Status: Noted" over an item's "Business:" and "Decision:"
FIELD_LINE = re.compile(
    r"^(?:actions?|owner|lead|responsible|by\s+whom|(?:decision\s+|item\s+)?status)\s*:",
    re.IGNORECASE,
)
#: The public's own business, a standing item ("Public Questions/ Statements", "Public
#: Participation"): a heading, though it opens with a part marker's word ("PUBLIC").
PUBLIC_BUSINESS = re.compile(
    r"^Public\s+(?:Questions?|Participation|Speaking|Forum|Statements?|Deputations?)\b",
    re.IGNORECASE,
)
DECISION_WORD = re.compile(r"^(?:resolved|agreed|recommended|decided|noted)\b", re.IGNORECASE)
#: A line wholly in one bracket: a note under a title ("(Report attached)"), no title
WHOLLY_BRACKETED = re.compile(r"^\([^()]{1,200}\)$")
#: Fewest plain headings that show minutes head their items so (one alone is a stray line)
MIN_PLAIN_HEADINGS = 2


def _blank(lines: list[Line], k: int) -> bool:
    return k < 0 or k >= len(lines) or not lines[k].text.strip()


def spaced_unnumbered(lines: list[Line], i: int, text: str) -> MinuteHeading | None:
    """ "Apologies for absence" in plain type on a line of its own, a blank line above and
    below (bold and capitals lost in conversion; used only in minutes that number, bold
    and capitalise no heading). A sentence, a decision, a sub-item "(i) ..." or a
    signature line is not."""
    return _plain_unnumbered(lines, i, spaced=True)


#: Titles a paper printed with no blank lines must show before any is read
MIN_DENSE_HEADINGS = 3
#: a line closing a sentence or a paragraph: a full stop, a bracket or a quotation's close
CLOSES_PARAGRAPH = re.compile(r"[.!?)\"”’]\s*$")


def dense_unnumbered(lines: list[Line], i: int) -> MinuteHeading | None:
    """ "Police Report" alone on its line between paragraphs, each a line ending in a full
    stop, in a web page's record printed with no blank lines (`dense_headings`): the
    paragraph above closed, a sentence under it; else None."""
    above = lines[i - 1].text.strip() if i > 0 else ""
    below = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    if not above or not below or not CLOSES_PARAGRAPH.search(above):
        return None
    if not below[:1].isupper() or not CLOSES_PARAGRAPH.search(below):
        return None
    return _plain_unnumbered(lines, i, spaced=False)


def dense_headings(lines: list[Line], first: int) -> list[MinuteHeading]:
    """The plain titles of a record printed with no blank line from `first` on
    (`dense_unnumbered`), when `MIN_DENSE_HEADINGS` or more stand so; else none."""
    end = next((k + 1 for k in range(len(lines) - 1, first - 1, -1) if lines[k].text.strip()), 0)
    if end - first < MIN_DENSE_HEADINGS * 2 or any(not x.text.strip() for x in lines[first:end]):
        return []
    found = [h for k in range(first, end) if (h := dense_unnumbered(lines, k))]
    return found if len(found) >= MIN_DENSE_HEADINGS else []


def _plain_unnumbered(lines: list[Line], i: int, spaced: bool) -> MinuteHeading | None:
    """A title in plain type on a line of its own (see `spaced_unnumbered`), a blank line
    above and below it when `spaced`."""
    raw = lines[i].text
    title = _clean_title(raw)
    if not title or raw[:1] in (" ", "\t") or "\t" in raw.strip():
        return None
    if WEB_FIELD_LABEL.match(raw.strip()) or FIELD_LINE.match(raw.strip()):
        return None  # "Additional documents:", "Action:- Ann Reid": a label, not a title
    if MINUTE_TEXT_LABEL.match(raw.strip()):
        return None  # "Minutes:" under an item's agenda text: the minute's label
    if ATTENDANCE_LABEL.match(raw.strip()) or labelled_names(raw):
        return None  # "In Attendance:", "Apologies: Cllr A Reid": the attendance block
    if member_for_body(raw):  # "Cllr Ann Reid – Wyke District Council": a member's line
        return None
    if initialled_name(raw):  # "S.J. Mallory": a roll's member, one a line
        return None
    if WHOLLY_BRACKETED.match(raw.strip()):  # "(Minutes attached)", "(Mill Ward)": a note
        return None
    if TITLED_LIST.match(raw.strip()):  # "Mrs C Dunn, Mr T Moss": an attendance list
        return None
    if PLURAL_TITLED_LIST.match(raw.strip()):  # "Councillors Bramble, Corrigan and Dufton"
        return None
    if listed_person(
        [line.text for line in lines[max(0, i - LEAD_REACH) : i + 1]], min(i, LEAD_REACH)
    ):
        return None  # "Kay Galway (Turning Point)" under the apologies: a person's line
    if chair_line(raw):  # "Councillor A Reid - in the Chair" after the election: no business
        return None
    if LEADS_ON.search(raw):  # "The Board resolved:-" over its decision: a lead-in
        return None
    if FOLLOWING_LEAD.search(raw):  # "The Chair reported the following matters:-"
        return None
    if spaced and not (_blank(lines, i - 1) and _blank(lines, i + 1)):
        return None
    if _wording_goes_on(lines, i):  # "To approve the minutes ..." / "To receive an update"
        return None
    if DECISION_WORD.match(title) or CLOSING_WORD.match(title) or REPLY_WORD.match(title):
        return None
    if SECTION_LABEL.match(title) and not PUBLIC_BUSINESS.match(title):
        return None
    title = _unstopped(lines, i, title)
    if not looks_like_title(title):
        return None
    return MinuteHeading(i, None, title, None, certain=False)


#: an agenda item's wording: "To approve the minutes ...", "To receive an update ..."
WORDING_START = re.compile(AGENDA_VERB)
#: Lines with text looked up for the wording above
WORDING_REACH = 1


def _wording_goes_on(lines: list[Line], i: int) -> bool:
    """Whether line `i` is an item's wording under another line of it ("To approve the
    minutes ..." over "To receive an update on ..."): the item's description going on
    under the title above, never a title of its own."""
    if WORDING_START.match(lines[i].text.strip()) is None:
        return False
    above = [ln.text.strip() for ln in reversed(lines[max(0, i - 4) : i]) if ln.text.strip()]
    return any(WORDING_START.match(text) for text in above[:WORDING_REACH])


#: a decision's verb closed by a colon (or ":-"), "The Board resolved:-": a lead-in to the
#: decision under it, no title ("Apologies for Absence:" is one)
LEADS_ON = re.compile(
    r"\b(?:resolved|agreed|decided|determined|recommended|noted|ordered)\s{0,2}:\s{0,2}[-–]?\s{0,4}$",
    re.IGNORECASE,
)
#: "... the following announcements:-", "The following were noted:", "Comments made
#: included:", "Points raised were as follows:": a lead-in to the list under it, no title
#: (a finite verb, in small letters, before the colon)
FOLLOWING_LEAD = re.compile(
    r"\bthe\s+following\b[^:]{0,80}:\s{0,2}[-–]?\s{0,4}$"
    r"|\s(?-i:included|includes|include|were|was|are|is)(?:\s+as\s+follows)?\s{0,2}:\s{0,2}[-–]?"
    r"\s{0,4}$",
    re.IGNORECASE,
)
#: a one-word answer a minute's text may be on a line of its own ("None.", "Noted.")
REPLY_WORD = re.compile(r"^(?:none|nil|n/a|noted|agreed|approved|received)\b", re.IGNORECASE)
#: Most words of a title printed with a closing full stop and not title-cased
MAX_STOPPED_WORDS = 3


def _unstopped(lines: list[Line], i: int, title: str) -> str:
    """A web page's title with the agenda's closing full stop ("Minutes.", "Urgent Items.",
    "To confirm the Minutes of the Meeting held on 4 May 2022.") without it, when what is
    left is a title: title-cased, a few words, or the agenda's wording ("To confirm ..."),
    not printed under a title (there it is the item's agenda text: "Election of Chair"
    over "To elect a Chair."); a sentence keeps its stop ("This was agreed.")."""
    if not title.endswith(".") or title.endswith(("..", "etc.")):
        return title
    bare = title[:-1].rstrip()
    words = WORD.findall(bare)
    if not words or not looks_like_title(bare):
        return title
    if any(w in FINITE_VERBS for w in words):  # "Apologies were received from ...": prose
        return title
    above = next((lines[k].text for k in range(i - 1, -1, -1) if lines[k].text.strip()), "")
    if (
        looks_like_title(_clean_title(above))
        and not above.rstrip().endswith(".")
        and not ITEMS_HEADER.match(above.strip())
    ):
        return title  # "Report of the Director ... attached." under its item's title: text
    if title_cased(words) or len(words) <= MAX_STOPPED_WORDS or agenda_wording(bare):
        return bare
    return title


#: Fewest characters of a paragraph that shows minutes began above an "Apologies" line
MIN_PARAGRAPH_CHARS = 100


def _minutes_before(lines: list[Line], start: int, opening: int) -> bool:
    """Whether an "Apologies" line follows a minute's prose ("The Chairman welcomed everyone
    to the meeting ..."): the minutes began above it (with a welcome), so it heads a minute
    and opens no attendance block. A "Present:" line always opens the block."""
    if not re.match(r"\W{0,4}apologies\b", lines[opening].text, re.IGNORECASE):
        return False
    for k in range(start, opening):
        text = lines[k].text.strip()
        if len(text) >= MIN_PARAGRAPH_CHARS and any(
            w in FINITE_VERBS and w not in AUXILIARIES for w in WORD.findall(text)
        ):
            return True
    return False


def _prompted_item(lines: list[Line], opening: int) -> bool:
    """Whether an "Apologies for Absence" line has its agenda's wording under it ("To
    receive any apologies for absence."), as a meeting page prints each item: it heads
    the first minute and opens no attendance block."""
    if not re.match(r"\W{0,4}apologies\b", lines[opening].text, re.IGNORECASE):
        return False
    below = next((k for k in range(opening + 1, len(lines)) if lines[k].text.strip()), None)
    if below is None:
        return False
    return agenda_wording(_clean_title(lines[below].text).rstrip(". "))


#: Blank lines between an item's title and its text at most (more: an item with no text)
EMPTY_ITEM_GAP = 3


def _without_text_lines(lines: list[Line], found: list[MinuteHeading]) -> list[MinuteHeading]:
    """The titles of a meeting page's items without a line standing right under another
    title (only blank lines between): that line is the minute's text ("The Board had
    before it the minute of ..." under the minute's title), not a title of its own."""
    kept: list[MinuteHeading] = []
    for heading in found:
        above = next((k for k in range(heading.index - 1, -1, -1) if lines[k].text.strip()), -1)
        # an item with no text at all ("Named Substitutes") stands further above the next
        # title: a page sets its item rows apart by more blank lines than a title's text
        empty_item = heading.index - above > EMPTY_ITEM_GAP
        if not (kept and kept[-1].index == above) or empty_item:
            kept.append(heading)
    return kept


def _capitals_run_in_headings(
    lines: list[Line], first: int, capitals: list[MinuteHeading]
) -> list[MinuteHeading]:
    """The minutes' labels in capitals run into their text (`unnumbered_capitals_run_in`), with the
    lines in capitals alone among them; none unless several lines are so labelled."""
    from .unnumbered_capitals_run_in import MIN_RUN_IN_LINES, capitals_run_in

    found: list[MinuteHeading] = []
    for k in range(first, len(lines)):
        raw = lines[k].text
        label = capitals_run_in(raw)
        if label is None or ATTENDANCE_CAPITALS.match(label[0]) or labelled_names(raw):
            continue
        if SECTION_LABEL.match(label[0]) or attendance_group_label(raw):
            continue
        found.append(MinuteHeading(k, None, label[0], None, certain=False, run_on=label[1]))
    if len(found) < MIN_RUN_IN_LINES:
        return []
    taken = {h.index for h in found}
    return sorted(found + [h for h in capitals if h.index not in taken], key=lambda h: h.index)


def _linked_headings(lines: list[Line], first: int) -> list[MinuteHeading]:
    """A meeting page's titles closed by their report's link label ("Declarations of
    Interest pdf icon PDF 143 KB"), where no other unnumbered heading is read."""
    from .minute_linked_titles import linked_titles  # it reads the agenda's link labels

    return [
        MinuteHeading(k, None, _clean_title(t), None, True) for k, t in linked_titles(lines, first)
    ]


def _unnumbered_headings(lines: list[Line], start: int) -> list[MinuteHeading]:
    """Titles over their item's citation ("Apologies" over "(Item 2)") after the
    attendance block (or under a web page's "No. Item" header), else bold lines of
    their own there, else lines in capitals. With no attendance block (nor items header,
    which vouches for the lines under it), a bold line in capitals only is the paper's
    title or body ("**BRANTHAM POLICE AUTHORITY**"), not a minute, and lines in capitals
    are not read."""
    opening = next(
        (k for k in range(start, len(lines)) if ATTENDANCE_OPENING.match(lines[k].text)), None
    )
    prompted = opening is not None and _prompted_item(lines, opening)
    begun = opening is not None and (prompted or _minutes_before(lines, start, opening))
    first = start if opening is None else opening + 1
    if prompted and opening is not None:  # "Apologies for Absence" over its agenda wording:
        first, opening = opening, None  # the first minute, the minutes begin at it
    elif begun:  # "Apologies for Absence" under a minute's paragraph: a minute itself, and
        first, opening = start, None  # the minutes begin at the top (their first title
        # above the prose)
    head = first if opening is not None else len(lines)  # the header tops the items
    table = next((k for k in range(start, head) if ITEMS_HEADER.match(lines[k].text.strip())), None)
    fields = page_fields_end(lines, start) if table is None and opening is None else None
    if fields is not None:  # "Venue:" and "Contact:" over a meeting page's items (their
        table = fields  # numbers lost): they vouch for the lines under them too
    if table is not None:  # "No. Item": the web page's items start under it, apologies too
        first = table + 1
    cited = [h for k in range(first, len(lines)) if (h := cited_unnumbered(lines, k, ""))]
    if cited:
        return cited
    found = [h for k in range(first, len(lines)) if (h := bold_unnumbered(lines, k, ""))]
    if opening is None and table is None and not begun:
        return [h for h in found if not h.title.isupper()] or _linked_headings(lines, first)
    if found:
        return found
    capitals = [h for k in range(first, len(lines)) if (h := capitals_unnumbered(lines, k, ""))]
    run_in = _capitals_run_in_headings(lines, first, capitals)
    if run_in:  # "WELCOME: The Chair welcomed ...": labels in capitals run into their text
        return run_in
    if capitals and table is not None:
        # a meeting page prints each item's title as its author typed it, "MINUTES" over
        # "Appointment of Sub-Committee Chair": its spaced titles, the capitals among them
        spaced = [h for k in range(first, len(lines)) if (h := spaced_unnumbered(lines, k, ""))]
        spaced = _without_text_lines(lines, spaced)
        if {h.index for h in capitals} < {h.index for h in spaced}:
            return spaced
    if capitals:
        return capitals
    from .titled_paragraphs import titles_over_numbered_paragraphs  # it reads titles here

    titled = titles_over_numbered_paragraphs(lines, first)
    if titled:  # "Declarations of Interest" over "37. In accordance with ...": its number
        return titled
    roll = spaced_roll_lines(lines)  # "Present:" over "Ann Reid", "Ben Moss": no titles
    plain_ones = [
        h
        for k in range(first, len(lines))
        if k not in roll and (h := spaced_unnumbered(lines, k, ""))
    ]
    if table is not None:  # a meeting page's items (fields or "No. Item" over them)
        plain_ones = _without_text_lines(lines, plain_ones)
    if len(plain_ones) < MIN_PLAIN_HEADINGS:
        return dense_headings(lines, first) or _linked_headings(lines, first)
    last = plain_ones[-1].index  # nothing under the last: the paper was cut in a title
    if not any(lines[k].text.strip() for k in range(last + 1, len(lines))):
        return plain_ones[:-1]
    return plain_ones
