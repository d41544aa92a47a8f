"""An agenda item's title that runs on to an indented line of its own, as a narrow title
column wraps it. Each reader returns the next line's text when it ends the title above
(the caller reads the item from both lines), else None:

- the page reference moved down with the title's last words ("7    The Regulator's Code
  of Practice – Compliance" / "     Self-Assessment        (Pages 45 - 70)");
- a long title stopped mid-phrase ends on a short capitalised line ("E.  Estimates and
  Apportionment of the Net Expenditure between the Constituent" / "    Authorities.");
- a title stopped on a word no title ends on ("of", "the") goes on on the indented line;
- a verbal item (no papers, so no pages) prints "Verbal" where the pages would stand, so
  an indented line ending so ("     Network - Verbal") ends the title above;
- a title in capitals stopped on a comma goes on in capitals on the indented line;
- a note that the paper is attached ("(attached).") on the indented line closes it.

A description under a short title ("Declarations of interest" / "Members are reminded
...", "Report of the Head of Pensions") is never a title's end.
"""

from __future__ import annotations

import re

from .agenda_items import (
    DESCRIPTION,
    ENCLOSURE_NOTE,
    PAGES_AFTER_GAP,
    PAGES_IN_BRACKETS,
    PAGES_TAIL,
    PAGES_WORD_AFTER_GAP,
)

#: the page references a title's line may end with
PAGE_REFERENCES = (PAGES_IN_BRACKETS, PAGES_WORD_AFTER_GAP, PAGES_AFTER_GAP)

#: Words at most in a title's last line
END_WORDS = 6
#: Fewest characters of an item's line that reached its column's width (a title this
#: long that stops mid-phrase wrapped; a short one ended)
WRAPPED_WIDTH = 60


def _under_title(text: str, following: str, flush: bool = False) -> str | None:
    """The indented next line (or, with `flush`, one flush left too), when the item's line
    stops without a stop or page range and the next line reads as a few words of a title
    (no description, no label)."""
    rest = following.strip()
    if not rest or not (flush or following[:1].isspace()):
        return None
    if text.rstrip().endswith((".", ":", ";", ")", "?", "!", ",")):
        return None
    if ":" in rest or DESCRIPTION.match(rest) or not rest[:1].isupper():
        return None
    return rest


def pages_moved_down(text: str, following: str) -> str | None:
    """The title's last words with the item's page reference ("Self-Assessment   (Pages 45
    - 70)") under an item line that prints no pages."""
    rest = _under_title(text, following)
    if rest is None or _has_pages(text):
        return None
    words = _without_pages(rest)
    if words is None or not words or len(words.split()) > END_WORDS:
        return None
    return rest


def long_title_end(text: str, following: str) -> str | None:
    """The last words of a long title ("Authorities.") under an item line that reached
    its column's width and stopped mid-phrase: a few words that close with a full stop,
    indented or, in an agenda printed flush left ("4. Statement from the Police and
    Crime" / "Commissioner for Ashby."), flush left (an item's line never ends so)."""
    rest = _under_title(text, following, flush=True)
    if rest is None or len(text.rstrip()) < WRAPPED_WIDTH or _has_pages(text):
        return None
    if not rest.endswith(".") or len(rest.split()) > END_WORDS:
        return None
    return rest


def _has_pages(text: str) -> bool:
    tail = max(0, len(text) - PAGES_TAIL)
    return any(p.search(text, tail) for p in PAGE_REFERENCES)


def _without_pages(text: str) -> str | None:
    """The text before a page reference that ends it, or None when it ends with none."""
    tail = max(0, len(text) - PAGES_TAIL)
    match = next((m for p in PAGE_REFERENCES if (m := p.search(text, tail))), None)
    return text[: match.start()].strip() if match else None


#: Words a title never ends on: the line stopped mid-phrase ("... Recommendation to the")
OPEN_END = re.compile(r"\s(?:of|the|to|and|for|in|on|with|a|an|is|as|by)$", re.IGNORECASE)
#: Words at most in the rest of a title stopped mid-phrase
OPEN_REST_WORDS = 12


