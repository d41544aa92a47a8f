"""Officers listed "Initials Surname Post" one a row, with the breaks between rows lost.

A list of officers printed as a table, initials and surname in one column and the post in
the next, reaches the text as one run when its cells and line breaks are lost:

    OFFICERS

    A Reid Principal Planning Officer B Moss Senior Democratic Services Officer CW Lowe
    Lawyer D Hart Area Manager, Neighbourhood Services

No comma or dash parts a name from its post, but every name is the same shape: one to
three initials (with or without stops, "C", "C.W.", "CW") and a surname of one word, and
no post holds such a pair. The run is cut before each pair; what follows a name up to the
next is its post. Read only when the run opens with a name, holds `MIN_ENTRIES` names at
least, no name is itself a post ("HR Manager"), and most of the posts are offices.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .names_initials_runs import SURNAME
from .names_run_on_posts import TOKEN

#: A name's initials: "A", "KR", "C.W.", "J.R"
INITIALS = re.compile(r"^(?:[A-Z]\.?){1,3}$")
#: A surname of one word: "Reid", "McNeill", "O'Brien", "Harmer-Strange"
ONE_SURNAME = re.compile(rf"^{SURNAME}$")
#: Words that bind a post's next word to it ("Head of IT Services"), so no name follows
BINDING = frozenset({"of", "and", "&", "for", "to", "the"})
#: Fewest names of a run read so
MIN_ENTRIES = 3
#: Longest text read so
MAX_TEXT = 3000


def initials_post_run(
    text: str, is_office: Callable[[str], bool]
) -> list[tuple[int, str, str]] | None:
    """'A Reid Principal Planning Officer B Moss Lawyer C Lowe Chief Executive': (offset,
    name, post) for each row; None unless the whole text is such rows."""
    if len(text) > MAX_TEXT or ";" in text:
        return None
    tokens = [(m.start(), m.group()) for m in TOKEN.finditer(text)]
    starts = [i for i in range(len(tokens) - 2) if _name_at(tokens, i, is_office)]
    if len(starts) < MIN_ENTRIES or starts[0] != 0:
        return None
    rows = []
    for n, i in enumerate(starts):
        end = tokens[starts[n + 1]][0] if n + 1 < len(starts) else len(text)
        post = text[tokens[i + 2][0] : end].strip().rstrip(",").strip()
        name_end = tokens[i + 1][0] + len(tokens[i + 1][1])
        if not post:
            return None
        rows.append((tokens[i][0], text[tokens[i][0] : name_end], post))
    if sum(1 for _, _, post in rows if is_office(post)) * 2 <= len(rows):
        return None
    return rows


def _name_at(tokens: list[tuple[int, str]], i: int, is_office: Callable[[str], bool]) -> bool:
    """Whether a row's name ("A Reid", "KR Quinn") starts at token i: initials, a surname,
    then a capitalised word opening the post, after no word that binds it to a post."""
    initials, surname, after = tokens[i][1], tokens[i + 1][1], tokens[i + 2][1]
    if not (INITIALS.match(initials) and ONE_SURNAME.match(surname) and after[:1].isupper()):
        return False
    if i > 0 and tokens[i - 1][1].lower() in BINDING:
        return False
    return not is_office(f"{initials} {surname}")
