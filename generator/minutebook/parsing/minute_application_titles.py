"""A licensing or planning application as a minute's title, however long its address.

Licensing sub-committees and planning committees title each minute with the application
it decides: the premises' name (often in quotation marks), a dash, the application's
kind and the premises' full address:

    "The Old Forge" - Application for the Grant of a Premises Licence for The Old
    Forge, 4 Mill Lane, Ashby, Westshire AB1 2CD

The address makes the title longer than any other title, so the word count that tells a
title from a paragraph refuses it. `application_title` reads it as a title: it names an
application ("Application for ...", "Application to vary ...") at its start or after the
name and its dash, its longer words are capitalised as titles print them, and no verb
makes a sentence of it.
"""

from __future__ import annotations

import re

#: "Application for the Grant of ...", "Application to Vary ...", after a name in quotes
#: or capitals and a spaced dash, or opening the title
APPLICATION = re.compile(
    r"^(?:[\"“‘'][^\"”’']{1,60}[\"”’']\s{0,2}[–—-]\s{1,2}|[^–—-]{1,60}\s[–—-]\s{1,2})?"
    r"Application\s+(?:for|to)\s+\S"
)
#: Most words of such a title (the address holds many)
MAX_WORDS = 40


def application_title(title: str, title_cased: bool, sentence: bool) -> bool:
    """Whether `title` names an application as a minute's title (see the module's note);
    `title_cased` and `sentence` are what the caller found of its words."""
    if len(title.split()) > MAX_WORDS or title.rstrip().endswith((".", ";", ":")):
        return False
    return bool(APPLICATION.match(title)) and title_cased and not sentence
