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
with a capital or a figure. After a bare number such a line may also be a numbered
paragraph, so the heading is not certain: the caller takes it only where its number
continues the numbering. After a minute code ("24/61", "05/24-5") it is sure
(`wording_run_on`, read by the code's own heading rule).
"""

from __future__ import annotations

import re

#: the number (a running number may reach five figures: "24081"), a stop or bracket and a
#: stray comma, then the rest of the line from the wording's "To"
NUMBERED = re.compile(r"^(?P<number>\d{1,5})[.)]?[ \t]*,?[ \t]*(?P<rest>To[ \t].*)$")
#: the wording "To <verb> ..." up to its first stop or colon, then the minute's text
WORDING_RUN_ON = re.compile(
    r"^(?P<title>To[ \t][^.:]{2,200}?)[.:][ \t]+(?P<text>[A-Z0-9£\"“‘(].{0,6000})$"
)


def stopped_agenda_wording(title: str) -> bool:
    """Whether `title` is an agenda item's wording closed by one full stop."""
    from .minute_headings import agenda_wording

    if not title.endswith(".") or title.endswith(".."):
        return False
    return agenda_wording(title[:-1].rstrip())


def wording_run_on(rest: str) -> tuple[str, str] | None:
    """(title, text) of the words after a minute's number when they are its agenda item's
    wording ("To receive apologies", the verb in any case) closed by a full stop with the
    minute's text after it; None otherwise. The number may be any the headings read
    ("23/45", "05/24-5"): the caller has set it aside."""
    from .minute_headings import agenda_wording

    match = WORDING_RUN_ON.match(rest.strip())
    if match is None:
        return None
    title = match["title"].strip()
    verb_lowered = title[:3] + title[3:4].lower() + title[4:]  # "To Receive apologies"
    if not agenda_wording(verb_lowered):
        return None
    return title, match["text"]


def stopped_wording_run_in(text: str) -> tuple[str, str, str] | None:
    """(number, title, text) of a line opening with a bare number, then the agenda's
    wording closed by a stop and the minute's text (`wording_run_on`); None otherwise."""
    match = NUMBERED.match(text.strip())
    found = wording_run_on(match["rest"]) if match else None
    if match is None or found is None:
        return None
    return match["number"], found[0], found[1]
