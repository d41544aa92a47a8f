"""Officers listed "Name, Post" with the breaks between the entries lost.

A list of officers printed one a line ("Ann Reid, Head of Finance, Resources" / "Ben
Moss, Chief Executive") reaches the text run together when its line breaks are lost:
"Ann Reid, Head of Finance, Resources Ben Moss, Chief Executive Carl Lowe, Clerk". Each
entry then starts with a person's name and its comma straight after the last word of
the post before, with no separator: two capitalised words that are no office, the
second closing with a comma, after a capitalised word or a bracket. The text is cut at
those starts when at least two entries are run on so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: One token of the text and where it starts.
TOKEN = re.compile(r"\S+")
#: A word of a person's name: capitalised, letters, an apostrophe or a hyphen.
NAME_WORD = re.compile(r"^[A-Z][a-z][\w'’-]{0,30}$")
#: The first name of an entry, before the surname and its comma.
FIRST = re.compile(r"^[A-Z][a-z][\w'’-]{0,30}$")
#: Fewest entries run on (with no separator before them) for the cut to be made.
MIN_RUN_ON = 2
MAX_TEXT = 4000


def run_on_posts(text: str, is_office: Callable[[str], bool]) -> list[tuple[int, str, str]] | None:
    """'Ann Reid, Head of Finance Ben Moss, Clerk': (offset, name, post) for each entry,
    or None unless the text starts with such an entry and at least two more entries
    start straight after the post before them."""
    if len(text) > MAX_TEXT or ";" in text:
        return None
    tokens = [(m.start(), m.group()) for m in TOKEN.finditer(text)]
    starts = [i for i in range(len(tokens) - 1) if _name_starts(tokens, i, is_office)]
    if not starts or starts[0] != 0:
        return None
    run_on = [i for i in starts if i > 0 and not tokens[i - 1][1].endswith(",")]
    if len(run_on) < MIN_RUN_ON or len(run_on) != len(starts) - 1:
        return None
    out = []
    for n, i in enumerate(starts):
        end = tokens[starts[n + 1]][0] if n + 1 < len(starts) else len(text)
        name_end = tokens[i + 1][0] + len(tokens[i + 1][1]) - 1  # before the comma
        name = text[tokens[i][0] : name_end]
        post = text[name_end + 1 : end].strip().rstrip(",").strip()
        if not post:
            return None
        out.append((tokens[i][0], name, post))
    return out


def _name_starts(tokens: list[tuple[int, str]], i: int, is_office: Callable[[str], bool]) -> bool:
    """Whether an entry "First Surname," starts at token i."""
    first, second = tokens[i][1], tokens[i + 1][1]
    if not FIRST.match(first) or not second.endswith(",") or second.count(",") != 1:
        return False
    surname = second[:-1]
    if not NAME_WORD.match(surname) or is_office(f"{first} {surname}"):
        return False
    if i == 0:
        return True
    before = tokens[i - 1][1]
    # after the post before it: a capitalised word, a bracket, or a comma's list
    return before[:1].isupper() or before.endswith((")", ","))
