"""A member | appointing authority table on a front sheet flattened onto one line.

A combined or joint authority's agenda pack prints its membership as a two-column table
under a heading row ("Membership Constituent Members Appointing Authority"): each member
(a titled councillor, or an untitled business member) beside the authority that appoints
them. When the text layer loses the line breaks and the cells' gaps, the rows run on in
one line: "Councillor Ann Bell (Chair) Ashby Borough Council Councillor Carl Dunn Eastby
City Council Tom Frost Westshire Local Enterprise Partnership ...". Each row is then read
as a name (its title if any and two words that are no initials, an office in brackets)
and the authority after it, up to the word that closes an organisation's name
("Council", "Authority", "Partnership"). A group label between rows ("Non-Constituent
Members") is passed over; the table ends at the first row that reads as neither.
"""

from __future__ import annotations

import re

from ..model import Line, MembershipFacts
from ..vocabulary import STARTS_WITH_TITLE
from .text import plain

#: "Membership Constituent Members Appointing Authority": the heading and its columns'
#: heading row, the last naming the column of what members represent
HEADING = re.compile(
    r"(?<!\S)Membership\s(?:(?:Constituent|Voting|Board|Panel|Committee)\s)?"
    r"(?:Members?|Name|Councillors?)\s(?:(?:Appointing|Nominating|Constituent)\s)?"
    r"(?:Authority|Council|Organisation|Body|Represents|Representing)\s"
)
#: the words that close an organisation's name in the table's second column
CLOSING = frozenset(
    {"Council", "Authority", "Partnership", "Board", "Trust", "Service", "Commission",
     "Agency", "Group", "Forum", "Association", "Company", "Limited", "Ltd", "University",
     "College", "Panel", "Committee", "Police", "Commissioner"}
)  # fmt: skip
#: "Non-Constituent Members", "Observers", "Co-opted Members": a group of the table's rows
GROUP = re.compile(r"^(?:[A-Z][\w'’-]{1,30}\s){0,2}(?:Members|Observers|Representatives)$")
#: "(Chair)", "(Vice-Chair)": an office after a name, left out of it
OFFICE = re.compile(r"^\((?:Vice[- ]|Deputy\s)?Chair(?:man|woman|person)?\)$", re.IGNORECASE)
#: A flattened front sheet is long
MIN_CHARS = 300
#: Rows read at most, and the fewest that make a table
MAX_ROWS = 200
MIN_ROWS = 3
#: Words an authority's name may have
MAX_AUTHORITY_WORDS = 10
#: Words of a name past its title without initials (after initials, the surname alone)
NAME_WORDS = 2


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def _name(words: list[str], at: int) -> tuple[str, int] | None:
    """The name starting at word `at` (a title, then two words, or initials and a
    surname) and where the words after it start, an office's bracket passed over."""
    title = 0
    for size in (3, 2, 1):  # "Deputy Mayor", "Councillor": the longest title first
        if at + size <= len(words) and STARTS_WITH_TITLE.fullmatch(" ".join(words[at : at + size])):
            title = size
            break
    end, full, initials = at + title, 0, 0
    # "Ann Bell", "T J Varley": two words, or initials and a surname
    while end < len(words) and full < (1 if initials else NAME_WORDS) and words[end][:1].isupper():
        initial = _is_initial(words[end]) and not full
        initials, full = initials + initial, full + (not initial)
        end += 1
    if full < (1 if initials else NAME_WORDS) or words[end - 1].startswith("("):
        return None
    name = " ".join(words[at:end])
    if end < len(words) and OFFICE.match(words[end]):
        end += 1  # "(Chair)"
    elif end + 1 < len(words) and OFFICE.match(f"{words[end]} {words[end + 1]}"):
        end += 2  # "(Vice Chair)"
    return name, end


def _authority(words: list[str], at: int) -> tuple[str, int] | None:
    """The authority starting at word `at`, up to the first word closing an organisation."""
    for end in range(at, min(len(words), at + MAX_AUTHORITY_WORDS)):
        if not words[end][:1].isupper() and words[end] not in ("of", "the", "and", "&", "for"):
            return None
        if words[end] in CLOSING:
            return " ".join(words[at : end + 1]), end + 1
    return None


def _group(words: list[str], at: int) -> int | None:
    """Where the rows after a group label ("Non-Constituent Members") start, or None."""
    for size in (1, 2, 3):
        if GROUP.match(" ".join(words[at : at + size])):
            return at + size
    return None


def flattened_member_table(line: Line) -> list[MembershipFacts] | None:
    """The rows of a member | authority table flattened onto a long line; None when the
    line holds no such table or fewer than `MIN_ROWS` rows read."""
    text = plain(line.text)
    heading = HEADING.search(text) if len(text) >= MIN_CHARS else None
    if heading is None:
        return None
    words = text[heading.end() :].split()
    found: list[MembershipFacts] = []
    at = 0
    while at < len(words) and len(found) < MAX_ROWS:
        group = _group(words, at)
        if group is not None:
            at = group
            continue
        name = _name(words, at)
        authority = _authority(words, name[1]) if name else None
        if name is None or authority is None:
            break
        found.append(MembershipFacts(name[0], authority[0], line.number))
        at = authority[1]
    return found if len(found) >= MIN_ROWS else None
