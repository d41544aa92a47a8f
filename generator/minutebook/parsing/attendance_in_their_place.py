"""A substitute named in the sentence after the apologies: "X attended in her absence".

Minutes often record a substitute in a short sentence of its own right after the
apologies it answers, with a pronoun standing for the member who sent them:

    Apologies for absence were received from Ann Reid. Ben Moss attended in her absence.
    Apologies were received from Cllr C Lowe; Cllr D Pym attended in his place.

The person who attended is the substitute for the last name sending apologies.
"""

from __future__ import annotations

import re

from ..vocabulary import NAME

#: The sentence, at the start of the text after the apologies sentence
IN_THEIR_PLACE = re.compile(
    rf"^[\s.;]{{0,4}}(?P<sub>{NAME})\s+(?:attended|was\s+present|deputised|sat|substituted)"
    r"\s+(?:the\s+meeting\s+)?in\s+(?:his|her|their)\s+(?:absence|place|stead)\b"
)
#: Characters of the following text looked at
MAX_CHARS = 200


def substitute_in_their_place(text: str, end: int) -> str | None:
    """The person the sentence starting at `end` says attended in the absent member's
    place; None when it says no such thing."""
    following = text[end : end + MAX_CHARS]
    if " in " not in following:
        return None
    match = IN_THEIR_PLACE.match(following)
    return match["sub"].strip() if match else None
