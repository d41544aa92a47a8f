"""Words printed around a body's name in a paper's heading that are no part of the name.

A paper's heading often carries its furniture on the same line as the body's name:
- a committee system's note on a body it keeps for its archive, in brackets after the
  name: "Eastby Fire Authority (no longer active)", "Licensing Committee (expired)";
- the stamp a committee system prints on every published pack, or its name for the file:
  "Public Document Pack Westmere National Park Authority", "(Public Pack)Agenda Document
  for Westmere Panel";
- the kind of meeting, before or after the name: "Ordinary Meeting of the Council",
  "Annual General Meeting, Combined Authority Board", "Extraordinary Town Council
  Meeting", "Fourth Meeting of the Eastby Board";
- the paper's own word before it: "The Minutes of the Full Town Council", "DRAFT X",
  a Scottish council's "Notice of meeting and agenda X";
- a board's "Meeting in Public" after the name, "PUBLIC MEETING -" before it;
- a page number or an item's label run into it: "36 FULL COUNCIL", "ITEM CC1 WESTMERE
  COUNTY COUNCIL", "Cabinet Item", or a table cell's mark: "/ WESTMERE FIRE AUTHORITY".
None of these names the body: each reader returns the name without its furniture, or
None when the name is not printed so.
"""

from __future__ import annotations

import re

#: a committee system's status note in brackets after an archived body's name
SITE_NOTE = re.compile(
    r"\s{0,3}\((?:no\s+longer\s+(?:active|in\s+use|meets|meeting)|expired|inactive|archived|"
    r"dormant|disbanded|abolished|defunct|discontinued|obsolete|ceased|closed|historic(?:al)?|"
    r"former|legacy|old)\)$",
    re.IGNORECASE,
)
#: the stamp on a published pack, or a committee system's name for the file, before the
#: body's name: "Public Document Pack X", "(Public Pack)Agenda Document for X"
PACK_LABEL = re.compile(
    r"^(?:public\s+document\s+pack\s{1,3}"
    r"|(?:\(public\s+pack\)\s{0,2})?(?:agenda|minutes|decisions?)\s+document\s+for\s{1,3})"
    r"(?=\S)",
    re.IGNORECASE,
)
#: the words that name a kind of meeting rather than a body
KIND = (
    r"(?:annual\s+general|extraordinary\s+general|special\s+general|annual|ordinary|public|private|"
    r"extraordinary|extra-ordinary|special|additional|adjourned|reconvened|statutory|general|"
    r"budget|emergency|inaugural|monthly|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    r"seventeenth|eighteenth|nineteenth|twentieth|\d{1,3}(?:st|nd|rd|th))"
)
#: the meeting's kind before the body: "Ordinary Meeting of the", "Annual General Meeting,"
LEADING_KIND = re.compile(
    r"^" + KIND + r"\s{1,3}meeting(?:\s{1,3}of(?:\s{1,3}the)?\s{1,3}|\s{0,2}[,:–-]\s{0,3}|"
    r"\s{1,3}(?=[A-Z]))",
    re.IGNORECASE,
)
#: the meeting's kind around a body's noun: "Extraordinary Town Council Meeting", never
#: "Annual Parish Meeting", which names a body
TRAILING_KIND = re.compile(
    r"^(?:" + KIND + r"\s{1,3})?(?P<name>\S.{0,150}?\b(?:council|authority|board|committee|"
    r"sub-committee|panel|cabinet|assembly|forum|commission))\s{1,3}meeting"
    r"(?:\s{1,3}(?:held\s{1,3})?in\s{1,3}(?:public|private))?$",
    re.IGNORECASE,
)
#: the paper's own word before the body: "The Minutes of the", "Minute", "DRAFT", a
#: Scottish council's "Notice of meeting and agenda"
PAPER_WORD = re.compile(
    r"^(?:the\s{1,3})?(?:(?:draft|unconfirmed)\s{1,3})?"
    r"(?:minutes?|agenda|(?:notice\s{1,3}of\s{1,3})?meeting\s{1,3}and\s{1,3}agenda"
    r"|(?<=draft )|(?<=unconfirmed ))"
    r"(?:\s{1,3}of(?:\s{1,3}the)?)?\s{0,3}(?=\S)",
    re.IGNORECASE,
)
#: "the full Town Council": the meeting of the whole body
FULL_BODY = re.compile(r"^(?:the\s{1,3})?(?:full|whole)\s{1,3}(?=\S)", re.IGNORECASE)
#: a page number, an item's label or a table cell's mark before the body: "36 ",
#: "ITEM CC1 ", "Item 4. ", "/ " or "| " (a converter's cell border)
LEADING_LABEL = re.compile(
    r"^(?:item\s{1,3}[A-Z]{0,4}\s?\d{1,3}[a-z]?\.?|\d{1,3}|[/|])\s{1,3}(?=[A-Z])",
    re.IGNORECASE,
)
#: an item's label after the body: "Cabinet Item"
TRAILING_LABEL = re.compile(r"\s{1,3}item$", re.IGNORECASE)
#: what is left when the heading printed no body at all
FURNITURE_ALONE = frozenset(("meeting", "the", "of the", "agenda", "minutes", "minute", "item"))
#: a body's name holds a letter and is not a kind of meeting on its own
NAMED = re.compile(r"[A-Za-z]{2}")


