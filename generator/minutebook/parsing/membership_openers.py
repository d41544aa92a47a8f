"""Openings of an agenda's membership list that name no "Membership" heading.

Besides a "Membership" heading, agendas open the list in two other forms of the genre,
each read by one small function that returns None when a line is not in its form:

- the plural title as the list's label: "Councillors: A Bell (Chair), C Dunn and E Ford",
  or "Councillors:" alone over the names one per line;
- a "Membership" heading glued to its list, the space lost in conversion:
  "MembershipCouncillors A Bell (Chair), C Dunn";
- a web page's bulleted list: "• Councillor Ann Bell (Chair)", "- Cllr Carl Dunn", each
  member a list item, the bullet no part of the name.
"""

from __future__ import annotations

import re

from ..vocabulary import STARTS_WITH_TITLE

#: "Councillors:", "Cllrs.:", "COUNCILLORS:-": the plural title as the list's label, with
#: the names after it on the line if any
PLURAL_LABEL = re.compile(
    r"^(?:County\s+)?(?:Councillors|Cllrs)\.?\s*:-?\s*(?P<rest>.*)$", re.IGNORECASE
)
#: "MembershipCouncillors A Bell, ...": the heading and the list's first title run together
GLUED_HEADING = re.compile(
    r"^(?P<head>Membership|MEMBERSHIP)(?P<rest>(?:County\s)?(?:Councillors?|Cllrs?)\b.*)$"
)
#: a list item's mark before a member: "• ", "- ", "· ", "* ", "▪ ", "◦ ", or a number
#: ("1. ", "2) ") when the members are numbered
LIST_MARK = re.compile(r"^(?:[•·*▪◦–-]|\d{1,2}[.)])\s{1,4}(?=\S)")
#: the marks that are a list's bullets alone (a dash or a number may be a row's own)
BULLETS = "•·*▪◦"


def plural_label(text: str) -> str | None:
    """The list after a "Councillors:" label (the label's title put back before it, so
    the names read as "Councillors A Bell, C Dunn"), "" when the names are below it; None
    when the line is no such label."""
    match = PLURAL_LABEL.match(text)
    if match is None:
        return None
    rest = match["rest"].strip()
    return f"Councillors {rest}" if rest else ""


def without_list_mark(text: str) -> str:
    """A member's line without the bullet of a web page's list ("• Cllr Ann Bell" ->
    "Cllr Ann Bell", "• Jane Carroll" -> "Jane Carroll"); other lines as they are (a dash
    or a number before a word that is no title may be a row's own dash or an item's)."""
    mark = LIST_MARK.match(text)
    if mark is None:
        return text
    if text[0] not in BULLETS and STARTS_WITH_TITLE.match(text[mark.end() :]) is None:
        return text  # "- Fenby Town Council", "1. Apologies": a row's dash, an item's number
    return text[mark.end() :]


def glued_heading(text: str) -> str | None:
    """The list after a "Membership" heading glued to it ("MembershipCouncillors A Bell"
    -> "Councillors A Bell"); None when the line is no such heading."""
    match = GLUED_HEADING.match(text)
    return match["rest"] if match else None
