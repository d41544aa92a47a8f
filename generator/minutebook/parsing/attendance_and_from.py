"""A second "from" inside one apologies sentence, naming more people who sent apologies.

An apologies sentence often goes on with a second group after "and from":

    Apologies were received from Cllr A Reid (with Cllr B Moss substituting) and from
    Mr C Lowe.
    Apologies for absence were received from Councillors Reid and Moss, and from
    Councillor D Pym who was on holiday.

The words "and from" join two lists of the same sentence, so the names after them are
apologies like those before: without this reading the second group is lost, or glued to
the last name as its capacity. The second group is read only when it opens with a titled
name ("Mr C Lowe", "Councillors Reid and Moss"), so an office ("and from the Chief Fire
Officer") or a sentence going on ("and from that date") is left as it was.

The first group may name a member's substitute in a clause before the second (", for
whom Cllr B Moss was substituting, and apologies also from ..."): the clause is printed
as the substitutes' bracket after that member (`bracketed_substitutes`).
"""

from __future__ import annotations

import re

from ..vocabulary import PLURAL_TITLE, TITLE

#: "and from" (or ", and also from", "and apologies also from") before a titled name,
#: outside any bracket
AND_FROM = re.compile(
    r"(?:,\s*|\s+)and\s+(?:apolog(?:ies|y)\s+)?(?:also\s+)?from\s+"
    rf"(?=(?:{PLURAL_TITLE}|{TITLE})\s+[A-Z])"
)
#: ", for whom Cllr B Moss was substituting," after a name: the substitute, in a clause
FOR_WHOM_CLAUSE = re.compile(
    rf",?\s+for\s+whom\s+(?P<sub>(?:{TITLE})\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}?)"
    r"\s+(?:was\s+|had\s+)?substitut(?:ing|ed)\b,?"
)
#: most groups one sentence joins this way
MAX_GROUPS = 4


def joined_from_groups(names: str) -> str | None:
    """The names of an apologies sentence with each "and from <titled name>" made a comma
    between its groups; None when the sentence has no such second group."""
    joins = [m for m in AND_FROM.finditer(names) if _outside_brackets(names, m.start())]
    if not joins or len(joins) >= MAX_GROUPS:
        return None
    pieces: list[str] = []
    last = 0
    for join in joins:
        pieces.append(names[last : join.start()])
        last = join.end()
    pieces.append(names[last:])
    return ", ".join(piece.strip() for piece in pieces)


def _outside_brackets(text: str, at: int) -> bool:
    """Whether position `at` stands outside every bracket of `text`."""
    return text.count("(", 0, at) <= text.count(")", 0, at)


#: a titled name: the member a later "for whom" clause names the substitute of
TITLED_NAME = re.compile(rf"(?:{TITLE})\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}")


def bracketed_substitutes(names: str) -> str | None:
    """The names of an apologies sentence with a ", for whom Cllr B Moss was substituting,"
    clause printed as the bracket the substitutes' reader knows, straight after the
    titled name it follows ("Cllr A Hale owing to work, for whom Cllr B Moss was
    substituting, ..." gives "Cllr A Hale (with Cllr B Moss substituting) owing to work,
    ..."); None when the sentence has no such clause after a titled name, or when the
    clause closes the sentence (read where the substitutes are)."""
    clause = FOR_WHOM_CLAUSE.search(names) if "whom" in names else None
    if clause is None or not names[clause.end() :].strip(" ,."):
        return None  # closing the sentence, `attendance.FOR_WHOM` reads it
    members = list(TITLED_NAME.finditer(names, 0, clause.start()))
    if not members:
        return None
    member = members[-1]
    bracket = f" (with {clause['sub']} substituting)"
    rest = names[clause.end() :]
    return f"{names[: member.end()]}{bracket}{names[member.end() : clause.start()]},{rest}"