def _kept(name: str) -> str | None:
    """The name left, when a name is left: not empty, not furniture alone."""
    name = name.strip(" ,:–-")
    if not NAMED.search(name) or name.lower() in FURNITURE_ALONE:
        return None
    return name


def without_site_note(name: str) -> str | None:
    """The name without the system's note that the body no longer meets ("(expired)",
    "(no longer active)"); None when no such note closes it."""
    found = SITE_NOTE.search(name) if len(name) <= 200 else None
    return _kept(name[: found.start()]) if found else None


def without_pack_label(name: str) -> str | None:
    """The name without the "Public Document Pack" stamp before it; None without it."""
    found = PACK_LABEL.match(name) if len(name) <= 200 else None
    return _kept(name[found.end() :]) if found else None


def without_meeting_kind(name: str) -> str | None:
    """The name without the kind of meeting printed before or after it ("Ordinary
    Meeting of the Council", "Extraordinary Town Council Meeting"); None when the name
    holds no kind of meeting at either end."""
    if len(name) > 200:
        return None
    found = LEADING_KIND.match(name)
    if found:
        return _kept(name[found.end() :])
    around = TRAILING_KIND.match(name.strip())
    return _kept(around["name"]) if around else None


def without_paper_word(name: str) -> str | None:
    """The name without the paper's word before it ("The Minutes of the Full Town
    Council") and the word "full" that says the whole body meets; None without them."""
    if len(name) > 200:
        return None
    found = PAPER_WORD.match(name)
    rest = name[found.end() :] if found else name
    full = FULL_BODY.match(rest) if found else None
    rest = rest[full.end() :] if full else rest
    return _kept(rest) if rest != name else None


def without_item_label(name: str) -> str | None:
    """The name without a page number or item's label run into it ("36 FULL COUNCIL",
    "ITEM CC1 WESTMERE COUNTY COUNCIL", "Cabinet Item"); None without one."""
    if len(name) > 200:
        return None
    found = LEADING_LABEL.match(name)
    if found:
        return _kept(name[found.end() :])
    found = TRAILING_LABEL.search(name)
    return _kept(name[: found.start()]) if found else None


def without_furniture(name: str) -> str:
    """The body's name with the heading's furniture taken off each end, in the order a
    heading prints it (stamp, label, paper's word, meeting's kind, note)."""
    for reader in (
        without_pack_label,
        without_item_label,
        without_paper_word,
        without_meeting_kind,
        without_site_note,
    ):
        name = reader(name) or name
    return name
