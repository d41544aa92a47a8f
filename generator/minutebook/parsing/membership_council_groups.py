"""A joint body's members grouped under who sent them, the group printed first.

A fire authority, a police and crime panel or a joint committee lists its members by the
council that appointed them, often with the council's number of seats in brackets and no
dash before the names, and its independent or co-opted members as a group of their own
after a dash:

    MEMBERS
    Eastholm County Council (4) Councillors Bell, Dunn (Chairman), Frost and Hale
    Westmarch Borough Council (2) Councillors Reid and Moss
    Independent Members - Mr A Cole and Mrs B Lane

Each member represents the council (without its count) or the group ("Independent
Members"); a party's group ("Labour Members - ...") is an affiliation and leaves it empty.
The council with its count may head its members on a line of its own, over one member a
line ("Eastholm County Council (3)" / "Councillor A Bell (Chair)" / ...): the count is
no part of the council's name either (`without_seat_count`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..vocabulary import STARTS_WITH_TITLE
from .membership_labels import PARTY_GROUP
from .names import names_an_organisation, split_name_list
from .text import plain

NameList = Callable[[str], "list[tuple[str, str]] | None"]

#: "Eastholm County Council (4) Councillors Bell and Dunn": an authority, its count of
#: seats in brackets, perhaps a dash or colon, then its members
COUNTED_COUNCIL = re.compile(
    r"^(?P<authority>[A-Z][^\t()–—:]{2,120}?)\s*\(\d{1,3}\)\s*(?:[–—:-]\s*)?"
    r"(?P<names>(?:County\s)?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b\.?\s.*)$"
)
#: "(3)" closing a council's heading: its number of seats
SEAT_COUNT = re.compile(r"\s{0,2}\(\d{1,3}\)$")


def without_seat_count(heading: str) -> str:
    """'Eastholm County Council (3)' without the count of its seats: the council."""
    return SEAT_COUNT.sub("", heading[:200])


#: A council's heading alone: capitalised words, no colon, digit or sentence's stop
COUNCIL_HEADING = re.compile(r"^[A-Z][\w'’&.,-]*(?:\s(?:[A-Z][\w'’&.,-]*|and|of|the|&)){1,8}$")


def council_heading(text: str) -> str | None:
    """'Eastholm County Council (12)' alone on its line, over its members' row after a
    blank line ("Councillors Bell, Dunn and Frost"): the council they represent, without
    its count of seats. None for a name, a party or anything but an organisation."""
    heading = without_seat_count(plain(text).strip()).strip()
    if COUNCIL_HEADING.match(heading) is None or STARTS_WITH_TITLE.match(heading):
        return None
    if PARTY_GROUP.match(heading) or not names_an_organisation(heading):
        return None
    return heading


#: "Independent Members - Mr A Cole and Mrs B Lane": a kind of member (up to three
#: capitalised words and "Members"), a dash, then titled names
KIND_THEN_NAMES = re.compile(
    r"^(?P<group>(?:[A-Z][\w'’-]*\s){1,3}(?:Members?|Representatives?))\s+[–—-]\s+"
    r"(?P<names>(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor)\b.*)$"
)


def counted_council_row(text: str, name_list: NameList) -> list[tuple[str, str]] | None:
    """'Eastholm County Council (4) Councillors Bell and Dunn': each member and the council
    that sent them. None when the words before the count name no organisation."""
    match = COUNTED_COUNCIL.match(plain(text).strip())
    if match is None:
        return None
    authority = match["authority"].strip()
    if STARTS_WITH_TITLE.match(authority) or not names_an_organisation(authority):
        return None
    rows = name_list(match["names"])
    return [(name, authority) for name, _ in rows] if rows else None


def member_kind_row(text: str) -> list[tuple[str, str]] | None:
    """'Independent Members - Mr A Cole and Mrs B Lane': each titled member and the kind of
    member they sit as (nothing for a party's group). None unless every name is titled."""
    match = KIND_THEN_NAMES.match(plain(text).strip())
    if match is None or len(text) > 300:
        return None
    group = match["group"].strip()
    entries = split_name_list(match["names"])
    if not entries or not all(STARTS_WITH_TITLE.match(e.as_written) for e in entries):
        return None
    if any(len(e.as_written.split()) > 6 for e in entries):
        return None
    represents = "" if PARTY_GROUP.match(group) else group
    return [(e.as_written, represents) for e in entries]
