"""A "Present" label printed without its colon, the first name run on after it.

A parish or town council's minutes often print "Present" as a column's label with the
first member beside it ("Present Cllr A Ward, Mayor", "Present Cllrs. B. Cole (chairman),
D. Hart", "Present CHAIRMAN: COUNCILLOR E. LANE"). With no colon or dash after the word the
record's evidence of who attended is not seen, and a paper whose opening was lost is
read as no minutes at all. The word counts as the label only when a member's title or
a chair's office follows it: "Present at the meeting were ..." and "present arrangements"
stay unread.
"""

from __future__ import annotations

import re

#: "Present" opening the line, then a member's title or the chair's office: "Cllr",
#: "Cllrs.", "Councillor(s)", "Mr", "Mrs", "Ms", "Miss", "Dr", "Chairman:", "The Mayor"
PRESENT_BEFORE_NAMES = re.compile(
    r"present\s{1,20}(?:(?:cllrs?|councillors?|mrs?|ms|miss|dr)\.?\s{1,20}[A-Z]"
    r"|(?:chairman|chairwoman|chairperson|chair|the\s+mayor|mayor)\s{0,3}[:,(-])",
    re.IGNORECASE,
)


def present_before_names(text: str) -> bool:
    """Whether a line opens with "Present" as a label run on into the first name."""
    return PRESENT_BEFORE_NAMES.match(text) is not None
