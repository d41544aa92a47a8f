"""One person a line, their post printed beside the name without a bracket.

Officers' and guests' lists often print each person on a line of their own with the post
after the name, separated by a column gap, a comma or a hyphen glued to both words:

    Officers Present:    Ann Reid        Secretariat, Wyke City Council
                         Ben Moss        Legal Adviser, Wyke City Council
    In attendance:
    Cara Lowe, Police and Crime Commissioner for Wyke
    Also in attendance:-Dev Hart-Licensing Manager
    Officers: Licensing Manager: Eve Dunn

Each such line is rewritten "Name (Post);", the form the list reader already reads a
person's capacity from, with any label before it kept. A line is rewritten only when
the name is a person's and every piece after it is an office or an organisation, never
a person: "Ann Reid   Ben Moss" stays two names, "Cllr A Reid, Cllr B Moss" a list.
"""

from __future__ import annotations

import re

from ..vocabulary import OFFICE_WORDS, PLURAL_TITLE, SMALL_WORDS, STARTS_WITH_TITLE
from .attendance_flattened import MEMBER_TITLE, flattened_table
from .attendance_titled_rows import titled_rows
from .names import (
    WORD,
    is_office,
    looks_like_a_person,
    lower_case_words,
    names_an_organisation,
    post_then_colon_name,
    table_rows,
)

#: "Officers Present:", "Also in attendance:-": a label before the person on the line
LABEL_PREFIX = re.compile(r"^(?P<label>[A-Z][\w ()'’-]{1,60}?:-?)[ \t]*(?=\S)")
#: A gap between columns: three spaces or more, or a tab
GAP = re.compile(r"[ \t\u00a0]{3,}|\t")
#: "Dev Hart-Licensing Manager": a hyphen with no space joining a name to a post
GLUED = re.compile(r"^(?P<name>[A-Z][\w'’. ]{2,60}?)-(?P<post>[A-Z][\w'’, ]{2,120})$")
#: Words of a sentence, not a post ("said", "asked")
VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|said|asked|noted|agreed|reported)\b|\bin\s+the\s+chair\b",
    re.IGNORECASE,
)
#: Longest line read
MAX_LINE = 240


def _person(name: str) -> bool:
    name = name.strip()
    if any(c in name for c in ",()–—:") or " and " in name or " - " in name:
        return False  # two people, a bracket, or a post after a dash already
    return bool(STARTS_WITH_TITLE.match(name)) or (
        looks_like_a_person(name) and not is_office(name)
    )


def _post(text: str) -> bool:
    """A post or an organisation, maybe both ("Legal Adviser, Wyke City Council",
    "Secretariat, Wyke Council", "Chief Executive, OPCC"): a comma piece at least an
    office or an organisation, none titled or a person's name, no verb."""
    pieces = [p.strip() for p in text.split(",")]
    if not all(pieces) or VERB.search(text) or lower_case_words(text) > 4:
        return False  # a sentence, or "in the Chair"
    if any(c in text for c in ";–—") or " - " in text:
        return False  # more people after a semicolon, a part after a dash
    if text.split()[-1] in SMALL_WORDS:
        return False  # "Cabinet Member for": the post goes on on the next line
    if any(STARTS_WITH_TITLE.match(p) for p in pieces):
        return False
    offices = [is_office(p) or names_an_organisation(p) for p in pieces]
    people = [
        looks_like_a_person(p) and not office for p, office in zip(pieces, offices, strict=True)
    ]
    return any(offices) and not any(people)


#: "Appointed by the Secretary of State", "Co-opted Member", "Parent Representative": a
#: seat or whoever sent its member, which the list reader keeps as a group
KIND_OF_MEMBER = re.compile(
    r"(?i)^(?:appointed|nominated|elected|co-opted|representing)\b|\b(?:members?|representatives?)$"
)


def _office_word(post: str) -> bool:
    """Whether a post has an office word ("Manager", "Adviser"): a post, not a council."""
    return any(w.lower() in OFFICE_WORDS for w in WORD.findall(post))


def _split_label(text: str) -> tuple[str, str]:
    match = LABEL_PREFIX.match(text)
    if match is None:
        return "", text
    return f"{match['label']} ", text[match.end() :]


def gap_post(raw: str) -> str | None:
    """'Officers Present:    Ann Reid      Secretariat, Wyke Council' or a line carrying
    on such a list: 'Ann Reid (Secretariat, Wyke Council)', its label kept; None unless
    the line is a person and a post split by a column gap."""
    if len(raw) > MAX_LINE or not GAP.search(raw.strip()):
        return None
    label, rest = _split_label(raw.strip())
    cells = [c.strip() for c in GAP.split(rest.strip()) if c.strip()]
    if len(cells) != 2 or not _person(cells[0]) or not _post(cells[1]):
        return None
    return f"{label}{cells[0]} ({cells[1]})"


#: Words of a list's label, never a seat: "Members Present   Councillor A Reid"
LABEL_WORDS = re.compile(
    r"\b(?:present|apologies|attendance|attending|absent|officers|members|councillors|"
    r"substitutes?|in\s+the\s+chair)\b",
    re.IGNORECASE,
)
#: Longest seat or post printed before the person
MAX_SEAT = 60
#: "Independent Member  Ruth Agbaje": a kind of member long enough to fill the seat
#: column, two spaces before the person
KIND_SEAT = re.compile(
    r"^(?P<seat>(?:Independent|Co-opted|Lay)\s+(?:Member|Co-optee|Representative))"
    r"[ \t\u00a0]{2}(?P<name>[A-Z]\S.{1,80})$"
)


