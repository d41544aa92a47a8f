"""A label or heading printed letter-spaced, read as its word.

Some authorities set their labels in tracked type ("S e d e r u n t :", "P R E S E N T"),
which the PDF conversion turns into single letters with a space between each. Every reader
looks for the word, so a line that is nothing but such a word (and perhaps its colon) is
closed up on the same source line: "S e d e r u n t :" reads "Sederunt:". A row of
initials, of column keys or of table marks ("A B C D E", "Y N Y N Y") is not a word and
is left alone. A letter-spaced word before a heading in capitals on the same line ("A G E N
D A CIVIC AND PROCEDURAL", the agenda's title run into its first section's) is closed up
too, the heading kept after it.
"""

from __future__ import annotations

import re

from ..model import Furniture, Line

#: five or more single letters, one space between each, then perhaps a colon (with its
#: space, or a dash after it): "S e d e r u n t :", "P R E S E N T", "A P O L O G I E S:-"
LETTER_SPACED = re.compile(
    r"^(?P<indent>[ \t]{0,40})(?P<letters>[A-Za-z](?: [A-Za-z]){4,30})(?P<stop> ?:-?)?$"
)
#: a word has vowels; a row of initials or marks mostly has none
VOWELS = re.compile(r"[aeiouAEIOU]")
MIN_VOWELS = 2


def closed_up(text: str) -> str | None:
    """'S e d e r u n t :' as 'Sederunt:'; None when the line is not one letter-spaced
    word (with the case of a word: capitals, or a capital then small letters)."""
    match = LETTER_SPACED.fullmatch(text) if "  " not in text.strip() else None
    if match is None:
        return None
    word = match["letters"].replace(" ", "")
    if len(VOWELS.findall(word)) < MIN_VOWELS:
        return None
    if list(word.upper()) == sorted(set(word.upper())):
        return None  # "A B C D E": a key of columns, in the alphabet's order
    if not (word.isupper() or (word[0].isupper() and word[1:].islower())):
        return None
    stop = (match["stop"] or "").strip()
    return f"{match['indent']}{word}{stop}"


#: a letter-spaced word, then a heading in capitals: "A G E N D A CIVIC AND PROCEDURAL"
SPACED_BEFORE_CAPITALS = re.compile(
    r"^(?P<spaced>[ \t]{0,40}[A-Za-z](?: [A-Za-z]){4,30})"
    r"(?P<rest> [A-Z]{2,}(?:[ ,&/-]+[A-Z]{2,}){0,12})$"
)


def closed_up_before_capitals(text: str) -> str | None:
    """'A G E N D A CIVIC AND PROCEDURAL' as 'AGENDA CIVIC AND PROCEDURAL'; None when the
    line does not open with a letter-spaced word before a heading in capitals."""
    match = SPACED_BEFORE_CAPITALS.fullmatch(text) if len(text) <= 300 else None
    if match is None:
        return None
    word = closed_up(match["spaced"])
    return None if word is None else word + match["rest"]


def close_up_letter_spacing(lines: list[Line]) -> tuple[list[Line], list[Furniture]]:
    """Every letter-spaced word alone on its line (or before a heading in capitals), closed
    up; nothing is removed."""
    out: list[Line] = []
    for line in lines:
        word = None
        if line.text.count(" ") >= 4:
            word = closed_up(line.text) or closed_up_before_capitals(line.text)
        out.append(Line(line.number, word) if word is not None else line)
    return out, []
