"""Attendance lists run together on one line, each after its own label.

A conversion that loses line breaks prints the lists of those present, in attendance and
sending apologies one after another, sometimes without the labels' colons:

    Present: Cllr A Reid (Chair), Cllr B Moss Officers Present: C Lowe (Clerk) Apologies:
    Cllr D Pym
    Present Cllr A Reid, Cllr B Moss In attendance C Lowe (Clerk) Apologies Cllr D Pym

`cut_inline_labels` cuts such a line before each later label, so that every list is read
under its own label (the pieces keep the line's number). A label is cut before only when
it follows the end of a name (a capitalised word, a bracket or a full stop) and a colon,
a title or a capitalised name follows it; a label's words in running text ("the officers
present") are left, and so is a label's own qualifier ("OTHER MEMBERS IN ATTENDANCE:" is
one label). Only a line that opens with an attendance label is cut. The groups of those
present, each after its label and colon, are cut apart too ("Present: In the Chair: Cllr
A Reid Councillors: B Moss, C Lowe Ex Officio: Cllr D Hart").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ..model import Line
from ..vocabulary import TITLE

#: The labels a list opens with, longest first, capitalised or in capitals
INNER_LABEL = (
    r"(?=[A-Z])(?i:Also\s+(?:present|in\s+attendance|attending)|Present\s+also|In\s+attendance"
    r"|Officers?\s+(?:present|in\s+attendance)|Apologies(?:\s+for\s+absence)?"
    # councillors who are not the body's members: "Other Members present:"
    r"|(?:Other|Visiting|Non-?\s?Executive)\s+(?:Members|Councillors)\s+(?:present|in\s+attendance)"
    r"|Absent|Substitutes?|Officers|Observers?(?=:)|Observing(?=:)"
    # the clerk's post as the label over their name: "... Cllr D Jarman Clerk: Mrs L Turner"
    r"|(?:Town|Parish|Deputy|Assistant|Committee)\s+Clerk(?=\s?:)"
    r"|(?<!Town\s)(?<!Parish\s)(?<!Deputy\s)(?<!Assistant\s)(?<!Committee\s)Clerk(?=\s?:)"
    # an apologies sentence after the lists: "... (Town Clerk) Apologies for absence were
    # received from Cllrs. A Reid and B Moss."
    r"|Apologies\s+for\s+absence\s+(?:were|was|had\s+been)\s+(?:received|submitted|given"
    r"|tendered)\s+from)"
)
#: A later label: after a name's end, then a colon, a dash, or a name
CUT = re.compile(
    r"(?<=[A-Za-z\)\.,;])\s+(?="
    + INNER_LABEL
    + r"(?:\s*:-?|\s+[-–])?\s+(?:"
    + TITLE
    + r"\s|[A-Z][a-z]|[A-Z]\.?\s))"
)
#: Words before a label that make it running text: "the officers", "were absent"
RUNNING_TEXT = re.compile(r"\b(?:the|were|was|are|is|as|by|of|for|from)$", re.IGNORECASE)
#: A piece opening with a label whose colon was lost: "In attendance C Lowe"
COLON_LOST = re.compile(
    r"^(?P<label>" + INNER_LABEL + r"|Present|PRESENT)"
    r"\s+(?=" + TITLE + r"\s|[A-Z][a-z]|[A-Z]\.?\s)"
)
LONGEST = 3000


def _with_colon(piece: str) -> str:
    """'In attendance C Lowe': 'In attendance: C Lowe', as the label is printed."""
    if ":" in piece[:40]:
        return piece  # the label kept its colon
    return COLON_LOST.sub(lambda m: f"{m['label']}: ", piece, count=1)


def cut_list_lines(
    lines: list[Line],
    opens_list: Callable[[str], bool],
    cuts_of: Callable[[str], list[int]],
    dress: Callable[[str], str] = str,
) -> list[Line]:
    """The lines with each line that opens an attendance list (`opens_list`) cut at the
    places `cuts_of` finds in it, each piece dressed by `dress` and kept with the line's
    number; every other line as it is."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        cuts = cuts_of(text) if len(text) <= LONGEST and opens_list(text) else []
        if not cuts:
            out.append(line)
            continue
        bounds = [0, *cuts, len(text)]
        pieces = [text[a:b].strip() for a, b in pairwise(bounds)]
        out.extend(Line(line.number, dress(piece)) for piece in pieces if piece)
    return out


#: The words a label opens with before its "in attendance" ("OTHER MEMBERS IN ATTENDANCE:",
#: "OFFICERS IN ATTENDANCE:"): the line's own label, never a list's end
LABEL_QUALIFIER = re.compile(
    r"^(?:(?:other|visiting|local|council|committee|panel|board|cabinet)\s+)?"
    r"(?:members|councillors|officers)$",
    re.IGNORECASE,
)


#: A group's label inside the list of those present, with its colon, run on after the
#: last name: "Present: In the Chair: Cllr A Reid Councillors: B Moss, C Lowe Ex Officio:
#: Cllr D Hart" (the groups a line each, flattened)
GROUP_CUT = re.compile(
    r"(?<=[A-Za-z\)\.,;:])\s+(?=(?:In\s+the\s+Chair|Councillors|Ex[\s-]Officio|Members"
    r"|Independent\s+Members?|Co-opted\s+Members?)\s*:\s+(?:"
    + TITLE
    + r"\s|[A-Z][a-z]|[A-Z]\.?\s))"
)


def _label_cuts(text: str) -> list[int]:
    labels = [
        m.end()
        for m in CUT.finditer(text)
        if not RUNNING_TEXT.search(text[: m.start()])
        and not LABEL_QUALIFIER.match(text[: m.start()].strip())
    ]
    groups = [m.end() for m in GROUP_CUT.finditer(text) if not _qualified(text, m.start())]
    return sorted({*labels, *groups})


#: Words that make "Members:" or "Councillors:" one label with them ("Non-Executive
#: Members:", "County Councillors:"), read by the kinds' own rules
QUALIFIERS = frozenset(
    [
        "non-executive",
        "executive",
        "independent",
        "co-opted",
        "coopted",
        "county",
        "district",
        "borough",
        "parish",
        "town",
        "city",
        "council",
        "other",
        "visiting",
        "lay",
        "elected",
        "magistrate",
        "associate",
        "voting",
        "non-voting",
        "community",
        "ward",
        "substitute",
        # a drainage board's kinds ("Ratepayer Members:", "Appointed Members:")
        "ratepayer",
        "appointed",
        "nominated",
    ]
)


def _qualified(text: str, at: int) -> bool:
    """Whether the word before a group's label qualifies it: the label goes on back."""
    before = text[:at].split()
    return bool(before) and before[-1].lower().strip(",;") in QUALIFIERS


def cut_inline_labels(lines: list[Line], opens_list: Callable[[str], bool]) -> list[Line]:
    """The lines with each line of run-together attendance lists cut before its later
    labels; `opens_list` tells a line that opens with an attendance label."""
    return cut_list_lines(lines, opens_list, _label_cuts, _with_colon)
