"""A web agenda's link to an item's paper, its label kept around the item's title.

Council web pages of the CMIS and older committee systems print each item's title as a
link to its paper, with the link's glyph before it and the file's size after it, the
paper's description running on after a dash:

    4.    icon Housing Strategy Review [250Kb] - Report by the Director (copy herewith 12/31)
    5.    pdf icon Annual Accounts 2011/12 (1.2Mb) - Report by the Treasurer
    6 pdf Minutes (58Kb)
    7.    Minute of the Meeting of 2 May 2012 for noting (PDF, 71 KB) (copy herewith)

Converted to text, the glyph's alternative text ("icon", "pdf icon") opens the title and
the size in brackets (after the file's type on some sites) closes it, with the note
that the paper is sent ("(copy herewith)") after it; what follows the size is the item's
description, not its title. `without_link_label` gives the title alone. A size in
brackets is the link's label only: a title with no size keeps its dash and what follows
("Budget - Report of the Treasurer" is read by the agenda's other rules). Other systems
close the link with its note for screen readers, "Opens in a new window": that is no part
of the title either.
"""

from __future__ import annotations

import re

#: the link glyph's alternative text before the title: "icon ", "pdf icon ", or the file
#: type alone in lower case as CMIS prints it, "pdf " (a title opens with a capital)
LINK_GLYPH = re.compile(r"^(?:pdf\s{1,3}(?:icon\s+)?|icon\s+)(?=[A-Z0-9])")
#: the file's size in brackets after the title, perhaps after its type, then the site's
#: note that the paper is sent and the description: "[666Kb] - Report by ...", "(1.2Mb)",
#: "(PDF, 271 KB) (copy herewith)"
SIZE_AND_AFTER = re.compile(
    r"\s*[\[(](?:(?:pdf|docx?|xlsx?|pptx?|rtf),\s?)?\d{1,5}(?:\.\d{1,2})?\s?[KM]b[\])]"
    r"(?:\s{1,3}\(copy\s(?:herewith|attached)\)|\s{1,3}[-–—]\s.{0,600})?$",
    re.IGNORECASE,
)

#: the link's note for screen readers after the title, "Opens in a new window", or the
#: link itself where the title is none, "View Papers" (the COINS system's)
NEW_WINDOW = re.compile(
    r"\s{1,3}\(?(?:opens in a new window|view (?:papers|documents|report))\)?$", re.IGNORECASE
)


def without_link_note(title: str) -> str:
    """The item's line without the link's note at its end ("Opens in a new window", "View
    Papers"), so that what the title ends with (its pages, "(herewith).") is read; the
    line as it is without one."""
    window = NEW_WINDOW.search(title)
    return title[: window.start()] if window is not None and window.start() > 0 else title


def without_link_label(title: str) -> str:
    """The item's title without its link's glyph before it and its file's size (and the
    description) after it; the title as it is when it carries neither."""
    title = without_link_note(title)
    glyph = LINK_GLYPH.match(title)
    text = title[glyph.end() :] if glyph else title
    size = SIZE_AND_AFTER.search(text)
    if size is not None and size.start() > 0:
        text = text[: size.start()]
    return text if (glyph or size) and text.strip() else title
