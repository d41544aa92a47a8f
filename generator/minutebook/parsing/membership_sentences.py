"""A body's membership said in a sentence: "Members of the X Committee are A, B and C".

An agenda may name its members in a sentence under an item rather than in a list under a
heading:

    Members of North Fenby County Local Committee are Ann Reid, Member for Fenby East;
    Ben Moss, Member for Hale and Kelbridge and Cara Lowe, Member for Westby (Chairman).

The sentence is read as a "Membership:" heading with its list run on: "Member for" before
each division is the sentence's wording, not what the member represents (the division is
put in brackets after the name, as a list prints it); the last member follows "and" where
the others follow a semicolon; and an office in brackets after the last division
("(Chairman)") is no part of it. A sentence whose verb is not followed by a
capitalised word ("Members of the Panel are asked to note ...") names no members.
"""

from __future__ import annotations

import re

#: "Members of <body> are <list>", "The membership of the Panel is <list>"
MEMBERS_ARE = re.compile(
    r"^(?:The\s+)?(?:Members|Membership)\s+of\s+(?:the\s+)?(?-i:[A-Z])[^.;:]{2,150}?\s+"
    r"(?:are|is|comprises)\s+(?P<rest>(?-i:[A-Z]).{10,1500})$",
    re.IGNORECASE,
)
#: ", Member for " before a member's division: the sentence's words, not the division's
MEMBER_FOR = re.compile(r",\s+Member\s+for\s+")
#: " and " before the last "Name, Member for ...", where the others follow a semicolon
LAST_MEMBER = re.compile(r"\s+and\s+(?=(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+,\s+Member\s+for\s)")
#: an office in brackets after the last division, before the sentence's stop
TRAILING_OFFICE = re.compile(
    r"\s*\((?:Vice[- ]?)?Chair(?:man|woman|person)?\)(?=\s*\.?$)", re.IGNORECASE
)


def members_sentence(text: str) -> str | None:
    """The list a membership sentence runs on, worded as a heading's list ("A (Fenby East),
    B (Hale)"), or None when the line is no such sentence (see the module's docstring)."""
    match = MEMBERS_ARE.match(text)
    if match is None:
        return None
    rest = TRAILING_OFFICE.sub("", match["rest"].rstrip()).rstrip(" .")
    if not MEMBER_FOR.search(rest):
        return rest
    entries = [MEMBER_FOR.split(entry, 1) for entry in LAST_MEMBER.sub("; ", rest).split(";")]
    # "Ann Reid (Fenby East)": the division in brackets, as a list prints what one represents
    return ", ".join(
        f"{parts[0].strip()} ({parts[1].strip()})" if len(parts) == 2 else parts[0].strip()
        for parts in entries
    )