def open_title_end(text: str, following: str) -> str | None:
    """The indented next line under an item line that stops on a word no title ends on
    ("8  Confirmation Hearing - Report and Recommendation to the" / "   Police and Crime
    Commissioner"; "8. Such other business as ... is of" / "   sufficient urgency"): the
    rest of the title, in either case, with no stop inside, no label, no description. The
    page column's range may close the item's line after the open word ("... Approach and
    29 - 34" over "   Mill Road"): the title stopped there all the same."""
    rest = following.strip()
    stem = _without_pages(text) or text.rstrip()
    if not rest or not following[:1].isspace() or OPEN_END.search(stem) is None:
        return None
    if ":" in rest or DESCRIPTION.match(rest) or ". " in rest:
        return None
    return rest if len(rest.split()) <= OPEN_REST_WORDS else None


def cut_title_end(text: str, following: str) -> str | None:
    """The next piece of a flattened line when the item's piece stops on a word no title
    ends on: the page was cut before a word that marks a block elsewhere ("8 Review of" /
    "Membership - Balanced Appointment Objective 29 - 32", the heading word inside the
    title), so the piece after it is the title's end, read as an indented line would be
    (`open_title_end`)."""
    return open_title_end(text, f" {following.lstrip()}")


#: "- Verbal", "– Verbal Update", "(Verbal Report)", "(verbal)": an item with no papers
VERBAL_MARK = re.compile(
    r"(?:\s[-–—]\s{0,3}|\()\s{0,3}verbal(?:\s{1,3}(?:update|report|item))?\)?$", re.IGNORECASE
)


def verbal_end_below(text: str, following: str) -> str | None:
    """The title's last words with its "Verbal" mark ("     Network - Verbal") under an
    item line with no pages: a verbal item prints the mark where the page column would
    hold its pages, so the mark ends the title on the indented line."""
    rest = _under_title(text, following)
    if rest is None or _has_pages(text) or len(rest.split()) > END_WORDS:
        return None
    return rest if VERBAL_MARK.search(rest) else None


#: Words at most in a title's line in capitals under its item's line
CAPITALS_WORDS = 14


def capitals_after_comma(text: str, following: str) -> str | None:
    """The indented next line in capitals under an item line in capitals that stops on a
    comma mid-list ("6.  ITEMS FROM THE PUBLIC - TO RECEIVE DEPUTATIONS," / "     PETITIONS
    OR QUESTIONS ON THE BUSINESS OF THIS"): the title goes on there (a line after it in
    capitals is joined by `capitals_go_on`)."""
    rest = following.strip()
    if not rest or not following[:1].isspace() or not text.rstrip().endswith(","):
        return None
    if not (text.isupper() and rest.isupper()) or ":" in rest or rest.endswith("."):
        return None
    return rest if len(rest.split()) <= CAPITALS_WORDS else None


def note_below(text: str, following: str) -> str | None:
    """The indented next line when it is only a note that the item's paper is attached
    ("     (attached)."), under an item line that prints no pages: it closes the item's
    line, where the note is read (and with it who brings the paper)."""
    rest = following.strip()
    if not rest or not following[:1].isspace() or _has_pages(text):
        return None
    return rest if ENCLOSURE_NOTE.fullmatch(f" {rest}") else None


def title_end_below(text: str, following: str) -> str | None:
    """The next line when it ends the item's title, by any reader."""
    return (
        pages_moved_down(text, following)
        or long_title_end(text, following)
        or open_title_end(text, following)
        or verbal_end_below(text, following)
        or capitals_after_comma(text, following)
        or note_below(text, following)
    )


def joined_with_end(text: str, end: str) -> str:
    """The item's line with its title's end joined on: before the page range when the line
    closes with one ("... Approach and      29 - 34" + "Mill Road" -> "... Approach and
    Mill Road      29 - 34"), so the range still closes the line; else after it."""
    tail = max(0, len(text) - PAGES_TAIL)
    match = next((m for p in PAGE_REFERENCES if (m := p.search(text, tail))), None)
    if match is None:
        return f"{text} {end}"
    return f"{text[: match.start()].rstrip()} {end}{text[match.start() :]}"
