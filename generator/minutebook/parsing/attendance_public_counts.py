"""The public counted at the end of a list of those present, named nobody.

Parish and town councils close the list of who came with a head count of the public,
run on after the last name, after a comma or an "and", sometimes "other" or "together
with":

    Present: Cllrs A Reid (Chairman), B Moss and C Lowe and 3 members of the public.
    PRESENT: Ann Reid (AR), Ben Moss (BM), Cy Lowe (Clerk), 1 member of public
    Also in attendance: Cllr D Hart, E Pym (Clerk) and two other members of the public.
    Councillors Present: Ann Reid, Ben Moss and Cy Lowe, together with three villagers.
    Present: Cllrs Reid, Moss and Lowe, Clerk + 10 members of the public
    In attendance: Ann Reid – Parish Clerk. Three members of the public.
    PRESENT were Ann Reid (Chair), Ben Moss and the Clerk Cy Lowe. Members of the Public.
    Present: Cllrs A Reid, B Moss, Clerk Mrs C Lowe, and members of the public

The count is nobody's name: it is taken out of the list (offsets kept, so every name keeps
the line it is printed on), and its words do not make the list look like a sentence.
"""

from __future__ import annotations

import re

#: a head count: a number in figures or words
_COUNT = (
    r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several|many|a\s+number\s+of|no|an?)"
)
#: who was counted: "members of the public", "member of public", "parishioners"
_COUNTED = (
    r"(?:members?\s+of\s+(?:the\s+)?(?:public|press)"
    # "two representatives from the press", "one reporter", "a press representative"
    r"|representatives?\s+(?:from|of)\s+(?:the\s+)?(?:press|media|local\s+press)"
    r"|press\s+representatives?|reporters?|journalists?"
    r"|parishioners|parishoners|residents|villagers|visitors)"
)
#: "and four members of the public", ", 1 member of public", "together with three
#: villagers", "and two other members of the public": a count, no one's name
PUBLIC_COUNT = re.compile(
    rf"(?:[,;]\s*|\s*\+\s*|\s+(?:and|&|together\s+with|plus)\s+|^)(?:together\s+with\s+)?{_COUNT}"
    rf"\s+(?:(?:other|further|more)\s+)?{_COUNTED}\b"
    # others counted with them after slashes: "4 members of the public/press/other members
    # of the FBU"
    r"(?:/[^/.,;()\n]{1,40}){0,4}"
    # the public uncounted after the last name: "..., B Green and members of the public"
    r"|(?:,\s*|\s+(?:and|&|together\s+with|plus)\s+)(?:several\s+)?members\s+of\s+the\s+public\b"
    # a sentence of its own after the list's stop: "... – Parish Clerk. Three members of
    # the public." (the stop kept: it closes the last name's post), or with no count: "...
    # and the Clerk S Pym. Members of the Public."
    rf"|(?<=\.)\s+(?:{_COUNT}\s+)?(?:(?:other|further|more)\s+)?{_COUNTED}"
    r"(?:\s+(?:(?:were|was)\s+)?present)?\.?$",
    re.IGNORECASE,
)


def without_public_count(text: str) -> str:
    """The text with each count of the public blanked, its length kept (so offsets into
    it still point at the same names)."""
    return PUBLIC_COUNT.sub(lambda m: " " * len(m.group()), text)


def public_count_alone(text: str) -> bool:
    """Whether a line is only a count of the public ("One member of the public.")."""
    return PUBLIC_COUNT.fullmatch(text.strip().rstrip(".")) is not None


#: "MEMBER(S) OF THE PUBLIC PRESENT: Mr E Hart;", "Members of the Public – Two": the
#: public's own label on a line of the attendance block, then who or how many
PUBLIC_LABEL = re.compile(
    r"^(?P<label>\s*members?(?:\(s\))?\s+of\s+(?:the\s+)?(?:public|press)"
    r"(?:\s+(?:present|in\s+attendance))?\s*(?::-?|[–—-]))\s*(?P<value>.{0,300})$",
    re.IGNORECASE,
)
#: what the label may be followed by that names nobody: a count, "None", "Nil"
NOBODY = re.compile(rf"^(?:{_COUNT}|none|nil|n/a)\b[^,;]{{0,40}}$", re.IGNORECASE)
#: the label the reader knows for people who came without being members
ALSO_PRESENT = "Also present:"


def public_label_line(text: str) -> str | None:
    """The line under the public's own label (`PUBLIC_LABEL`) as the reader should see it:
    blank when it counts the public or says none came ("Two", "None"), else the label
    written "Also present:" before the names (the names' offsets kept); None for any other
    line."""
    found = PUBLIC_LABEL.match(text)
    if found is None:
        return None
    value = found["value"].strip(" ;.")
    if not value or NOBODY.match(value):
        return " " * len(text)
    return ALSO_PRESENT.ljust(len(found["label"])) + text[found.end("label") :]
