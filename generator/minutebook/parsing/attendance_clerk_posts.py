"""The clerk named inside a list of those present, the post printed before the name.

Parish councils close the list of who was present with their clerk, the post first and
the holder after a dash, a comma or a space:

    Present: Cllr A Reid – Chairman, Cllrs B Moss, C Lowe and the Clerk – Dan Hart
    PRESENT: Councillors A Reid (Chairman), B Moss and the Parish Clerk, Mrs D Hart.
    ATTENDANCE: Cllr A Reid (Chairman), Cllr B Moss, Clerk Dan Hart, County Cllr E Pym
    Present: Mr A Reid (Chairman), Mrs B Moss and the Clerk (Mrs D Hart).

Read as names, the post either swallowed its holder ("the Clerk – Dan Hart" was lost),
was dropped ("Mrs D Hart" with no post), or became the capacity of the member before it.
Each line of the list is rewritten with the holder first and the post in brackets ("Dan
Hart (Clerk)"), the form the list reader reads; the clerk is then in attendance, as a
clerk named in the members' run is (`attendance_clerk_groups`).
"""

from __future__ import annotations

import re

from ..vocabulary import NAME_WORD, TITLE
from .attendance_clerk_groups import CLERK
from .names import is_office

#: the clerk's post, as `CLERK` reads it alone on its line
_POST = CLERK.pattern.removeprefix("^").removesuffix("$")
#: a titled holder ("Mrs S. McIver", "Mr A Ingle"), or a given name and surname
_HOLDER = rf"(?:{TITLE}\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}"
#: "the Clerk – Dan Hart", "the Parish Clerk, Mrs D Hart", "Clerk Dan Hart" as one piece of
#: a list: after the label's colon, a comma, a semicolon or an "and"
CLERK_BEFORE_HOLDER = re.compile(
    rf"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=&\s))(?:[Tt]he\s+)?(?P<post>(?i:{_POST}))"
    rf"(?P<sep>\s*,\s+|\s+[-–—]\s+|\s+)(?P<holder>{_HOLDER})(?=\s*(?:[,;.(]|and\s|&\s|$))"
)
#: "the Clerk (Mrs T Reid)": the holder in brackets after the post, as one piece of a list
CLERK_THEN_BRACKETED = re.compile(
    rf"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=&\s))(?:[Tt]he\s+)?(?P<post>(?i:{_POST}))"
    rf"\s*\((?P<holder>{_HOLDER})\)(?=\s*(?:[,;.]|and\s|&\s|$))"
)
#: an officer's titled name with no post of its own, then the comma before a post: the
#: list prints each holder first ("Mrs N Reay, Town Clerk, ..."; a councillor is no clerk)
NAME_THEN_COMMA = re.compile(
    rf"(?:^|[,:;]\s)(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}},\s$"
)
#: the longest line rewritten
MAX_TEXT = 2000


def clerk_holder_first(text: str) -> str:
    """The line with each clerk printed post first rewritten "Holder (Post)"; the line as
    it is when it prints none."""
    if len(text) > MAX_TEXT or "lerk" not in text.lower():
        return text
    text = CLERK_THEN_BRACKETED.sub(lambda m: f"{m['holder']} ({m['post']})", text)
    return CLERK_BEFORE_HOLDER.sub(_holder_first, text)


def _holder_first(match: re.Match[str]) -> str:
    """One clerk rewritten, or left as printed when the words after the post are not a
    person's name ("Clerk Support Officer")."""
    holder = match["holder"]
    if not holder[:1].isupper() or is_office(holder):
        return match.group()
    # "Mrs N Reay, Town Clerk, Ms E Small, Deputy Clerk": each post after its holder, as
    # the officer's titled name before the post shows
    if match["sep"].strip() == "," and NAME_THEN_COMMA.search(match.string, 0, match.start()):
        return match.group()
    words = holder.split()
    if match["sep"].strip() == "" and not re.match(rf"{TITLE}\s", holder) and len(words) > 3:
        return match.group()  # a space alone parts a post from an untitled name of 2-3 words
    return f"{holder} ({match['post']})"
