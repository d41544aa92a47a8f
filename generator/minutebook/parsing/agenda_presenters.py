"""Who presents an item, printed after its title and a dash: "13. Internal Audit Annual
Report 2018/19 – Director of Finance/Treasurer, Ann Reid".

Fire authorities' and other bodies' agendas name the officer bringing each report after
the title: the post, a comma and the officer's name. Neither is part of the title. The
post must name an officer ("Director", "Chief Fire Officer", "Treasurer", "Head of ...")
and the name be a person's (two or three capitalised words closing the line), so a title
whose own dash introduces a subject ("Fire Cover Review – Phase 2") is left whole. A
sentence after the title naming the report's author ("Crematorium Matters. Report by the
Crematorium Manager") goes the same way.

A parish's agenda names the councillors who report instead, each titled: "Planning
Committee Report – Cllr A Ward", "Highways – Cllr D Ardley/Cllr C Lowe" (every word after
"Cllr" a name's, capitalised, the councillors parted by slashes, commas or "and"). A dash
closing a title with no name after it ("Police Report –") is the place left for one.
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


#: " – Cllr A Ward", " - Councillor Dr S Bauer / Cllr A Marshall": a spaced dash, then
#: titled councillors to the title's end
COUNCILLOR_PRESENTERS = re.compile(
    r"\s[-–—]\s{1,3}(?P<names>(?:Cllrs?|Councillors?)\.?\s[A-Z][\w.’'/&, -]{0,160})$"
)
#: a word of the councillors' names: capitalised, a title, or what parts two of them
PRESENTER_WORD = re.compile(r"^(?:[A-Z][\w.’'-]{0,25}|/|&|and|Cllrs?|[A-Z][\w.’'-]{0,25}/Cllrs?)$")
#: a dash closing the title with nothing after it, after a word (after a figure it may be
#: a page range cut short: "Annual Report 45 -")
EMPTY_DASH = re.compile(r"(?<=[A-Za-z)])\s[-–—]$")


def councillor_presenters(title: str) -> re.Match[str] | None:
    """The councillors after a dash closing `title` (`COUNCILLOR_PRESENTERS`), or the bare
    dash left for them; None when the words after "Cllr" are not all names'."""
    found = COUNCILLOR_PRESENTERS.search(title) or EMPTY_DASH.search(title)
    if found is None or not found.groupdict().get("names"):
        return found
    words = re.sub(r"\s?/\s?", " / ", found["names"]).replace(",", " ").split()
    return found if all(PRESENTER_WORD.match(w) for w in words) else None


def without_presenters(items: list[AgendaItemFacts]) -> None:
    """Drop the post and name of the officer presenting an item, or the sentence naming
    the report's author ("Crematorium Matters. Report by the Manager"), from its title."""
    for item in items:
        match = (
            PRESENTER.search(item.title)
            or REPORT_BY.search(item.title)
            or councillor_presenters(item.title)
        )
        if match is not None and match.start() > 0:
            item.title = item.title[: match.start()].rstrip()
