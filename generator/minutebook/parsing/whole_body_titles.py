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
from collections import Counter
from dataclasses import replace

from ..model import Line
from .openings import Opening
from .text import plain

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


#: Lines of a paper searched for the whole body's own name
SEARCHED_LINES = 400
#: Most words of a name before the title's noun
NAME_WORDS = 4
#: words that open a sentence or a title, never a body's name
NOT_NAME = frozenset({"full", "whole", "the", "this", "that", "a", "an", "each", "every", "any"})
#: words of a title or formula around the name, never in it
TITLE_WORDS = frozenset({"full", "whole", "meeting", "minutes", "agenda", "of"})


def whole_body_in_text(body: str, lines: list[Line]) -> str | None:
    """The body's own name, when the heading names only the meeting of the whole of it
    ("Full Council", "Full Authority") and no sentence names it: the name ending on the
    title's noun that the text says most often ("East Fenby Council encourages ...",
    "the Fire Authority held on ..."); None when the heading names anything else or the
    text never names it."""
    whole = WHOLE_BODY.match(body.strip())
    if whole is None:
        return None
    noun = whole["noun"]
    name = re.compile(
        rf"\b(?P<name>(?:[A-Z][a-z][A-Za-z'’-]{{0,29}}\s+(?:(?:and|&)\s+)?)"
        rf"{{1,{NAME_WORDS}}})(?i:{noun})\b"
    )
    found: Counter[str] = Counter()
    for line in lines[:SEARCHED_LINES]:
        for match in name.finditer(plain(line.text)):
            words = match["name"].split()
            while words and words[0].lower() in NOT_NAME:
                words = words[1:]
            if any(w.lower() in TITLE_WORDS for w in words):
                continue  # "MEETING OF FULL COUNCIL": the title itself, no name
            if words and words[-1].lower() not in ("and", "&"):
                found[f"{' '.join(words)} {noun.title()}"] += 1
    return found.most_common(1)[0][0] if found else None
