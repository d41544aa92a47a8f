"""A roll of surnames in alphabetical order, a forename only where two members share one.

A district council's minutes list the members present after a plural title, a column of
surnames flattened onto one line with nothing between them; where two members share a
surname each gets a forename, and an office or an honour follows its name:

    Councillors Acomb Joy Blake Paul Blake Carr (Chairman) Dunn MBE Frost Hale Ives ...
    Councillors: Brewer Mrs Bridewell Mrs Burton Carter East Evans Mrs Evans Geddes ...

Nothing parts a forename from the surname before it but the order: the surnames run from A
to Z, so a word that sorts before the one ahead of it is a surname and that one is its
forename ("Joy Blake" after "Acomb"); a forename sorting before its surname ("Anne Blake
Brian Blake") is known by the name after it that shares the surname. `alphabetical_roll`
reads such a roll when its surnames, so paired, stand in order, there are at least
`MIN_NAMES` of them and at most a third have forenames (a run of forenames and surnames,
"Paul Gibb John Kirk", is no roll).
"""

from __future__ import annotations

import re

from ..vocabulary import IS_HONOUR

#: A title a roll may print before a surname ("Mrs Bridewell"), kept with it
SHORT_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?"
#: The roll's plural title, left off its names
PLURAL_TITLE = re.compile(r"^(?:Councillors|Cllrs\.?|COUNCILLORS)\s?:?\s+")
#: One word of the roll: a capitalised word (hyphened, "Mc", "O'"), an honour after it, and
#: a bracket closing the name ("(Chairman)")
WORD = re.compile(
    rf"(?P<title>{SHORT_TITLE}\s)?"  # "Brewer Mrs Bridewell": a title kept with it
    r"(?P<word>(?:Mc|Mac|O['’])?[A-Z][a-z'’]{1,30}(?:-[A-Z][a-z'’]{1,30})?|[A-Z]{2,4})"
    r"(?P<bracket>\s?\([^()]{1,60}\))?(?:\s+|$)"
)
#: Fewest names that make a roll; most characters read
MIN_NAMES = 8
MAX_CHARS = 4000


def _words(text: str, at: int) -> list[tuple[int, str, bool]] | None:
    """(offset, word with its honour and bracket, whether it closes a name) for each word
    from `at`; None when anything but such words follows."""
    words: list[tuple[int, str, bool]] = []
    while at < len(text):
        match = WORD.match(text, at)
        if match is None:
            return None
        if IS_HONOUR.match(match["word"]) and not match["title"]:
            if not words:
                return None
            start = words[-1][0]
            words[-1] = (start, text[start : match.end()].strip(), True)
        elif match["word"].isupper() or (match["title"] and IS_HONOUR.match(match["word"])):
            return None  # capitals that are no honour: a heading, no roll
        else:
            words.append((at, match.group().strip(), match["bracket"] is not None))
        at = match.end()
    return words


def _key(word: str) -> str:
    """The word as the roll sorts it: no title before it, no bracket after it."""
    word = TITLE_BEFORE.sub("", word)
    return word.split()[0].split("(")[0].lower().replace("'", "").replace("’", "")


TITLE_BEFORE = re.compile(rf"^{SHORT_TITLE}\s")


def alphabetical_roll(text: str) -> list[tuple[int, str]] | None:
    """Each name of the roll with its offset in `text` (see the module's docstring); None
    unless the whole text, after its plural title, is such a roll."""
    title = PLURAL_TITLE.match(text)
    if title is None or len(text) > MAX_CHARS or "," in text:
        return None
    words = _words(text, title.end())
    if words is None or len(words) < MIN_NAMES:
        return None
    names: list[tuple[int, str]] = []
    surnames: list[str] = []
    forenames = 0
    k = 0
    while k < len(words):
        start, word, closes = words[k]
        if not closes and k + 1 < len(words) and _key(words[k + 1][1]) < _key(word):
            surname = _key(words[k + 1][1])
            single = " " not in names[-2][1] + names[-1][1] if len(names) >= 2 else False
            if single and surnames[-1] == surname:
                # "Anne Blake Brian Blake": "Anne" sorts before "Blake", yet both share it
                names[-2:] = [(names[-2][0], f"{names[-2][1]} {names[-1][1]}")]
                surnames[-2:] = [surname]
                forenames += 1
            names.append((start, f"{word} {words[k + 1][1]}"))  # "Joy" then "Blake"
            surnames.append(surname)
            forenames += 1
            k += 2
            continue
        names.append((start, word))
        surnames.append(_key(word))
        k += 1
    if surnames != sorted(surnames) or forenames * 3 > len(names) or len(names) < MIN_NAMES:
        return None
    return names


#: Fewest forename-surname pairs read as a list of pairs
MIN_PAIRS = 4


def alphabetical_pairs(text: str) -> list[tuple[int, str]] | None:
    """ "Simon Alder Peter Bright Phil Crane Julia Dent": officers listed by forename and
    surname with nothing between them, in the order of their surnames. Each pair with its
    offset; None unless the text is an even run of at least `MIN_PAIRS` pairs whose every
    second word stands in order while the words together do not (a roll of surnames)."""
    if len(text) > MAX_CHARS or "," in text or PLURAL_TITLE.match(text):
        return None
    words = _words(text, 0)
    if words is None or len(words) % 2 or len(words) < 2 * MIN_PAIRS:
        return None
    if any(closes for _, _, closes in words[::2]):
        return None  # a bracket after a forename: no pair
    keys = [_key(word) for _, word, _ in words]
    if keys[1::2] != sorted(keys[1::2]) or keys == sorted(keys):
        return None
    return [(words[k][0], f"{words[k][1]} {words[k + 1][1]}") for k in range(0, len(words), 2)]
