"""A titled name run on into more names by their initials, with no commas between them.

A list of members set out as a table of several columns, one name a cell, loses its
cells when the PDF is flattened: the title printed once at the head of each column stays
with the first name only, and every row runs on with spaces alone between the names:

    Councillor A Reid Councillor B C Moss D Lowe E F Hart Mrs G Pym H Kerr

Cut at each title, the pieces still hold several names ("Councillor B C Moss D Lowe E F
Hart"). A piece is cut again at each name only when all of it is names of one to three
initials and a surname (the first may keep its title), at least two of them; a name
whose surname is of two words ("A Reid Jones"), a first name, or a word in lower case
leaves the piece as it was. Northern Irish councils head each rank's run with the rank in
the plural ("Aldermen A Reid B C Moss", "Councillors D Lowe ..."), which stays with the
first name; a member's post-nominal after a comma ("D Lowe, MLA E Hart F Pym") is run on
into the next name and is cut off to go with the name before it.
"""

from __future__ import annotations

import re

from ..vocabulary import (
    HONOUR,
    OFFICE_WORDS,
    ORGANISATION_WORDS,
    PLURAL_TITLE,
    STARTS_WITH_TITLE,
    TITLE,
)

#: a surname's word: "Reid", "McLean", "O'Brien", "Harmer-Strange"
SURNAME = r"(?:Ma?c|O['’])?[A-Z][a-z][\w'’-]{0,30}"
#: a name's initials: one to four with or without stops and spaces ("A", "L.R.", "T.A.J."),
#: or two or three printed together ("KR", "CWH")
INITIALS = r"(?:(?:[A-Z](?:\.\s?|\s)){1,4}|[A-Z]{2,3}\s)"
#: one name of the run: an optional title, one to four initials with or without stops and
#: spaces ("A", "L.R.", "T.A.J.", "K.Davies"), a surname of one word, then a space
#: or the end
ENTRY = re.compile(rf"(?:{TITLE}\s)?{INITIALS}{SURNAME}(?:\s|$)")
#: a name of a long run, its surname maybe of two words ("A Vaughan Owen")
LONG_ENTRY = re.compile(rf"(?:{TITLE}\s)?{INITIALS}{SURNAME}(?:\s{SURNAME})?(?:\s|$)")
#: Fewest names of a run whose surnames may be of two words
LONG_RUN = 4
#: a plural rank heading the run ("Aldermen", "Councillors:")
PLURAL_LABEL = re.compile(rf"{PLURAL_TITLE}:?\s")
#: an honour opening a piece, run on into a name by initials: "MLA T Moss" of "A Reid, MLA
#: T Moss"
HONOUR_THEN_NAME = re.compile(rf"({HONOUR}) (?=(?:{TITLE} )?(?:[A-Z]\.? ){{1,3}}[A-Z][a-z])")
#: the longest piece read so
MAX_PIECE = 1500


def initials_run_names(piece: str) -> list[tuple[int, str]] | None:
    """'Councillor B C Moss D Lowe E F Hart': each name with its offset in the piece
    ((0, "Councillor B C Moss"), (19, "D Lowe"), ...); None unless the whole piece is two
    or more names of initials. In a long run (`LONG_RUN` names or more) the list's shape
    is plain, and a surname of two words ("A Vaughan Owen") is read too."""
    if len(piece) > MAX_PIECE or piece.count(" ") < 3:
        return None
    names = _run(piece, ENTRY)
    if names is None:
        names = _run(piece, LONG_ENTRY)
        if (
            names is None
            or len(names) < LONG_RUN
            or any(
                w.lower() in OFFICE_WORDS or w.lower() in ORGANISATION_WORDS
                for _, name in names
                for w in name.split()
            )
        ):
            return None
    return names if len(names) >= 2 else None


#: one name of a roll of surnames, some with their initials: "K. Malik", "Roche", "J.R. Hall",
#: a bracket after it perhaps ("Simmons (Chair)")
ROLL_ENTRY = re.compile(rf"(?:(?:[A-Z]\.\s?){{1,3}})?{SURNAME}(?:\s\([^()]{{1,40}}\))?(?:\s|$)")
#: Fewest names of a roll, and fewest of them with initials
ROLL_NAMES = 4
ROLL_INITIALLED = 2


def surname_roll_names(piece: str) -> list[tuple[int, str]] | None:
    """'Simmons (Chair) K. Malik A. Hussain Roche Shaw': a roll of surnames, some with
    their initials (each stopped), as a two-column list flattened prints it; each name with
    its offset, or None unless the whole piece is such a roll of `ROLL_NAMES` names, two
    at least with initials (a run of forenames and surnames has none)."""
    if len(piece) > MAX_PIECE:
        return None
    names = _run(piece, ROLL_ENTRY)
    if names is None or len(names) < ROLL_NAMES:
        return None
    if sum(1 for _, name in names if re.match(r"[A-Z]\.", name)) < ROLL_INITIALLED:
        return None
    words = [w.lower() for _, name in names for w in name.split("(")[0].split()]
    if any(w in OFFICE_WORDS or w in ORGANISATION_WORDS for w in words):
        return None  # "Chief Executive", "Parish Council": a post or a body, no roll
    return names


def _run(piece: str, entry: re.Pattern[str]) -> list[tuple[int, str]] | None:
    """The piece cut into names of the entry's shape; None when any part is not one."""
    names: list[tuple[int, str]] = []
    # "Aldermen A Reid B Moss": the plural rank over them all stays with the first name
    label = PLURAL_LABEL.match(piece)
    at = label.end() if label else 0
    while at < len(piece):
        match = entry.match(piece, at)
        if match is None or (names and STARTS_WITH_TITLE.match(match.group())):
            return None  # a second title: the title cut has its own reading
        start = 0 if not names else at
        names.append((start, piece[start : match.end()].strip()))
        at = match.end()
    return names


def honours_apart(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pieces of a list split at its commas, with an honour opening one before a name
    by its initials ("A Reid" | "MLA T Moss B Lowe") cut off as a piece of its own, to go
    with the name before it."""
    out: list[tuple[int, str]] = []
    for offset, piece in pieces:
        match = HONOUR_THEN_NAME.match(piece) if out and len(piece) <= MAX_PIECE else None
        if match is None:
            out.append((offset, piece))
            continue
        out.append((offset, match.group(1)))
        out.append((offset + match.end(), piece[match.end() :]))
    return out
