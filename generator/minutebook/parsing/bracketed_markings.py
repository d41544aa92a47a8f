"""A protective marking in square brackets glued to a line's text, as a council's
template prints its classification on every page: "[NOT PROTECTIVELY MARKED] Meeting of
the Council Minutes - 6 April 2016", "The proceedings opened with Prayers [OFFICIAL]".

A conversion that flows the page's header or footer into the text leaves the marking at
the start or the end of a line of the record. The brackets and the marking's words say
what it is, so it is taken off the line (kept as furniture, with its line's number) and
the record's words read as printed. A marking alone on its line is left to the rules that
read it there (`protective_markings.py`, `running_headers.py`).
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: the government's classifications, old and new; "[Public]" or "[Open]" beside an agenda
#: item says which part of the meeting takes it, and stays
MARKING = (
    r"not\s+protectively\s+marked|official(?:[ \t]?[-–][ \t]?|[ \t])sensitive|official|"
    r"protect|restricted|unrestricted|unclassified"
)
#: "[NOT PROTECTIVELY MARKED]", "[OFFICIAL-SENSITIVE]" with the space round it
BRACKETED_MARKING = re.compile(
    rf"[ \t]{{0,8}}\[[ \t]{{0,3}}(?:{MARKING})[ \t]{{0,3}}\][ \t]{{0,8}}", re.IGNORECASE
)


def without_bracketed_marking(text: str) -> tuple[str, str] | None:
    """The line without the markings glued to its text, and what was taken off; None when
    the line holds none, or holds nothing else."""
    if "[" not in text:
        return None
    found = [m.group(0).strip() for m in BRACKETED_MARKING.finditer(text)]
    if not found:
        return None
    bare = BRACKETED_MARKING.sub(" ", text).strip()
    if not bare:
        return None
    indent = text[: len(text) - len(text.lstrip())]
    return indent + bare, " ".join(found)


def strip_bracketed_markings(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Every line carrying a bracketed marking beside its text, given back its text."""
    out: list[Line] = []
    furniture: list[Furniture] = []
    for line in lines:
        found = without_bracketed_marking(line.text)
        if found is None:
            out.append(line)
            continue
        out.append(Line(line.number, found[0]))
        furniture.append(Furniture(Line(line.number, found[1]), "bracketed-marking"))
    return out, furniture
