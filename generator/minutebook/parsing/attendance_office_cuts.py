"""Office labels inside a list of those present run onto one line.

District councils' minutes print the members present under the label in rows that each
open with an office label: the chairman's, the vice-chairman's, then "Councillors:" over
the other members.

    Present:
    Chairman: Councillor Ann Bell
    Vice-Chairman: Councillor Carl Dunn
    Councillors: Eve Frost, Gil Hart and Ivo Jones

When a conversion loses the line breaks, the rows run on after the label: "Present:
Chairman: Councillor Ann Bell Vice-Chairman: Councillor Carl Dunn Councillors: Eve Frost,
...". `cut_office_labels` cuts such a line back into its rows (the pieces keep the line's
number), so each is read as when printed apart: the office the capacity of the name
after it. Only a line that opens with an attendance label directly followed by an office
label is cut, and only before an office label with its colon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ..model import Line

#: the council's kind before "Councillors:" ("Parish Councillors:"), one label with it
COUNCIL_KINDS = ("Parish", "Town", "Community", "County", "District", "Borough", "City")
#: an office label with its colon: "Chairman:", "Vice Chair:", "Deputy Chairman:",
#: "Councillors:" (the plural title over the other members, with the council's kind or not)
OFFICE_LABEL = (
    r"(?:(?:Vice[- ]|Deputy\s)?Chair(?:man|woman|person)?"
    rf"|(?:(?:{'|'.join(COUNCIL_KINDS)})\s)?Councillors|Cllrs"
    # a parish's short "Vice:" and its courtesy plurals over the other members: "Present:
    # Chair: Cllr A Reid Vice: Cllr B Moss Messrs: Cllrs Lowe, Pym Mesdames: Cllr Hart"
    r"|Vice|Messrs\.?|Mesdames|Madames)\s?:"
)
#: the list's own label, then at once an office label: "Present: Chairman:"
OPENING = re.compile(rf"^(?P<label>[A-Za-z][\w ]{{2,40}}?:-?)\s*(?={OFFICE_LABEL})")
#: a later office label, after the end of a name
LATER = re.compile(
    # never inside "Parish Councillors:" (the council's kind is the label's own word)
    r"(?<=[A-Za-z.)])"
    + "".join(f"(?<!{kind})" for kind in COUNCIL_KINDS)
    + rf"\s+(?={OFFICE_LABEL}\s)"
)
LONGEST = 3000


def cut_office_labels(lines: list[Line], opens_list: Callable[[str], bool]) -> list[Line]:
    """The lines with each run-on list of office rows cut before each office label;
    `opens_list` tells a line that opens with an attendance label."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        opening = OPENING.match(text) if len(text) <= LONGEST else None
        if opening is None or not opens_list(text):
            out.append(line)
            continue
        cuts = [opening.end(), *(m.end() for m in LATER.finditer(text, opening.end()))]
        bounds = [0, *cuts, len(text)]
        pieces = [text[a:b].strip() for a, b in pairwise(bounds)]
        out.extend(Line(line.number, piece) for piece in pieces if piece)
    return out
