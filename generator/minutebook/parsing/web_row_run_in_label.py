"""An item's cell run together on one line: "Title [agenda text] Minutes: minute text".

A council's meeting page ("Agenda and minutes") sets each item's title, the agenda's
text and the minute under a "Minutes:" label in one cell. Some converters join the
cell's paragraphs with spaces and keep no pipe before the label:

    Deputations To receive any deputations of which notice was given. Minutes: None. |
    PARKING REVIEW To consider the report of the Director. Minutes: RESOLVED that ...
    DECLARATIONS OF INTEREST Members must declare ... Additional documents: Minutes: None.

`run_in_label_pieces` puts such a line back as the page prints it, the title, the
agenda's text (from its "To consider ..." formula, or the paper it is: "Joint report of
..."), the label and the minute each on a line of its own, so the items-table readers
(`web_item_rows`) read it. Only a line whose text before the label opens with a title
(capitals, or words in title case, at most MAX_TITLE_WORDS; capitals may run straight
into the agenda's sentence) is rewritten, or one that is only the agenda's wording, one
sentence ("To agree the minutes of the last meeting."): a sentence naming "the Minutes:"
is left alone, and so is a title whose own last word is "Minutes" ("P98/17 Previous
Meeting Minutes: It was RESOLVED ...", `TITLE_OWN_MINUTES`).
"""

from __future__ import annotations

import re

from .run_in_capitals import CAPITALS_WORD  # a title's word of three capitals

#: the label run in after the cell's first paragraphs, and the minute's text after it
RUN_IN = re.compile(
    r"^(?P<head>[^|:]{2,600}?)\s(?P<label>Minutes|Decision):(?:[ \t]{1,4}(?P<text>\S.*))?$"
)
#: the cell's list of papers, its label run in before the minute's: "... Additional
#: documents: Minutes: ..." (no papers listed once the converter dropped their links)
DOCUMENTS_BEFORE_LABEL = re.compile(
    r"\s(?:Additional|Supporting)\sdocuments:(?=\s(?:Minutes|Decision):)"
)
#: a title in capitals opening the head, the agenda's text after it in sentence case (or
#: after a spaced dash): "DECLARATIONS OF INTEREST Members must declare ...",
#: "APOLOGIES FOR ABSENCE (if any) - to note."; a bracket in small letters stays the title's
CAPITALS_TITLE = re.compile(
    r"^(?P<title>[A-Z0-9][A-Z0-9 ,&'’/-]{3,150}?(?:\s\([a-z][a-z ]{1,30}\))?)"
    r"(?:\s[-–]\s|\s(?=[A-Z][a-z]|[a-z]))(?P<agenda>\S.*)$"
)
#: the agenda's formula that opens its text after the title: "To consider the report ...",
#: "To move that ...", or the paper it is: "Joint report of the Clerk and the Treasurer."
#: ("Report of" in capitals may end a title: "Annual Report of the Commissioner")
AGENDA_VERBS = (
    r"consider|receive|confirm|approve|note|agree|appoint|elect|review|determine|hear|move"
)
AGENDA_TEXT = re.compile(
    rf"\s(?=To\s(?:{AGENDA_VERBS})\b|(?:Joint\s)?report\s(?:of|by)\s|Joint\sReport\s(?:of|by)\s)"
)
#: an item with no title but its agenda's wording, one sentence: "To agree the minutes of
#: the meeting held on 4 April." (its title is the sentence, without its stop)
WORDING_ONLY = re.compile(rf"^To\s(?:{AGENDA_VERBS})\b[^.?!:;]{{2,300}}\.?$")
#: a head whose last word makes "Minutes" its title's own last word: "Previous Meeting
#: Minutes:", "Last Minutes:" (a parish's run-in title, the record after its colon); a
#: head naming minutes already ("Minutes of the Last Meeting Minutes:") or another meeting
#: ("Date of Next Meeting Minutes:") is a web row's
TITLE_OWN_MINUTES = re.compile(
    r"^(?!.*\bminutes?\b).{0,200}\b(?:previous|last)(?:\s+meeting(?:'s|’s)?)?$", re.IGNORECASE
)
#: longest head in capitals alone read as the title
MAX_CAPITALS = 160
#: most words a title before the agenda's text may have
MAX_TITLE_WORDS = 14
#: words printed in lower case inside a title
SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "of",
        "or",
        "the",
        "to",
        "for",
        "from",
        "in",
        "on",
        "at",
        "by",
        "with",
        "-",
        "&",
        "–",
    }
)


def _title(text: str) -> bool:
    """Whether `text` reads as an item's title: at most MAX_TITLE_WORDS words, no full
    stop, each word capitalised except the small ones ("Declarations of Interest")."""
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or "." in text or not text[:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in words)


def run_in_label_pieces(text: str) -> list[str] | None:
    """The lines an item's run-together cell stands for; None when `text` is no such
    cell (see the module's conditions)."""
    match = RUN_IN.match(DOCUMENTS_BEFORE_LABEL.sub("", text.strip().rstrip("|").strip()))
    if match is None:
        return None
    head = match["head"].strip()
    if match["label"] == "Minutes" and TITLE_OWN_MINUTES.search(head):
        return None  # "P98/17 Previous Meeting Minutes: It was RESOLVED ...": one title
    parts = AGENDA_TEXT.split(head, maxsplit=1)
    title = parts[0].strip()
    agenda = parts[1].strip() if len(parts) > 1 else ""
    if not _title(title):
        capitals = CAPITALS_TITLE.match(head)
        if capitals is not None and CAPITALS_WORD.search(capitals["title"]):
            title, agenda = capitals["title"], capitals["agenda"]
        elif head.isupper() and CAPITALS_WORD.search(head) and len(head) <= MAX_CAPITALS:
            title, agenda = head, ""  # "R0412.23 - 5 MILL CLOSE, HIGHFORD": an application
        elif WORDING_ONLY.match(head):
            title, agenda = head.rstrip("."), ""
        else:
            return None
    pieces = [title, agenda, f"{match['label']}:", (match["text"] or "").strip()]
    return [p for p in pieces if p]


#: a cell's list of papers, its label run in at the end of the line, the minute's label
#: opening the next line: "Budget To consider the report. Additional documents:"
DOCUMENTS_AT_END = re.compile(r"^(?P<head>[^|:]{2,600}?)\s(?:Additional|Supporting)\sdocuments:$")
#: the minute's label opening a line, its text after it
LABEL_OPENS = re.compile(r"^(?P<label>Minutes|Decision):[ \t]{1,4}(?P<text>\S.*)$")


def documents_label_pieces(text: str, below: str) -> tuple[list[str], list[str]] | None:
    """The pieces of an item's cell broken after its run-in list of papers ("Title To
    consider ... Additional documents:" over "Minutes: text"): the line's pieces (title,
    agenda text, the minute's label) and the next line's (the minute's text); None when
    the two lines are no such cell (the title's conditions are `run_in_label_pieces`')."""
    head = DOCUMENTS_AT_END.match(text.strip())
    label = LABEL_OPENS.match(below.strip().rstrip("|").strip())
    if head is None or label is None:
        return None
    pieces = run_in_label_pieces(f"{head['head']} {label['label']}: {label['text']}")
    if pieces is None:
        return None
    return pieces[:-1], pieces[-1:]
