"""Agenda items as UK meeting agendas print them, whichever template made the agenda.

An item is a line that opens with its code and carries a title: "1. Apologies for
Absence", "1 Apologies", "B1 Neighbourhood Policing Review (Pages 11 - 16)", "Item 4:
Minutes", "4.1 Budget Monitoring", a converted list ("- 2 Apologies"), a table row
("3<TAB>Declarations of Interest<TAB>5 - 12") or a line wholly in bold. One small function
per form returns None when the line is not in that form.

A code and a few words are also how an address ("25 High Street"), a date ("12 January
2020") or a numbered paragraph of the notice starts, so a candidate is an item only when
its title reads as a title (not a sentence) and it keeps the agenda's numbering: the
first item of a numbering (or of a lettered section) is its 1, and every later one
numbers higher than the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..markup import TAGS
from ..vocabulary import MONTHS
from .agenda_dash_descriptions import without_dash_description
from .agenda_html_cells import html_row_cells
from .agenda_link_labels import without_link_label, without_link_note
from .agenda_minute_references import without_minute_reference
from .agenda_title_notes import without_title_notes
from .text import plain

#: "(Pages 11 - 16)", "(Pages 5 to 6)", "(Page 5)", "(pp. 3-9)", "(pp 3)" (older agendas
#: drop the stop), and
#: with what the paper is for after the range: "(Pages 5-7 for approval)", "(Pages 9-12
#: for information only)"
PAGES_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:Pages?|pp\.?|p\.)\s*(?P<pages>\d{1,4}(?:\s*(?:[-–]|to)\s*\d{1,4})?)"
    r"(?:\s+(?:for|to\s+follow)\b[a-z ]{0,30})?\s*\)\s*$",
    re.I,
)
#: a pack that numbers each item's pages from the item's number, in brackets after the
#: title: "Work Programme (Item 5.1 – 5.3).", "(Items 6.1 - 6.8)"
PAGES_OF_ITEM = re.compile(
    r"\s*\(\s*Items?\s{1,3}(?P<pages>\d{1,3}\.\d{1,3}\s{0,3}[-–]\s{0,3}\d{1,3}\.\d{1,3})"
    r"\s{0,3}\)\.?\s*$"
)
#: a page range after a tab at the end of a table row: "<TAB>5 - 12"
PAGES_AFTER_TAB = re.compile(r"\t+\s*(?P<pages>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\s*$")
#: a page range at the right of the line, after a wide gap as a page column prints it:
#: "Minutes of the meeting held on 8 December 2015            1 - 8" (a lone number has at
#: most three digits: a title's year is no page)
PAGES_AFTER_GAP = re.compile(r"[ ]{3,}(?P<pages>\d{1,4}\s*[-–]\s*\d{1,4}|\d{1,3})\s*$")
#: the word "Pages" without brackets in a page column at the right, after a wide gap or a
#: tab: "Minutes of the Meeting held on 5 December 2014            Pages 3 - 8"
PAGES_WORD_AFTER_GAP = re.compile(
    r"(?:[ ]{3}|\t)[ \t]*(?:Pages?|pp?\.)[ ]?(?P<pages>\d{1,4}(?:[ ]?[-–][ ]?\d{1,4})?)[ ]*$",
    re.IGNORECASE,
)
#: "Pages 61 - 74" pressed against a long title by one space, the page column too narrow
#: for the gap ("... Contract - Extension Options Pages 61 - 74"): the plural word and a
#: range, capitalised, close the line (a title never ends so)
PAGES_WORD_PRESSED = re.compile(r"[ ]Pages[ ](?P<pages>\d{1,4}[ ]?[-–][ ]?\d{1,4})[ ]*$")
#: dot leaders to a page number, as a contents list prints them: "Minutes ........ 1 - 6"
PAGES_AFTER_LEADER = re.compile(r"\s*(?:\.\s?){3,}\s*(?P<pages>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?\s*$")
#: a page reference the right-hand column broke over two lines, its first half ending the
#: title's line after a wide gap: "MINUTES          (Pages 3 -" over "            12)", or
#: after one space when its dash shows it broke ("... Progress Update (Pages 53 -" / "70)");
#: the range is left unread (its end is on the next line), the title is freed of it
PAGES_BROKEN = re.compile(
    r"(?:[ ]{3,}|\t)[ \t]*\((?:Pages?|pp?\.)[ ]?\d{1,4}(?:[ ]?[-–])?[ ]*(?P<pages>)$"
    r"|[ ]\((?:Pages?|pp?\.)[ ]?\d{1,4}[ ]?[-–][ ]*$"
    # the range whole, the bracket's close and its note on the next line: "(Pages 17-22"
    r"|[ ]\(Pages[ ]?\d{1,4}[ ]?[-–][ ]?\d{1,4}[ ]*$"
)
#: the last line of a title in capitals pressed between the halves of its page range when
#: the columns were flattened: "ARRANGEMENTS FOR A REMOTE (Pages 1 HEARING - 4)"
PAGES_AROUND_WRAP = re.compile(
    r"\s*\(Pages?\s(?P<first>\d{1,4})\s(?P<words>[A-Z][A-Z'’&,/ -]{1,80}?)\s[-–]\s"
    r"(?P<last>\d{1,4})\)\s*$"
)
#: a web agenda's link to the item's file at the title's end, its label kept by the text
#: conversion: "pdf icon PDF 116 KB" (ModernGov), "PDF 1.2 MB", "[PDF, 250KB]", "(71Kb)";
#: a size alone needs its brackets (a title may end "to 30 Mb")
FILE_LINK = re.compile(
    r"\s+(?:(?:pdf\s+icon\s+)?[(\[]?(?:PDF|DOCX?|XLSX?|Word)[,:]?\s?\d{1,5}(?:\.\d{1,2})?"
    r"\s?[KM]B[)\]]?|[(\[]\d{1,5}(?:\.\d{1,2})?\s?[KM]B[)\]])\s*$",
    re.IGNORECASE,
)
#: a note after a title that its paper is attached or comes later, as older agendas print
#: it: "(copy attached)", "(report attached).", "(to follow)", "(enclosed)", "(Enclosed
#: where available)", "(Copies attached)", "(Correspondence attached)", "(To be tabled)",
#: with the colon of an item that lists its papers below ("Minutes (enclosed):"): like a
#: page range, no part of the title. The papers may be named in a few words and their page
#: given, after an item's closing semicolon: "; (guidance and flow chart attached – page
#: 3)", "; (schedule attached page 11)"
ENCLOSURE_NOTE = re.compile(
    r"\s*;?\s*\((?:[A-Za-z]{3,16}\s+){0,4}?"
    r"(?:attached|enclosed|herewith|to\s+follow|circulated|previously\s+circulated"
    r"|(?:to\s+be\s+)?tabled)"
    r"(?:\s+(?:where\s+available|separately|herewith)|\s*[–-]?\s*pages?\s+\d{1,4})?\)"
    r"[.:;]?\s*$"
    # unbracketed after the minutes' date: "Minutes of the meeting held on 23rd April 2013
    # attached."
    r"|(?<=\d{4})\s+(?:attached|enclosed|herewith|to\s+follow)\.?\s*$",
    re.IGNORECASE,
)
#: who brings the paper that a note says is attached, after the title and a dash:
#: "Planning Enforcement – Report of the Chief Executive (attached)." (without the note,
#: "- Report of the ..." may be part of a title, and is kept); the officer's service may
#: close it in brackets: "- report by Head of Education (Development) (herewith)."
REPORTER_BEFORE_NOTE = re.compile(
    r"\s[-–]\s(?:joint\s)?report\s(?:of|by|from)\s[^–()]{3,80}(?:\s\([^()]{2,40}\))?$",
    re.IGNORECASE,
)
#: a web index's mark after a title in capitals that the item is taken in private: "...
#: MERSEY VALLEY - Exempt", in mixed case where the title is in capitals (a title that
#: ends "- EXEMPT BUSINESS" in its own capitals is no mark)
PRIVATE_MARK = re.compile(r"\s[-–]\s(?:Exempt|Confidential|Private)\s*$")
#: a page cell holding only a dash: the item has no pages ("1<TAB>Apologies<TAB>-")
EMPTY_PAGES_CELL = re.compile(r"\t+\s*[-–—]?\s*$")
#: Characters at a line's end searched for its page range
PAGES_TAIL = 120
#: what marks a line of a converted list: "- ", "• ", "· "
BULLET = re.compile(r"^[-•·*]\s+")
#: "B1", "12", "4.1", "5a", followed by "." or ")" or ":" (a web page's list may print
#: "1 . Prayers") and then the title; a converter may double a sub-item's stop ("6..1");
#: an item numbered through the year, as its minute will be, is "23/26 Apologies"; a
#: board's committee minutes may sit a level deeper ("10.1.1 Audit Committee: 25 June")
CODED = re.compile(
    # "2A - Resolutions": a web page's part lettered in capitals after its number
    r"^(?P<code>[A-Z]?\d{1,2}(?:\.{1,2}\d{1,2}(?:\.\d{1,2})?)?(?:[a-z]|[A-Z](?![A-Za-z]))?"
    r"|\d{1,3}/\d{2}(?=[ \t])"
    # "C07/08.38": a council's letter, the session's years and the running number
    r"|[A-Z]{0,2}\d{2}/\d{2}\.\d{1,3}(?=[ \t])"
    # "31.001": a parish's year and its running number in three figures
    r"|\d{2}\.\d{3}(?=[ \t]))"
    r"(?:[ ]?[.):]|\s*[-–])?[ \t]+(?P<title>\S.*)$"
)
#: "Item 4: Minutes", "Item No. 4 - Minutes", "Agenda item 4 Minutes"
ITEM_WORD = re.compile(
    r"^(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(?P<code>[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?)"
    r"\s*[.:–-]?\s+(?P<title>\S.*)$",
    re.IGNORECASE,
)
#: a date opening the text: a month, perhaps glued to its year ("19 September2018"), or a
#: month's short name and a year ("Dec 2021 - 11:30 to 13:00", a web page's date line
#: under "1": no item 1)
STARTS_WITH_MONTH = re.compile(
    rf"^(?:(?:{MONTHS})(?![^\W\d_])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s\d{{4}}\b)",
    re.IGNORECASE,
)
#: Words a title does not end with (a sentence broken across lines does)
OPEN_ENDINGS = frozenset({"and", "or", "of", "the", "to", "for", "a", "an", "in", "on", "with"})
#: a scrutiny item's "Calling In" (a decision called in for review): the "In" closes it
CALL_IN_END = re.compile(r"\b(?:Call|Calling|Called)[ -]In$")
TITLE_MAX_WORDS = 24
#: Most words of a title in the agenda's wording ("To receive the report of the meetings
#: of the Planning Committee held on 29 January, 10 February and 3 June 2020"): the
#: dates and bodies it names make it long
INSTRUCTION_MAX_WORDS = 40
#: Words outside brackets past which a title ending with a full stop is a sentence
SENTENCE_WORDS = 12
#: an item phrased as what the meeting is to do, as parish agendas print them: "To approve
#: the minutes of the meeting held on 7th January 2026.", "Planning: to consider ...",
#: "Minutes – to confirm the minutes of ..."
INSTRUCTION = re.compile(
    r"^(?:[^.:;–]{1,60}(?::|\s[-–])\s+)?to\s+[a-z]{2,20}\b"
    # "Items brought forward which, in the opinion of the Chairman, should be considered by
    # the meeting as a matter of urgency.": the urgent business formula, a sentence too
    r"|^(?:any\s+)?items?\s+(?:of\s+business\s+)?(?:brought\s+forward|which)\b"
    # "Minutes of the Council held on 27th May 2015 to be agreed as a correct record.": the
    # minutes' instruction in the passive
    r"|^(?:the\s+)?minutes\s+of\b[^.]{1,200}?\sto\s+be\s+(?:agreed|confirmed|approved|signed)\b",
    re.IGNORECASE,
)
#: Most words of a title before an aside in brackets that closes it
ASIDE_AFTER_WORDS = 6
#: a title of figures alone: a page range or a page number, never an item's title
FIGURES_ONLY = re.compile(r"[\d\s.,–—-]+")
#: an aside in brackets: "(for information only; no decisions may be taken)"
BRACKETED = re.compile(r"\([^()]{0,200}\)")


@dataclass(frozen=True)
class ItemLine:
    code: str
    title: str
    pages: str | None
    #: which cell of a table row holds the title (None when the line is no table row)
    cell: int | None = None


def without_file_link(text: str, tail: int) -> str:
    """The text without a web agenda's file link label at its end (searched from `tail`)."""
    link = FILE_LINK.search(text, min(tail, len(text)))
    return text[: link.start()] if link else text


