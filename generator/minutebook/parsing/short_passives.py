"""A parish clerk's decision told in one short sentence in the passive.

Small councils' minutes often record what the meeting decided as a line of its own, the
thing decided and its verb and nothing else: "The letter was approved.", "Both sets of
minutes were approved and signed.", "Annual Governance Statement was approved and
signed.", "The bank reconciliation to 30 June was presented and approved." The line is
the whole sentence, so the meeting itself is the one approving: no other body is named.

Kept out, because they report another's decision or say nothing of what was decided:
a sentence running on after the verb ("... was approved by the District Council", "...
were approved subject to ..."); a planning application, appeal, permission or consent
(the planning authority decides those, the parish only comments); apologies accepted
("Apologies from Cllr A were accepted.", a note of who sent them, as "sent apologies,
which were accepted" is); a pronoun as the
subject ("This was agreed.", "It was approved."), which names nothing decided. Longer
subjects than a few words are prose, not this form.
"""

from __future__ import annotations

import re

#: What a meeting approves in this form: a short noun phrase, "The" or "Both" before it
#: or neither ("The letter", "Both sets of minutes", "Annual Governance Statement", "The
#: bank reconciliation to 30/6/20"): at most eight words of letters, figures and marks
#: a name or date holds.
SUBJECT = r"(?P<subject>(?:(?:The|Both)\s+)?[A-Z0-9][\w'’/&.-]{0,30}(?:\s+[\w'’/&.-]{1,30}){0,7})"
#: "were duly approved", "was presented and approved", "were approved and signed", a
#: Scottish council's "The undernoted minutes were submitted and noted." (a report "was
#: noted" alone is the meeting hearing it, no decision)
SHORT_PASSIVE = re.compile(
    r"^" + SUBJECT + r"\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?"
    r"(?:(?:(?:presented|considered|discussed|reviewed|read|checked|examined)\s+and\s+)?"
    r"(?:approved|agreed|adopted|accepted)|submitted\s+and\s+noted)(?:\s+and\s+signed)?\s*\.?$"
)
#: Subjects another body decides, or that name nothing.
NOT_THE_MEETINGS = re.compile(
    r"\b(?:applications?|appeals?|permission|consent|planning|apolog(?:y|ies))\b"
    r"|^(?:This|That|It|These|Those|They|All|Both)$",
    re.IGNORECASE,
)


def short_passive(text: str) -> str | None:
    """The decision when the whole line is one short passive sentence approving a thing
    ("The letter was approved."), else None."""
    line = text.strip()
    if len(line) > 160 or not line.endswith((".", "d")):
        return None  # cheap test: the sentence ends on its verb
    match = SHORT_PASSIVE.match(line)
    if match is None or NOT_THE_MEETINGS.search(match["subject"]):
        return None
    return line
