"""Who chaired, on a line of its own above the lists of those present.

A council's minutes often name the member in the chair before the list of the others,
their civic office first:

    The Worshipful the Mayor Councillor Ann Reid in the Chair
    COUNCILLORS PRESENT:
    Councillors Bell, Dunn and Frost

The chair was there but the list under the line does not name them again: present, with
the office printed before their name as capacity ("in the Chair" when none is). The line
is rewritten "Present: Councillor Ann Reid (The Worshipful the Mayor)", the form the list
reader reads. Only above the first list, and only when no list names the same surname.

A record laid out as fields prints the chair and vice-chair as labels of their own above
"Present:" ("Chairman: Councillor Ann Reid" / "Vice Chairman: Councillor Ben Moss"): each
such line is rewritten so too, the office its capacity.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import TITLE
from .attendance_hanging_label import Labeller

#: "[The Worshipful the Mayor] Councillor Ann Reid in the Chair": an optional office
#: opening "The", a titled name of up to four words (perhaps tagged with its initials),
#: "in the Chair"
CHAIR_ABOVE = re.compile(
    r"^(?:(?P<office>The\s(?:(?:[A-Z][\w-]{1,20}|the|of)\s){0,4}?"
    r"(?:Mayor|Lord\sMayor|Deputy\sMayor|Chair(?:man|woman|person)?|Provost|Convener))\s)?"
    rf"(?P<name>{TITLE}\s[A-Z][\w'’.-]{{0,30}}(?:\s[A-Z][\w'’.-]{{0,30}}){{0,3}})"
    # the initials the minutes call them by after: "Councillor D. Hobson (DH) (in the chair)"
    r"(?:\s\([A-Z]{2,4}\))?"
    r"\s+\(?in\s+the\s+[Cc]hair\)?\.?$"
)
#: "Chairman: Councillor Ann Reid", "Vice Chairman: Cllr Ben Moss": an office's label and
#: its titled holder, or its holder's initials and surname ("Chairman: M. Reid")
OFFICE_FIELD = re.compile(
    r"^(?P<office>(?:(?:Vice|Deputy)[- ]?\s?)?(?:Chair(?:man|woman|person)?|Mayor|Convener))"
    rf"\s?:\s*(?P<name>{TITLE}\s[A-Z][\w'’.-]{{0,30}}(?:\s[A-Z][\w'’.-]{{0,30}}){{0,3}}"
    # or initials and a surname with no title: "Chairman: M. Reid"
    r"|(?:[A-Z]\.\s?|[A-Z]\s){1,3}[A-Z][a-z][\w'’-]{1,30})$"
)
#: the members' own field under the chair's: "Councillors: A. Reid, B. Moss"
MEMBERS_FIELD = re.compile(r"^(?:Councillors|Members)\s?:\s*\S")
#: the longest line read
MAX_LINE = 160
#: the lines below searched for the same surname
MAX_BELOW = 80


def chair_above(text: str) -> tuple[str, str] | None:
    """(the titled name, the office before it or "in the Chair") of a line naming who
    chaired; None for any other line."""
    text = text.strip()
    if len(text) > MAX_LINE:
        return None
    field = OFFICE_FIELD.match(text)
    if field is not None:  # "Chairman: Councillor Ann Reid"
        return field["name"], field["office"]
    match = CHAIR_ABOVE.match(text)
    if match is None:
        return None
    return match["name"], match["office"] or "in the Chair"


def chair_above_lists(lines: list[Line], label_of: Labeller) -> list[Line]:
    """The lines with a chair's line above the first list of those present rewritten as
    a one-name list; the lines as they are when there is none, or the lists name them."""
    out = list(lines)
    for n, line in enumerate(lines):
        if label_of(line.text.strip()) is not None:
            return out  # a list came first: a chair's line is under it
        found = chair_above(line.text)
        if found is None:
            continue
        surname = found[0].split()[-1].lower()
        below = " ".join(li.text for li in lines[n + 1 : n + 1 + MAX_BELOW]).lower()
        if re.search(rf"\b{re.escape(surname)}\b", below):
            return out  # "... in the Chair" over a list that names them
        if not any(
            label_of(li.text.strip()) or MEMBERS_FIELD.match(li.text.strip())
            for li in lines[n + 1 : n + 1 + MAX_BELOW]
        ):
            return out  # no list under it: another rule's
        out[n] = Line(line.number, f"Present: {found[0]} ({found[1]})")
        if OFFICE_FIELD.match(line.text.strip()) is None:
            return out  # "... in the Chair": one line; office fields may run on
    return out