def without_private_mark(text: str) -> str:
    """The title without a mark in mixed case that its item is private ("FUND REVIEW -
    Exempt"), when the title before it is in capitals; else the text as it is."""
    mark = PRIVATE_MARK.search(text, max(0, len(text) - 20))
    if mark is None or not text[: mark.start()].isupper():
        return text
    return text[: mark.start()]


def _pages(text: str) -> tuple[str, str | None]:
    """The text without its page range (and a web agenda's file link label), and the range
    ("11 - 16") if printed."""
    tail = max(0, len(text) - PAGES_TAIL)  # a page range ends the line: search only there
    text = without_file_link(text, tail)  # "Minutes pdf icon PDF 116 KB"
    note = ENCLOSURE_NOTE.search(text, tail)  # "Budget 2013/14 (report attached)."
    text = text[: note.start()] if note else text
    reporter = REPORTER_BEFORE_NOTE.search(text, tail) if note else None
    text = text[: reporter.start()] if reporter else text  # "... – Report of the Clerk"
    text = without_private_mark(text)
    text = without_minute_reference(text)  # "Car Park Charges (Min 212 4.3.05)"
    text = without_dash_description(text)  # "CHAIRMAN - To elect a Chairman ..."
    around = PAGES_AROUND_WRAP.search(text, tail)  # "... REMOTE (Pages 1 HEARING - 4)"
    if around is not None and text[: around.start()].isupper():
        title = f"{text[: around.start()].rstrip()} {around['words'].strip()}"
        return title, f"{around['first']} - {around['last']}"
    for pattern in (
        PAGES_IN_BRACKETS,
        PAGES_OF_ITEM,
        PAGES_WORD_AFTER_GAP,
        PAGES_AFTER_TAB,
        PAGES_AFTER_LEADER,
        PAGES_AFTER_GAP,
        PAGES_BROKEN,
        PAGES_WORD_PRESSED,
    ):
        match = pattern.search(text, tail)
        if match:
            pages = _page_range(match["pages"]) if match["pages"] else None
            return without_file_link(text[: match.start()], tail).rstrip(), pages
    empty = EMPTY_PAGES_CELL.search(text, tail)
    return (text[: empty.start()].rstrip() if empty else text), None


