"""An apologies sentence whose full stop the converter lost before the next sentence.

A web page or a flattened PDF may run a minute's sentences together without their stops:

    Apologies for absence were received from Cllr Purves With the absence of the Vice
    Chairman it was proposed by ...

The names end where a new sentence plainly begins: a word that opens a sentence ("With",
"The", "It", "There", ...) followed by a word in lower case. Inside a list of names such
a word is only ever followed by a capital ("The Mayor", "The Reverend A Reid").
"""

from __future__ import annotations

import re

#: A sentence's opening word followed by one in lower case: "With the absence", "The
#: meeting", "It was"
NEXT_SENTENCE = re.compile(
    r"\s(?=(?:With|The|It|There|This|Following|As|In|At|All|Members|Due|Owing)\s+[a-z])"
)


def before_next_sentence(names: str) -> str:
    """`names` up to a sentence that begins without a full stop before it; all of it
    when none does."""
    found = NEXT_SENTENCE.search(names)
    return names[: found.start()] if found else names
