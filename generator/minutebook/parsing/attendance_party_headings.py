"""Party headings over the members present: "Labour", "Conservative Liberal Democrat".

A full council's minutes may print those present as a table with a column per political
group, each headed by the group's name. Flattened to text, a heading stands alone on its
line over a run of names ("Cllr A Reid Cllr B Moss ..."), and the headings of two columns
side by side merge into one line ("Conservative Liberal Democrat"). The heading says
which group the members below belong to, not a seat they hold or a body they represent;
the list of those present goes on under it.
"""

from __future__ import annotations

import re

from .membership_labels import party_heading

#: One group's name as a column heads it (no "Group" after it: a merged line has none).
PARTY_NAME = (
    r"(?:Conservatives?|Labour(?:\s+(?:and|&)\s+Co-operative)?|Liberal\s+Democrats?|Lib\s+Dems?"
    r"|Greens?(?:\s+Party)?|Plaid\s+Cymru|SNP|Reform(?:\s+UK)?|UKIP|Independents?)"
)
#: Two to four groups' names merged from the columns' headings, nothing else on the line.
MERGED_PARTIES = re.compile(rf"^{PARTY_NAME}(?:\s+{PARTY_NAME}){{1,3}}$", re.IGNORECASE)
#: The longest line read as such headings.
MAX_HEADING = 80


def party_columns_heading(text: str) -> bool:
    """'Labour' or 'Conservative Liberal Democrat' alone on its line inside a list of
    those present: the heading of one or more groups' columns (see above)."""
    words = text.strip()
    if not words or len(words) > MAX_HEADING:
        return False
    return party_heading(words) or MERGED_PARTIES.match(words) is not None
