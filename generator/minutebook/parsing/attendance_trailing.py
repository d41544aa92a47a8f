"""Those who attended named before the words saying how, in a paragraph of their own.

Some councils print the members present as a list and then, in a sentence under it, the
people who came without being members, their names first and the verb last:

    County Councillors A Reid and B Moss were also in attendance under the
    provisions of Standing Order No. 14.

    Mr K Lowe (Police and Crime Commissioner) and Mrs H Pym (Chief Executive,
    OPCC) were also in attendance.

A substitute may be named the same way, with no word of whom they stood in for
("Mrs K Lowe attended as a substitute."). The sentence may wrap over several lines;
each name keeps the line it is printed on.
Read only when every piece before the verb is a person, so a sentence about something
else ("The papers were also in attendance") is left alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import AttendanceFacts, AttendanceRole, Line
from ..vocabulary import STARTS_WITH_TITLE
from .names import NameEntry, looks_like_a_person, split_name_list

#: "... were also in attendance [under ...].": the names, then how they attended
TRAILING_ROLE = re.compile(
    r"^(?P<names>[A-Z][^.;:]{2,600}?)\s+(?:was|were)\s+(?P<how>also\s+in\s+attendance"
    r"|also\s+present|in\s+attendance)\b[^;:]{0,200}$",
    re.IGNORECASE,
)
#: "Mrs K Lowe attended as a substitute.": a substitute, with nobody named as replaced
SUBSTITUTE_ALONE = re.compile(
    r"^(?P<names>[A-Z][^.;:]{2,300}?)\s+(?:attended|(?:was|were)\s+present)\s+as\s+"
    r"(?:an?\s+)?substitutes?(?:\s+members?)?\.?$",
    re.IGNORECASE,
)
#: A verb or an apology before the names' verb: the sentence says more than who came
OTHER_CLAUSE = re.compile(r"\b(?:was|were|is|are|had|has|have|apolog\w*|received)\b", re.I)
#: "... and four members of the public": the public counted after the names, nobody named
PUBLIC_AFTER = re.compile(
    r"\s+and\s+(?:\w+\s+){0,2}(?:members?\s+of\s+the\s+(?:public|press)|residents|visitors)$",
    re.IGNORECASE,
)
#: A councillor's title: "Cllr", "County Councillor"
COUNCILLOR = re.compile(r"^(?:(?:County|Borough|District|Town|City)\s+)?(?:Cllrs?|Councillors?)\b")
#: "Councillors Fenn, Gale and ...": a plural title before names it makes people's
PLURAL_COUNCILLORS = re.compile(
    r"^(?:(?:County|Borough|District|Town|City)\s+)?(?:Cllrs|Councillors)\s"
)
#: A surname after a plural title, initials before it maybe: "Gale", "L J Tait",
#: "Patel-Hurst"
SURNAME = re.compile(r"^(?:[A-Z]\.?\s){0,3}[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}$")
#: A list's label alone on its line ("In Attendance" over "Councillors A Reid (AR) Chair,
#: ..., the clerk, was in attendance."): it heads a list, and no sentence runs through it
LABEL_ALONE = re.compile(
    r"^(?:(?:also\s+)?in\s+attendance|(?:also\s+)?present|attendance)\s*:?-?$", re.IGNORECASE
)
#: The longest paragraph such a sentence fills
PARAGRAPH_LINES = 6


def trailing_role(text: str) -> tuple[str, AttendanceRole] | None:
    """'X and Y were also in attendance.': the names and the role; None for any other
    sentence, or when a piece before the verb is not a person."""
    text = text.strip()[:1000]
    match = TRAILING_ROLE.match(text)
    substitute = SUBSTITUTE_ALONE.match(text) if match is None else None
    match = match or substitute
    if match is None or not match["names"][:1].isupper() or OTHER_CLAUSE.search(match["names"]):
        return None
    names = PUBLIC_AFTER.sub("", match["names"])
    entries = split_name_list(names)
    people = [e for e in entries if STARTS_WITH_TITLE.match(e.as_written)]
    people += [e for e in entries if e not in people and looks_like_a_person(e.as_written)]
    if PLURAL_COUNCILLORS.match(names):  # "Councillors Fenn, Gale and L J Tait": the
        people += [e for e in entries if e not in people and SURNAME.match(e.as_written)]
    if not entries or len(people) != len(entries):
        return None
    if substitute is not None:
        return names, AttendanceRole.SUBSTITUTE
    present = match["how"].lower().endswith("present")
    # councillors "in attendance" are no officers: other members who came, also present
    councillors = all(COUNCILLOR.match(e.as_written) for e in entries)
    also = present or councillors
    return names, AttendanceRole.ALSO_PRESENT if also else AttendanceRole.IN_ATTENDANCE


def _paragraphs(lines: list[Line]) -> list[list[int]]:
    """The indexes of each run of non-blank lines (a list's label alone ends one), up to
    PARAGRAPH_LINES long; a longer
    run (a preamble printed with no blank line) parted into its sentences, each from a
    line after one that closes with a stop or a colon."""
    found: list[list[int]] = []
    run: list[int] = []
    for n, line in enumerate([*lines, Line(0, "")]):
        if line.text.strip() and not LABEL_ALONE.match(line.text.strip()):
            run.append(n)
            continue
        if len(run) > PARAGRAPH_LINES:
            found.extend(s for s in _sentences(lines, run) if len(s) <= PARAGRAPH_LINES)
        elif run:
            found.append(run)
        run = []
    return found


def _sentences(lines: list[Line], run: list[int]) -> list[list[int]]:
    """The run's lines grouped into sentences: a group closes on a line ending with a
    stop or a colon."""
    groups: list[list[int]] = [[]]
    for n in run:
        groups[-1].append(n)
        if lines[n].text.rstrip().endswith((".", ":")):
            groups.append([])
    return [group for group in groups if group]


def trailing_attendance(preamble: list[Line]) -> tuple[list[AttendanceFacts], set[int]] | None:
    """The people a paragraph names before saying they were also in attendance, each on
    the line printing their name; with the indexes of the lines read. None when no
    paragraph is such a sentence."""
    found: list[AttendanceFacts] = []
    used: set[int] = set()
    for run in _paragraphs(preamble):
        text, offsets = "", []
        for n in run:
            offsets.append(len(text) + (1 if text else 0))
            text = f"{text} {preamble[n].text.strip()}" if text else preamble[n].text.strip()
        read = trailing_role(text)
        if read is None:
            _lines_alone(preamble, run, found, used)
            continue
        names, role = read
        for entry in split_name_list(names):
            n = run[max(0, bisect_right(offsets, entry.start) - 1)]
            found.append(_fact(role, entry, preamble[n].number))
        used.update(run)
    return (found, used) if found else None


def _lines_alone(
    preamble: list[Line], run: list[int], found: list[AttendanceFacts], used: set[int]
) -> None:
    """A paragraph of several such sentences, one a line ("The Clerk was in attendance." /
    "Cllr A Reid and two members of the public were in attendance."): each line read
    alone; a line saying more than who came is left."""
    if len(run) < 2:
        return
    for n in run:
        read = trailing_role(preamble[n].text)
        if read is None:
            continue
        names, role = read
        found.extend(_fact(role, entry, preamble[n].number) for entry in split_name_list(names))
        used.add(n)


def _fact(role: AttendanceRole, entry: NameEntry, line: int) -> AttendanceFacts:
    """One person a trailing-role sentence names, on the source line that printed them."""
    return AttendanceFacts(
        role, entry.as_written, entry.capacity, line, organisation=entry.organisation
    )
