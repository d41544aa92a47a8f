"""An authority's banner read as the venue under a dated title: the paper's body, no place.

A site's page prints its own dated title over the paper ("Minutes 16 December 2019"), a
line of page furniture perhaps above it (an accessibility badge's caption, "Home"), and
the paper then opens with its own banner naming the authority in capitals before the
sentence that says where the meeting sat:

    Sign Language Welcome Sign Language Welcome
    Minutes 4 March 2021
    WESTMERE FIRE AND RESCUE AUTHORITY
    Minutes of the meeting of Westmere Fire and Rescue Authority held on ...

A reader of titles takes the line over the date for the body and the line under it for
the venue: the furniture becomes the body and the authority a place. A "venue" that is
only an authority's name ("... Council", "... Authority") is no place: it is the paper's
banner, so it names the body when the title names none ("Minutes", page furniture), and
is dropped when the title names a body of its own ("Licensing Committee"). The sentence
below then gives the time and the place (see sentence_details).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .letterheads import authority_name
from .openings import Opening
from .text import title_case

#: a body's kind closing or inside a title: the title names a body of its own
BODY_NOUN = re.compile(
    r"\b(?:council|authority|committee|sub-committee|board|panel|cabinet|forum|"
    r"commission(?:ers)?|trust|partnership|group|executive|assembly|conservators)\b",
    re.IGNORECASE,
)
#: Longest banner read as the body; an authority's name is never longer
MAX_BANNER = 80


def banner_as_venue(opening: Opening) -> Opening | None:
    """The opening with the authority's banner, read as its venue, made its body (a title
    naming no body) or dropped (a title naming one); None when the venue is a place."""
    venue = (opening.venue or "").strip()
    if not venue or len(venue) > MAX_BANNER or not venue.isupper():
        return None
    name = authority_name(venue)
    if name is None:
        return None
    if BODY_NOUN.search(opening.body):
        return replace(opening, venue=None)
    return replace(opening, body=title_case(name), venue=None)
