"""The law a meeting sentence says the meeting is held under, which is no part of its place.

Since the Covid regulations of 2020 a notice or a record often says under what law the
meeting sits, between "held" and the place or in the place's stead: "to be held in
accordance with current Covid regulations at: the Village Hall", "held remotely in
accordance with the Local Authorities (Coronavirus) (Meetings) Regulations 2020", "held
via remote access in accordance with the provisions of the ... Regulations". Read as the
place, the clause becomes the venue ("accordance with current Covid regulations at"). The
clause runs from "in accordance with" (or "under the provisions of", "pursuant to") to the
law's own noun ("Regulations", "Act", "guidance", "legislation"), with the year and the
brackets the law's title may carry; "pursuant to Notice" (or a summons, Standing Orders)
says how the meeting was called, no place either. After a place already said ("at the
Parish Hall in line with standing orders the meeting will close ..."), the clause opens a
note that runs to the sentence's end. "Remote access" said alone is how the meeting sat,
no place, as "remotely" is.
"""

from __future__ import annotations

import re

#: how a clause citing a law opens: "in accordance with", "in line with", "under the
#: provisions of", "pursuant to"
LAW_OPENING = r"(?:in\s+(?:accordance|line)\s+with|under\s+the\s+provisions\s+of|pursuant\s+to)\s+"
#: the clause naming the law: "in accordance with the provisions of the ... Regulations 2020"
LEGAL_BASIS = re.compile(
    rf"\b{LAW_OPENING}"
    r"(?:[^.;:]{0,250}?\b(?:regulations|regs|act|guidance|legislation|rules)\b"
    r"(?:\s{0,3}(?:\(\s{0,3}[^()]{0,60}\)|(?:19|20)\d\d)){0,3}"
    # "pursuant to Notice", "in accordance with Standing Orders": how it was called
    r"|(?:the\s+|a\s+)?(?:notice|summons|standing\s+orders?)\b)",
    re.IGNORECASE,
)
#: a place said before the clause ("at the Parish Hall ... in line with standing orders the
#: meeting will close by 9.30"): what follows the clause is a note of its own, no place
PLACE_SAID = re.compile(r"\b(?:at|in)\s+(?:the\s+)?[A-Z]")
#: how a meeting sat when it sat by remote access, no platform and no place named
REMOTE_ACCESS = re.compile(
    r"(?:(?:via|by|through)\s+)?remote\s+(?:access|means|attendance)", re.IGNORECASE
)


def without_legal_basis(rest: str) -> str | None:
    """The sentence's remainder without the clause naming the law the meeting sits under
    ("in accordance with current Covid regulations at: Village Hall" -> "at: Village
    Hall"); None when it names no law."""
    found = LEGAL_BASIS.search(rest[:400])
    if found is None:
        return None
    if PLACE_SAID.search(rest, 0, found.start()):  # the place said first: a note follows
        return rest[: found.start()]
    return f"{rest[: found.start()]} {rest[found.end() :]}"


def is_remote_access(venue: str) -> bool:
    """Whether the venue is only the manner "via remote access", which names no place."""
    return REMOTE_ACCESS.fullmatch(venue.strip(" ,.;:")) is not None
