"""A member named with the council they sit for, on a line of its own inside a minute.

Minutes of police and crime panels, fire authorities and other joint bodies list the
members a change concerns one a line, each with the council that appointed them after a
dash, and a web page prints each line with a blank line above and below:

    The Chair welcomed the new members of the Panel:

    Cllr Ann Reid – Wyke District Council

    Councillor Tom Moss - Hexton Borough Council

Spaced so, such a line looks like an unnumbered minute's title; `member_for_body` tells
it for a member's line instead: a member's title, a name of one to four words, a dash,
then capitalised words ending in the body's kind ("Council", "Authority").
"""

from __future__ import annotations

import re

from ..vocabulary import TITLE

#: "Cllr Ann Reid – Wyke District Council", "Councillor T Moss - Hexton Borough Council"
MEMBER_FOR_BODY = re.compile(
    r"^(?:Cllr\.?|Councillor|County\s+Councillor|Mr|Mrs|Ms|Miss|Dr)\s+"
    r"[A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,3}\s+[-–—]\s+"
    r"(?:[A-Z][\w'’&.-]{0,30}\s+|(?:and|on|upon|of|the)\s+){0,7}"
    r"(?:Council|Authority)$"
)


def member_for_body(text: str) -> bool:
    """Whether a line names a member and, after a dash, the council they sit for."""
    return MEMBER_FOR_BODY.match(text.strip()) is not None


#: A name: perhaps a title, a capitalised word, then one to three capitalised words or
#: initials
_NAME = (
    rf"(?:{TITLE}\s+)?"
    r"[A-Z][\w'’.-]{0,30}(?:\s+(?:de|van|von|le|la|da|di|du)?\s*[A-Z][\w'’.-]{0,30}){1,3}"
)
#: "Mary Hutton (NHS Gloucestershire CCG)", "Julie Dodds for John Sparkes (Wyke Council)":
#: a person, perhaps the one they stand in for, and their body or post in brackets
PERSON_WITH_BRACKET = re.compile(rf"^{_NAME}(?:\s+for\s+{_NAME})?\s*\([^()]{{2,120}}\)$")
#: The lead-in over a list of people in a minute: its apologies, substitutes, attendance
PEOPLE_LEAD = re.compile(
    r"\b(?:apolog|substitut|present\b|attend|represented\b|in\s+the\s+chair)", re.IGNORECASE
)
#: How many lines above a person's line the list's lead-in is looked for
LEAD_REACH = 40
#: "S.J. Mallory", "Mrs R. Penn", "A.Vane Tempest", "A.S.J. MacAlder": initials with
#: their stops and a surname of one or two words alone on the line (a roll printed one
#: member a line), or with a post after a comma ("M. Hale, Chief Executive")
INITIALLED_NAME = re.compile(
    rf"^(?:{TITLE}\s+)?(?:[A-Z]\.\s?){{1,5}}[A-Z][A-Za-z'’-]{{1,30}}"
    r"(?:[\s-][A-Z][A-Za-z'’-]{1,30})?(?:,\s+[A-Z][^,;:]{0,100})?$"
)


#: "Cllr Mrs C Dunn", "Mrs A C Ford Town Clerk": a member's title (a second one
#: may follow), initials without stops, a surname and perhaps a post in capitalised words
TITLED_INITIALS = re.compile(
    r"^(?:Cllrs?|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?"
    r"(?:[A-Z]\s){1,4}[A-Z][A-Za-z'’-]{1,30}(?:\s+[A-Z][A-Za-z'’-]{1,30}){0,3}$"
)


def initialled_name(text: str) -> bool:
    """Whether a line holds only a person's initials and surname (maybe after a title,
    maybe with a post): a roll's entry, which a web page's blank lines set apart like an
    unnumbered minute's title."""
    text = text.strip()
    return INITIALLED_NAME.match(text) is not None or TITLED_INITIALS.match(text) is not None


def listed_person(texts: list[str], i: int) -> bool:
    """Whether line `i` of `texts` is one of a list of people a minute prints a line each
    under its apologies or substitutes ("Apologies for Absence", then "Kay Galway
    (Turning Point)", "Dr Ann Reid (Chair, CCG)"): a name and a bracket, the lines above
    it back to the lead-in being blank or people's too. Spaced on a web page, each such
    line looks like an unnumbered minute's title ("Better Care Fund (Report)" is one: no
    apologies or attendance leads it in)."""
    if not PERSON_WITH_BRACKET.match(texts[i].strip()):
        return False
    for k in range(i - 1, max(-1, i - LEAD_REACH), -1):
        text = texts[k].strip()
        if not text or PERSON_WITH_BRACKET.match(text):
            continue
        return PEOPLE_LEAD.search(text) is not None
    return False
