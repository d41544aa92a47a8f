"""A roll printed one person a line, a blank line between, under "Present:".

A web page's minutes may print the attendance as a spaced column, grouped under short
labels of their own:

    Present:

    Councillors:

    Ann Reid (Chairman)

    Ben Moss

    Officers:

    Ed Fry, Chief Executive

Each name stands alone between blank lines like an unnumbered minute's title.
`spaced_roll_lines` finds the lines of such a roll in one pass: it opens at an
attendance label (alone, or with the first person after it: "Present were: Ann Reid"),
goes on over group labels, people's lines and short labels with their person ("Clerk:
Ed Fry"), and ends at the first line that is none of these; a line naming business
("Apologies for Absence", "Minutes") ends it however it is cased, so the first minute
under the roll keeps its title. The rows of a flattened attendance table
(`attendance_cell_rows`) are the roll's too.
"""

from __future__ import annotations

import re

from ..model import Line
from .attendance_cell_rows import cell_row_lines
from .names import looks_like_a_person

#: "Present:", "Also present:-", "In attendance:", "Apologies:": the roll's own label
ROLL_WORDS = (
    r"(?:(?:members\s+|also\s+)?present(?:\s+were)?|(?:also\s+)?in\s+attendance"
    r"|apologies(?:\s+for\s+absence)?)"
)
ROLL_LABEL = re.compile(rf"^{ROLL_WORDS}\s{{0,2}}:[-–]?$", re.IGNORECASE)
#: "Present were: Ann Reid (Chair)", "Clerk: Ed Fry": a label and the first person on
#: one line; a roll label opens the roll, any short label goes on with it
LABELLED_PERSON = re.compile(
    r"^(?P<label>[A-Z][\w'’.-]{1,20}(?:\s[A-Za-z][\w'’.-]{1,20}){0,2})\s{0,2}:[-–]?\s+"
    r"(?P<person>\S.{0,120})$"
)
#: "Councillors:", "Hon Aldermen:", "Officers:": one to three capitalised words and a
#: colon, a group of the roll
GROUP_LABEL = re.compile(r"^[A-Z][\w'’.-]{1,20}(?:\s[A-Z][\w'’.-]{1,20}){0,2}\s{0,2}:[-–]?$")
#: Words that name business, never a person: the first minute's title under the roll
BUSINESS_WORD = re.compile(
    r"\b(?:apolog\w*|minutes?|declarations?|interests?|reports?|matters|business|questions?"
    r"|announcements?|updates?|items?|election|appointments?|welcome|introduction|petitions?"
    r"|urgent|exclusion|notices?|motions?|budget|plan|review|statements?|communications)\b",
    re.IGNORECASE,
)
#: "Ed Fry, Chief Executive", "Ann Reid (Chairman)": the post after a comma or in brackets
POST_AFTER = re.compile(r"\s*(?:,\s*[^,]{1,80}|\([^()]{1,80}\))$")
#: "Ann and Graham Reid": two people sharing a surname
SHARED_SURNAME = re.compile(r"\s(?:and|&)\s")
#: The whole line two forenames and the surname they share, "Ann and Graham Reid"
SHARED_SURNAME_PAIR = re.compile(
    r"^[A-Z][a-z'’-]{1,20}\s(?:and|&)\s[A-Z][a-z'’-]{1,20}\s[A-Z][\w'’-]{1,30}$"
)


def shared_surname_pair(text: str) -> bool:
    """Whether a line names two people sharing a surname ("Ann and Graham Reid"): a
    roll's entry, not a title's lower-case "and" ("Apologies and Substitute Members")."""
    text = text.strip()
    return SHARED_SURNAME_PAIR.match(text) is not None and not BUSINESS_WORD.search(text)


def _person_line(text: str) -> bool:
    if BUSINESS_WORD.search(text):
        return False
    name = SHARED_SURNAME.sub(" ", POST_AFTER.sub("", text))
    return looks_like_a_person(name)


def spaced_roll_lines(lines: list[Line]) -> frozenset[int]:
    """Indices of the lines of every roll printed one person a line under an attendance
    label (its groups' labels and the people, not the label), found in one pass."""
    found: set[int] = set()
    in_roll = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if ROLL_LABEL.match(text):
            in_roll = True  # the label may be a minute's title ("Apologies for Absence:")
        elif (labelled := LABELLED_PERSON.match(text)) and _person_line(labelled["person"]):
            opens = re.fullmatch(ROLL_WORDS, labelled["label"], re.IGNORECASE) is not None
            in_roll = in_roll or opens
            if in_roll:
                found.add(index)
        elif in_roll and (GROUP_LABEL.match(text) or _person_line(text)):
            found.add(index)
        else:
            in_roll = False
    return frozenset(found) | cell_row_lines(lines)  # "Present in person Ann Reid Ben Moss"
