"""A parish, town or community council headed only by its kind, placed by its venue.

Many local councils' minutes never print their own place: "Minutes of the Parish Council
Meeting held in Eastby Village Hall on ...", "At a Meeting of Town Council held at the
Guild Hall, Upper Fenby ...". The place is the letterhead's or the web site's, and a reader
takes it from the venue, because a local council meets in its own parish. Left as its kind
alone, every such council in an archive would be one body called "Parish Council". So when
neither a letterhead nor the text names the council (`local_council_names`), the venue's
place names it: the venue's last part when that is a place's name alone ("The Old School,
Eastby"), else the place before a village building ("Eastby Village Hall", "Westby
Community Centre"). A venue naming no place ("Council Chamber", "Zoom") leaves the kind.
"""

from __future__ import annotations

import re

from .bare_venues import PLACE_NOUN
from .local_council_names import KIND_ONLY, NOT_PLACE

#: Most words of a place's name
PLACE_WORDS = 3
#: Longest venue read (a sentence run on after the venue is no venue)
MAX_VENUE = 160
#: a word of a place's name: "Eastby", "St", "Upper", "Kings", "on" in "Eastby-on-Sea"
PLACE_WORD = re.compile(r"(?:[A-Z][a-z][A-Za-z'’-]{0,29}|St\.?|on|upon|le|in|by|-)")
#: words that, beside a building's (`bare_venues.PLACE_NOUN`), make a part of a venue no
#: place: a street, a manner of meeting, a kind of council
NOT_PLACE_WORDS = frozenset(
    (
        "road", "street", "lane", "square", "inn", "court", "park", "ground", "museum",
        "chapel", "way", "avenue", "close", "drive", "place", "zoom", "teams", "online",
        "virtual", "virtually", "remote", "remotely", "meeting", "council", "parish", "town",
        "community", "village", "memorial", "municipal", "public", "reading", "green",
        "hub", "annexe", "rooms",
    )
)  # fmt: skip
#: "<place> Village Hall": a village's own building named after it
VILLAGE_BUILDING = re.compile(
    rf"(?P<place>(?:[A-Z][a-z][A-Za-z'’-]{{0,29}}\s+){{1,{PLACE_WORDS}}})"
    r"(?:Village|Parish|Community|Memorial|War\s+Memorial|Millennium|Jubilee|Victory)\s+"
    r"(?:Hall|Centre|Institute|Rooms|Room|Pavilion)\b"
)


def _place(words: list[str]) -> str | None:
    """The words as a place's name, or None when they hold a building's word or a title."""
    if not 1 <= len(words) <= PLACE_WORDS:
        return None
    if any(
        PLACE_NOUN.fullmatch(w) or w.lower() in NOT_PLACE_WORDS or w.lower() in NOT_PLACE
        for w in words
    ):
        return None
    if not all(PLACE_WORD.fullmatch(w) for w in words) or not words[0][0].isupper():
        return None
    return " ".join(words)


def _last_part_place(parts: list[str]) -> str | None:
    """The venue's last part when it is a place's name alone ("Blandy Hall, Eastby")."""
    if len(parts) < 2:
        return None
    words = parts[-1].split()
    if any(w.isupper() and len(w) > 1 for w in words):  # "WILTON": title-case it
        words = [w.title() if w.isupper() else w for w in words]
    return _place(words)


def _building_place(venue: str) -> str | None:
    """The place a village building is named after ("Eastby Village Hall")."""
    found = VILLAGE_BUILDING.search(venue)
    return _place(found["place"].split()) if found else None


def local_council_at_venue(body: str, venue: str | None) -> str | None:
    """'<place> Parish Council' with the place the venue names, when the heading names the
    council only by its kind; else None."""
    found_kind = KIND_ONLY.fullmatch(body.strip())
    if found_kind is None or not venue or len(venue) > MAX_VENUE:
        return None
    parts = [
        p.strip()
        for p in venue.split(",")
        if p.strip() and not any(c.isdigit() for c in p)  # a postcode or a street number
    ]
    place = _last_part_place(parts) or _building_place(venue)
    if place is None:
        return None
    return f"{place} {found_kind['kind'].title()} Council"
