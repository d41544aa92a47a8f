"""Times a meeting sentence spells in ways the time readers miss, put in their plain form.

A clerk may type a stop between the minutes and the half of the day ("at 7.00.p.m.",
"7.30.pm"), which leaves no time the readers know and the time itself in the place ("School,
at 7.00.p.m"): the stray stop is a space. A record may also give the hour the meeting ended
beside the hour it began ("commencing at 10.00 am and finishing at 3.35 pm", "starting at
7pm, ending at 9.10pm"): once the times are taken out, the verb of the end ("and finishing")
would stay in the place, so the end is taken out whole and the start stays the meeting's
time.
"""

from __future__ import annotations

import re

#: a stop between the minutes and "am"/"pm": "7.00.p.m.", "7.30.pm" -> "7.00 p.m.", "7.30 pm"
STRAY_STOP = re.compile(r"\b(?P<clock>\d{1,2}[.:][0-5]\d)\.(?=[ap]\.?m(?![a-z]))", re.IGNORECASE)
#: the hour a meeting ended said after the hour it began: "and finishing at 3.35 pm",
#: ", closing at 12.30pm", "and ending at 21:10"
END_TIME = re.compile(
    r"(?:,\s{0,3}|\s)(?:and\s+)?(?:finishing|ending|closing|concluding|finished|ended|closed|"
    r"concluded)\s+at\s+\d{1,2}(?:[.:][0-5]\d)?(?:\s{0,3}(?:[ap]\.?m\.?|hrs|hours)(?![a-z]))?",
    re.IGNORECASE,
)


def unstopped(text: str) -> str:
    """The text with a stop typed between a time's minutes and its "am"/"pm" made a space
    ("at 7.00.p.m." -> "at 7.00 p.m."); any other text as it was."""
    return STRAY_STOP.sub(lambda m: f"{m['clock']} ", text)


def without_end_time(text: str) -> str:
    """The meeting sentence without the hour it ended ("... commencing at 10.00 am and
    finishing at 3.35 pm" -> "... commencing at 10.00 am"); any other text as it was."""
    return END_TIME.sub(" ", text, count=2)
