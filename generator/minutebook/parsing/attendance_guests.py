"""The guests a police and crime panel's list of those present prints after its members,
with no label of their own.

A panel's minutes list its members under "PRESENT:" (the councillors, then the
co-opted members under their own label) and then, on lines of their own with no label,
the people who came to answer to it: the Commissioner (or the mayor's deputy for
policing), the Commissioner's staff, police officers and the host council's officers:

    Independent Co-opted Members: Mr G Oyelaran and Professor H Dalby-Lowe
    Mr D Penistone (Police and Crime Commissioner)
    A Rawmarsh and K Sheard (Office of the Calderbrook Police and Crime Commissioner)
    N Quarmby and E Staniforth (Hallamby MBC)

They are no members of the panel: the first such line, a name with the Commissioner's
side in its bracket, starts those in attendance, and the unlabelled lines after it
belong to them too (see attendance's reader). A bracket naming a police force alone
("(Wyke Police)") starts them only in a police body's paper (its title or body names the
police, crime or the Commissioner) or after a police rank ("PCSO A Reid (Wyke Police)"):
a health and wellbeing board lists a force's untitled officer among its own members.
"""

from __future__ import annotations

import dataclasses
import re

from ..vocabulary import PLURAL_TITLE
from .attendance_group_brackets import body_bracket
from .names import NameEntry

#: "Councillors A Reid (X Council) ...": members, whatever their brackets say
PLURAL_OPENING = re.compile(rf"{PLURAL_TITLE}(?!\w)")
#: The first bracket of a line, closed or left open at the line's end
FIRST_BRACKET = re.compile(r"^[^()]{2,120}\((?P<inner>[^()]{2,120})(?:\)|$)")
#: What a bracket says of the Commissioner's side: the Commissioner, the office, the deputy
#: mayor for policing, a police force or a chief officer's rank
GUEST_SIDE = re.compile(
    r"\b(?:commissioner|deputy\s{1,3}mayor\s{1,3}for\s{1,3}policing|police|constabulary|"
    r"chief\s{1,3}constable)\b",
    re.IGNORECASE,
)
#: The Commissioner's own side, whatever body's paper it is in
COMMISSIONER_SIDE = re.compile(
    r"\b(?:commissioner|deputy\s{1,3}mayor\s{1,3}for\s{1,3}policing)\b", re.IGNORECASE
)
#: A police officer's rank before the name ("PCSO A Reid", "Inspector B Moss"): an officer
#: who came as one, in any body's paper
POLICE_RANK = re.compile(
    r"^(?:(?:T/|Temporary\s|Acting\s)?(?:PCSO|PC|Sgt|Sergeant|(?:Chief\s)?Insp(?:ector|\.)?|"
    r"(?:Chief\s|Ch\.?\s)?Supt|(?:Chief\s)?Superintendent|(?:Assistant\s|Deputy\s)?Chief\s"
    r"Constable|ACC|DCC))\s+[A-Z]"
)
#: A police body's paper: its title or body names the police, crime or the Commissioner
POLICE_PAPER = re.compile(r"\b(?:police|policing|crime|commissioner)\b", re.IGNORECASE)
#: ... but a member's seat names the panel itself ("Vice-Chair, Police and Crime Panel")
PANEL = re.compile(r"\bpanel\b", re.IGNORECASE)


def police_paper(*names: str) -> bool:
    """Whether a paper's title or body (`names`) is a police body's: a police and crime
    panel, a police authority, a Commissioner's board."""
    return any(POLICE_PAPER.search(name[:300]) for name in names)


def guest_line(text: str, *, police: bool = True) -> bool:
    """Whether an unlabelled line under a panel's members names someone from the
        Commissioner's side: a name, then a bracket naming the Commissioner, the office, the
        deputy mayor for policing or (in a police body's paper, `police`, or after a police
    rank) a police force. A
        line with a label, a plural title or no bracket is not one."""
    stripped = text.strip()
    if not stripped[:1].isupper() or ":" in stripped or PLURAL_OPENING.match(stripped):
        return False
    found = FIRST_BRACKET.match(stripped[:300])
    if found is None:
        return False
    inner = found["inner"]
    side = GUEST_SIDE if police or POLICE_RANK.match(stripped) else COMMISSIONER_SIDE
    return side.search(inner) is not None and PANEL.search(inner) is None


def shared_brackets(entries: list[NameEntry]) -> list[NameEntry]:
    """Guests listed together before one bracket ("A Rawmarsh, K Sheard and J Tinsley
    (Office of the Commissioner)") all sit as the bracket says: the names with no capacity
    of their own take the one closing their run."""
    out = list(entries)
    for k in range(len(out) - 2, -1, -1):
        after = out[k + 1]
        if out[k].capacity is None and after.capacity is not None:
            out[k] = dataclasses.replace(
                out[k], capacity=after.capacity, organisation=after.organisation
            )
    return out


#: A line's names and the one bracket closing them: "A Reid, B Moss and C Lowe (X Council)."
STAFF_RUN = re.compile(r"^(?P<names>[A-Z][^()]{3,300}?)\s*\((?P<body>[^()]{2,80})\)\.?$")
#: One untitled name: a given name or initials, then a surname
UNTITLED_NAME = re.compile(
    r"^(?:[A-Z][a-z][\w'’-]{0,30}|(?:[A-Z]\.?\s?){1,3})\s(?:[A-Z][\w'’-]{1,30})$"
)


def staff_line(text: str) -> bool:
    """Whether an unlabelled line under the members is the host body's staff, their label
    lost: untitled names ("Ann Reid, Ben Moss and Cy Lowe") closed by one bracket naming a
    body ("(Wyke Borough Council)"). Members carry titles in such lists; staff do not."""
    match = STAFF_RUN.match(text.strip()[:400])
    if match is None or not body_bracket(match["body"]):
        return False
    names = re.split(r",\s*|\s+and\s+|\s*&\s*", match["names"].strip())
    return len(names) >= 2 and all(UNTITLED_NAME.match(n.strip()) for n in names)
