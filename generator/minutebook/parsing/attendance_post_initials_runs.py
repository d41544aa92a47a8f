"""A post after a name's comma with a run of names by initials pressed onto it.

A town council's list of those present may print its officers' posts after a comma and
the members by their initials with no commas, as a table flattened: "Councillors: Ms L
Baxter, Deputy Town Mayor J W C Curle N G K Gowrley B Humphreys MBE Mrs H Salmon". Read
by commas, everything after "Ms L Baxter," is her post. Where the words after the comma
start with an office ("Deputy Town Mayor") and every word after it is a run of names by
initials (two at least, an honour after a name allowed), the post is the office alone
and the run is more people, each with no capacity.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from .attendance_initials_run import initials_entries
from .names import NameEntry

#: Most words of the office before the run
MAX_POST_WORDS = 6
#: A word of an office: letters, lower case after the first
WORD = re.compile(r"[A-Za-z][a-z][\w'’-]*")
#: Fewest names in the run
MIN_NAMES = 2
#: An honour after a name in the run ("B Humphreys MBE"): kept with the name
HONOURS = "OBE|MBE|CBE|DL|JP|QPM|BEM"
HONOUR = re.compile(rf"\s(?:{HONOURS})(?=\s|$)")


def post_and_run(capacity: str, is_office: Callable[[str], bool]) -> tuple[str, list[str]] | None:
    """(the office, the names) of a capacity that is an office and a run of names by
    initials; None for any other capacity."""
    words = capacity.split()
    for k in range(min(MAX_POST_WORDS, len(words) - 2), 0, -1):  # the longest office first
        post = " ".join(words[:k])
        if not WORD.fullmatch(words[k - 1]) or not is_office(post):
            continue  # "Deputy Town Mayor J W": an office never ends on an initial
        rest = " ".join(words[k:])
        names = initials_entries(HONOUR.sub("", rest))
        if names is not None and len(names) >= MIN_NAMES:
            return post, [_with_honour(name, rest) for name in names]
    return None


def _with_honour(name: str, run: str) -> str:
    """The name with the honour printed after it in the run ("B Humphreys MBE")."""
    after = re.search(rf"{re.escape(name)}\s(?P<honour>{HONOURS})(?=\s|$)", run)
    return f"{name} {after['honour']}" if after else name


def posts_then_initials_runs(
    entries: list[NameEntry], text: str, is_office: Callable[[str], bool]
) -> list[NameEntry]:
    """The entries with each capacity that is an office and a run of names cut into the
    office and the names after it (see above); the entries as they are otherwise."""
    out: list[NameEntry] = []
    for entry in entries:
        found = post_and_run(entry.capacity, is_office) if entry.capacity else None
        if found is None:
            out.append(entry)
            continue
        post, names = found
        out.append(dataclasses.replace(entry, capacity=post))
        at = entry.start
        for name in names:
            where = text.find(name, at)
            at = where if where >= 0 else at
            out.append(NameEntry(name, None, False, start=at))
    return out
