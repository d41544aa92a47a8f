"""A heading in fake bold run onto the end of an agenda's membership list.

Some agenda templates make a heading bold by printing each letter twice, one copy over the
other; converted to text, every letter comes out doubled, the pairs parted by spaces
("AA GG EE NN DD AA" for "AGENDA"). When the list of members is the last line before that
heading, the conversion may run the heading onto it: "... Ann Bell and Carl Dunn AA GG EE
NN DD AA". The pairs are no part of the last member's name.
"""

from __future__ import annotations

import re

#: three or more pairs of one capital letter each, ending the line: "AA GG EE NN DD AA"
OVERPRINTED_TAIL = re.compile(r"(?:\s(?P<pair>(?P<letter>[A-Z])(?P=letter))){3,40}\s*$")


def without_overprinted_tail(text: str) -> str:
    """A row without a doubled-letter heading run onto its end ("Carl Dunn AA GG EE" ->
    "Carl Dunn"); other rows as they are."""
    match = OVERPRINTED_TAIL.search(text[-400:])
    if match is None:
        return text
    return text[: len(text) - len(text[-400:]) + match.start()].rstrip()
