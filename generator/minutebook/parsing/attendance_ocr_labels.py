"""An attendance label a letter of which scanning misread: "eresent:", "Apoloaies:".

Old minutes published as scans carry text from character recognition, and a list's label
may lose or change one letter ("Present" read "eresent", "Apologies" read "Apoloaies").
Such a word alone before a colon at the start of a line, one letter away from "Present"
or "Apologies", is that label. Only these two long words are read so: a short word one
letter away from a label is too often another word.
"""

from __future__ import annotations

import re

from ..model import AttendanceRole

#: One word, then a colon (a space may come before it), at the start of the line
WORD_COLON = re.compile(r"^(?P<word>[A-Za-z]{6,10})\s?:\s{0,4}(?P<rest>.*)$")
#: The labels read through one misread letter, and their roles
LABELS = {"present": AttendanceRole.PRESENT, "apologies": AttendanceRole.APOLOGIES}


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether one letter changed, added or lost turns a into b."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def misread_label(text: str) -> tuple[str, AttendanceRole, str] | None:
    """(the label as printed, its role, the rest of the line) for a misread label; None
    for any other line (a label printed right is read by the label pattern)."""
    match = WORD_COLON.match(text)
    if match is None:
        return None
    word = match["word"].lower()
    for label, role in LABELS.items():
        if _one_letter_apart(word, label):
            return match["word"], role, match["rest"].strip()
    return None
