"""A title that names the meeting of the whole body ("Full Authority Meeting", "Full
Council"), over a notice or sentence that names the body itself.

A police or fire authority's agenda may head its front page "Full Authority Meeting"
and say under it "A meeting of the Devonmoor Police Authority will be held on ...": the
title says which of the body's meetings this is (the whole authority, not a committee),
the sentence says which body. The sentence's name is the body's, when it ends on the
title's noun and speaks of the same day; the title's time and place fill what the
sentence leaves out. The reader returns None when the title names anything else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .openings import Opening

#: "Full Authority", "Full Council Meeting", "Meeting of the Full Council": the whole body
WHOLE_BODY = re.compile(
    r"^(?:(?:a\s+)?meeting\s+of\s+(?:the\s+)?)?(?:full|whole)\s+(?P<noun>authority|council|"
    r"panel|board|assembly|commission)(?:\s+meeting)?$",
    re.IGNORECASE,
)


def named_whole_body(title: Opening, sentence: Opening | None) -> Opening | None:
    """The sentence's opening, with the title's time and venue where it names none, when
    the title names only "Full <noun>" and the sentence a body ending on that noun, on the
    same date; else None."""
    whole = WHOLE_BODY.match(title.body.strip())
    if whole is None or sentence is None or sentence.date != title.date:
        return None
    if not re.search(rf"\b{whole['noun']}$", sentence.body.strip(), re.IGNORECASE):
        return None
    if WHOLE_BODY.match(sentence.body.strip()):
        return None
    return replace(
        sentence,
        time=sentence.time or title.time,
        venue=sentence.venue or title.venue,
    )
