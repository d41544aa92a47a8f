"""'Ann Reid (AR) – Head of Finance, Local Policing': a board's row, a person tagged with
their initials, then all they are there as.

The notes of a governance board (a police and crime commissioner's, a fire authority's)
list who came one a line, each name tagged with the initials the notes use for them
later ("(AR)"), then a dash and their post, often with the area after a comma
("Assistant Chief Constable, Local Policing"). The initials tag shows the line is one
person, so everything after the dash, commas and "&" included, is their capacity.
"""

from __future__ import annotations

import re

#: "Ann Reid (AR) – rest": two to four capitalised words, the initials in brackets, a dash.
TAGGED = re.compile(
    r"^(?P<name>[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){1,3})\s\((?P<tag>[A-Z]{2,4})\)"
    r"\s{1,3}(?:[A-Z][\w-]{1,20}\s{1,3})?[-–—]\s{1,3}(?P<rest>\S[^–—]{0,200})$"
)


def initials_tagged_row(text: str) -> tuple[str, str] | None:
    """The name and capacity of a row "Ann Reid (AR) – Head of Finance, Local Policing",
    when the initials match the name's capitals; None for any other text."""
    match = TAGGED.match(text.strip())
    if match is None:
        return None
    capitals = "".join(w[0] for w in re.split(r"[\s-]+", match["name"]) if w[:1].isupper())
    if match["tag"][0] != capitals[0] or match["tag"][-1] != capitals[-1]:
        return None
    # "(AR) Chair – Commissioner": a word before the dash is part of what they are
    after = text.strip()[match.end("tag") + 1 :].strip()
    return match["name"], re.sub(r"^[-–—]\s*", "", after).rstrip(".").strip()
