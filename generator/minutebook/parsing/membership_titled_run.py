"""A front sheet's members as titled names run on one after another, no commas between.

An agenda's front sheet often prints the membership one name a line, each with its title
("Councillor Ann Bell" / "Councillor Carl Dunn"), the chair's and vice-chair's office in a
column beside them. When the text layer of the sheet is flattened onto one line, the rows
run on with nothing between them but the repeated title:

    ... Membership Councillor Ann Bell Chairman Councillor Carl Dunn Councillor Ed Frost
    Vice-Chairman Councillor Gil Hart For information about the meeting ...

Each member is the title and the capitalised words after it up to the next title; an
office after the name ("Chairman", "Vice-Chair") is no part of it and says nothing of
what the member represents. The last member ends before the first capitalised word that
opens a sentence (a word followed by a lower-case word). The list needs the heading
("Membership", "Members") right before its first title, the same title before every
member, and at least `MIN_MEMBERS` of them.
"""

from __future__ import annotations

import re

from ..model import Line, MembershipFacts
from ..vocabulary import PARTICLES
from .names import names_an_organisation
from .text import plain

#: "Membership Councillor", "Members: Cllr", "MEMBERSHIP (12) Councillor": the heading
#: and the first member's title
HEADING = re.compile(
    r"(?<![\w-])(?:Membership|MEMBERSHIP|Members|MEMBERS)\s?(?:\(\d{1,3}\))?\s?[:–—-]?\s"
    r"(?=(?P<title>Councillor|Cllr\.?|County\sCouncillor)\s[A-Z])"
)
#: an office after a member's name, left out of it
OFFICE = re.compile(r"\s\(?(?:Vice[- ]|Deputy\s)?Chair(?:man|woman|person)?\)?$", re.IGNORECASE)
#: a capitalised word of a name ("Hedley", "O'Neill", "Smith-Jones", an initial "A.")
NAME_WORD = re.compile(r"^[A-Z][\w'’.-]{0,30}$")
#: characters read after the heading at most; members read at most; fewest for a list
MAX_CHARS = 4000
MAX_MEMBERS = 120
MIN_MEMBERS = 3
#: words a name may have after its title ("Lady Patricia Newton-Hale")
MAX_NAME_WORDS = 5


def _name_words(piece: str, last: bool) -> list[str] | None:
    """The words of the name in a piece between two titles (its office cut), None when
    the piece is no name. In the last piece, the name stops before a sentence."""
    words = piece.split()
    if last:
        kept: list[str] = []
        for k, word in enumerate(words[: MAX_NAME_WORDS + 2]):
            after = words[k + 1] if k + 1 < len(words) else ""
            if kept and after[:1].islower() and after not in PARTICLES:
                break  # "Wood For information ...": "For" opens the sentence after
            kept.append(word)
        words = kept
    words = OFFICE.sub("", " ".join(words)).split()
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return None
    if not all(NAME_WORD.match(w) or w in PARTICLES for w in words):
        return None
    if names_an_organisation(" ".join(words)):
        return None  # "Ann Bell Ashby Borough Council": a table's row, read elsewhere
    return words


def titled_run(line: Line) -> list[MembershipFacts] | None:
    """The members of a line where a "Membership" heading is followed by titled names run
    on ("Membership Councillor A Bell Chairman Councillor C Dunn ..."); None when the
    line holds no such list of at least `MIN_MEMBERS`."""
    text = plain(line.text)
    heading = HEADING.search(text)
    if heading is None:
        return None
    title = heading["title"]
    rest = text[heading.end() : heading.end() + MAX_CHARS]
    starts = [m.start() for m in re.finditer(rf"(?<!\S){re.escape(title)}\s", rest)]
    found: list[MembershipFacts] = []
    for k, start in enumerate(starts[:MAX_MEMBERS]):
        end = starts[k + 1] if k + 1 < len(starts) else len(rest)
        piece = rest[start + len(title) : end]
        words = _name_words(piece, last=k + 1 == len(starts))
        if words is None:
            break  # a piece with a sentence in it: the list is over
        found.append(MembershipFacts(f"{title} {' '.join(words)}", "", line.number))
    return found if len(found) >= MIN_MEMBERS else None
