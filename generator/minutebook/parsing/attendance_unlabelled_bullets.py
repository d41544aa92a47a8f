"""A bulleted list of members at the head of the minutes whose label was lost.

Web pages of minutes often print the label ("Present", "Members") as a styled heading
that does not survive being saved as text, leaving a bulleted list of names right after
the opening, before any label, and the labelled lists of officers below it:

    Minutes of the meeting of the Authority held on ...

      • Ann Reid (Chair)
      • Bob Moss
      • Carl Lowe.

    Authority officers:
      • Dee Hart (Clerk)

A bulleted person's name before any label of the opening can only be a member present.
A bullet holding anything else (a post, a sentence, a dash) is no such list.
"""

from __future__ import annotations

import re

from ..vocabulary import TITLE_WORDS
from .names import is_office

#: "• Ann Reid (Chair)", "• Sir Bob Moss", "• R. Carl Lowe.": a round bullet, a name of
#: two to five capitalised words, an office in brackets, a full stop closing the list
BULLETED_PERSON = re.compile(
    rf"^[•·▪][ \u00a0]{{1,6}}(?P<name>(?:{TITLE_WORDS}\.?\s)?[A-Z][\w'’.-]{{0,30}}"
    r"(?:\s[A-Z][\w'’.-]{0,30}){1,4})(?:\s\([^()]{1,80}\))?\.?$"
)


def bulleted_person(raw: str) -> str | None:
    """The name a bulleted line holds when it is one person's (with their office in
    brackets, or not); None for any other line."""
    match = BULLETED_PERSON.match(raw.strip()[:200])
    if match is None or is_office(match["name"]):
        return None
    name: str = match["name"]
    # the full stop closing the list, not an initial's ("• Frances Odell.")
    return name[:-1] if name.endswith(".") and len(name.split()[-1]) > 2 else name
