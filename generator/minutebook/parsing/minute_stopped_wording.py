"""A year-numbered minute titled with its agenda item's wording, closed by a full stop.

Parish and community councils title each minute with the agenda item's wording ("To
receive a report on the footpaths survey"), and many copy the agenda's closing full stop
with it ("8/16 To receive a report on the footpaths survey."). A title in the agenda's
wording is a title however verbal (`agenda_wording`); its one closing stop does not make
it a sentence. A stop inside it ("To note. The Clerk ...") still does.

Many clerks run the minute's text on after that stop, on the heading's own line
(`stopped_wording_run_in`):

    1. To receive apologies. Apologies were received from Cllr Quinn.
    24082. To receive and accept Apologies for Absence. It was resolved to accept ...
    2) , To receive declaration of interest and dispensation. None received.

The title is the agenda's wording up to its first full stop; the text after it opens
with a capital or a figure. Such a line may also be a numbered paragraph, so the heading
is never certain: the caller takes it only where its number continues the numbering.
"""

from __future__ import annotations

import re

#: the number (a running number may reach five figures: "24081"), a stop or bracket and a
#: stray comma, the wording "To <verb> ..." up to its first stop, then the minute's text
STOPPED_RUN_IN = re.compile(
    r"^(?P<number>\d{1,5})[.)]?[ \t]*,?[ \t]*(?P<title>To[ \t][^.]{2,200}?)\.[ \t]+"
    r"(?P<text>[A-Z0-9£\"“‘(].{0,6000})$"
)


def stopped_agenda_wording(title: str) -> bool:
    """Whether `title` is an agenda item's wording closed by one full stop."""
    from .minute_headings import agenda_wording

    if not title.endswith(".") or title.endswith(".."):
        return False
    return agenda_wording(title[:-1].rstrip())


def stopped_wording_run_in(text: str) -> tuple[str, str, str] | None:
    """(number, title, text) of a numbered line whose title in its agenda item's wording
    ("To receive apologies", the verb in any case) ends at a full stop with the minute's
    text after it on the same line; None for any other line."""
    from .minute_headings import agenda_wording

    match = STOPPED_RUN_IN.match(text.strip())
    if match is None:
        return None
    title = match["title"].strip()
    verb_lowered = title[:3] + title[3:4].lower() + title[4:]  # "To Receive apologies"
    if not agenda_wording(verb_lowered):
        return None
    return match["number"], title, match["text"]
