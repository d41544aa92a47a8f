"""Those present told in one sentence: the chair, "chaired the meeting with", the others.

A parish council's clerk may write the list of those present as a sentence after the
label instead of a list:

    Present:  Cllr A Reid chaired the meeting with Cllr B Moss, Cllr C Lowe and
    Cllr D Pym attended.

The chair and everyone after "with" are present; the verb phrase between them and the
closing "attended" name nobody. The words are blanked, not cut, so that every name keeps
its place in the text (and so its line), with a comma where the chair's name ends.
"""

from __future__ import annotations

import re

#: "Cllr A Reid chaired the meeting with": the chair, then the verb phrase
CHAIRED_WITH = re.compile(
    r"(?<=[\w.)’'])(?P<verb>,?\s+(?:chaired|presided\s+over)\s+the\s+meeting,?\s+"
    r"(?:with|and)\s+)(?=[A-Z])"
)
#: "... and Cllr D Pym attended.", "... were also present": the sentence's closing verb
CLOSING_VERB = re.compile(
    r"\s+(?:(?:also\s+)?attended|(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance))\.?\s*$"
)


def chaired_with(text: str) -> str | None:
    """The list in a "Present:" sentence ("Cllr A Reid chaired the meeting with Cllr B
    Moss and Cllr C Lowe attended."), its verbs blanked and a comma after the chair's
    name; None when the text is no such sentence."""
    if len(text) > 3000:
        return None
    verb = CHAIRED_WITH.search(text)
    if verb is None or verb.start() > 120:
        return None
    blanked = text[: verb.start()] + "," + " " * (len(verb["verb"]) - 1) + text[verb.end() :]
    closing = CLOSING_VERB.search(blanked)
    if closing is not None:
        blanked = blanked[: closing.start()] + " " * (len(blanked) - closing.start())
    return blanked