def _seat(cell: str) -> bool:
    """A council, district or post printed before its member ("Calderside", "Deputy
    Mayor for Policing and Fire", "PVCA – Monitoring Officer"): capitalised, short, no
    label word, no digit, no verb, and no person's name."""
    if len(cell) > MAX_SEAT or not cell[:1].isupper() or cell.endswith((":", ",", ";")):
        return False
    if any(c.isdigit() for c in cell) or "(" in cell or LABEL_WORDS.search(cell):
        return False
    return not VERB.search(cell) and not _person(cell) and not STARTS_WITH_TITLE.match(cell)


def seat_gap_person(raw: str) -> str | None:
    """'Ashcombe          Councillor Joanne Tweddle': 'Councillor Joanne Tweddle
    (Ashcombe)'; a panel's or combined authority's minutes print each member after the
    council (or post) they sit for, a column gap between. A person with a bracket of
    their own keeps it ("Calderside   Councillor N Hussain (In the Chair)" reads as the
    person and the chair). None unless the line is a seat and a person split by a gap."""
    text = raw.strip()
    if len(raw) > MAX_LINE or raw[:1] in (" ", "\t"):
        return None
    cells = [c.strip() for c in GAP.split(text) if c.strip()]
    kind = KIND_SEAT.match(text) if len(cells) == 1 else None
    if kind is not None:  # "Independent Member  Ruth Agbaje": the seat fills its column
        cells = [kind["seat"], kind["name"]]
    if len(cells) != 2 or not _seat(cells[0]):
        return None
    name, bracket, rest = cells[1].partition("(")
    if bracket and ")" not in rest:
        # "(substitute for" goes on on the next line: the person and the bracket, which
        # says what they sat as
        return cells[1] if STARTS_WITH_TITLE.match(name) else None
    person = _person(name) and (bracket or looks_like_a_person(name.strip()))
    if not person and not STARTS_WITH_TITLE.match(name):
        return None
    return cells[1] if bracket else f"{cells[1]} ({cells[0]})"


#: a plural title heading the names ("Councillors Hodson, ..."): several people follow
PLURAL_HEAD = re.compile(rf"^{PLURAL_TITLE}\s", re.IGNORECASE)


def comma_post(text: str) -> str | None:
    """'Cara Lowe, Police and Crime Commissioner for Wyke': 'Cara Lowe (Police and Crime
    Commissioner for Wyke)'; None unless a person comes before the first comma and only
    posts and organisations after it."""
    if len(text) > MAX_LINE or "," not in text or "(" in text:
        return None
    label, rest = _split_label(text.strip())
    if flattened_table(rest.strip()) is not None or titled_rows(rest.strip()) is not None:
        return None  # several "Name, Authority" rows run together: a flattened table
    if table_rows(rest.strip()) is not None:
        return None  # "Ann Reid, Licensing Manager Ben Moss, Solicitor": officers run on
    first = MEMBER_TITLE.search(rest)
    if first is not None and first.start() > 0 and titled_rows(rest[first.start() :]):
        return None  # the same after a label with no colon ("IN ATTENDANCE Mr A Reid, ...")
    name, _, post = rest.partition(",")
    post = post.strip().rstrip(".;")
    if PLURAL_HEAD.match(name.strip()):
        return None  # "Councillors Hodson, Bolton ... and the Clerk": a list, no one person
    if not _person(name) or not post or not _post(post):
        return None
    return f"{label}{name.strip()} ({post})"


def glued_post(text: str) -> str | None:
    """'Dev Hart-Licensing Manager': 'Dev Hart (Licensing Manager)'; None unless what
    follows the hyphen is a post of two words or more (a double-barrelled surname,
    "Ann Reid-Moss", is no post)."""
    if len(text) > MAX_LINE or "-" not in text:
        return None
    label, rest = _split_label(text.strip())
    match = GLUED.match(rest.strip())
    if match is None or not _person(match["name"]):
        return None
    post = match["post"].strip()
    if len(post.split()) < 2 or not _post(post) or not _office_word(post):
        return None
    return f"{label}{match['name'].strip()} ({post})"


def colon_post(text: str) -> str | None:
    """'Licensing Manager: Ann Reid', or 'Officers: Licensing Manager: Ann Reid' with its
    label: 'Ann Reid (Licensing Manager)'; None unless a post (an office word in it, not
    a force or a council, whose people may be a group of their own) comes before the
    colon and a person after it."""
    if len(text) > MAX_LINE or ":" not in text:
        return None
    label, rest = "", text.strip()
    found = post_then_colon_name(rest)
    if found is None:
        label, rest = _split_label(rest)
        found = post_then_colon_name(rest) if label else None
    if found is None or not _office_word(found[1]) or KIND_OF_MEMBER.search(found[1]):
        return None
    return f"{label}{found[0]} ({found[1]})"


def person_row(raw: str, text: str, *, officers: bool = False) -> str | None:
    """The line rewritten 'Name (Post);' when it is one person and their post printed
    without a bracket (a column gap, a comma, a glued hyphen; a colon in a list of
    officers, where "Post: Name" is no group of its own); None otherwise. The
    semicolon parts it from the next row's name when the rows are read as one list."""
    colon = colon_post(text) if officers else None
    row = gap_post(raw) or seat_gap_person(raw) or colon or comma_post(text) or glued_post(text)
    if row and row.count("(") > row.count(")"):
        return row  # a bracket that goes on on the next line: the row ends there
    return f"{row};" if row else None
