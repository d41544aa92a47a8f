"""Officers listed "Name, Post" or "Name – Post" with the breaks between the entries lost.

A list of officers printed one a line ("Ann Reid, Head of Finance, Resources" / "Ben
Moss, Chief Executive", or "Ann Reid – Clerk" / "Ben Moss – Treasurer") reaches the text
run together when its line breaks are lost: "Ann Reid, Head of Finance, Resources Ben
Moss, Chief Executive Carl Lowe, Clerk", "Ann Reid – Clerk Ben Moss – Treasurer". Each
entry then starts with a person's name and its separator (a comma, or a dash, spaced or
glued to the surname) straight after the last word of the post before: two capitalised
words that are no office, after a capitalised word or a bracket. The text is cut at those
starts when entries are run on so (two at least for commas, which lists use between
names too; one for dashes). A plural title opening the text ("Councillors Ali, Baker,
Baroness Mrs Cole, Dean") opens a list of members, never such rows; so does a "post"
that opens with a person's title ("Cllr Elliott, Cllr Mrs Knox, Cllr Pym": names alone).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..vocabulary import PLURAL_TITLES, STARTS_WITH_TITLE

#: One token of the text and where it starts.
TOKEN = re.compile(r"\S+")
#: A word of a person's name: capitalised, letters, an apostrophe or a hyphen.
NAME_WORD = re.compile(r"^[A-Z][a-z][\w'’-]{0,30}$")
#: A dash between a name and its post, spaced.
DASH = frozenset({"-", "–", "—"})
#: Fewest entries run on (with no separator before them) for the cut to be made.
MIN_RUN_ON = {",": 1, "-": 1}
MAX_TEXT = 4000


def run_on_posts(text: str, is_office: Callable[[str], bool]) -> list[tuple[int, str, str]] | None:
    """'Ann Reid, Head of Finance Ben Moss, Clerk': (offset, name, post) for each entry,
    or None unless the text starts with such an entry and enough entries after it start
    straight after the post before them, all with the same separator."""
    if len(text) > MAX_TEXT or ";" in text:
        return None
    opening = text.split(maxsplit=1)
    if opening and opening[0].rstrip(":") in PLURAL_TITLES:
        return None  # "Councillors Ali, Baker, Baroness Mrs Cole, ...": a list of members
    tokens = [(m.start(), m.group()) for m in TOKEN.finditer(text)]
    starts = [(i, s) for i in range(len(tokens) - 1) if (s := _entry(tokens, i, is_office))]
    if not starts or starts[0][0] != 0 or len({found[1] for _, found in starts}) != 1:
        return None
    kind = starts[0][1][1]
    run_on = [i for i, _ in starts if i > 0 and not tokens[i - 1][1].endswith(",")]
    if kind == "," and any(tokens[i - 1][1].endswith(".") for i in run_on):
        return None  # "Councillor A Reid, Chair. Councillor B Moss, ...": sentences
    if len(run_on) < MIN_RUN_ON[kind] or len(run_on) != len(starts) - 1:
        return None
    out = []
    for n, (i, (name_end, _, post_at)) in enumerate(starts):
        end = tokens[starts[n + 1][0]][0] if n + 1 < len(starts) else len(text)
        post = text[post_at:end].strip().rstrip(",").strip()
        if not post or STARTS_WITH_TITLE.match(post):
            return None  # "Cllr Elliott, Cllr Mrs Knox": titled names, no posts
        out.append((tokens[i][0], text[tokens[i][0] : name_end], post))
    return out


def _entry(
    tokens: list[tuple[int, str]], i: int, is_office: Callable[[str], bool]
) -> tuple[int, str, int] | None:
    """Where the name of an entry starting at token i ends, its separator ("," or "-")
    and where its post starts; None when no entry "First Surname," or "First Surname –"
    starts there."""
    first, second = tokens[i][1], tokens[i + 1][1]
    if not NAME_WORD.match(first):
        return None
    at = tokens[i + 1][0]
    if second.endswith(",") and second.count(",") == 1:  # "Reid,"
        found = (at + len(second) - 1, ",", at + len(second))
    elif second.endswith(("-", "–")) and len(second) > 2:  # "Reid-" glued to its dash
        found = (at + len(second) - 1, "-", at + len(second))
    elif i + 2 < len(tokens) and tokens[i + 2][1] in DASH:  # "Reid –"
        found = (at + len(second), "-", tokens[i + 2][0] + 1)
    else:
        return None
    surname = second.rstrip(",-–")
    if not NAME_WORD.match(surname) or is_office(f"{first} {surname}"):
        return None
    if i == 0:
        return found
    before = tokens[i - 1][1]
    # after the post before it: a capitalised word, a bracket, or a comma's list
    return found if before[:1].isupper() or before.endswith((")", ",")) else None
