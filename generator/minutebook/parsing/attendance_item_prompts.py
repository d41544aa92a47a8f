"""An agenda item's prompt printed between an apologies label and the names it heads.

A council's web page of a meeting prints each item's agenda wording under its heading,
then what the minutes record:

    Apologies
    Apologies from members.
    Councillors Moss and A Lowe.

    Apologies for Absence
    To receive apologies for absence from Members.
    Councillor B Kerr.

The prompt names nobody and ends nothing: the names under it are the apologies.
"""

from __future__ import annotations

import re

#: "Apologies from members.", "To receive apologies for absence (from Members).", "To
#: note any apologies for absence": the item's wording, naming nobody
APOLOGIES_PROMPT = re.compile(
    r"^(?:to\s+(?:receive|note|record)\s+(?:any\s+)?)?apologies(?:\s+for\s+absence)?"
    r"(?:\s+(?:from|of)\s+(?:members|councillors|any\s+members?)(?:\s+of\s+the\s+[\w ]{3,40})?)?"
    r"\s*\.?$",
    re.IGNORECASE,
)


def apologies_prompt(text: str) -> bool:
    """Whether a line is only an agenda item's prompt for apologies, naming nobody."""
    text = text.strip()
    return len(text) <= 120 and " " in text and APOLOGIES_PROMPT.match(text) is not None
