"""A clerk's notes printed around an agenda item's title, no part of it.

A parish or town council's notice prints its items as the clerk wrote them, notes and
all: a square-bracketed note before or after the title ("3. [at 7.00 pm approximately]
Apologies for absence.", "8. Accounts for Payment [list enclosed].", "15. Any urgent
matters. [Matters to be raised under this item should be ..." cut off by the page), or a
second sentence pointing to a paper or an earlier minute ("12. Grant Aid applications.
See enclosed list ...", "14. Wentworth Bowls. Minute 4828d refers."), reminding members
("Members are reminded to ...") or giving the draft resolution; or a note after a spaced
dash ("... on the agenda - please note that names will be recorded"). A Scottish
council's agenda adds how the item came ("(This item has been called in to Council ...)")
and the lead-in to the papers listed under it ("Submit:-"). The title is what is left;
another round bracket ("(Pages 3 - 8)", "(if any)") is read by the other rules.
"""

from __future__ import annotations

import re

#: "[at 7.00 pm approximately] ": a bracketed note opening the title
LEADING_NOTE = re.compile(r"^\[[^\[\]]{1,60}\]\s+(?=\S)")
#: " [list enclosed].", " [Matters to be raised ... [if possible] ... Clerk of": a bracketed
#: note closing the title, one bracket inside it at most, perhaps cut off unclosed
TRAILING_NOTE = re.compile(
    r"\s*\[[^\[\]]{0,160}(?:\[[^\[\]]{0,40}\][^\[\]]{0,160})?(?:\]\s*\.?)?\s*$"
)
#: ". See enclosed list ...", ". Minute 4828d refers.": a second sentence after the title
#: pointing to a paper, a minute or a list
NOTE_SENTENCE = re.compile(
    r"(?<=[a-z0-9)’'])\.\s+(?:See|Minute|Minutes|Report|Paper|Papers|Please|Copy|Copies|Details"
    r"|Appendix|Attached|Enclosed|Note|List"
    # "Members are reminded to ...", "Draft Resolution: That ...": a reminder or the motion
    r"|(?:Members|Councillors)\s+(?:are|will|should|may)|Draft\s+[Rr]esolution)\b.*$"
)


#: " - please note that names will be recorded ...": a note to the reader after a spaced
#: dash, opening with "please note", "note that" or "NB" (a title's own dash goes on with
#: its subject: "Budget - Quarter 2")
DASHED_NOTE = re.compile(r"\s[-–—]\s+(?:[Pp]lease\s+note|[Nn]ote\s+that|NB)\b.*$")


#: " (This item has been called in by two members)", "(This report is to
#: follow)": a round-bracketed sentence about the item itself, wherever it stands
ITEM_SENTENCE_NOTE = re.compile(
    r"\s*\((?:This|The)\s+(?:item|report|matter|paper)\s+(?:has|have|is|was|will)\b[^()]{0,300}\)"
)
#: " Submit:-", " There will be submitted:-": the lead-in to the papers listed under the
#: item ("(a) Report by ..."), closing its title
SUBMIT_LEAD = re.compile(
    r"\s+(?:Submit|There\s+will\s+be\s+submitted)\s{0,2}:?\s{0,2}[-–]?\s*$", re.IGNORECASE
)


def without_title_notes(title: str) -> str:
    """The title without the clerk's notes around it (see the module's docstring); the
    title itself when nothing would be left."""
    if len(title) > 600:
        return title
    tidied = LEADING_NOTE.sub("", title, count=1)
    tidied = TRAILING_NOTE.sub("", tidied, count=1)
    tidied = NOTE_SENTENCE.sub("", tidied, count=1)
    tidied = DASHED_NOTE.sub("", tidied, count=1)
    tidied = ITEM_SENTENCE_NOTE.sub("", tidied, count=1)
    tidied = SUBMIT_LEAD.sub("", tidied, count=1)
    return tidied if tidied.strip(" .") else title
