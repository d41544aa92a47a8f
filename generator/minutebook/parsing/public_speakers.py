"""Public speakers named in a sentence of a planning application's minute.

Planning committees hear objectors, applicants and agents on each application, and many
minutes record them in the application's text rather than under a "Public speaking:"
label: "Mr A Reid spoke in objection and Mrs B Moss (agent) spoke in support.", "Ms C
Lowe, on behalf of the Parish Council, addressed the Committee.", "Dr D Pym spoke
against the application". They attended that item without being members: also present,
their part in brackets as their capacity.

Only a minute about an application is read this way (its title or text says
"application" or "applicant"): elsewhere a member of the public who "spoke in support"
is asking a question in public participation, which the questions reader records. Only
lay titles (Mr, Mrs, Ms, Miss, Mx, Dr) are read: a councillor who speaks is a member or
a ward member already listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Line
from .text import plain

#: A lay title, a name of one to four words (initials, hyphens, particles), an optional
#: bracket saying their part, an optional "on behalf of ..." aside or one naming an agent
#: ("Ms N Frost, the applicant's agent, spoke": a professional who came to speak; a lay
#: "the applicant" aside is left to the narrative), then the verb.
SPOKE = re.compile(
    r"(?P<name>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s"
    r"(?:(?:[A-Z]\.\s?){1,3}|[A-Z][\w'’-]{1,30}\s|(?:de|van|von|le|la|du|da|di|ap)\s){0,4}"
    r"[A-Z][\w'’-]{1,30})"
    r"(?:\s?\((?P<part>[^()]{1,60})\))?"
    r"(?:,\s(?:(?:on\sbehalf\sof|representing)\s[^,.;]{1,80}"
    r"|the\s(?:applicant['’]s\s|objectors['’]\s)?agent(?:\sfor\s[^,.;]{1,60})?),)?"
    r"\s(?i:spoke|addressed\sthe\s(?:committee|panel|meeting|board|members|sub-committee))\b"
)
#: What may come before a speaker's name: a sentence's end, a comma, "and".
SENTENCE_GOES_ON = re.compile(r"(?:[.;,]|\band)\s$")
#: A minute about a planning application.
APPLICATION = re.compile(r"\bapplica(?:tion|nt)s?\b", re.IGNORECASE)
#: The most lines of one minute read for speakers (bounds the joined text).
MAX_LINES = 400


@dataclass(frozen=True)
class Speaker:
    name: str
    part: str | None
    line: int


def about_an_application(title: str, body: list[Line]) -> bool:
    """Whether a minute is about a planning application: its title or text says so."""
    return bool(APPLICATION.search(title)) or any(
        APPLICATION.search(line.text) for line in body[:MAX_LINES]
    )


def spoken_sentences(body: list[Line]) -> list[Speaker]:
    """Each lay-titled person a sentence says spoke on the item, with their bracketed
    part and the line their name is printed on. Lines of a paragraph are joined, so a
    sentence may run from one line to the next."""
    text, starts = "", []
    for line in body[:MAX_LINES]:
        piece = plain(line.text)
        starts.append((len(text) + (1 if text else 0), line))
        text = f"{text} {piece}" if text else piece
    if "spoke" not in text and "addressed" not in text:
        return []  # cheap test first
    found = []
    line_starts = {at for at, _ in starts}
    for match in SPOKE.finditer(text):
        at = match.start("name")
        if at not in line_starts and not SENTENCE_GOES_ON.search(text[max(0, at - 5) : at]):
            continue  # inside a sentence about someone else ("... told Mr A Reid spoke")
        on = [line for start, line in starts if start <= at][-1]
        part = match["part"].strip() if match["part"] else None
        found.append(Speaker(match["name"], part, on.number))
    return found
