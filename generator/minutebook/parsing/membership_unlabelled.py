"""An agenda front sheet's list of members whose label the copy lost.

A committee's front sheet prints the members under the body's name, before the date and
the venue, after a label ("To:", "Membership") that a web page's copy may drop:

    Wyke Area Committee

    Councillors Ann Reid (Chair), Ben Moss (Vice-Chair), Cara Lowe and Dev Pym.

    Friday 4th June 2021

A paragraph in the sheet's head that opens with the plural title and is nothing but a
list of names after it is that list: the title says they are councillors, the place says
they are the body's members.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Line, MembershipFacts
from .text import plain

#: "Councillors A Reid, B Moss and C Lowe." filling its line
PLURAL_LIST = re.compile(r"^(?:County\s+)?(?:Councillors|Cllrs)\.?\s+[A-Z].{5,1500}$")
#: How many lines with text at the top of the paper may come before the list
HEAD_LINES = 3
#: At least this many names: fewer is a sentence's subject, not a body's membership
MIN_NAMES = 3


def unlabelled_members(
    lines: list[Line], name_list: Callable[[str], list[tuple[str, str]] | None]
) -> list[MembershipFacts] | None:
    """The members listed after "Councillors" in one of the first lines with text, no
    label before them, read by `name_list`; None when the head holds no such list."""
    filled = [line for line in lines[:40] if line.text.strip()][:HEAD_LINES]
    for line in filled:
        text = plain(line.text).strip()
        if not PLURAL_LIST.match(text):
            continue
        names = name_list(text.rstrip("."))
        if names is None or len(names) < MIN_NAMES:
            return None
        return [MembershipFacts(name, represents, line.number) for name, represents in names]
    return None
