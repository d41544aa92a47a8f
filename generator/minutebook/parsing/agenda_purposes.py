"""The purpose column of a board's agenda, flattened onto each item's title.

Boards' agendas (health boards', fire authorities', national bodies' trustees') print what
the meeting is asked to do with each item in a narrow column beside its title: "3. Minute
of the meeting held on 6 August For Approval", "7.1 Finance Report Seek Assurance", "2.1
Second Site Update FOR INFORMATION". The conversion keeps one space between the cells,
so the purpose ends the title, or sits inside a title wrapped in its narrow column. It is
never part of the title. A purpose goes only where the agenda shows its column: three
items or more, and a third of them, carry one, capitalised as a cell is ("Items for
Decision", a section's own heading, a lone "Request for Information" and a council's
"Minute of Meeting of 2 September for noting", its title's own words, stay whole). A
presenter's note in brackets right after the purpose ("(Paper presented by the Director
of Finance)") goes with it.
"""

from __future__ import annotations

import re

from ..model import AgendaItemFacts

#: what the meeting is asked to do, capitalised as a cell is: "For Approval", "For
#: decision", "Seek Assurance", "FOR INFORMATION"
PURPOSE = (
    r"(?:For|FOR|Seek|SEEK)\s(?:[Aa]pproval|[Nn]oting|[Dd]ecision|[Ii]nformation|"
    r"[Dd]iscussion|[Aa]ssurance|[Ee]ndorsement|[Rr]atification|[Aa]wareness|[Aa]greement|"
    r"APPROVAL|NOTING|DECISION|INFORMATION|DISCUSSION|ASSURANCE|ENDORSEMENT|RATIFICATION|"
    r"AWARENESS|AGREEMENT)"
)
#: a presenter's note in brackets: "(Paper presented by ...)", "(Presentation provided by
#: ...)", "(Draft minute presented by ...)"
PRESENTED = r"\s\([A-Z][A-Za-z ]{0,30}\b(?:presented|provided|introduced)\sby\s[^()]{1,120}\)"
#: the purpose cell after a title's word, then the title's end, a presenter's note, or
#: the rest of a wrapped title
CELL = re.compile(
    r"(?<=[\w)’'])\s(?P<cell>" + PURPOSE + r")\b(?P<note>" + PRESENTED + r")?(?=\s*$|\s\S)"
)
#: the words a purpose's own title has before it: "Items for Decision", "Request for
#: Information", "Matters for Noting"
OWN_TITLE = re.compile(
    r"(?:^|\s)(?:items?|matters?|reports|papers|business|requests?|applications?|"
    r"freedom|the|of|and|&|-|–)$",
    re.IGNORECASE,
)
#: Items at least carrying a purpose before its column counts
MIN_CELLS = 3


def without_purposes(items: list[AgendaItemFacts]) -> None:
    """Take the purpose cell (and a presenter's note after it) out of the items' titles
    when the agenda shows a purpose column (see the module's note)."""
    cells = [
        (item, match)
        for item in items
        if (match := CELL.search(item.title))
        and len(item.title[: match.start()].split()) >= 2
        and not OWN_TITLE.search(item.title[: match.start()])
    ]
    if len(cells) < MIN_CELLS or 3 * len(cells) < len(items):
        return
    for item, match in cells:
        item.title = f"{item.title[: match.start()]}{item.title[match.end() :]}".strip()
