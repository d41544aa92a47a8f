"""A group's heading run into its first name, with no colon or break between them.

Area boards and partnership meetings print those who attended as a table, the group in
a left column ("Wyke Councillors", "Wyke Council Officers") and its people in the right.
Converted to text, each row runs the heading straight into the first name:

    In Attendance:

    Wyke Councillors Cllr Ann Reid, Cllr Ben Moss and Cllr Carl Lowe

    Wyke Council Officers Dan Hart – Democratic Services Officer Eve Pym – Area Manager

Read as it is, the heading becomes part of the first person's name. A line inside a list
that opens with one to four capitalised words ending in a plural noun for people
("Councillors", "Officers", "Members", "Representatives", "Clerks") or bodies ("Town and
Parish Councils"), followed by a title, or by a name (or a body) and a spaced dash, is
read as the group's heading and its names: "Wyke Councillors" then "Cllr Ann Reid, ...".
A plural title alone ("Councillors A Reid", "County Councillors A Reid") is no heading:
the names after it keep their printed form.
"""

from __future__ import annotations

import re

from ..vocabulary import PLURAL_TITLES, TITLE

#: The heading: capitalised words ending in a plural noun for people, then what follows
GLUED_GROUP = re.compile(
    r"^(?P<group>(?:[A-Z][\w'’&.-]{0,30}\s(?:and\s|&\s)?){1,4}"
    r"(?:Councillors|Officers|Members|Representatives|Clerks(?:/Councillors)?|Councils))\s+"
    rf"(?P<rest>(?:{TITLE}\s|(?:[A-Z][\w'’&-]{{0,30}}\s){{2,5}}[-–—]\s).{{0,2000}})$"
)


def glued_group(text: str) -> tuple[str, str] | None:
    """'Wyke Councillors Cllr A Reid, Cllr B Moss': the group's heading and its names;
    None for any other line, and for a plural title before names."""
    match = GLUED_GROUP.match(text.strip())
    if match is None or match["group"] in PLURAL_TITLES:
        return None
    return match["group"], match["rest"]