def reads_as_title(title: str) -> bool:
    """A title, not a sentence, a date or a scrap: a capital (or a digit) first, few words,
    no full stop after a long run of words, no word that leaves it open."""
    words = title.split()
    instruction = INSTRUCTION.match(title) is not None  # "To approve ...": the agenda's wording
    # an aside in brackets after a short title, closing it, is no part of its length
    # ("Members' Interests (To remind Members of the need to declare ...).")
    head = title.split("(", 1)[0].split()
    aside = title.rstrip(" .").endswith(")") and len(head) <= ASIDE_AFTER_WORDS
    counted = len(BRACKETED.sub("", title).split()) if aside else len(words)
    if not words or counted > (INSTRUCTION_MAX_WORDS if instruction else TITLE_MAX_WORDS):
        return False
    if FIGURES_ONLY.fullmatch(title):
        return False  # "5 - 10" cut off a flattened agenda: a page range, "5" no item's code
    first = title.lstrip("‘“'\"")[:1]  # "‘Freedom of Hexham’": a title in quotes
    if not (first.isupper() or first.isdigit()) or STARTS_WITH_MONTH.match(title):
        return False
    long = len(BRACKETED.sub("", title).split()) > SENTENCE_WORDS
    if title.endswith(".") and long and not instruction:
        return False
    if instruction and title.endswith(":"):  # "To confirm the minutes of the meetings held
        return True  # on:" over the lettered dates it lists: the colon closes it
    if instruction and title.endswith(";") and not long:  # "(1) To receive apologies;": a
        return True  # clause of the agenda's one sentence, its items parted by semicolons
    if CALL_IN_END.search(title):
        return True  # "Decisions Called In"
    return words[-1].lower().strip(",;:") not in OPEN_ENDINGS and not title.endswith((",", ";"))


