"""A minute's one-word text printed on its heading's line: "24/44 Apologies: None".

Parish minutes put a standing item with nothing to record on one line, its answer after
the title, with a colon or only a space: "12/03 Apologies for Absence: None", "12/05
Matters Arising None", "7. Declarations of Interest – Nil". The answer is the minute's
text, not the end of its title: `with_reply_tails` takes it off the title and keeps it as
the text printed on the heading's line. A standing item that only hears who is absent or
interested ("Apologies", "Declarations of Interest") carries no subtitle in words of lower
case either: after a spaced dash, such words are what it records ("2) Declarations of
Interest – AR and TM in relation to the allotments"); a subtitle in title case or capitals
("DECLARATIONS OF INTEREST - MOTIONS") stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .minute_headings import MinuteHeading

#: a title (four characters or more), then a colon, a dash or a space, then "None" or "Nil"
#: (with what there was none of: "None received", "Nil declared") closing the line
REPLY_TAIL = re.compile(
    r"^(?P<title>\S.{2,150}?)(?:\s{0,2}[:–—-]\s{0,3}|\s{1,3})"
    r"(?P<reply>(?:None|NONE|Nil|NIL)(?:\s{1,2}(?:received|declared|reported|noted))?\.?)$"
)
#: a standing item whose business is only to hear who: "Apologies", "Declarations of
#: Interest", then a spaced dash and whatever the minute records ("– PM and GW in relation
#: to the allotments", "– Cllrs Reid and Moss"): never a subtitle
STANDING_DASH = re.compile(
    r"^(?P<title>(?i:apologies(?:\s+for\s+absence)?|declarations?\s+of\s+(?:members['’]?\s+)?"
    r"interests?))\s{1,3}[–—-]\s{1,3}(?P<reply>[A-Z0-9].{1,300})$"
)
#: a word in lower case of four letters or more: what a record says, not a subtitle in
#: title case or capitals ("DECLARATIONS OF INTEREST - MOTIONS")
SENTENCE_WORD = re.compile(r"\b[a-z]{4,}\b")
#: words a title never ends with: "... There Were" / "None" is a sentence's end
OPEN_ENDS = frozenset({"of", "the", "and", "or", "to", "for", "were", "was", "are", "is", "by"})


def reply_tail(title: str) -> tuple[str, str] | None:
    """The title and the answer after it, when the title ends with "None" or "Nil", or
    is a standing item's with what it recorded after a dash."""
    standing = STANDING_DASH.match(title)
    if standing is not None and SENTENCE_WORD.search(standing["reply"]):
        return standing["title"], standing["reply"]
    match = REPLY_TAIL.match(title)
    if match is None:
        return None
    head = match["title"].rstrip(" :–—-")
    if head.split()[-1].lower() in OPEN_ENDS:
        return None
    return head, match["reply"]


def with_reply_tails(found: list[MinuteHeading]) -> list[MinuteHeading]:
    """The headings with an answer printed after the title taken off it, as the minute's
    text on the heading's line (a heading that already has such text is left alone)."""
    mended: list[MinuteHeading] = []
    for heading in found:
        split = None if heading.run_on else reply_tail(heading.title)
        mended.append(
            heading if split is None else replace(heading, title=split[0], run_on=split[1])
        )
    return mended
