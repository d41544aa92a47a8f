"""Who presents an item, printed after its title and a dash: "13. Internal Audit Annual
Report 2018/19 – Director of Finance/Treasurer, Ann Reid".

Fire authorities' and other bodies' agendas name the officer bringing each report after
the title: the post, a comma and the officer's name. Neither is part of the title. The
post must name an officer ("Director", "Chief Fire Officer", "Treasurer", "Head of ...")
and the name be a person's (two or three capitalised words closing the line), so a title
whose own dash introduces a subject ("Fire Cover Review – Phase 2") is left whole. A
sentence after the title naming the report's author ("Crematorium Matters. Report by the
Crematorium Manager") goes the same way.
"""

from __future__ import annotations

import re

from ..model import AgendaItemFacts

#: " – Director of Finance/Treasurer, Ann Reid": a spaced dash, a post naming an officer,
#: a comma and a person's name closing the title
PRESENTER = re.compile(
    r"\s[-–—]\s(?P<post>[A-Z][A-Za-z&/’' ]{0,60}?\b(?:Director|Officer|Treasurer|Executive|"
    r"Head|Clerk|Manager|Solicitor|Secretary|Chief)\b[A-Za-z&/’' ]{0,60}),\s"
    r"(?P<name>[A-Z][a-z'’-]{1,20}(?:\s[A-Z][a-zA-Z'’-]{1,20}){1,2})$"
)


#: ". Report by the Crematorium Manager", ". Report by Treasurer", ". Report": the sentence
#: after a title saying a report comes with it, and by whom
REPORT_BY = re.compile(
    r"(?<=[a-z0-9)])\.\s+Report(?:\s+(?:by|of|from)\s+[A-Za-z][\w&’' ]{2,60})?\.?$"
)


def without_presenters(items: list[AgendaItemFacts]) -> None:
    """Drop the post and name of the officer presenting an item, or the sentence naming
    the report's author ("Crematorium Matters. Report by the Manager"), from its title."""
    for item in items:
        match = PRESENTER.search(item.title) or REPORT_BY.search(item.title)
        if match is not None and match.start() > 0:
            item.title = item.title[: match.start()].rstrip()
