"""People and the organisations they came from, "Name Organisation" rows run together.

Forums, partnerships and national park committees print those present as a table of two
columns, the person and the body or post they came for. Converted to text, the rows run
together with nothing between a body and the next name:

    PRESENT Ann Reid Fenby Parish Council Ben Moss Marsh National Park Authority Carl Lowe
    Environment Agency Dan Pym Wyke Town Council Eve Hart (Vice Chair) Walkers' Group

Both columns are capitalised words, so no single word tells where a body ends and a name
begins. Such tables are printed in order of surname, though, the chair often first, and
that order tells it: the run is cut where a forename and a surname start (a title before
them, "Cllr", "Sir", counts with them), choosing the cuts that give the most rows whose
surnames rise in alphabetical order after the first row, each row with something after
its name; of as many rows, those closed by a body's word, then the later cuts ("... Young
Voices Vivian White": "Vivian White" is the name). A list out of surname order (officers
by rank) is cut wherever a row closes with a body's or an office's word, an acronym or a
bracket, when every row, the last too, closes so and no other name stands inside a row.
A word of a body ("Council", "Authority", "Agency"), a word the run repeats three times
or more (the park's or county's name), or a word after "and", "of" or "the" never
starts a name. A bracket straight after a name is its capacity ("(Vice Chair)");
otherwise what follows the name, brackets and all, is.

Read only when the run holds `MIN_ROWS` rows at least, no row is parted from the one
before by a comma (a list of its own kind), no titled name and no name with its own
bracket is left inside a capacity ("Ann Reid (Wyke) Ben Moss (BHS)" out of order is the
list reader's), four rows in five name a body or a post (a body's or an office's word,
an acronym, a bracket straight after the name), so a run of names is never read so.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..vocabulary import IS_TITLE, OFFICE_WORDS

#: One token: a bracket kept whole ("(North Bridleways Society)"), or a word
TOKEN = re.compile(r"\([^()]{0,120}\)|\S+")
#: A forename or a surname: a capitalised word of letters ("Ann", "McSweeney", "O'Brien")
NAME_WORD = re.compile(r"^(?:Ma?c|O['’])?[A-Z][a-z][a-z'’-]{0,30}$")
#: An acronym closing a body's name ("RSPB", "NFU")
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
#: The last words of a body's name: never a forename or a surname here
BODY_WORDS = frozenset(
    {
        "agency", "association", "authority", "board", "borough", "city", "club", "commission",
        "committee", "company", "constabulary", "council", "county", "district", "england",
        "estate", "federation", "forum", "foundation", "group", "llp", "ltd", "meeting",
        "network", "panel", "parish", "partnership", "plc", "police", "service", "services",
        "society", "team", "trust", "union", "university", "wales",
    }
)  # fmt: skip
#: Words after which the next word belongs to the body's name ("Brendon and Countisbury")
BINDING = frozenset({"and", "&", "of", "the", "for", "to", "in", "on", "at"})
#: How often the run may print a word before it counts as a body's word ("Exmoor")
REPEATED = 3
#: Fewest rows read so
MIN_ROWS = 4
#: Rows in five (`BODIES_NEEDED` of `BODIES_OUT_OF`) whose capacity must name a body or a post
BODIES_NEEDED, BODIES_OUT_OF = 4, 5
#: Most tokens read so (the search for the best cuts grows with their square)
MAX_TOKENS = 600

#: A name found in the run: its first token, the token after it, its surname in lower case
Name = tuple[int, int, str]


def name_organisation_rows(text: str) -> list[tuple[int, str, str]] | None:
    """'Ann Reid Fenby Parish Council Ben Moss Marsh Authority ...': (offset, name,
    capacity) for each row; None unless the whole text is such rows in surname order."""
    tokens = [(m.start(), m.group()) for m in TOKEN.finditer(text)]
    if len(tokens) > MAX_TOKENS or not tokens:
        return None
    counts = Counter(word for _, word in tokens)
    names = [found for i in range(len(tokens)) if (found := _name_at(tokens, i, counts))]
    if not names or names[0][0] != 0:
        return None
    # a row ending in a body's or an office's word ("... Parish Council", "... Officer"),
    # an acronym ("RSPB") or a bracket is likelier than one ending in a forename
    # ... but a bracket straight after a name ("Ann Reid (Vice Chair) Wyke Parish Council")
    # is the name's own, and the row goes on after it
    name_ends = {end for _, end, _ in names}
    bracketed = {
        start for start, end, _ in names if tokens[end : end + 1] and tokens[end][1][0] == "("
    }
    closed = [
        start > 0
        and _closes_a_row(tokens[start - 1][1])
        and not (tokens[start - 1][1].startswith("(") and start - 1 in name_ends)
        for start, _, _ in names
    ]
    chosen = _best_cuts(names, closed, len(tokens))
    if chosen is None or any(
        shut and n not in chosen for n, shut in zip(names, closed, strict=True)
    ):
        # out of surname order (officers by rank): a row wherever a body or a post closed one
        chosen = _closed_cuts(names, closed, tokens)
    if chosen is None or len(chosen) < MIN_ROWS:
        return None
    if any(tokens[start - 1][1].endswith((",", ";")) for start, _, _ in chosen[1:]):
        return None  # "Ann Reid (AR), Ben Moss (BM)": a list parted by commas, read as such
    bodies = 0  # rows whose capacity names a body or a post
    rows = []
    for n, (start, end, _) in enumerate(chosen):
        upto = chosen[n + 1][0] if n + 1 < len(chosen) else len(tokens)
        after = tokens[end:upto]
        if any(IS_TITLE.match(word) for _, word in after):
            return None  # "Cllr Ann Reid (Chair) Cllr Ben Moss": a titled name left inside
        first = after[0][1]
        bracket = first.startswith("(")
        if bracket and any(end + 1 <= other < upto for other in bracketed):
            return None  # "Ann Reid (Wyke) Ben Moss (Fenby)": names each with a bracket
        capacity = first[1:-1] if bracket else text[after[0][0] : _end(after[-1])]
        name = text[tokens[start][0] : _end(tokens[end - 1])]
        rows.append((tokens[start][0], name, capacity.strip()))
        # a bracket counts only straight after the name: one further on is another name's
        words = [word for _, word in after if not word.startswith("(")]
        bodies += bracket or any(_closes_a_row(w) or counts[w] >= REPEATED for w in words)
    return rows if bodies * BODIES_OUT_OF >= len(rows) * BODIES_NEEDED else None


def _end(token: tuple[int, str]) -> int:
    return token[0] + len(token[1])


def _body_word(word: str) -> bool:
    return word.lower() in BODY_WORDS or word.lower() in OFFICE_WORDS


def _closes_a_row(word: str) -> bool:
    word = word.rstrip(",.")
    return _body_word(word) or word.endswith(")") or ACRONYM.match(word) is not None


def _name_at(tokens: list[tuple[int, str]], i: int, counts: Counter[str]) -> Name | None:
    """The name starting at token i ("Ann Reid", "Cllr Ann Reid"), or None."""
    if i > 0 and (tokens[i - 1][1].lower() in BINDING or IS_TITLE.match(tokens[i - 1][1])):
        return None  # "Brendon and Countisbury", "Councillor Ann Reid": no name starts there
    first = i + 1 if IS_TITLE.match(tokens[i][1]) else i
    if first + 1 >= len(tokens):
        return None
    words = [tokens[first][1], tokens[first + 1][1]]
    if not all(NAME_WORD.match(w) and not _body_word(w) for w in words):
        return None
    if any(counts[w] >= REPEATED for w in words):
        return None
    return i, first + 2, words[1].lower()


def _closed_cuts(
    names: list[Name], closed: list[bool], tokens: list[tuple[int, str]]
) -> list[Name] | None:
    """The first name and every name after a row closed by a body's or a post's word,
    when every row, the last too, is so closed; None otherwise."""
    chosen = [names[0]] + [name for name, shut in zip(names, closed, strict=True) if shut]
    if any(a[1] >= b[0] for a, b in itertools.pairwise(chosen)):
        return None  # two names with nothing between them
    for name in names:
        row = max((c for c in chosen if c[0] <= name[0]), default=None)
        if name not in chosen and row is not None and name[0] >= row[1]:
            return None  # a name inside a capacity, its row not closed: nothing to cut it by
    return chosen if _closes_a_row(tokens[-1][1]) else None


def _best_cuts(names: list[Name], closed: list[bool], length: int) -> list[Name] | None:
    """The chain of names (the first at the run's start) with the most rows, each name
    followed by a token at least before the next, surnames rising after the first row;
    of equal chains, the one with more rows closed by a body's word, then the one whose
    cuts come later."""
    score: list[tuple[int, int]] = [(0, 0)] * len(names)  # (rows, closed rows) per chain end
    previous: list[int] = [-1] * len(names)
    score[0] = (1, 0)
    for k in range(1, len(names)):
        for p in range(k):
            if score[p][0] == 0 or names[p][1] >= names[k][0]:
                continue  # no chain ends at p, or no token between the two names
            if p != 0 and names[p][2] > names[k][2]:
                continue  # surnames fall: the first row alone (the chair) may stand apart
            through = (score[p][0] + 1, score[p][1] + closed[k])
            if through >= score[k]:
                score[k], previous[k] = through, p
    ends = [k for k in range(len(names)) if score[k][0] and names[k][1] < length]
    if not ends:
        return None
    last = max(ends, key=lambda k: (score[k], k))
    chain: list[Name] = []
    while last != -1:
        chain.append(names[last])
        last = previous[last]
    return chain[::-1]
