"""Who stood in for a member sending apologies, as a bracket after their name says it.

Besides "(Ms B Moss attended as substitute)" (read in `attendance`), the genre's brackets
after an apology name the deputy in other words, often with the deputy's post or body
after a comma:

- "(Mr C Hale, Finance Director attended in his absence)", "(Dr E Rowe attended in her
  place)", "(Ms F Lyle deputised on his behalf)";
- "(Mr G Ash, Borough Council attended as a substitute)", "(Cllr H Pike attended in
  substitution)".

The deputy's post is not kept: the substitute's capacity is whom they stood in for.
"""

from __future__ import annotations

import re

#: a deputy's name: a title or initial and up to five further capitalised words
_NAME = r"(?P<sub>[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){1,5})"
#: "attended in his absence", "deputised on her behalf", "was present as substitute"
_STOOD_IN = (
    r"(?:attended|attending|was\s+present|sat|deputi[sz]ed|deputi[sz]ing)"
    r"(?:\s+(?:in|on)\s+(?:his|her|their)\s+(?:absence|place|stead|behalf)"
    r"|\s+as\s+(?:(?:a|his|her|their)\s+)?(?:substitute|deputy)(?:\s+member)?"
    r"|\s+in\s+substitution)"
)
#: the name, an optional post or body after a comma, and the words of standing in
BRACKET_IN_ABSENCE = re.compile(rf"^{_NAME}(?:,\s?[^(),]{{2,80}}?)?\s+{_STOOD_IN}\.?$")


def stood_in_absence(bracket: str) -> str | None:
    """The deputy a bracket after an apology names ("Mr C Hale, Finance Director attended
    in his absence" -> "Mr C Hale"), else None."""
    match = BRACKET_IN_ABSENCE.match(bracket.strip()[:200])
    return match["sub"] if match else None
