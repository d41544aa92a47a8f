"""Agenda items printed as whole sentences, read when their number comes next.

An item's title is normally short, so a long line or a sentence is refused as a title
(`reads_as_title`): it may be a numbered paragraph of the notice. Some agendas, national
park authorities' among them, print the fixed business as the agenda's own sentences
("6. Members are reminded that it is their responsibility to declare ...", "18. Such
other business as, in the opinion of the Chair, should ... be considered as a matter of
urgency."), and a conversion may lose the space after a number's stop ("17.Farming in
Protected Landscapes"). Such a line is an item only as a fallback: when no other form
reads it, it stands at the margin, and its number is exactly the next of the agenda's
numbering (the item before was read). Its first sentence is the title; the sentences
after it say what the paper covers.
"""

from __future__ import annotations

import re

from .agenda_items import ItemLine
from .text import plain

#: "6. Members are reminded ...", "17.Farming in ...": a number, its stop, perhaps no
#: space, a capitalised text
NEXT_NUMBERED = re.compile(
    r"^(?P<code>\d{1,2})\.(?:[ \t]{1,4}|(?=[A-Z][a-z]))(?P<title>[A-Z].{1,600})$"
)
#: the end of the item's first sentence, another sentence following it (what the paper
#: covers: "10.Report on the Call-In of Minute 397. The Committee has debated ...")
SENTENCE_STOP = re.compile(r"(?<=[a-z)\]])\.\s{1,3}(?=[A-Z])")
#: Most words of a sentence item (a paragraph of the notice is longer)
MAX_WORDS = 60


def sentence_item(raw: str, last: tuple[int, int, str] | None) -> ItemLine | None:
    """The item of a margin line numbered as the next item after `last` (the agenda's last
    item number: whole, after the point, letter) whatever its title's length; None when the
    line is not so."""
    if last is None or last[1] or last[2] or raw[:1].isspace():
        return None
    match = NEXT_NUMBERED.match(raw.rstrip())
    if match is None or int(match["code"]) != last[0] + 1:
        return None
    title = plain(match["title"]).strip()
    stop = SENTENCE_STOP.search(title)
    title = title[: stop.start() + 1] if stop else title  # the first sentence
    if len(title.split()) > MAX_WORDS:
        return None
    return ItemLine(match["code"], title, None)
