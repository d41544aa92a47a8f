"""Where a meeting sentence's place ends once its date and time are read out of it.

A notice or a record often closes its meeting sentence on the time and goes straight on
with a note of its own: "... will take place at The Pavilion on Wednesday 7th October 2020
at 7.30pm. Social Distancing and Track and Trace measures will be in place", "... will be
held in the Village Hall on Monday 13th May at 7.30pm. All village organisations are
invited to ...". The note's first words may both be capitalised, so no reading of the
words after the stop tells the next sentence from a place. Once the date and the time are
taken out of the sentence, the stop that closed it stands alone after the place ("The
Pavilion . Social Distancing ..."): the place ends there. A stop inside a place ("St.
Mary's Hall", "C.P. School") is glued to its word and never stands alone; a lone stop with
nothing before it ("on D at 7pm. Council Chamber") cuts nothing, the place being after it.
"""

from __future__ import annotations

import re

from ..vocabulary import MONTHS

#: a stop with space before it and a capitalised word after it
LONE_STOP = re.compile(r"\s\.\s+(?=[A-Z])")
#: characters of the sentence's remainder searched
MAX_REST = 400


def before_lone_stop(rest: str) -> str | None:
    """What is left of a meeting sentence up to the stop its time closed and left alone
    ("at The Pavilion  . Social Distancing ..." -> "at The Pavilion"), when words stand
    before that stop; else None."""
    stop = LONE_STOP.search(rest[:MAX_REST])
    if stop is None:
        return None
    before = rest[: stop.start()]
    return before if re.search(r"[A-Za-z]", before) else None


#: a note run on after a place's stop: "... Harrogate HG1 2AE. This meeting will be
#: live-streamed.", "... Town Hall. Please note that ...", "... Hall. The meeting is open
#: to the public."; or a clause after it telling the business
VENUE_NOTE = re.compile(
    r"\.\s+(?:(?:This|The)\s+meeting\s+(?:will|is|may|can)|Please\s|Members\s+of\s+the\s+public"
    r"|Public\s+access)\b"
    # a clause about the business after the place: "..., Horncastle, where the following
    # issues will be considered", "... Hall, at which the following business will be ..."
    r"|,?\s+(?:where|at\s+which)\s+(?:the\s+)?(?:following|business|items?|matters)\b"
    # the day and month left after the place when no year follows them ("... Balloch on
    # Monday 26th September"), or a start time in four figures ("... Balloch from 0930")
    rf"|\s+on\s+(?:[A-Z][a-z]{{2,8}}day,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b"
    r"|\s+from\s+[012]\d[0-5]\d\b"
    # a bracketed note of another meeting before it ("(Labour Group meeting at 9:00am)"),
    # or a flattened front sheet's "Page" column heading run on after the place
    r"|\s+\([^()]{0,40}\bmeeting\b[^()]{0,40}\)|\s+Page$"
)


def without_venue_note(venue: str) -> str:
    """The place without a note run on after its stop (see `VENUE_NOTE`); the place as it
    is without one."""
    note = VENUE_NOTE.search(venue[:MAX_REST])
    return venue[: note.start()] if note and note.start() > 0 else venue
