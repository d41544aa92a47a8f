"""Substitutes named after "with" at the end of an apologies sentence.

Minutes often name the member who came in place of an absent one in a clause that opens
with "with", in a bracket or not, after the names sending apologies:

    Apologies were received from Ann Reid (with Ben Moss substituting) and from Cy Lowe.
    Apologies were received from Councillor D Pym with Councillor E Hart substituting.
    Apologies were received from Councillors F Gould and G Hunt with Councillor H Ives
    substituting for Councillor Gould and Councillor J Kay substituting for Councillor Hunt.

Without "for", the substitute stands in for the last name sending apologies. With "for"
each pair says whom it stands in for (the substitute sentences read those); either way
the clause is no name sending apologies, and the names end before it.
"""

from __future__ import annotations

import re

from ..vocabulary import NAME

#: "with Cllr B Moss substituting" closing the names: the substitute for the last of them
WITH_SUBSTITUTE = re.compile(
    rf",?\s+with\s+(?P<sub>{NAME})\s+(?:substituting|deputi[sz]ing)(?:\s+for\s+(?:him|her|them))?"
    r"\s*[.;]?\s*$"
)
#: "with Cllr B Moss substituting for Cllr A Reid": pairs that name whom each came for
WITH_PAIRS = re.compile(
    rf",?\s+with\s+(?={NAME}\s+(?:was\s+)?(?:substituting|deputi[sz]ing)\s+for\s)"
)
#: Longest run of names looked at
MAX_CHARS = 1000


def with_substitute(names: str) -> tuple[str, str] | None:
    """'Cllr A Reid with Cllr B Moss substituting': the names sending apologies and the
    substitute for the last of them; None when no such clause closes the names."""
    if "with" not in names or len(names) > MAX_CHARS:
        return None
    match = WITH_SUBSTITUTE.search(names)
    if match is None or not names[: match.start()].strip():
        return None
    return names[: match.start()], match["sub"]


def before_with_pairs(names: str) -> str | None:
    """'Cllrs A Reid and B Moss with Cllr C Lowe substituting for Cllr Reid': the names
    before the clause of substitutes, each with whom they came for; None when there is
    no such clause."""
    if "with" not in names or len(names) > MAX_CHARS:
        return None
    match = WITH_PAIRS.search(names)
    if match is None or not names[: match.start()].strip():
        return None
    return names[: match.start()]
