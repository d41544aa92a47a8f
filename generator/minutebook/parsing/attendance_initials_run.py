"""A label printed without its colon, then names by initials run on with no commas.

Some councils (Northern Ireland's district councils among them) set the opening out as a
two-column table: a label in the first column, and in the second the names by their
initials, most with no title, each officer's post in a bracket. Flattened to text, the
label and every name run on one line, only spaces between them:

    Presiding A B Reid
    Other Members Present C Moss D E Lowe Mrs F G Hart
    Officers Present H J Kerr, (Chief Executive) Mr K Pym (Director of Works)

With no comma the list reads as one long name. A line is read so only when its first
words are a label of the genre (one the list reader knows once a colon closes it) and
everything after them is names of initials and a surname, each with an optional title
and bracket: it is rewritten "Officers Present: H J Kerr (Chief Executive), Mr K Pym
(Director of Works)". "Presiding" names the member in the chair: present, with
"Presiding" as their capacity; the "Other Members Present" under them are the rest of
the body's members (other than the one presiding), so present too.
"""

from __future__ import annotations

import re

from ..model import Line
from ..vocabulary import PARTICLES, TITLE
from .attendance_hanging_label import Labeller

#: a particle before a surname: Irish and Scottish Gaelic ("Ní", "Nic", "Mac", "Ó", "Uí")
#: and the vocabulary's ("de", "van", "ap")
SURNAME_PARTICLE = "(?:" + "|".join(["Ní", "Nic", "Mac", "Ó", "Uí", *sorted(PARTICLES)]) + ")"
#: one name of the run: an optional title, one to three initials, a surname, then an
#: optional bracket (a stray comma before it kept out); a space or the end after it
ENTRY = re.compile(
    # a surname's particle may come first: "Mrs D Ní Shiadhail", "A de Vere", "B Mac Giolla"
    rf"(?P<name>(?:{TITLE}\s)?(?:[A-Z]\.?\s){{1,3}}(?:{SURNAME_PARTICLE}\s)?[A-Z][\w'’-]{{1,30}})"
    r"(?:,?\s?(?P<bracket>\([^()]{1,80}\)))?(?:\s|$)"
)
#: the label's words before the names: capitalised or small words, none an initial
LABEL_WORD = re.compile(r"[A-Za-z][a-z]{1,20}")
#: the most words a label has ("Other Members Present", "Officers in Attendance")
MAX_LABEL_WORDS = 5
#: the label naming the member in the chair, and the capacity it gives them
PRESIDING = re.compile(r"^presiding$", re.IGNORECASE)
#: "Other Members Present" under the one presiding: the rest of the members
OTHER_MEMBERS = re.compile(r"^other\s+(?=members\s+present$)", re.IGNORECASE)
#: the longest line read this way
MAX_TEXT = 2000


def initials_entries(text: str) -> list[str] | None:
    """'C Moss D E Lowe, (Clerk) Mrs F Hart': each name with its bracket ("D E Lowe
    (Clerk)"); None unless the whole text is such names."""
    entries: list[str] = []
    at = 0
    while at < len(text):
        match = ENTRY.match(text, at)
        if match is None:
            return None
        bracket = match["bracket"]
        entries.append(f"{match['name']} {bracket}" if bracket else match["name"])
        at = match.end()
    return entries or None


def initials_run(text: str, label_of: Labeller) -> tuple[str, list[str]] | None:
    """(the label, the names) of a label without its colon run into names of initials
    ("Officers Present H J Kerr (Chief Executive) Mr K Pym"); None for any other line."""
    text = text.strip()
    if len(text) > MAX_TEXT:
        return None
    words = text.split(" ", MAX_LABEL_WORDS)
    for n in range(1, min(MAX_LABEL_WORDS, len(words) - 1) + 1):
        colon = words[n - 1].endswith(":")  # "Councillors: A Reid B Moss", no commas
        if not LABEL_WORD.fullmatch(words[n - 1].removesuffix(":")):
            return None
        label = " ".join(words[:n]).removesuffix(":")
        known = PRESIDING.match(label) or (
            (found := label_of(f"{label}:")) is not None and not found[2]
        )
        if not known:
            continue
        entries = initials_entries(text[len(label) + 1 + colon :].lstrip())
        if colon and (entries is None or len(entries) < 2) and not PRESIDING.match(label):
            return None  # one name after a colon: the list reader reads it
        if entries is not None and (len(entries) == 1 or not PRESIDING.match(label)):
            return label, entries
    return None


def initials_runs(lines: list[Line], label_of: Labeller) -> list[Line]:
    """The lines with each label run into names of initials rewritten as a labelled list
    ("Present: A B Reid (Presiding)", "Members Present: C Moss, D E Lowe"); the lines as
    they are when none is."""
    out = list(lines)
    presided = False
    for n, line in enumerate(lines):
        found = initials_run(line.text, label_of) if line.text[:1].isupper() else None
        if found is None:
            presided = presided and not line.text.strip()
            continue
        label, entries = found
        if PRESIDING.match(label):
            out[n] = Line(line.number, f"Present: {entries[0]} ({label})")
            presided = True
            continue
        if presided:
            label = OTHER_MEMBERS.sub("", label)
        out[n] = Line(line.number, f"{label}: {', '.join(entries)}")
        presided = False
    return out
