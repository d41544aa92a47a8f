"""The blocks of an agenda's front sheet flattened onto one line, beyond its labelled fields.

A fire or police authority's front sheet prints its meeting's heading, its quorum, its
members under a heading without a colon, the officer to ask and the page's footer:
"EASTSHIRE FIRE AUTHORITY Meeting of the Authority Wednesday, 4 March 2026 ... Quorum: 6
Membership Councillor Anne Ash Chairman Councillor Bob Birch ... For information about
the meeting please ask for: Jane Cole 01234 567890 Page 1 of 40 Page 2 of 40 ...".
Flattened onto one line, none of these blocks has a colon-labelled field a front sheet's
other markers know, so the line was left whole and its members were never read.

Each function returns the positions where the line is cut ([] when none applies); each
pattern is bounded and reads the line's matches once.
"""

from __future__ import annotations

import re

from ..vocabulary import WEEKDAY_NAME

#: "Membership Councillor Anne Ash ...", "MEMBERSHIP County Councillor ...": the members'
#: heading without a colon, before the first member's title (not "Members", which a
#: table's group names: "Non-Constituent Members Councillor ...")
MEMBERS_HEADING = re.compile(
    r"(?<!\S)(?:Membership|MEMBERSHIP)"
    r"(?=[ ]{1,3}(?:County[ ]{1,3})?(?:Councillors?|Cllrs?\.?)[ ]{1,3}[A-Z])"
)
#: "Quorum: 6", "Quorum - one third of the members": the front sheet's quorum
QUORUM = re.compile(r"(?<!\S)(?:Quorum|QUORUM)[ ]{0,2}[:–-][ ]{0,3}(?=\S)")
#: "For information about the meeting please ask for:", "For further information please
#: contact:", "please ask for:": the officer to ask, after the members
ASK_FOR = re.compile(
    r"(?<!\S)(?:For[ ]{1,3}(?:further[ ]{1,3}|more[ ]{1,3})?information[^:]{0,60}?"
    r"|[Pp]lease[ ]{1,3})(?:ask[ ]{1,3}for|contact)[ ]{0,2}:"
)
#: "Page 1 of 40": a page's footer (the next page's text follows it)
PAGE_OF = re.compile(r"(?<!\S)Page[ ]{1,3}\d{1,4}[ ]{1,3}of[ ]{1,3}\d{1,4}(?=\s|$)")


#: "... Fire & Rescue Service Meeting of Westshire Fire Authority Wednesday, ...": the
#: meeting's title after the letterhead, near the line's start
MEETING_TITLE = re.compile(r"(?<=\S )(?:Meeting|MEETING)[ ]{1,3}(?:of|OF)[ ]{1,3}(?=[A-Z])")
#: "Wednesday, 22 April": the meeting's day after its title, on a line of its own
WEEKDAY = re.compile(r"(?<=\S )" + WEEKDAY_NAME + r"\b")
#: How long the meeting's title runs before its day
MAX_TITLE_CHARS = 120
#: How far into the line the meeting's title stands
TITLE_REACH = 300


def meeting_title(text: str) -> list[int]:
    """Where the meeting's title ("Meeting of <body>") starts after a letterhead, and its
    day after it, when the line holds a front sheet's other blocks (`front_blocks`)."""
    title = MEETING_TITLE.search(text, 0, TITLE_REACH) if front_blocks(text) else None
    if title is None:
        return []
    day = WEEKDAY.search(text, title.end(), title.end() + MAX_TITLE_CHARS)
    return [title.start(), day.start()] if day else [title.start()]


def members_headings(text: str) -> list[int]:
    """Where a members' heading without a colon starts and ends, before its first member:
    the heading stands on a line of its own over its list (no colon ties the two)."""
    heading = MEMBERS_HEADING.search(text)
    return [heading.start(), heading.end()] if heading else []


def front_blocks(text: str) -> list[int]:
    """Where a front sheet's quorum and the officer to ask start, and where each page's
    footer ("Page 1 of 40") starts and ends."""
    cuts = [m.start() for m in QUORUM.finditer(text)][:1]
    cuts += [m.start() for m in ASK_FOR.finditer(text)][:1]
    for footer in PAGE_OF.finditer(text):
        cuts += [footer.start(), footer.end()]
    return cuts