def coded_line(text: str) -> ItemLine | None:
    """'1. Apologies', 'B1 Review (Pages 11 - 16)', '4.1 Budget', '3<TAB>Minutes<TAB>5 - 12'."""
    match = CODED.match(text)
    if match is None:
        return None
    title, pages = _pages(without_link_note(match["title"]))
    title = without_link_label(plain(title.replace("\t", " ")))  # "icon Budget [66Kb]"
    title = without_title_notes(title)  # "Accounts [list enclosed]", "Bowls. Minute 8 refers."
    return ItemLine(match["code"], title, pages) if reads_as_title(title) else None


def item_word_line(text: str) -> ItemLine | None:
    """'Item 4: Minutes of the last meeting', 'Agenda Item No. 5 - Budget'."""
    if text[:1] not in "IiAa":
        return None
    match = ITEM_WORD.match(text)
    if match is None:
        return None
    title, pages = _pages(match["title"])
    title = plain(title.replace("\t", " "))
    return ItemLine(match["code"].upper(), title, pages) if reads_as_title(title) else None


#: "A.<TAB>Apologies for absence.", "B) Minutes": an item lettered, not numbered, as older
#: notices print their business (the letters run A, B, C; see `Numbering`)
LETTERED = re.compile(r"^(?P<code>[A-Z])[.)][ \t]+(?P<title>\S.*)$")
#: "K. Oakenshaw<TAB>Fossmouth", "J. Smith (Chair)": an initial and a surname, not item K
INITIAL_AND_NAME = re.compile(r"^[A-Z][a-z'’]{1,20}(?:-[A-Z][a-z]{1,20})?(?:\s*[(,\t]|$)")


#: "B MINUTES", "C DECLARATION OF INTERESTS": a letter and a gap, then a title in capitals
#: (the preliminaries lettered before the numbered business, with no stop after the letter)
LETTERED_CAPITALS = re.compile(r"^(?P<code>[A-Z])[ \t]+(?P<title>[A-Z][A-Z0-9 ,&'’/()-]{3,150})$")


def lettered_line(text: str) -> ItemLine | None:
    """'A.<TAB>Apologies for absence.': a lettered item; a person's initial before a
    surname ("K. Oakenshaw") is no letter. "B MINUTES": a letter with no stop before a
    title in capitals."""
    if not text[:1].isupper():
        return None
    if text[1:2] not in ".)":
        capitals = LETTERED_CAPITALS.match(text)
        if capitals is None or not any(len(w) > 3 for w in capitals["title"].split()):
            return None
        return ItemLine(capitals["code"], capitals["title"].strip(), None)
    match = LETTERED.match(text)
    if match is None or INITIAL_AND_NAME.match(match["title"]):
        return None
    title, pages = _pages(match["title"])
    title = plain(title.replace("\t", " ")).rstrip(" .:")
    return ItemLine(match["code"], title, pages) if reads_as_title(title) else None


