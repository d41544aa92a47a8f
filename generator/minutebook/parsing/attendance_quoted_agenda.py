"""The agenda's text a committee system's record quotes above an item's "Minutes:" label.

Minutes published as the committee system's web pages ("Agenda and minutes") print each
item's agenda text first, then the label "Minutes:" on a line of its own, then what was
minuted. Under an apologies item the agenda's text is often a reminder of the rules:

    Apologies
    Members are reminded that a member unable to attend may send a substitute, and
    are asked to secure the attendance of one wherever possible.
    Minutes:
    Cllr A Reid.

That reminder records no one, and read as a sentence it would end the apologies before
the names under the label. The lines above the label are blanked (their numbers kept),
so only the minuted text is read for attendance.
"""

from __future__ import annotations

from ..model import Line
from .web_item_pages import MINUTES_LABEL

#: The most lines of agenda text read above the label (an item's quoted description)
MAX_QUOTED_LINES = 40


def minuted_text_only(body: list[Line]) -> list[Line] | None:
    """The minute's lines with the agenda's text above its "Minutes:" label (and the
    label) blanked; None when no line near the top is the label alone."""
    for at, line in enumerate(body[: MAX_QUOTED_LINES + 1]):
        if MINUTES_LABEL.match(line.text.strip()):
            if not any(li.text.strip() for li in body[:at]):
                return None  # nothing quoted above the label: nothing to blank
            return [Line(li.number, "") for li in body[: at + 1]] + body[at + 1 :]
    return None
