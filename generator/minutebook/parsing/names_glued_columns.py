"""Untitled names of a two-column list run together, the space between cells lost.

A list of members printed two to a row ("Ann Reid (Chair)" beside "Ben Moss") reaches the
text, in some conversions, as one run of words: the cells are glued where the space was
lost ("Ann ReidBen Moss") or parted by a single space ("Cara Lowe OBE Dan Pym"). No comma
parts the names, so the list reads as one long name. The run is cut:

- inside a word, before a capital that follows at least `MIN_LEFT` letters of a word
  that opened with a capital ("ReidBen": a surname, then a forename; "CastD.G. Reid": a
  surname, then the next name's initials), unless the capital is a run-together
  surname's own ("McLean", "MacLeod", "FitzGerald");
- after a closing bracket or an honour ("OBE") when a capitalised word follows.

The cut is kept only when every piece then reads as a name of two to four words.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..vocabulary import HONOUR

#: letters of a glued surname before the next cell's capital: "Reid|Ben" cuts, "Mac|Leod"
#: does not
MIN_LEFT = 4
#: ... and before the next cell's initials, which no surname's own capital is followed by:
#: "Ray|C.D. Wild" cuts
MIN_LEFT_BEFORE_INITIALS = 2
#: a surname's own capital inside it: "McLean", "MacLeod", "FitzGerald", "DeVito"
OWN_CAPITAL = re.compile(r"^(?:Mc|Mac|Fitz|De|Le|La|Di|Van|Von|O')[A-Z]")
#: a lost space inside a word: a capitalised word's lower-case letters, then a capital
#: and lower case ("ReidBen")
GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]|[A-Z]\.(?:[A-Z]\.){0,3}\s?[A-Z][a-z])")
#: a bracket or an honour closing one name, a capitalised word opening the next
AFTER_END = re.compile(rf"(?:\)|(?<=\s){HONOUR}\b)\s(?=[A-Z][a-z])")
#: a name's words: capitalised, hyphened or an initial; a bracket after the name
NAME = re.compile(
    r"^[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){1,3}"
    rf"(?:\s{HONOUR})?(?:\s\([^()]{{1,80}}\))?$"
)
#: the fewest words that make a run worth cutting
MIN_WORDS = 3


def _glue_points(piece: str) -> list[int]:
    """Where spaces were lost inside the piece's words."""
    points = []
    for glue in GLUE.finditer(piece):
        start = piece.rfind(" ", 0, glue.start()) + 1  # the glued word's first letter
        word = piece[start:]
        if not word[:1].isupper():
            continue
        own = OWN_CAPITAL.match(word)
        if own is not None and start + own.end() - 1 == glue.start():
            continue  # "Fitz|Gerald": the surname's own capital
        left = piece[start : glue.start()].rsplit("-", 1)[-1]
        initials = piece[glue.start() + 1 : glue.start() + 2] == "."  # "RayC.D. Wild"
        if len(left) >= (MIN_LEFT_BEFORE_INITIALS if initials else MIN_LEFT) and left.isalpha():
            points.append(glue.start())
    return points


def split_glued_columns(offset: int, piece: str) -> list[tuple[int, str]] | None:
    """The names of a run of untitled names with no commas ("Ann ReidBen Moss (Chair)
    Cara Lowe OBE Dan Pym"), each with its offset; None when the piece is no such run
    (too short, nothing glued, or a piece that would read as no name)."""
    if len(piece.split()) < MIN_WORDS or len(piece) > 600:
        return None
    glued = _glue_points(piece)
    if not glued:
        return None
    cuts = sorted({*glued, *(m.end() for m in AFTER_END.finditer(piece))})
    bounds = [0, *cuts, len(piece)]
    parts = [(offset + a, piece[a:b].strip()) for a, b in pairwise(bounds)]
    if len(parts) < 2 or not all(NAME.match(text) for _, text in parts):
        return None
    return parts
