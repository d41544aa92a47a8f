"""A kind of member heading the next group of a list, the name after it untitled.

Panels seat members of several kinds, and their minutes print each kind as a group of
the list of those present, after the councillors' long run of names:

    Present: Councillors A Reid (Fenby Council), B Moss (Wyke Council).
    Community Co-opted Member: Carol Lowe.
    Co-opted Elected member: Councillor D Pym (Wyke Council)

A co-opted member has no councillor's title, so the group cannot be told by a title
after its colon; the group's own name, a kind of member, tells it. The kind is each
member's capacity, titled or not ("Independent Member of Standards Committee: Mr A Reid
and Mrs B Moss"), unless a bracket after a name prints their own.
"""

from __future__ import annotations

import re

from ..model import AttendanceRole
from .names import lower_case_words

#: "Community Co-opted Member", "Independent members": capitalised words, then "member",
#: perhaps "of" the body they sit from ("Independent Member of Standards Committee")
MEMBER_KIND = re.compile(
    r"^(?:[A-Z][\w'’-]{0,30}\s){1,3}[Mm]embers?"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]{0,30}(?:\s+[A-Z][\w'’-]{0,30}){0,3})?$"
    # "Ex Officio:", "Ex-officio Member": a member by office (a town's mayor on its committees)
    r"|^Ex[\s-][Oo]fficio(?:\s+[Mm]embers?)?$"
)


def member_kind_group(group: str, rest: str) -> bool:
    """Whether a group of a list ("Community Co-opted Member: Carol Lowe.") is a kind of
    member with names after its colon: the next group of those present, not a sentence."""
    if not rest.strip() or not rest.strip()[:1].isupper():
        return False
    return MEMBER_KIND.match(group.strip()) is not None and lower_case_words(rest) <= 1


#: "Councillors", "Co-opted Members", "County Councillors": a group of members by its name
MEMBERS_GROUP = re.compile(r"^(?:[A-Z][\w'’-]{0,30}\s){0,3}(?:Councillors|[Mm]embers?)$")


def members_group(group: str) -> bool:
    """Whether a group's name says its people are members ("Councillors:", "Co-opted
    Members:"), never a body's officers: under an officers' label it starts another list."""
    return MEMBERS_GROUP.match(group.strip()) is not None


#: "Councillors: Ann Reid (Chair), Ben Moss": the plural title, a colon, names on its line
COUNCILLORS_LABEL = re.compile(
    r"^(?P<label>Councillors|COUNCILLORS)\s*:\s*(?P<rest>[A-Z].{2,2000})$"
)


def councillors_label(text: str) -> tuple[str, AttendanceRole, str] | None:
    """'Councillors: Ann Reid (Chair), Ben Moss and Carl Lowe' opening a record, with no
    list open: the plural title serves as the label of the members present, and the names
    after it keep their printed, untitled form. As label_line gives it; None for any other
    line (a sentence after the colon, or nothing after it)."""
    match = COUNCILLORS_LABEL.match(text.strip())
    if match is None or lower_case_words(match["rest"]) > 2:
        return None
    return match["label"], AttendanceRole.PRESENT, match["rest"]
