"""Officers in attendance printed by post, each with its holder's initials in brackets.

Some councils (Welsh planning committees among them) list the officers at a meeting by
post, the initials the minutes use for them after each, run on without commas and over
several paragraphs:

    IN ATTENDANCE: Head of Planning (GRH) Development Manager (SLT) Planning Officer

    Highways Engineer (Network Management (PDW) Solicitor (AEM) Committee Officer (CJB)

The initials name one officer: each post is a person there, read as printed with the
initials as its capacity (a post printed without them, as the last on a line may be, is
read with none). A bracket opened and not closed before the initials is kept as printed.
Only a line of two or more such brackets, or the line after one in the same list, is
read so; a bracket of anything but initials ("(Planning)") is another layout.
"""

from __future__ import annotations

import re

from .names import is_office

#: "Head of Planning (GRH)": a post (capitalised, no digits or stops) and a bracket
#: ending in initials, up to its first closing bracket
POST_BRACKET = re.compile(
    r"\s*(?P<post>[A-Z][A-Za-z&'’ -]{2,80}?)\s*\((?P<bracket>[^)]{2,80}?)\)[,;]?"
)
#: the initials closing a bracket: "GRH", or "... Way (JRWO" after an unclosed bracket
INITIALS_END = re.compile(r"(?:^|[\s(])[A-Z]{2,5}$")
#: a post left without initials at the end of the line: capitalised words only
BARE_POST = re.compile(r"^(?:and\s+)?(?P<post>[A-Z][A-Za-z&'’ -]{2,80})$")
MIN_BRACKETS = 2
#: last words of posts that is_office does not know by its office words
POST_ENDS = frozenset(
    {"engineer", "planner", "surveyor", "accountant", "administrator", "technician", "adviser"}
)


def _a_post(post: str) -> bool:
    """Whether a piece is a post: an office, or a post's usual last word."""
    return is_office(post) or post.split()[-1].lower() in POST_ENDS


def post_initials(text: str) -> list[tuple[int, str, str | None]] | None:
    """Each (offset, post, initials) of a line of posts with initials; None unless the
    whole line is such posts (the last may lack its bracket), each one an office."""
    text = text.rstrip().rstrip(".")
    if len(text) > 1000:
        return None
    found: list[tuple[int, str, str | None]] = []
    at = 0
    while at < len(text):
        match = POST_BRACKET.match(text, at)
        if match is None:
            break
        if not INITIALS_END.search(match["bracket"]):
            return None
        found.append((match.start("post"), match["post"].strip(), match["bracket"].strip()))
        at = match.end()
    rest = text[at:].strip()
    if rest:
        bare = BARE_POST.match(rest)
        if bare is None or not found:
            return None
        found.append((text.index(rest, at), bare["post"].strip(), None))
    if not found or not all(_a_post(post) for _, post, _ in found):
        return None  # "Ann Reid (AR)": a person and her initials, not a post
    return found


def post_initials_line(text: str, *, going_on: bool = False) -> bool:
    """Whether a line is posts with initials: two brackets at least, or one when it goes
    on a list already read so."""
    found = post_initials(text)
    if found is None:
        return False
    return sum(1 for _, _, initials in found if initials) >= (1 if going_on else MIN_BRACKETS)
