"""A summons' members one a line under its address, blank lines between them:

    To: All Members of the Cabinet

    Councillor Ann Bell - Leader

    Councillor Carl Dunn - Resources and Deputy Leader

    Chief Executive and other appropriate officers

A cabinet's letter prints each member's portfolio after a dash: what they hold, not a body
they come from. The dashes make a column, read as one: it says what the members represent
only when every entry in it names an organisation ("Councillor Ann Bell - Ashby District
Council"); one portfolio among them ("The Council as Corporate Trustee" too) makes it a
column of portfolios. The list ends at the first line that is not a titled name (the
officers and the press copied in, "Dear Member,").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Line, MembershipFacts
from .membership_glued_titles import ADDRESS, MEMBER
from .names import names_an_organisation
from .text import plain

#: a titled name and, after a spaced dash, the post or body printed beside it
NAME_AND_POST = re.compile(r"^(?P<name>[^–—]{3,80}?)(?:\s{1,3}[-–—]\s{1,3}(?P<post>\S.{0,120}))?$")
#: blank lines allowed between two members, and members at most
MAX_BLANKS = 2
MAX_MEMBERS = 40
#: members at least: one name under an address is a letter to one person
MIN_MEMBERS = 2


def addressed_lines(lines: list[Line], n: int) -> list[MembershipFacts] | None:
    """The members named one a line under a bare address on line n ("To: All Members of
    the Cabinet"); None when line n is no such address or fewer than two follow."""
    if not ADDRESS.match(plain(lines[n].text).strip().rstrip(":")):
        return None
    found: list[MembershipFacts] = []
    blanks = 0
    for line in lines[n + 1 : n + 1 + MAX_MEMBERS * (MAX_BLANKS + 1)]:
        text = plain(line.text).strip()
        if not text:
            blanks += 1
            if blanks > MAX_BLANKS:
                break
            continue
        blanks = 0
        match = NAME_AND_POST.match(text)
        if match is None or not MEMBER.match(match["name"].strip()):
            break
        found.append(MembershipFacts(match["name"].strip(), match["post"] or "", line.number))
        if len(found) >= MAX_MEMBERS:
            break
    if len(found) < MIN_MEMBERS:
        return None
    posts = [member.represents.strip() for member in found if member.represents.strip()]
    if all(names_an_organisation(post) for post in posts):
        return [replace(m, represents=m.represents.strip()) for m in found]
    return [replace(member, represents="") for member in found]
