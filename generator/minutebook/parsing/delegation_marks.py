"""A minute marked as a delegated matter: "* AC/1    Election of Chair", the asterisk
before the minute's code keyed at the foot ("* DENOTES DELEGATED MATTER WITH POWER TO
ACT"), as fire and police authorities' committees mark the minutes they decided under
delegated powers. The mark is no part of the number or the title: without it the line
is an ordinary minute heading.

Only a mark before a coded number ("AC/1", "FA12", "15/23") is taken off: an asterisk
before a word or a bare number is a bullet, not a mark.
"""

from __future__ import annotations

import re

#: "* AC/1", "*  FA12", "* 15/23": the mark, a space or a few, then a minute code
DELEGATION_MARK = re.compile(r"^\*[ \t]{1,6}(?=[A-Z]{1,6}[ ./]?\d|\d{1,4}/\d)")


def without_delegation_mark(text: str) -> str:
    """The heading's text with a delegated matter's mark taken off; the text itself when
    it has none."""
    match = DELEGATION_MARK.match(text)
    return text[match.end() :] if match else text
