"""A venue cut where the sentence that names it ends and another begins.

A notice names its place in a sentence and goes on with another on the same line:

    This meeting will be held in the Council Chamber, Council Offices, Shepton Mallet.
    The meeting will commence at 6.30 pm.

The venue ends at the full stop after the place's last word, where a sentence opens (a
capitalised word, then a word in lower case: "The meeting", "Refreshments will"). A stop
after an abbreviation ("St. Mary's Hall", "No. 1 Court", "Rd. North") ends no venue: the
word before the stop has three letters or more and the words after it are no sentence.
"""

from __future__ import annotations

import re

#: a full stop after a word of three letters or more, then a sentence's first two words
SENTENCE_AFTER = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z][a-z]*\s+[a-z])")


def venue_before_next_sentence(venue: str | None) -> str | None:
    """The venue up to the full stop before the next sentence; as given when none follows."""
    if venue is None:
        return None
    cut = SENTENCE_AFTER.search(venue)
    return venue[: cut.start()].strip() or None if cut else venue
