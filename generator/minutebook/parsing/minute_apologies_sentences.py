"""A numbered minute that is one sentence, its title the sentence's own opening words.

Parish clerks often minute the apologies as a numbered sentence with no heading of its
own:

    1. Apologies for absence were received from Councillors A Reid, B Moss & C Lowe.
    2. Declarations of interest ... There were none.

Read as a heading the line is a sentence, and read as a paragraph it is the first
minute's number lost: minute 1 and its apologies went unread. The sentence's subject is
the minute's title ("Apologies for absence"), the whole sentence its text. Only this
subject and a verb that records them ("were received", "had been given") make such a
heading; the caller takes it only where its number continues the numbering.
"""

from __future__ import annotations

import re

#: the number, the subject that is the title, then the verb recording the apologies
APOLOGIES_NUMBERED = re.compile(
    r"^(?P<number>\d{1,3})[.)]?[ \t]+(?P<title>Apolog(?:y|ies)(?:[ \t]+for[ \t]+absence)?)"
    r"[ \t]+(?=(?:were|was|had[ \t]+been|have[ \t]+been)[ \t]+(?:also[ \t]+)?"
    r"(?:received|given|tendered|submitted|noted|offered|sent)\b)"
)


def apologies_sentence_heading(text: str) -> tuple[str, str, str] | None:
    """(number, title, text) of a line "1. Apologies for absence were received from ...";
    None for any other line."""
    match = APOLOGIES_NUMBERED.match(text)
    if match is None:
        return None
    sentence = text[match.start("title") :]
    return match["number"], match["title"], sentence
