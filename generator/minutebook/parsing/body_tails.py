"""What a committee system prints after a body's name that is no part of it.

A committee system names an archived committee with the years it sat ("Licensing Committee
(2010-2016)"), and its older pages print the council's name before the committee's, so a
meeting of the whole council reads "Wyke Borough Council Borough Council". Neither is the
body's name: the years tell apart the system's own entries for one body, and the repeated
words are the council itself. Each reader returns None when the name is not printed so.
"""

from __future__ import annotations

import re

from .welsh_body_names import english_body_name

#: the years a committee sat, in brackets after its name: "(2010-2016)", "(2019 - 2023)"
YEAR_SPAN = re.compile(r"\s{1,3}\((?:19|20)\d\d\s?[-–]\s?(?:(?:19|20)\d\d)?\)$")
#: a council's name with its last words printed again: "Wyke Borough Council Borough Council"
DOUBLED_TAIL = re.compile(
    r"(?P<name>[A-Z][\w'’&,. -]{0,120}?\b(?P<tail>(?:[A-Za-z]{2,20}\s){0,2}Council))"
    r"\s{1,3}(?P=tail)",
    re.IGNORECASE,
)


def without_year_span(name: str) -> str | None:
    """The name without the years the committee sat, printed in brackets after it; None
    when it ends otherwise."""
    found = YEAR_SPAN.search(name) if len(name) <= 200 else None
    return name[: found.start()] if found and found.start() > 0 else None


def without_doubled_tail(name: str) -> str | None:
    """The council's name when its last words are printed again after it (a meeting of the
    whole council under the council's name); None otherwise."""
    found = DOUBLED_TAIL.fullmatch(name.strip()) if len(name) <= 200 else None
    return found["name"] if found else None


def tidied_body(name: str) -> str:
    """The body's name without the system's years and repeated words, and a Welsh
    council's in English ("Cyngor Cymuned X Community Council")."""
    name = without_year_span(name) or name
    name = without_doubled_tail(name) or name
    return english_body_name(name) or name
