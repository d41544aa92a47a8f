"""Names printed surname first, the initials after a comma: "Armstrong, E.", "Dale, P.A.M.".

Some councils list the members present as a roll of surnames in alphabetical order, each
followed by the initials only where two members share the surname: "Councillors Allan
Foster Oliver Trueman, D. Ball Gibson, E Porthouse Trueman, H." (a table of columns
flattened row by row), or every member so: "MEMBERS Armstrong, E. Bawn, D. Beynon, J.".
Read as an ordinary list, the commas part each surname from its own initials and join the
initials to the next surname ("D. Ball Gibson").

`surname_run` reads such a roll when every word of it is a surname or a surname's
initials, and at least `MIN_INVERTED` surnames carry initials after them (a roll of bare
surnames alone, "Paul Gibb John Kirk", may be forenames and surnames run together, and is
left to the other readers). `inverted_name` takes one such name apart.
"""

from __future__ import annotations

import re

from ..vocabulary import IS_HONOUR, IS_TITLE

#: A surname: capitalised, with its prefix or hyphen ("McLean", "O'Brien", "Renner-Thompson")
SURNAME = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’]{1,30}(?:-[A-Z][a-z'’]{1,30})?"
#: A surname's initials after it: "E.", "E", "DE", "T.H.", "P.A.M.", and "T.S" closing a
#: list whose last stop was taken as the list's own
INITIALS = r"(?:[A-Z]\.){1,4}|(?:[A-Z]\.){1,3}[A-Z](?![\w.])|[A-Z]{1,3}(?![\w.])"
#: One entry of a roll: a surname, and its initials after a comma (or a stop, "Smith. D")
ENTRY = re.compile(rf"(?P<surname>{SURNAME})(?:[,.][ ]?(?P<initials>{INITIALS}))?(?=\s|$)")
#: The roll's plural title, left off its names ("Councillors Allan Foster ...")
PLURAL_TITLE = re.compile(r"^(?:Councillors|Cllrs\.?)\s+")
#: How many surnames of a roll carry their initials after them, at least
MIN_INVERTED = 2
#: What parts two names of a roll besides spaces: "Penn, R. and Quinn, K."
JOINED = re.compile(r"\s+(?:and|&)\s+")
#: The longest roll read (bounds the scan by the text's size)
MAX_CHARS = 6000
#: A name's last two words printed surname first: "... Trueman, D."
INVERTED_END = re.compile(rf"(?:^|\s)(?P<surname>{SURNAME})[,.][ ]?(?P<initials>{INITIALS})\s*$")


def surname_run(text: str) -> list[tuple[int, str]] | None:
    """Each name of a roll of surnames with initials after them, with its offset in
    `text`; None unless the whole text is such a roll (see the module's docstring)."""
    if len(text) > MAX_CHARS:
        return None
    title = PLURAL_TITLE.match(text)
    at = title.end() if title else 0
    entries: list[tuple[int, str]] = []
    inverted = 0
    while at < len(text):
        entry = ENTRY.match(text, at)
        if entry is None or IS_TITLE.match(entry["surname"]):
            return None  # "Cllr. J. Kemp": a title, its stop and an initial, no surname
        entries.append((entry.start(), entry.group(0)))
        inverted += entry["initials"] is not None
        at = entry.end()
        joined = JOINED.match(text, at)
        if joined is not None:
            at = joined.end()
        while at < len(text) and text[at].isspace():
            at += 1
    if inverted < MIN_INVERTED:
        return None
    return entries


def inverted_name(as_written: str, words: list[str]) -> tuple[str, str] | None:
    """ "Cllr Trueman, D.": the surname and initials of a name printed surname first,
    when `words` (the name's words without titles and honours) are just those two."""
    found = INVERTED_END.search(as_written)
    if found is None or words != [found["surname"], found["initials"]]:
        return None
    if IS_HONOUR.match(found["initials"].replace(".", "")):
        return None  # "Reid, JP": an honour after the surname, not initials
    return found["surname"], found["initials"]
