"""A list of those present printed post first, one post and its holder after a dash.

Parish councils print their present list as posts, each with its holder after a spaced
dash, and the holder's familiar name in brackets:

    Present:
    Chairman – A.B Reid (Ann), Vice Chairman – B. Moss (Ben)
    Parish Councillors – E Hart (Eve), F. Dunn (Fay)
    Deputy Clerk – C. Lowe (Cara)
    County Councillor for Fenby Rural – D Pym (Dan)

Read as names, the first post became a name and the rest of the line its capacity.
`post_holders_first` rewrites such a line holder first, the post in brackets ("A.B Reid
(Chairman), B. Moss (Vice Chairman)"), the form the list reader reads. Only a line made
of such pairs alone is rewritten, each post holding an office word or "Councillor"; a
group's line ("Parish Councillors – E Hart ...") keeps its names alone.

The bracket after an initialled name that holds one word starting with the name's first
initial ("A.B Reid (Ann)", "T Bond (Terry)") is the holder's familiar name, not what they
attend as: `familiar_name` tells it. A list that brackets two or more such names, half or
more of its one-word brackets, so brackets them all: there "A Houghton (Tony)" is the
same ("Tony" for Anthony); the list reader sets them aside (`familiar_names`).
"""

from __future__ import annotations

import dataclasses
import re

from ..vocabulary import OFFICE_WORDS
from .names import NameEntry

#: A holder: initials (with or without stops) and a surname, or a titled name
_HOLDER = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z]\.?\s?){1,3}\s?"
    r"[A-Z][\w'’-]{1,30}(?:-[A-Z][\w'’-]{1,30})?"
)
#: One pair: the post (capitalised first word, up to twelve words), a spaced dash, the
#: holder and perhaps a bracket
PAIR = re.compile(
    r"^(?P<post>[A-Z][\w'’&/.-]{0,30}(?:\s[\w'’&/.-]{1,30}){0,12}?)\s[–—-]\s"
    rf"(?P<holder>{_HOLDER})(?:\s\((?P<bracket>[^()]{{1,40}})\))?$"
)
#: A group of members, a spaced dash, then the first holder: "Parish Councillors – T Bond"
GROUP_DASH = re.compile(
    r"^(?:[A-Z][\w'’-]{1,30}\s){1,3}(?:Councillors|Members|Cllrs)\s[–—-]\s" rf"(?={_HOLDER})"
)
#: Words that make a phrase a post, besides the office words
POST_WORDS = frozenset({"councillor", "cllr", "alderman", "representative", "warden"})
#: The longest line read
MAX_LINE = 600


def _is_post(post: str) -> bool:
    words = {w.lower().strip(".,") for w in post.split()}
    return bool(words & (OFFICE_WORDS | POST_WORDS))


def post_holders_first(text: str) -> str:
    """The line rewritten "Holder (Post), ..." when it is made of "Post – Holder" pairs
    alone, separated by commas; the line as it is otherwise."""
    if len(text) > MAX_LINE or not re.search(r"\s[–—-]\s", text):
        return text
    group = GROUP_DASH.match(text.strip())
    if group is not None:  # "Parish Councillors – T Bond (Terry), ...": the names it heads
        return text.strip()[group.end() :]
    pieces = text.strip().rstrip(".").split(",")
    pairs = [p for piece in pieces if (p := PAIR.match(piece.strip())) and _is_post(p["post"])]
    if len(pairs) != len(pieces):
        return text
    return ", ".join(_holder_first(pair) for pair in pairs)


def _holder_first(pair: re.Match[str]) -> str:
    """'A Reid (Chairman)', the bracket kept beside the post unless a familiar name."""
    bracket = pair["bracket"]
    if bracket and not familiar_name(pair["holder"], bracket):
        return f"{pair['holder']} ({pair['post']}, {bracket})"
    return f"{pair['holder']} ({pair['post']})"


#: A name whose forenames are initials alone: "A.B Reid", "T Bond", "Mr J. Ferguson"
INITIALLED = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?P<first>[A-Z])\.?(?:\s?[A-Z]\.?){0,2}\s"
)
#: One word, capitalised, of letters
FORENAME = re.compile(r"^[A-Z][a-z]{1,14}$")


def familiar_name(name: str, bracket: str) -> bool:
    """Whether `bracket` after `name` is the holder's familiar forename ("T Bond" and
    "Terry"): one word of letters, no office, starting with the name's first initial."""
    initials = INITIALLED.match(name.strip())
    word = bracket.strip()
    if initials is None or not FORENAME.match(word) or word.lower() in OFFICE_WORDS:
        return False
    return word[0] == initials["first"]


#: Names a list brackets so before all its one-word brackets are read as names
LIST_CONVENTION = 2


def _forename_shaped(entry: NameEntry) -> bool:
    bracket = (entry.capacity or "").strip()
    return (
        INITIALLED.match(entry.as_written.strip()) is not None
        and FORENAME.match(bracket) is not None
        and bracket.lower() not in OFFICE_WORDS
    )


def familiar_names(entries: list[NameEntry]) -> list[NameEntry]:
    """The entries with their familiar forenames set aside as no capacity: every one-word
    bracket of letters after initials, in a list where two or more, and half or more, of
    them start with the name's initial. A ward's name may share a councillor's initial
    ("B Moss (Bilsington)"); a list of wards seldom does so for half its members."""
    shaped = [e for e in entries if e.capacity and _forename_shaped(e)]
    sure = sum(1 for e in shaped if familiar_name(e.as_written, e.capacity or ""))
    if sure < LIST_CONVENTION or 2 * sure < len(shaped):
        return entries
    return [dataclasses.replace(e, capacity=None) if e in shaped else e for e in entries]
