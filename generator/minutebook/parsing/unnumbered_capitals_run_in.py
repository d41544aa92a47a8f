"""Unnumbered minutes headed by a label in capitals run into their text on one line.

Community and parish councils that number no minute often open each minute's paragraph
with its title in capitals, closed by a colon or a full stop, the text running on:

    WELCOME: The Chair welcomed all to the meeting.
    MATTERS ARISING: The Clerk had written to the Roads Service.
    PLANNING.   Mill Cottage - an application to extend had been circulated.
    MINUTES OF MEETING, Sept 27th 2022. It was proposed by ...
    APOLOGIES FOR ABSENCE were received from Mr A Reid.

The label is the minute's title and the rest of the line its text. A label is a few
words in capitals, one at least of four letters, before the colon or stop (or, two words
or more, before the first word in lower case with no separator). A decision ("RESOLVED:
that ..."), a field ("ACTION: Clerk") or an attendance label listing names ("APOLOGIES:
Cllr A Reid") is not one; the caller also wants several such lines before it reads any
(one alone is a stray label).
"""

from __future__ import annotations

import re

#: "WELCOME: JL welcomed ...", "PLANNING.   Mill Cottage ...", "MATTERS ARISING were ...":
#: capitals words, then a colon or a stop and the text, or the text opening in lower case
RUN_IN = re.compile(
    # a plural in brackets ("REPRESENTATIVE(S)"); the meeting's date after a comma in any
    # case ("MINUTES OF MEETING, Sept 27th 2022")
    r"^(?P<label>[A-Z][A-Z'’&/,()-]*(?:[ ]{1,2}[A-Z'’&/,()-]+){0,7}"
    r"(?:,[ ](?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?[ ][A-Z][a-z]{2,8}),?[ ]\d{4})?)"
    r"(?:[ ]{0,2}[:.][-–]?[ \t]{1,6}(?P<rest>\S.{0,2000})"
    r"|[ ](?P<lower>[a-z][a-z]{1,20}\b.{0,2000}))$"
)
#: A label that is no title: a decision, a field of the minute's text, a vote, a signature
NOT_TITLE = re.compile(
    r"^(?:RESOLVED|AGREED|RECOMMENDED|DECIDED|NOTED|ACTIONS?|NOTE|NB|PROPOSED|SECONDED|"
    r"OWNER|LEAD|FOR|AGAINST|ABSTAIN(?:ED|ING|S)?|CARRIED|LOST|SIGNED|DATED?|CHAIR(?:MAN)?|"
    r"PRESENT|IN ATTENDANCE|ALSO PRESENT|ABSENT|MINUTE TAKER|CLERK|TIME|VENUE|DATE"
    # the courtesy plurals a parish heads its members with ("MESDAMES: Mrs A Reid")
    r"|MESDAMES|MADAMES|MESSRS\.?)$"
)
#: A word of the label long enough to name a subject (not initials: "JL", "PC")
SUBJECT_WORD = re.compile(r"[A-Z]{4}")
#: Fewest such lines that show the minutes head their paragraphs so
MIN_RUN_IN_LINES = 3


def capitals_run_in(text: str) -> tuple[str, str] | None:
    """(title, text run on) of a line opening with a label in capitals run into its
    text (see the module's note); None for any other line."""
    if text[:1] in (" ", "\t"):
        return None
    match = RUN_IN.match(text.rstrip())
    if match is None:
        return None
    label = match["label"].strip(" ,-/&")
    if NOT_TITLE.match(label) or not SUBJECT_WORD.search(label):
        return None
    if match["rest"] is None and " " not in label:
        return None  # "CCTV was discussed ...": an acronym opening a sentence
    rest = match["rest"] if match["rest"] is not None else match["lower"]
    return label, rest.strip()
