"""A record told by its narrative: minutes whose labels and formulae are all lost.

Minutes printed from a committee system's page, or written as a running account, may
carry no "Present:" label, no "RESOLVED" and no closing line: the record is the account
itself, in the past tense ("The Chairman welcomed everyone to the meeting", "Nominations
were sought for Vice-Chairman", "The minutes of the meeting held on 4 May were agreed as
a correct record", "Cllr Shaw declared a personal interest"). An agenda sets out what is
to be done; it tells what was done only where it quotes earlier minutes or a report's
history, a line or two. So several lines of the account make a record when nothing more
specific was read; `narrative_lines` counts them and returns 0 for a text with none.
"""

from __future__ import annotations

import re

from ..model import Line

#: Lines of a paper read for its narrative (bounds the work on a long file)
NARRATIVE_READ = 600
#: Longest stretch of a line tested (the start of a paragraph carries its subject and verb)
NARRATIVE_CHARS = 300
#: Fewest lines of account that make a record
NARRATIVE_LINES = 3

#: a paragraph's number before the account: "11.1  Following a vote ...", "2. The Chair"
PARAGRAPH_NUMBER = re.compile(r"^\(?[0-9]{1,3}(?:\.[0-9]{1,2}){0,2}[.)]?\s+")

#: what the meeting did, in the passive past: "X was elected", "the minutes were agreed",
#: "an apology had been received", "It was noted that", "Concerns were raised"
PASSIVE_PAST = (
    r"[^.]{0,160}?\b(?:was|were|had\s+been)\s+(?:\w{2,12}ly\s+|then\s+|also\s+|not\s+)?"
    r"(?:agreed|elected|re-elected|appointed|received|noted|made|confirmed|approved|signed|"
    r"taken|disclosed|sought|expressed|nominated|seconded|proposed|moved|outlined|raised|"
    r"discussed|informed|advised|welcomed|thanked|circulated|tabled|accepted|adopted|"
    r"carried|declared|invited|asked)\b"
)
#: who spoke or acted at the meeting, then what they did: "The Chairman welcomed",
#: "Councillor Hale asked", "The Chief Executive explained", "Members noted"
SPEAKER_PAST = (
    r"(?:the\s+)?(?:chairman|chair|chairperson|vice[- ]chair\w{0,6}|mayor|leader|"
    r"commissioner|pcc|clerk|chief\s+\w{3,12}|director|officer|panel|committee|board|"
    r"members?|(?:councillor|cllr\.?|mr\.?|mrs\.?|ms\.?|dr\.?)\s+[A-Z][\w'’.-]{0,30}"
    r"(?:\s+[A-Z][\w'’.-]{0,30})?)\s+(?:\w{2,15}\s+){0,2}?"
    r"(?:welcomed|thanked|reported|explained|informed|advised|presented|introduced|drew|"
    r"asked|opened|confirmed|noted|outlined|declared|responded|stated|highlighted|queried|"
    r"commented|suggested|agreed|received|considered|expressed)\b"
)
NARRATIVE = re.compile(rf"(?:{PASSIVE_PAST}|{SPEAKER_PAST})", re.IGNORECASE)


def narrative_lines(lines: list[Line]) -> int:
    """How many lines open with an account of what the meeting did, in the past tense."""
    count = 0
    for line in lines[:NARRATIVE_READ]:
        text = line.text.strip().strip("*#_ ")[:NARRATIVE_CHARS]
        text = PARAGRAPH_NUMBER.sub("", text, count=1)
        if text and NARRATIVE.match(text):
            count += 1
    return count
