"""A label printed in a left-hand column of its own, its names in the column beside it.

Many minutes set the opening out as a two-column table: the label in the first column,
with no colon, and the names in the second. Flattened to text the two run together on
one line, only a space apart:

    Members     Councillors Abel, Mrs Brook, Dunn (Vice-Chair) and Frost (Chair)
    Present     Councillor A Reid, Councillor B Moss

Without a colon the label cannot be told from a sentence's first word by its shape
alone, so the line is read as a label only when a councillor's title opens the names
right after it, and only while no list is open.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import AttendanceRole
from ..vocabulary import PLURAL_TITLE, TITLE_WORDS
from .names import lower_case_words

#: "Members Councillors Abel, ...": the label word, then the names opening with a title
HANGING_LABEL = re.compile(
    rf"^(?P<label>(?i:members|present))[ \u00a0]{{1,12}}"
    rf"(?P<rest>(?:{PLURAL_TITLE}|{TITLE_WORDS})\.?\s[A-Z].{{0,2000}})$"
)
#: Most lower-case words the names may hold ("and", "in the Chair"): more is a sentence
MAX_LOWER_WORDS = 4


def hanging_label(text: str) -> tuple[str, AttendanceRole, str] | None:
    """'Members Councillors Abel, Mrs Brook and Frost (Chair)': the label, the role of
    its people (present) and the names, as label_line gives them; None for any other
    line."""
    match = HANGING_LABEL.match(text.strip())
    if match is None or lower_case_words(match["rest"]) > MAX_LOWER_WORDS:
        return None
    return match["label"], AttendanceRole.PRESENT, match["rest"]


#: "Observers          Mrs D Reid": a short label at the margin, a wide gap (the
#: column's edge, kept by the conversion), then a titled name
SPACED_LABEL = re.compile(
    rf"^(?P<label>[A-Za-z][A-Za-z ]{{1,40}}?)[ \u00a0]{{3,60}}"
    # "Present      The Mayor, Cllr. A Reid (in the chair).": the chair's office first
    rf"(?P<rest>(?:The\s(?:Deputy\s|Town\s)?(?:Mayor|Chair(?:man|woman|person)?),?\s)?"
    rf"{TITLE_WORDS}\.?\s[A-Z].{{0,300}})$"
)
Labeller = Callable[[str], tuple[str, AttendanceRole, str] | None]


def spaced_label(raw: str, label_of: Labeller) -> tuple[str, AttendanceRole, str] | None:
    """'Observers     Mrs D Reid': a label of the genre (any `label_of` reads once a colon
    closes it) in the left-hand column, without its colon, and the first titled name in
    the column beside it; as label_line gives it. The wide gap tells the column's edge
    from a sentence's spaces, so the line is a label even inside an open list. None for
    any other line."""
    match = SPACED_LABEL.match(raw.rstrip()) if raw[:1] not in " \t" else None
    if match is None:
        return None
    found = label_of(f"{match['label'].strip()}:")
    if found is None or found[2]:
        return None
    return found[0], found[1], match["rest"].strip()
