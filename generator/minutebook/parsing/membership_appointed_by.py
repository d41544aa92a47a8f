"""Members grouped by the body that appointed them: "Members appointed by X Council".

A national park authority's or a joint committee's agenda lists its members under the
bodies that appoint them, each group opening with that body's name, often a label for
the members' title, and the list: "Members appointed by Westmarch County Council
Councillor: Ann Bell, Carl Dunn; Members appointed by the Secretary of State Mr. E Frost,
Ms. G Hale." A bilingual sheet prints the label in both languages ("Y Cynghorydd /
Councillor:") and the next group's heading in the other language after the semicolon.
Each member represents the body that appointed them. No "Membership" heading need
stand above: the groups' own words open the list. A group's words alone on their line
("Members appointed by Westmarch County Council") head the rows below, as a side does.
A joint body's "Members representing Westmarch County Council:" opens a group the same
way, the colon closing the body's name no part of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..vocabulary import STARTS_WITH_TITLE
from .names import names_an_organisation
from .text import plain

#: "Members appointed by ", "Representatives nominated by ", "Appointed by ": a group's
#: opening words
APPOINTED = re.compile(
    r"(?<!\S)(?:(?:Members?|Representatives?)\s{1,3})?(?:[Aa]ppointed|[Nn]ominated)\s{1,3}by\s{1,3}"
    # "Members representing X", "Representing X" (under "Members:")
    r"|(?<!\S)(?:(?:Members?|Councillors)\s{1,3}representing|Representing)\s{1,3}"
)
#: A label of the members' title before the list: "Councillor:", "Y Cynghorydd /
#: Councillor:", "Councillors -"
LABEL = re.compile(r"^(?P<label>[^:;,]{1,40}?)\s{0,2}(?::|\s[–-])\s{1,3}")
#: The words that close a body's name: what follows is its members' label or list
CLOSING = frozenset(
    (
        *("council", "government", "authority", "state", "assembly", "board", "trust"),
        *("agency", "executive", "parliament", "ministers", "commission", "partnership"),
    )
)
#: Appointers named by their office: "the Secretary of State", "the Welsh Ministers"
TITLED = frozenset(("State", "Ministers", "Government"))
#: Words at most in the appointing body's name
MAX_BODY_WORDS = 10
#: Groups read at most on one line
MAX_GROUPS = 20

#: how `membership` reads a list of names: (name, bracket) pairs, or None
NameList = Callable[[str], list[tuple[str, str]] | None]


def _body_ends(words: list[str]) -> list[int]:
    """How many words the appointing body's name may take: up to a word that closes a
    body's name ("Council", "Government"), or up to the first titled name."""
    ends = []
    for count in range(1, min(MAX_BODY_WORDS, len(words) - 1) + 1):
        closes = words[count - 1].strip(",:").lower() in CLOSING
        if closes or STARTS_WITH_TITLE.match(words[count]):
            ends.append(count)
    return ends


def _group(chunk: str, name_list: NameList) -> list[tuple[str, str]] | None:
    """One group: the shortest body's name whose list reads after it (a title's label
    passed over, the list cut at a semicolon or its closing stop)."""
    words = chunk.split()
    for count in _body_ends(words):
        body = " ".join(words[:count]).strip(",:")
        rest = " ".join(words[count:])
        label = LABEL.match(rest)
        if label is not None and "," not in label["label"]:
            rest = rest[label.end() :]
        listed = rest.split(";")[0].strip()
        listed = listed[:-1] if listed.endswith(".") else listed
        rows = name_list(listed) if listed else None
        if rows and (names_an_organisation(body) or body.split()[-1] in TITLED):
            return [(name, own or body) for name, own in rows]
    return None


#: "Members appointed by the Secretary of State:": a group's words alone on their line
ALONE = re.compile(r"(?P<body>[A-Za-z][\w'’&,. -]{2,100}?)\s{0,2}:?")


def appointed_by_label(text: str) -> str | None:
    """The body of a line holding only a group's words ("Members appointed by Westmarch
    County Council"); None for any other line."""
    plain_text = without_welsh_lead(plain(text).strip())
    opening = APPOINTED.match(plain_text)
    alone = ALONE.fullmatch(plain_text[opening.end() :]) if opening else None
    if alone is None:
        return None
    body = alone["body"].strip()
    words = body.split()
    if len(words) > MAX_BODY_WORDS or any(STARTS_WITH_TITLE.match(w) for w in words):
        return None
    if words[-1].lower() not in CLOSING:  # "... by the Council are asked to note"
        return None
    return body


#: a Welsh body's bilingual group heading: the Welsh words ("Aelodau wedi'u penodi gan
#: Gyngor Gwynedd") before the English ones, with no slash between
WELSH_LEAD = re.compile(
    r"^Aelodau\s.{0,80}?(?=(?:Members?|Representatives?)\s{1,3}(?:appointed|nominated)\s)"
)


def without_welsh_lead(text: str) -> str:
    """The line from its English group heading on ("Aelodau wedi'u penodi gan Gyngor
    Gwynedd Members appointed by Gwynedd Council ..."); the line itself otherwise."""
    lead = WELSH_LEAD.match(text)
    return text[lead.end() :] if lead else text


def appointed_by_row(text: str, name_list: NameList) -> list[tuple[str, str]] | None:
    """The members of a line opening with "Members appointed by <body>", each with the
    body that appointed them (a later group on the same line read too); None when the
    line opens no such group or a group holds no list of names."""
    plain_text = without_welsh_lead(plain(text))
    if APPOINTED.match(plain_text) is None:
        return None
    starts = [m for m in APPOINTED.finditer(plain_text)][:MAX_GROUPS]
    found: list[tuple[str, str]] = []
    for k, start in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(plain_text)
        rows = _group(plain_text[start.end() : end], name_list)
        if rows is None:
            return found or None
        found += rows
    return found or None
