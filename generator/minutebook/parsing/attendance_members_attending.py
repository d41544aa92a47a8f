"""Councillors listed under "In Attendance", with no list of those present.

Some councils (Northern Irish district councils, Welsh community councils) print no
"Present:" label at all: the council's members are listed under "In Attendance", with
the chair above them and the officers after them under a label of their own:

    In the Chair:
    Councillor A Reid
    In Attendance:
    Councillor B Moss
    Councillor C Lowe
    Also in Attendance:
    Mr D Hart, Chief Executive

Elsewhere "In attendance" lists those who came without being members (officers,
guests), under a list of those present. Here the list is the members': it is the first
list of the paper, no label of those present follows it, and its first name is a
councillor's ("Councillor", "Cllrs", or a "(Councillors)" group). Its label line is
rewritten "Present:", the form the list reader reads as those present; the officers'
own label after it is untouched. The list may be cut into groups in brackets,
"(Councillors)" after the label and "(Officials)" alone over the officers: the first is
dropped and the second becomes the officers' label, "Officials:". The councillor under
"In the Chair:" above the label is the first of those present, in the chair.

A community council may number the list as its first minute ("1 In Attendance" over
"Councillors S Hughes (SH) Chair, P March (PM), ..." and the clerk's line after it): with
no list of those present before it, the councillors' lines (`councillor_lines`: the first
line opens with a councillor, and the list goes on while a line ends with a comma or
opens with another) are those present; the clerk after them is in attendance.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ..model import AttendanceRole, Line

#: (label, role, rest of the line) of a label line, None for any other line
Labeller = Callable[[str], tuple[str, AttendanceRole, str] | None]

#: The bare label, with no qualifier ("Also", "Officers"): "In Attendance", "In attendance"
BARE_IN_ATTENDANCE = re.compile(r"^in\s+attendance$", re.IGNORECASE)
#: A councillor's name, or the councillors' group, opening the list; the chair's civic
#: office may stand before the first ("THE LORD MAYOR Councillor A Reid")
COUNCILLOR_FIRST = re.compile(
    r"^(?:(?i:(?:the\s+)?(?:lord\s+|deputy\s+)?(?:mayor|provost|chair(?:man)?))[,:]?\s+)?"
    r"(?:\(\s?Councillors\s?\)|(?:Councillors?|Cllrs?|Aldermen|Alderman)\.?\s+[A-Z])"
)
#: The councillors' group in brackets after the label: "In attendance: (Councillors)"
COUNCILLORS_GROUP = re.compile(r"^\(\s?Councillors\s?\)$")
#: The officers' group in brackets alone on its line: "(Officials)", "(Officers)"
OFFICERS_GROUP = re.compile(r"^\(\s?(?P<group>Officials|Officers)\s?\)$")
#: A label of those present: a list of the members after it
PRESENT_WORD = re.compile(r"\bpresent\b", re.IGNORECASE)
#: Most lines looked at
MAX_LINES = 200
#: Blank lines allowed between the label and its first name
MAX_GAP = 3


def _first_text(lines: list[Line], start: int) -> str | None:
    """The first line with text from start, within a few lines; None when there is none."""
    for line in lines[start : start + MAX_GAP + 1]:
        if line.text.strip():
            return line.text.strip()
    return None


def members_attending(lines: list[Line], label_of: Labeller) -> list[Line]:
    """The lines with a bare "In Attendance" label over councillors, the paper's first
    list with no list of those present after it, rewritten "Present:"; the lines as they
    are otherwise."""
    found: tuple[int, str] | None = None
    for n, line in enumerate(lines[:MAX_LINES]):
        label = label_of(line.text.strip())
        if label is None:
            continue
        name, role, rest = label
        if found is None:
            if not BARE_IN_ATTENDANCE.match(name.strip()):
                return lines  # another list comes first: the usual reading
            first = rest.strip() or _first_text(lines, n + 1)
            if first is None or not COUNCILLOR_FIRST.match(first):
                return lines
            found = (n, rest)
        elif role is AttendanceRole.PRESENT and PRESENT_WORD.search(name):
            return lines  # "Present:" after it: those in attendance are others
    if found is None:
        return lines
    n, rest = found
    rest = "" if COUNCILLORS_GROUP.match(rest.strip()) else rest.strip()
    out = list(lines)
    out[n] = Line(lines[n].number, f"Present: {rest}".rstrip())
    chair = _chair_above(lines, n)
    if chair is not None:  # "In the Chair:" / "Councillor A Reid" over the label: the first
        label_at, name_at, name = chair  # present, the chair, the list going on under it
        out[label_at] = Line(lines[label_at].number, "Present:")
        out[name_at] = Line(lines[name_at].number, f"{name} (Chair)")
        out[n] = Line(lines[n].number, rest)
    for k in range(n + 1, min(len(out), MAX_LINES)):
        text = out[k].text.strip()
        group = OFFICERS_GROUP.match(text)
        if group is None and label_of(text) is not None:
            break  # the officers' own label, or the next list
        if group is not None:
            out[k] = Line(out[k].number, f"{group['group']}:")
            break
    return out


#: "In the Chair:" with the chair's name after it or on the next line
CHAIR_LABEL = re.compile(r"^In\s+the\s+Chair\s*:\s*(?P<name>.{0,120})$", re.IGNORECASE)
#: Lines above the "In Attendance" label searched for the chair's label
CHAIR_REACH = 4


def _chair_above(lines: list[Line], n: int) -> tuple[int, int, str] | None:
    """(the label's index, the name's index, the name) of an "In the Chair:" label just
    above the list's label at `n`, its councillor's name after it or on the next line."""
    for k in range(max(0, n - CHAIR_REACH), n):
        label = CHAIR_LABEL.match(lines[k].text.strip())
        if label is None:
            continue
        if label["name"].strip():
            return k, k, label["name"].strip()
        below = next((j for j in range(k + 1, n) if lines[j].text.strip()), None)
        if below is not None and COUNCILLOR_FIRST.match(lines[below].text.strip()):
            return k, below, lines[below].text.strip()
    return None


def councillor_lines(body: list[Line]) -> set[int]:
    """The numbers of the lines of a list that opens `body` with councillors: the first
    line with text, when it opens with a councillor, and each next line while the one
    before ends with a comma or it opens with a councillor itself; empty otherwise."""
    texts = [(line.number, line.text.strip()) for line in body[:MAX_LINES] if line.text.strip()]
    if not texts or not COUNCILLOR_FIRST.match(texts[0][1]):
        return set()
    found = {texts[0][0]}
    for (_, before), (number, text) in pairwise(texts):
        if not (before.endswith(",") or COUNCILLOR_FIRST.match(text)):
            break
        found.add(number)
    return found
