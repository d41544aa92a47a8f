"""An attendance table of two columns, "Member | Authority", flattened onto one run of text.

Converting a PDF often loses the table's cells and prints its rows one after another:

    Present: Cllr A Reid, Northdown District Council Cllr Mrs B Moss, Eastwold
    Borough Council (Chairman) Mr C Lowe, Co-opted Member Cllr D Pym (substitute),
    Westmarsh Council

Each title starts a member; what follows the name (after a comma, or straight after a
surname) up to a word ending an authority ("Council", "Authority", "Member") is the
column the member sits for. A bracket after the authority stays with it as printed
("Eastwold Borough Council (Chairman)"); one after the name is added after a comma;
"(substitute)" says how they came. An elected mayor is titled "Mayor" and sits as the
"Mayor of <place>". A member printed without a title ("J Bugg, Fenshire Police
Authority", common among officers and co-opted members) starts a row too when their
initials and surname stand before a comma. The reading applies only when at least three
members are found and every piece of the run is such a pair, so an ordinary list of
names, or a sentence, is left to the name-list reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..vocabulary import NAME_WORD, TITLE
from .names import NameEntry

#: A member's title, with a council's word before it ("Cty Cllr", "County Councillor")
#: and a second title after it ("Cllr Mrs").
MEMBER_TITLE = re.compile(
    rf"(?:(?<=\s)|^)(?:(?:(?:Cty|County|Borough|District)\s+)?{TITLE}(?:\s+{TITLE})?(?=\s)"
    # an elected mayor before their name ("Mayor Ann Reid"), not the seat ("Mayor of X")
    r"|Mayor(?=\s+[A-Z]))"
)
#: An untitled member: initials and a surname before a comma ("J Bugg, X Authority")
UNTITLED_MEMBER = re.compile(r"(?:(?<=\s)|^)(?:[A-Z]\.?\s+){1,3}[A-Z][a-z][\w'’-]{0,30}(?=,)")
#: A name with no comma after it: its initials and surname, or a first name and surname
UNCOMMAED_NAME = re.compile(
    rf"^(?:(?:[A-Z]\.?\s+){{1,3}}{NAME_WORD}|[A-Z][a-z][\w'’-]*\s+{NAME_WORD})(?=\s)"
)
#: The words after a title up to a comma: initials, names, particles
NAME_WORDS = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD}){{0,5}}$")
#: The authority column: capitalised words (with "and", "of", "the", "&" between)
#: ending in the word a council's or a seat's name ends in
AUTHORITY = re.compile(
    r"^(?:(?:[A-Z][\w'’.-]*|and|of|the|&)\s+){0,7}"
    r"(?:Council|Authority|[Mm]ember)$"
    # an elected mayor's seat: "Mayor of Westbury"
    r"|^Mayor\s+of(?:\s+[A-Z][\w'’-]*){1,3}$"
)
#: A bracket closing a piece: "(Chairman)", "(substitute)"
TRAILING_BRACKET = re.compile(r"\s*\((?P<note>[^()]{1,60})\)$")
SUBSTITUTE_NOTE = re.compile(r"^substitute(?:\s+member)?$", re.IGNORECASE)
#: Fewer pairs than this is not a table
FEWEST_PAIRS = 3
#: Longest run read (a table of some forty members)
LONGEST_RUN = 4000


@dataclass(frozen=True)
class FlatMember:
    """One row read back from the flattened table."""

    entry: NameEntry
    substitute: bool


def _without_brackets(piece: str) -> tuple[str, list[str]]:
    """The piece and the brackets closing it, innermost last."""
    notes: list[str] = []
    for _ in range(2):
        match = TRAILING_BRACKET.search(piece)
        if match is None:
            break
        notes.insert(0, match["note"].strip())
        piece = piece[: match.start()].rstrip()
    return piece, notes


def _pair(title: str, rest: str, start: int) -> FlatMember | None:
    """One "<title> <name>[ (note)][,] <authority>[ (note)]" piece; None if it is not."""
    rest, after = _without_brackets(rest.strip().rstrip(",;").rstrip())
    if "," in rest:
        name, _, authority = rest.partition(",")
    else:
        match = UNCOMMAED_NAME.match(rest)
        if match is None:
            return None
        name, authority = match.group(), rest[match.end() :]
    name, before = _without_brackets(name.strip())
    authority = authority.strip()
    if not NAME_WORDS.match(name) or not AUTHORITY.match(authority):
        return None
    notes = before + after
    substitute = any(SUBSTITUTE_NOTE.match(n) for n in notes)
    # the bracket after the authority as printed: "Eastwold Borough Council (Chairman)"
    printed = "".join(f" ({n})" for n in after if not SUBSTITUTE_NOTE.match(n))
    others = [n for n in before if not SUBSTITUTE_NOTE.match(n)]
    capacity = ", ".join([authority + printed, *others])
    entry = NameEntry(f"{title} {name}".strip(), capacity, False, start=start)
    return FlatMember(entry, substitute)


def flattened_table(text: str) -> list[FlatMember] | None:
    """The members of a "Member | Authority" table printed as one run; None unless the
    run starts with a title, every titled piece is a name and an authority, and there
    are at least three."""
    if len(text) > LONGEST_RUN:
        return None
    starts = _row_starts(text)
    if len(starts) < FEWEST_PAIRS or starts[0][0] > 0:
        return None
    members: list[FlatMember] = []
    for (at, title), following in zip(starts, [*starts[1:], None], strict=True):
        end = following[0] if following else len(text)
        member = _pair(title, text[at + len(title) : end], at)
        if member is None:
            return None
        members.append(member)
    return members


def _row_starts(text: str) -> list[tuple[int, str]]:
    """Where each row starts, with its title ("" for an untitled member), in order."""
    titles = [(m.start(), m.group()) for m in MEMBER_TITLE.finditer(text)]
    title_ends = {m.end() for m in MEMBER_TITLE.finditer(text)}
    untitled = [
        (m.start(), "")
        for m in UNTITLED_MEMBER.finditer(text)
        # the initials after a title are that member's own: "Cllr R G Hannam,"
        if m.start() - 1 not in title_ends and m.start() not in title_ends
    ]
    return sorted(titles + untitled)