#: the cells of a flattened table row: tabs, or " | " between cells
PIPE = re.compile(r"\|")
#: a time cell before the item's number in a timed agenda: "10.00", "14:30", "2.15pm"
TIME_CELL = re.compile(r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
#: an item's number alone in its cell: "1", "B2", "4.1", "5a", "3."; or a parish's
#: running reference with its year, "P001/24" (the item carried on below: "P008/24contd")
RUNNING_REFERENCE = r"[A-Z]{1,3}\d{1,4}/\d\d(?:\d\d)?(?:\s?cont(?:'?d|inued)\.?)?"
CODE_CELL = re.compile(r"(?P<code>[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?|" + RUNNING_REFERENCE + r")\.?")
#: a row whose last cells the conversion lost with their bars: "P005/24 | To determine
#: ...": a running reference and one bar, the title after it; or "2 | SCHOOL TRANSPORT", a
#: number's cell and the title's, the closing bar gone with the table's border (table_bars)
LONE_BAR_ROW = re.compile(
    r"^(?P<code>"
    + RUNNING_REFERENCE
    + r"|\d{1,2}(?:\.\d{1,2})?[a-z]?)\.?\s?\|(?P<title>[^|]{3,400})$"
)
#: "(a) | Report by ...": a sub-item's mark in its cell and its title in the next
BORDERED_SUB_ROW = re.compile(r"^(?P<mark>\(?[a-z]{1,4}\))\s?\|\s?(?P<title>[^|]{3,400})$")
#: Cells a table row is read in at most (a wider line is no agenda row)
MAX_CELLS = 8


def cells(text: str) -> list[str] | None:
    """The cells of a flattened table row, stripped, or None when the line is no row: cells
    are split by tabs, or by pipes when the line has two or more."""
    if "\t" in text:
        found = text.split("\t")
    elif text.count("|") >= 2:
        found = PIPE.split(text)
    else:
        return None
    return [cell.strip() for cell in found] if len(found) <= MAX_CELLS else None


def table_row(text: str) -> ItemLine | None:
    """A table row 'number | title | ...', perhaps after a time cell ('10.25<TAB>5<TAB>
    Title<TAB>13'): only the cell after the number is the title; a later cell holding a
    page range gives the pages (a lead officer's or a purpose cell is neither)."""
    row = cells(text)
    lone_bar = LONE_BAR_ROW.match(text.strip()) if row is None else None
    if lone_bar is not None:
        row = [lone_bar["code"], lone_bar["title"].strip()]
    if row is None or len(row) < 2:
        return None
    at = 1 if len(row) > 2 and TIME_CELL.fullmatch(row[0]) and CODE_CELL.fullmatch(row[1]) else 0
    code = CODE_CELL.fullmatch(row[at])
    if code is None or at + 1 >= len(row) or not row[at + 1]:
        return None
    title, pages = _pages(row[at + 1])
    title = without_title_notes(plain(title))  # "... (This item has been called in ...)"
    pages = pages or next((_page_range(c) for c in row[at + 2 :] if PAGE_CELL.fullmatch(c)), None)
    return ItemLine(code["code"], title, pages, at + 1) if reads_as_title(title) else None


def timed_break(text: str) -> bool:
    """A timed agenda's row with a time but an empty number cell ("12.00<TAB><TAB>Comfort
    break"): a break in the meeting, no item (its time would read as a code)."""
    row = cells(text) if "\t" in text else None
    return row is not None and len(row) > 2 and not row[1] and bool(TIME_CELL.fullmatch(row[0]))


def _page_range(cell: str) -> str:
    """'5-12' -> '5 - 12'."""
    return re.sub(r"\s*[-–]\s*", " - ", cell)


#: an item's code alone on its line ("1.", "4.1", "39/20", "1. |", a sub-item's "5a" or "8.a)"), its
#: title on the next line that is not blank, as agendas saved from a council's web pages
#: print their items;
#: or the word and the number alone ("AGENDA ITEM 4", "Item No. 4"), the title in capitals
#: below, as some unitary councils' agendas head each item
CODE_ALONE = re.compile(
    r"(?P<code>\d{1,2}\.|\d{1,2}\.\d{1,2}\.?|\d{1,2}[a-z]\.?|\d{2}\.\d{3}|\d{1,3}/\d{2})[ ]?\|?|"
    # "8.a)", "8a)", "8(a)": a web page's lettered sub-item
    r"(?P<lettered>\d{1,2})[.(]?(?P<letter>[a-z])\)|"
    r"(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<worded>[A-Z]?\d{1,2}[a-z]?)[.:]?",
    re.IGNORECASE,
)
#: Lines at most between a code alone and its title (the blank ones a web page leaves)
CODE_TITLE_GAP = 2


def code_alone(text: str) -> str | None:
    """The code of a line that prints only an item's code ("3.", "40/20", "AGENDA ITEM
    3"), or None."""
    match = CODE_ALONE.fullmatch(text.strip()) if len(text) < 24 else None
    if match is None:
        return None
    if match["lettered"]:
        return f"{match['lettered']}{match['letter']}"
    return match["worded"].upper() if match["worded"] else match["code"].rstrip(".")


def code_over_title(code: str, below: str) -> ItemLine | None:
    """The item whose code stood alone on the line above and whose title is `below`
    ("Apologies for Absence", "Minutes of Previous Meeting (Pages 1 - 18)"), or None when
    `below` is no title (a sentence, another code)."""
    text = below.strip().rstrip("|").strip()
    if not text[:1].isalnum() or code_alone(text) is not None:
        return None
    title, pages = _pages(text)
    title = plain(title.replace("\t", " "))
    return ItemLine(code, title, pages) if reads_as_title(title) else None


LINE_FORMS = (item_word_line, table_row, coded_line, lettered_line)


def item_line(raw: str) -> ItemLine | None:
    """The item a line prints, in whichever form it is, or None."""
    text = BULLET.sub("", raw.strip())
    if text.startswith("|"):  # a converted table's row opens with a pipe: "| 01 | Minutes |"
        text = text[1:].strip()
    if text.startswith("<"):  # a table row of HTML cells: "<p>3</p><TAB><p>Minutes</p>"
        text = html_row_cells(text) or TAGS.sub("", text).strip()
    if text.startswith("**"):  # a line wholly in bold: "**1. Apologies**"
        text = text.replace("**", "").strip()
    if not text[:1].isalnum() or timed_break(text):
        return None
    for form in LINE_FORMS:
        found = form(text)
        if found is not None:
            return found
    return None


#: how an agenda describes an item under its title: who reports, what Members are to do
DESCRIPTION = re.compile(
    r"(?:(?:joint\s+)?report|presentation|briefing|verbal|oral|to\s+(?:receive|consider|"
    r"note|agree|approve|resolve|confirm)|presented\s+by)\b|\(",
    re.IGNORECASE,
)
#: a labelled fact printed under an item's title, as planning agendas list each application's
#: "Ward:", "Proposal:", "Recommendation:", "Lead officer:"
ITEM_FIELD = re.compile(r"[A-Z][a-z]{1,15}(?: [a-z]{1,15})?:\s")
#: a page cell alone: "41", "5 - 12" (a title's years are four digits: "2024-2034")
PAGE_CELL = re.compile(r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?")


def wrapped_title(raw: str, row: str, cell: int | None) -> tuple[str, str | None] | None:
    """The rest of a table row's title printed on the next line in the title's column
    (the row's other cells may wrap beside it), and its page cell if any, or None: `row` must
    be a row of three cells or more (code, title, page: an item with its description
    indented under it has two), the cells before the title's empty, and the title's cell
    no page number and no sentence."""
    above, below = cells(row.strip()), cells(raw.rstrip())
    if cell is None or above is None or below is None or len(above) < 3:
        return None
    if len(below) <= cell or any(below[:cell]):
        return None
    text = below[cell]
    if not text or PAGE_CELL.fullmatch(text) or text.endswith("."):
        return None
    if above[cell].isupper() and not text.isupper():  # "LAND AT ..." / "Outline planning ..."
        return None  # a title in capitals goes on in capitals: this is its description
    if DESCRIPTION.match(text):  # "Report of the Commissioner", "Presented by ...": who brings it
        return None
    if ITEM_FIELD.match(text):  # "Ward: Bruce Grove", "Proposal: ...": a fact about the item
        return None
    page = next((c for c in below[cell + 1 :] if PAGE_CELL.fullmatch(c)), None)
    return plain(text).strip(), _page_range(page) if page else None


#: Words at most in a title's second line printed under a page column's row
CONTINUATION_WORDS = 8


def title_past_pages(raw: str, item: ItemLine) -> str | None:
    """The end of a title that wrapped onto an indented line of its own after its row
    printed the pages at the right ("7.  A614 Bypass – Approval to Award    61 - 74" /
    "    Construction Contract"), or None: the line is in title case, short, no label, no
    sentence and no description ("Report of ...")."""
    text = raw.strip()
    if item.pages is None or item.cell is not None or not raw[:1].isspace() or not text:
        return None
    words = text.split()
    if len(words) > CONTINUATION_WORDS or ":" in text or text.endswith((".", ",", ";")):
        return None
    if DESCRIPTION.match(text) or not all(_title_word(w) for w in words if len(w) >= 4):
        return None
    if words[0] in CONNECTIVES:  # "of the Monitoring Officer": its longer words capitalised
        return plain(text) if any(len(w) >= 4 for w in words) else None
    return plain(text) if _title_word(text) else None


def capitals_go_on(raw: str, item: ItemLine) -> str | None:
    """The end of a title in capitals wrapped onto the indented line under it ("6.<TAB>
    COMPLAINTS RECEIVED UNDER THE POLICE REFORM AND SOCIAL" / "<TAB>RESPONSIBILITY ACT
    2011"), the description below going on in mixed case; None unless both lines are in
    capitals and the item's line printed no pages, and when the line is the next item of
    an indented index of titles in capitals ("  1. MINUTES" / "  2. DECLARATIONS OF
    INTEREST"): a line opening with its own code starts an item."""
    text = raw.strip()
    if item.pages is not None or not raw[:1].isspace() or not text:
        return None
    if coded_line(text) is not None:
        return None
    if not (item.title.isupper() and text.isupper()) or ":" in text:
        return None
    if len(text.split()) > CONTINUATION_WORDS or text.endswith((".", ",", ";")):
        return None
    return None if DESCRIPTION.match(text) else plain(text)


#: Words a title's second line may open with in lower case, the phrase going on from the
#: line above ("... - Report" / "of the Monitoring Officer", "... held" / "on 2 May 2019")
CONNECTIVES = frozenset({"of", "on", "and", "for", "to", "in", "at", "by", "from", "with"})
#: a year that ends a date broken off a title ("... – 21 November" / "2024")
YEAR = re.compile(r"(?:19|20)\d{2}(?:/\d{2})?")


def _title_word(word: str) -> bool:
    """A word as a title's continuation starts: a capital, or a year (a title's date
    broken after its month)."""
    return word[:1].isupper() or YEAR.match(word) is not None


#: Words at most in the last line of an item's sentence
SENTENCE_END_WORDS = 10


def sentence_end(text: str, following: str) -> str | None:
    """The end of an item's sentence broken onto the next line ("2. To receive declarations
    ... on items on this" / "agenda."), or None: the item's line stops without a stop, a
    colon or a bracket, and the next line goes on in lower case and ends the sentence, or
    is the year ending the date the line stops on ("... held on 13th April" / "2026.")."""
    rest = following.strip()
    if not rest or text.rstrip().endswith((".", ":", ";", ")", "?", "!")):
        return None
    if WRAPPED_YEAR.fullmatch(rest):  # "... held on 13th April" / "2026.": the date's year
        return rest
    if not rest[:1].islower() or not rest.endswith(".") or len(rest.split()) > SENTENCE_END_WORDS:
        return None
    return rest


#: a date's year alone closing the sentence on the next line
WRAPPED_YEAR = re.compile(r"(?:19|20)\d\d\.")


#: ";", "; and", "; or" closing a sub-item: the clause joined to the next, no part of its title
CLAUSE_JOIN = re.compile(r";\s{0,3}(?:(?:and|or)\s*)?$")
#: "(a) Premises licence - The Old Forge", "b) Variation", "(ii) Public questions": a
#: sub-item lettered or numbered in roman
SUB_ITEM = re.compile(r"^\(?(?P<mark>[a-j]|[ivx]{1,4})\)\s+(?P<title>\S.*)$")
LETTERS = "abcdefghij"
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def next_marks(previous: str | None) -> set[str]:
    """The marks a sub-item may have after `previous` ('a' or 'i' to begin; 'i' is both
    a letter and a numeral, so 'j' or 'ii' may follow it)."""
    if previous is None:
        return {"a", "i"}
    marks = set()
    if previous in LETTERS[:-1]:
        marks.add(LETTERS[LETTERS.index(previous) + 1])
    if previous in ROMAN[:-1]:
        marks.add(ROMAN[ROMAN.index(previous) + 1])
    return marks


#: a sub-item's code of its parent's number and a letter: "5a"
LETTERED_CODE = re.compile(r"(?P<parent>\d{1,3})(?P<mark>[a-z])")


def lettered_code_item(
    item: ItemLine | None, parent: str | None, previous: str | None
) -> ItemLine | None:
    """The item when its code is the parent's number with the next letter ("5a" under "5.",
    "5b" after "5a": a web page's sub-items, each code alone over its title); None for
    any other code, or a letter out of turn. (A table's row "05a  Minutes" under "05" is
    left to the table's reading.)"""
    if item is None or parent is None:
        return None
    match = LETTERED_CODE.fullmatch(item.code)
    if match is None or match["parent"] != parent or match["mark"] not in next_marks(previous):
        return None
    return item


def sub_item_line(raw: str, parent: str, previous: str | None) -> ItemLine | None:
    """A sub-item under item `parent`, coded with the parent's number ("4(a)", "4(ii)"):
    its mark is the first of a lettering or roman numbering, or follows `previous`."""
    text = raw.strip()
    row = cells(text)
    bordered = BORDERED_SUB_ROW.match(text) if row is None else None
    if bordered is not None:  # "(a) | Report by ...": the closing bar gone with the border
        row = [bordered["mark"], bordered["title"].strip()]
    celled = row is not None and len(row) >= 2 and bool(row[1])
    if row is not None and celled:  # "(a) | Report by ... |": the mark's and title's cells
        text = f"{row[0]} {row[1]}"
    numbered = numbered_sub_item(text, parent, previous)
    if numbered is not None:
        return numbered
    match = SUB_ITEM.match(text) if text[:1] in "(abcdefghijvx" else None
    if match is None or match["mark"] not in next_marks(previous):
        return None
    if _runs_on(match["title"], match["mark"]):
        return None
    title, pages = _pages(without_link_note(match["title"]))
    title = without_link_label(plain(title.replace("\t", " ")))  # "... (PDF, 71 KB)"
    title = CLAUSE_JOIN.sub("", title)  # "Minute Book; and": the list's joining word
    code = f"{parent}({match['mark']})"
    # a cell's closing stop ends no sentence: the table says the cell is the title
    read = reads_as_title(title.rstrip(".") if celled else title)
    return ItemLine(code, title, pages) if read else None


#: "1. To approve the minutes of ...", "(2) Planning applications": a sub-item numbered
NUMBERED_SUB_ITEM = re.compile(r"^\(?(?P<mark>\d{1,2})[.)]\s+(?P<title>\S.*)$")


def numbered_sub_item(text: str, parent: str, previous: str | None) -> ItemLine | None:
    """A sub-item numbered from 1 under an item coded through the year ("63.31", "31.004",
    "39/20"), whose own numbering it cannot go on: coded with its parent's code and its
    number ("63.31.1"); None for any other line or parent."""
    if not ("." in parent or "/" in parent) or not text[:2].strip("(")[:1].isdigit():
        return None
    match = NUMBERED_SUB_ITEM.match(text)
    expected = "1" if previous is None else str(int(previous) + 1) if previous.isdigit() else ""
    if match is None or match["mark"] != expected:
        return None
    title, pages = _pages(match["title"])
    title = CLAUSE_JOIN.sub("", without_link_label(plain(title.replace("\t", " "))))
    return ItemLine(f"{parent}.{expected}", title, pages) if reads_as_title(title) else None


def _runs_on(title: str, mark: str) -> bool:
    """Whether a sub-item's line runs on into the next sub-item ("(i) Grass Cutting (ii)
    Squash Court"): a list of what its item covers pressed onto one line, no item."""
    marks = next_marks(mark)
    return any(f" ({following}) " in title for following in marks)


def sub_item_mark(code: str) -> str:
    """'4(ii)' -> 'ii'; '63.31.2' -> '2' (a numbered sub-item's)."""
    if not code.endswith(")"):
        return code.rsplit(".", 1)[-1]
    return code[code.rindex("(") + 1 : -1]


def _number(code: str) -> tuple[str, tuple[int, int, str]]:
    """'B12' -> ('B', (12, 0, '')); '4.1' (or '4..1') -> ('', (4, 100, '')); '4.1.2' -> ('',
    (4, 102, '')); '5a' (or '5A') -> ('', (5, 0, 'a')). The part after each point counts as a whole
    number, so "1.10" follows "1.9", and "4.1.2" falls between "4.1" and "4.2"."""
    letter = code[0] if code[0].isalpha() else ""
    match = re.match(
        r"(\d{1,4})(?:\.(\d{1,3})(?:\.(\d{1,2}))?)?([a-zA-Z]?)",
        code[len(letter) :].replace("..", "."),
    )
    if not match:
        return letter, (0, 0, "")
    # "2A", "2B": a web page's parts in capitals count as "2a", "2b" do
    return letter, (int(match[1]), 100 * int(match[2] or 0) + int(match[3] or 0), match[4].lower())


#: an item numbered through a session: a council's letter, the session's years, the number
SESSION_CODE = re.compile(r"(?P<session>[A-Z]{0,2}\d{2}/\d{2})\.(?P<number>\d{1,3})")


#: an item numbered through the year: "39/20"; a parish's series letter before it,
#: "P001/24"; "contd" after an item carried on below another
YEAR_CODE = re.compile(
    r"(?P<series>[A-Z]{0,3})(?P<number>\d{1,4})/(?P<year>\d\d(?:\d\d)?)"
    r"(?P<carried>\s?cont(?:'?d|inued)\.?)?"
)


class Numbering:
    """Keeps the agenda's numbering: an item must continue it (see the module's note)."""

    def __init__(self, start: str | None = None) -> None:
        self.last: dict[str, tuple[int, int, str]] = {}
        self.letter: str | None = None  # the last lettered item ("C" after "A", "B")
        #: the first code of items numbered on from earlier meetings ("394"), if any
        self.start = start

    def accepts(self, code: str) -> bool:
        if len(code) == 1 and code.isalpha():  # lettered items run A, B, C
            return self._next_letter(code)
        if "/" in code:  # "39/20": numbered through the year, so it starts anywhere
            return self._year_count(code)
        letter, number = _number(code)
        previous = self.last.get(letter)
        if previous is not None and number[2] and number[:2] == previous[:2] and not previous[2]:
            return False  # "05a" under "05": a lettered sub-item, no item of its own
        # a numbering (or a lettered section) starts at its 1; each item numbers higher
        # items numbered on start from the run's first number (or later, its first
        # item's title unread)
        first = number[0] < 2 or (self.start is not None and number[0] >= float(self.start))
        ok = first if previous is None else number > previous
        if ok:
            self.last[letter] = number
        return ok

    def _year_count(self, code: str) -> bool:
        """An agenda numbers its items by one scheme: "29/20" under items numbered 1, 2, 3
        is a report's reference ("10. To consider the following reports: 29/20 ..."), no
        item of its own."""
        session = SESSION_CODE.fullmatch(code)  # "C07/08.38": item 38 of the 2007/08 session
        if session is None and any(not key.startswith("/") for key in self.last):
            return False
        if session is not None:  # a session's code says itself: it may follow a list 1, 2
            key, value = f"/{session['session']}", (int(session["number"]), 0, "")
        else:  # "39/20", a parish's "P001/24" (its series letter), "P008/24contd"
            coded = YEAR_CODE.fullmatch(code)
            if coded is None:
                return False
            key, value = f"/{coded['year']}/{coded['series']}", (int(coded["number"]), 0, "")
            if coded["carried"]:  # an item carried on below later ones: its number again
                previous = self.last.get(key)
                return previous is not None and value <= previous
        previous = self.last.get(key)
        ok = previous is None or value > previous
        if ok:
            self.last[key] = value
        return ok

    def _next_letter(self, code: str) -> bool:
        previous = self.letter
        ok = code == "A" if previous is None else ord(code) == ord(previous) + 1
        if ok:
            self.letter = code
        return ok
