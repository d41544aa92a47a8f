"""Questions whose receipt the minutes only note, naming who asked but not what.

Minutes of a question-time item often do not print the questions: they note that some
were put and by whom, the questions and answers being published elsewhere:

    12.1 The Chair acknowledged receipt of two public questions submitted by Mrs A Fenn.
    Written answers are on the Authority's website.

    A question was received from Mr T Ravel (Brook Cycle Forum) about the bus lane.

    Questions had been tabled by Cllr Ann Lee regarding the speed cameras.

Each such sentence is one question record: its asker is named after "submitted by" or
"received from" (their organisation in brackets, when printed) and its text is the
sentence that notes it, the only words the minutes give. A receipt followed by the
question's words ("from Mr A, who asked ...", "from Mrs B:") is another reader's
(`questions.received_questions`, `introduced_questions`), so the sentence must end at
the asker's name, or after a short "about ..." naming the subject.
"""

from __future__ import annotations

import re

from ..model import Line, QuestionFacts
from ..vocabulary import TITLE
from .questions import paragraph_from
from .text import plain

#: A paragraph's number before its first sentence ("12.1", "3.", "(a)").
PARAGRAPH_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,2}\.?|\([a-z0-9]{1,4}\))\s+")
#: The sentence noting questions: "... questions submitted by Mr A Fenn.", "A question was
#: received from Mrs B Hale (Fenby Society) about the bus lane.": the sentence has no stop
#: before its asker (initials after the title may carry one: "Mr R. Jenkins").
NOTED = re.compile(
    r"(?:^|(?<=[.?!]\s))(?P<sentence>(?=[A-Z])[^.?!:]{0,200}?\b(?i:questions?)\b[^.?!:]{0,80}?"
    r"\b(?:submitted|received|tabled|put|raised)\s+(?:by|from)\s+"
    rf"(?P<who>{TITLE}\s+(?:[A-Z][\w'’-]{{0,20}}\.?\s+){{0,4}}[A-Z][\w'’-]{{1,30}})"
    r"(?:\s*\((?P<org>[^()]{2,100})\))?"
    r"(?:\s+(?:about|regarding|concerning|on\s+the\s+subject\s+of|in\s+relation\s+to)"
    r"\s[^.?!:]{1,200})?[.;])(?=\s|$)"
)


def noted_questions(body: list[Line], minute_number: str | None) -> list[QuestionFacts]:
    """Each question a question-time minute's lines note the receipt of, naming only its
    asker (see the module's note), with the line its sentence starts on."""
    found: list[QuestionFacts] = []
    for k in range(len(body)):
        if k and plain(body[k - 1].text).strip():
            continue  # a paragraph is read from its first line
        text, starts = paragraph_from(body, k)
        if "question" not in text.lower():
            continue  # cheap test first
        number = PARAGRAPH_NUMBER.match(text)
        offset = number.end() if number else 0
        for noted in NOTED.finditer(text[offset : offset + 2000]):
            begins = offset + noted.start("sentence")
            line = next(n for start, n in reversed(starts) if start <= begins)
            found.append(
                QuestionFacts(
                    number=None,
                    text=noted["sentence"].strip(),
                    asker_as_written=noted["who"].strip(),
                    organisation_name=(noted["org"] or "").strip() or None,
                    line=line,
                    minute_number=minute_number,
                )
            )
    return found
