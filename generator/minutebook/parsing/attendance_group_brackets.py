"""Officers and guests listed in runs, each run closed by the body they come from.

A list of those in attendance often names the people from one body together and prints
the body once, in a bracket after the last of them:

    Officers:
    A Reid, B Moss, C Lowe (Anytown Borough Council).
    In attendance:
    D Pym (Commissioner), E Hale, F Rowe (Commissioner's Office), G Tate (Fenshire Police).

The bracket is the body of every name in its run (back to the previous name with a
bracket of its own): "E Hale" is of the Commissioner's Office. Only a bracket that names
a body does so; a post ("(Head of Finance)", "(Clerk)") or a chair's role belongs to the
one name it follows, and a councillor in the run ("Cllr A Reid") is no body's staff.
Members' lists are left alone: there a bracket is a member's own seat or role.
"""

from __future__ import annotations

import dataclasses
import re

from .names import NameEntry

#: The last word of a body's name: a council, an office, a force, a team ...
BODY_END = re.compile(
    r"\b(?:Council|Office|Police|Constabulary|Authority|Services?|Team|Department|"
    r"Directorate|Partnership|Trust|Commission|Board|Group|Unit|Secretariat|"
    r"Ltd|LLP|plc|Fire\s+and\s+Rescue)\.?$"
)
#: A body's initials: "OPCC", "NHS", "MBC", or a department's code letter ("(R)")
ACRONYM = re.compile(r"^[A-Z]{1,6}$")
#: Words that make a bracket a person's post, not a body
POST_WORD = re.compile(
    r"\b(?:Head|Director|Officer|Manager|Leader|Chief|Clerk|Chair(?:man)?|Mayor|Lead|"
    r"Advis[eo]r|Secretary|Treasurer|Solicitor|Executive|Member|Councillor|Deputy|"
    r"Assistant|Accountant|Auditor|Engineer|Planner|Lawyer|Superintendent|Inspector|"
    r"Commissioner|Substitute|substitute|for|from|item|minute)\b"
)
#: A bracket after a post word may still end in a body: "(Commissioner's Office)"
POSSESSIVE_BODY = re.compile(r"^(?:[A-Z][\w'’-]{1,30}['’]s\s+Office$|Office\s+of\s)")


def body_bracket(capacity: str | None) -> bool:
    """Whether a bracket names a body (a council, an office, a force, initials) rather
    than the post or role of the one person it follows."""
    if capacity is None or not capacity[:1].isupper() or len(capacity) > 80:
        return False
    said = capacity.strip().rstrip(".")
    if POSSESSIVE_BODY.match(said):
        return True
    if POST_WORD.search(said):
        return False
    return ACRONYM.match(said) is not None or BODY_END.search(said) is not None


#: A councillor's or an elected mayor's title: a member, not a body's staff
MEMBER_TITLE = re.compile(r"^(?:(?:County|Borough|District|Town)\s+)?(?:Cllr|Councillor|Mayor)\b")


def _member_of_a_council(entry: NameEntry) -> bool:
    """A councillor or mayor listed among officers keeps no bracket but their own."""
    return MEMBER_TITLE.match(entry.as_written) is not None


def shared_bodies(entries: list[NameEntry]) -> list[NameEntry]:
    """Names with no bracket of their own take the body that closes their run. A run
    closed by a post, or not closed at all, is left as printed."""
    out = list(entries)
    closing: NameEntry | None = None
    for k in range(len(out) - 1, -1, -1):
        entry = out[k]
        if entry.capacity is not None:
            closing = entry if body_bracket(entry.capacity) else None
            continue
        if closing is not None and entry.timing is None and not _member_of_a_council(entry):
            out[k] = dataclasses.replace(
                entry, capacity=closing.capacity, organisation=closing.organisation
            )
    return out


#: A ward's name in a bracket: "(West Hill Ward)", "(Eastby North Ward)"
WARD = re.compile(r"^[A-Z][\w'’&,. -]{0,60}\sWard$")


#: a ward in a bracket inside a list, and a full stop after a bracket before the next name
WARD_BRACKET = re.compile(r"\([A-Z][\w'’&,. -]{0,60}\sWard\)")
STOP_AFTER_BRACKET = re.compile(r"(?<=\))\.\s{1,3}(?=[A-Z])")
#: Fewest ward brackets that make a list of members grouped by ward
MIN_WARDS = 2


def joined_ward_groups(text: str) -> str:
    """A list of members grouped by ward, each group its own sentence ("Reid, Moss (Town
    Ward). Lowe and Pym (Hill Ward). Hale (North Ward)"), as one list: the stop after each
    group's bracket becomes a comma. Any other text is returned as it is."""
    if len(WARD_BRACKET.findall(text)) < MIN_WARDS:
        return text
    return STOP_AFTER_BRACKET.sub(", ", text)


def shared_wards(entries: list[NameEntry]) -> list[NameEntry]:
    """Members listed by ward, the ward printed once after the last of each group ("Reid,
    Moss, Lowe (Town Ward), Pym and Hale (Hill Ward)"): names with no bracket take the ward
    closing their run (back to the previous bracket). A bracket naming no ward (a post, a
    seat) is the one member's own, and leaves the run before it as printed."""
    out = list(entries)
    closing: str | None = None
    for k in range(len(out) - 1, -1, -1):
        entry = out[k]
        if entry.capacity is not None:
            closing = entry.capacity if WARD.match(entry.capacity.strip()) else None
            continue
        if closing is not None and entry.timing is None:
            out[k] = dataclasses.replace(entry, capacity=closing)
    return out


#: A post or kind of member in the plural closing a bracket: "(Deputy Leaders)"
PLURAL_POST = re.compile(
    r"\b(?:Leaders|Members|Chairs|Chairmen|Vice[- ]Chairs|Vice[- ]Chairmen|Representatives|"
    r"Observers|Advis[eo]rs|Officers|Governors|Trustees|Directors|Co-optees|Councillors)$"
)
#: What joins the two names: "and" (or "&"), nothing else
JOINED_BY_AND = re.compile(r"\s(?:and|&)\s+$")


def shared_plural_posts(entries: list[NameEntry], text: str) -> list[NameEntry]:
    """ "C Lowe and D Pym (Deputy Leaders)": a bracket naming a post in the plural after two
    names joined by "and" is the post of both; the first had no bracket of its own."""
    out = list(entries)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        if first.capacity is not None or first.timing is not None or second.capacity is None:
            continue
        if PLURAL_POST.search(second.capacity.strip()) is None:
            continue
        between = text[first.start : second.start]
        if JOINED_BY_AND.search(between) is None or "(" in between:
            continue
        out[k] = dataclasses.replace(first, capacity=second.capacity)
    return out


#: "(both Chief Executive's)", "(all Finance & Resources)": the department of a group of
#: officers, printed once after the last of them
GROUP_NOTE = re.compile(r"^(?P<post>.{2,120}?)\s*\((?:both|all|each)\s+(?P<body>[^()]{2,80})\)$")


def without_group_notes(entries: list[NameEntry]) -> list[NameEntry]:
    """'C Lowe, Strategic Procurement Manager (both Chief Executive's)': the bracket names
    the department of the group the post closes, not the post; the capacity is the post,
    the department the organisation."""
    out = []
    for entry in entries:
        note = GROUP_NOTE.match(entry.capacity or "")
        if note is not None:
            entry = dataclasses.replace(
                entry, capacity=note["post"].strip(" ,"), organisation=note["body"].strip()
            )
        out.append(entry)
    return out
