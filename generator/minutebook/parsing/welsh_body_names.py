"""A Welsh council's bilingual name: its English name is the body's.

Councils in Wales print their name in both languages, Welsh first, either run together
(the place is the same word in both) or split by a slash:

    CYNGOR CYMUNED FENBY COMMUNITY COUNCIL
    Cyngor Tref Aberwyke / Wyke Town Council
    WYKE TOWN COUNCIL CYNGOR TREF ABERWYKE    (English first, the Welsh after)

The body is filed under its English name ("Fenby Community Council", "Wyke Town
Council"), as its English papers name it, so both kinds of paper find one body. A name
that is not printed so is left alone (None).

A banner set as two or three text boxes may come out of the PDF with the spaces between
them lost: "Cyngor CymunedFenbyCommunity Council". The halves are parted again where a
lower-case letter meets the place's capital after the Welsh kind, or meets the English
kind's capital, before the name is read.
"""

from __future__ import annotations

import re

#: "Cyngor Cymuned", "Cyngor Tref", "Cyngor Dinas", "Cyngor Sir", "Cyngor Bwrdeistref Sirol",
#: "Cyngor Bro" (a community council, as Powys's print it)
WELSH_KIND = r"cyngor\s(?:cymuned|tref|dinas|sir|bro|bwrdeistref\ssirol)\s"
#: the English name: a few words of place, then the kind of council
ENGLISH = r"(?:[\w'’.&-]{1,30}\s){1,5}(?:community|town|city|county(?:\sborough)?)\scouncil"
#: Welsh then English, run together: "CYNGOR CYMUNED FENBY COMMUNITY COUNCIL"
RUN_TOGETHER = re.compile(rf"{WELSH_KIND}(?P<english>{ENGLISH})", re.IGNORECASE)
#: English then Welsh, run together: "WYKE TOWN COUNCIL CYNGOR TREF ABERWYKE"
ENGLISH_FIRST = re.compile(
    rf"(?P<english>{ENGLISH})\s{WELSH_KIND}[\w'’.-]{{1,30}}(?:\s[\w'’.-]{{1,30}}){{0,3}}",
    re.IGNORECASE,
)
#: the two names split by a slash, either first: "Cyngor Tref X / Y Town Council"
SPLIT = re.compile(
    rf"(?:{WELSH_KIND}[^/]{{1,60}}/\s?(?P<after>{ENGLISH})"
    rf"|(?P<before>{ENGLISH})\s?/\s?{WELSH_KIND}[^/]{{1,60}})",
    re.IGNORECASE,
)


#: the Welsh kind glued to the place's capital: "Cyngor CymunedFenby"
GLUED_WELSH = re.compile(
    r"^(?i:cyngor\s(?:cymuned|tref|dinas|sir|bro|bwrdeistref\ssirol))(?=[A-Z])"
)
#: the place glued to the English kind: "FenbyCommunity Council"
GLUED_ENGLISH = re.compile(r"(?<=[a-z])(?=(?:Community|Town|City|County)\s)")


def unglued(text: str) -> str:
    """A bilingual banner whose boxes were run together (see the module's docstring) with
    its spaces put back; any other text as it is."""
    welsh = GLUED_WELSH.match(text)
    if welsh is None:
        return text
    parted = f"{text[: welsh.end()]} {text[welsh.end() :]}"
    return GLUED_ENGLISH.sub(" ", parted, count=1)


def english_body_name(name: str) -> str | None:
    """The English half of a Welsh council's bilingual name (see the module's docstring),
    or None when the name is not printed in both languages."""
    text = unglued(" ".join(name.split()))
    if len(text) > 160:
        return None
    split = SPLIT.fullmatch(text)
    if split:
        return (split["after"] or split["before"]).strip()
    run = RUN_TOGETHER.fullmatch(text) or ENGLISH_FIRST.fullmatch(text)
    return run["english"] if run else None


#: A Welsh name alone: the Welsh kind of council, then the place ("Cyngor Bro Fenby")
WELSH_ALONE = re.compile(
    rf"^{WELSH_KIND}[\w'’.-]{{1,30}}(?:\s[\w'’.-]{{1,30}}){{0,3}}$", re.IGNORECASE
)


def english_first(names: list[str]) -> list[str]:
    """The names a title's lines give, a council's Welsh name alone ("Cyngor Bro Fenby",
    printed on its own line under or over "Fenby Community Council") after the others:
    the body is filed under its English name when the paper prints one."""
    return sorted(names, key=lambda name: WELSH_ALONE.match(name.strip()) is not None)
