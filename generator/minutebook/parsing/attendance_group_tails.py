"""A group of members named after its names, closing their run: "..., Elected Members."

Drainage boards and other boards that seat members of several kinds print each kind's
names first and the kind after them, a comma before it and a stop after:

    PRESENT
    A Reid Esq., B Moss Esq., C. Lowe Esq., Elected Members.
    Cllr D Pym, Cllr E Hart, F Dunn Esq., Appointed Members.
    G. Wyke Esq., Clerk to the Board

Read as it is, the kind became one more name and its stop closed the list, so the next
kinds were lost. `group_tails_first` gives each name of a run its kind in brackets, the
capacity a kind of member is (as `attendance_member_kinds` reads a kind printed first),
and `ends_with_group` tells the list reader that such a stop closes a group, not the list.
"""

from __future__ import annotations

import re

#: The kind after a run's last name: a comma, one or two capitalised words and "Members",
#: then a stop, a comma or the line's end ("..., Cabinet Member for X" is one post)
GROUP_TAIL = re.compile(r",\s+(?P<kind>(?:[A-Z][\w'’-]{1,20}\s){1,2}Members)\s*(?:[.;,](?=\s|$)|$)")
#: A name of the run: capitalised, at most six words, no bracket of its own
NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,5}$")
#: The separators of a run's names (a comma before the last "and" too: "A Reid Esq., and
#: B Moss Esq., Elected Members")
SEPARATOR = re.compile(r",\s+(?:(?:and|&)\s+)?|\s+and\s+|\s+&\s+")
#: The longest line read
MAX_LINE = 3000


def group_tails_first(text: str) -> str:
    """The line with each name of a run closed by its kind given that kind in brackets
    ("A Reid Esq. (Elected Members), B Moss Esq. (Elected Members)"); the line as it is
    when no run closes so, or a run holds anything but names."""
    if len(text) > MAX_LINE or "Member" not in text:
        return text
    out: list[str] = []
    at = 0
    for tail in GROUP_TAIL.finditer(text):
        run = re.sub(r"^(?:and|&)\s+", "", text[at : tail.start()].strip(" ,;"))
        names = [n for n in SEPARATOR.split(run) if n]
        if not names or not all(NAME.match(n) for n in names):
            return text
        out.append(", ".join(f"{n} ({tail['kind']})" for n in names))
        at = tail.end()
    if not out:
        return text
    rest = text[at:].strip(" ,;")
    return ", ".join([*out, rest] if rest else out)


#: A line ending on a run's kind and its stop
GROUP_END = re.compile(r",\s+(?:[A-Z][\w'’-]{1,20}\s){1,2}Members\s*\.?$")


def ends_with_group(text: str) -> bool:
    """Whether a list's line ends on the kind of the names before it ("..., Elected
    Members."): its stop closes that group, and the list goes on."""
    return GROUP_END.search(text.strip()) is not None
