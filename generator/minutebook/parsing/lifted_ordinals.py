"""An ordinal's superscript lifted out of its date by the conversion.

A word processor sets "3rd" with "rd" raised; some PDF converters print the raised letters
apart, where the line they sat over begins or before words they never belonged to: "FENBY
COMMUNITY COUNCIL rd MEETING HELD ON 3  June 2014", "th ITEM 3 (303) The minutes of the
meeting on 6  May". The day keeps the gap the letters left before its month. The
letters are furniture when the line holds one such day after them and they are its
ordinal's (3 "rd", 5 "th"): cut out, they no longer split a heading from its number or
a body's name from its title. Otherwise the line is left as printed.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: The raised letters alone: a word of their own, lower case, at the line's start or after
#: a space, followed by a capital
LIFTED = re.compile(r"(?:^|(?<=\s))(?P<suffix>st|nd|rd|th)\s+(?=[A-Z])")
#: A day left with the letters' gap before its month: "3  December"
GAPPED_DAY = re.compile(
    r"(?<!\d)(?P<day>[1-9]|[12]\d|3[01])(?P<gap>\s{2,3})(?=(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\b)"
)


def ordinal_suffix(day: int) -> str:
    """The letters of a day's ordinal: 1 "st", 2 "nd", 3 "rd", 11 "th", 22 "nd"."""
    if day % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def drop_lifted_ordinals(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Cut an ordinal's lifted letters out of their line (see the module's docstring); a
    line with two such days, letters after the day or letters that are not the day's
    ordinal stays as printed."""
    out: list[Line] = []
    dropped: list[Furniture] = []
    for line in lines:
        text = line.text
        suffixes = list(LIFTED.finditer(text)) if "  " in text else []
        days = list(GAPPED_DAY.finditer(text)) if len(suffixes) == 1 else []
        if len(days) != 1:
            out.append(line)
            continue
        suffix, day = suffixes[0], days[0]
        if suffix.end() > day.start() or suffix["suffix"] != ordinal_suffix(int(day["day"])):
            out.append(line)
            continue
        dropped.append(Furniture(Line(line.number, suffix["suffix"]), "lifted-ordinal"))
        out.append(Line(line.number, f"{text[: suffix.start()]}{text[suffix.end() :]}"))
    return out, dropped
