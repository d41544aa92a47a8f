"""A titled name and its post after a comma, one a line, the post wrapping.

A cabinet's minutes list each member on a line of their own with the portfolio after a
comma, and a long portfolio wraps onto the next line at the margin:

    Councillor Ann Reid, Cabinet Member for Environment, Transport
    and Residents' Services
    Councillor Ben Moss, Cabinet Member for Health and Adult Social
    Care

Read line by line, the wrapped words look like a name of their own ("Care") or split the
portfolio at its "and". Each such row is rewritten "Name (Post);" with the wrapped line
joined to the post and taken out of the list. Only a row whose name is titled and whose
post holds an office word, and only a wrapped line that is no titled name, label or
sentence, is joined; a row ending in a full stop ("Councillor Ann Reid, Convener,
presided.") is a sentence, whole on its line, and the line under it is left alone. Runs of
officers' rows whose posts have commas are then read by `attendance_comma_rows`.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import STARTS_WITH_TITLE
from .attendance_comma_rows import officer_comma_rows, officer_row
from .names import WORD, is_office, looks_like_a_person

#: "Councillor Ann Reid, Cabinet Member for Health and Adult Social": a titled name of
#: up to five words, a comma, the post to the line's end
TITLED_COMMA_POST = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*\.?(?:\s[A-Z][\w'’.-]*){1,5}),\s(?P<post>[A-Z][^()\t:;]{2,160})$"
)
#: a wrapped line of a post: a few words, no colon, stop or bracket
WRAP = re.compile(r"^[A-Za-z][\w'’&, -]{0,60}$")
MAX_WRAP_WORDS = 6


def _wrap(text: str) -> bool:
    """Whether a line may be the end of the post above it."""
    text = text.strip()
    if not WRAP.fullmatch(text) or STARTS_WITH_TITLE.match(text):
        return False
    return len(text.split()) <= MAX_WRAP_WORDS and not text.isupper()


def person_not_post(below: str) -> bool:
    """Whether the line under a row is the next person of a list one a line ("Constable
    A Reid, Wyke Police" over "Ben Moss"), not the end of the row's post: a person's name of
    two words or more, no office."""
    name = below.strip()
    return len(name.split()) >= 2 and looks_like_a_person(name) and not is_office(name)


def comma_post_rows(preamble: list[Line]) -> list[Line]:
    """The preamble with each titled row whose post wraps rewritten "Name (Post);" and
    the wrapped line taken out; rows that do not wrap are left to the list reader."""
    out: list[Line] = []
    n = 0
    while n < len(preamble):
        line = preamble[n]
        text = line.text.strip()
        match = TITLED_COMMA_POST.match(text) if len(text) <= 240 else None
        below = preamble[n + 1].text if n + 1 < len(preamble) else ""
        if (
            match is None
            or not STARTS_WITH_TITLE.match(match["name"])
            or not is_office(match["post"].split(",")[0])
            or match["post"].rstrip().endswith(".")  # "X, Convener, presided.": a sentence
            or not any(w[:1].isupper() for w in WORD.findall(below))
            or not _wrap(below)
            or officer_row(below) is not None  # "B Moss, Treasurer": a row of its own
            or person_not_post(below)  # "..., Wyke Police" over "Ann Reid"
        ):
            out.append(line)
            n += 1
            continue
        post = f"{match['post'].strip()} {below.strip()}"
        out.append(Line(line.number, f"{match['name']} ({post});"))
        n += 2
    return officer_comma_rows(out)  # "Mrs C Lowe, Area Manager, Community Safety, WFRS"
