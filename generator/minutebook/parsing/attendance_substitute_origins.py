"""Where a substitute comes from, printed between their name and the verb.

Joint boards (a health and wellbeing board, an association's boards, a health board's
apologies) say which council or organisation sent a substitute, or their post, before
whom they stood in for: "Cllr A Reid from Wyke Council substituted for Cllr B Moss",
"Ann Reid, NHS Fenland attended as a substitute for Ben Moss" (no comma closing the
organisation), "Cllr A Reid (Wyke Council) substituted for Cllr B Moss". Read as it
stands, the organisation is taken for the substitute ("NHS Fenland"), or nobody is read.
The organisation is cut from the sentence and kept as the substitute's, so the substitute
sentences read the person. An organisation that opens with a title ("..., Cllr B Moss
attended as ...") is a person, not an organisation, and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..vocabulary import NAME, OFFICE_WORDS, STARTS_WITH_TITLE
from .names import names_an_organisation

#: What an organisation or a post between a name and the verb may hold: no stop, comma,
#: semicolon or bracket, and at most this many characters.
ORIGIN = r"[A-Z][^,.;:()\n]{0,60}?"
#: An organisation printed as its initials alone ("WBC", "NHSE").
INITIALS = re.compile(r"[A-Z]{2,6}")
#: Longer lines are no substitute sentence the rule reads (every pattern is bounded).
MAX_TEXT = 2000


@dataclass(frozen=True)
class Origin:
    """A substitute's name, the organisation printed after it, and the span to cut
    (from the end of the name to the verb)."""

    name: str
    origin: str
    start: int
    end: int


@dataclass(frozen=True)
class OriginPatterns:
    """The variants' patterns, built once around the substitute sentences' verbs."""

    bracketed: re.Pattern[str]
    comma: re.Pattern[str]
    from_of: re.Pattern[str]


def origin_patterns(verb: str) -> OriginPatterns:
    """The three layouts' patterns, each ending where `verb` (the substitute sentences'
    verbs: "substituted for", "attended as a substitute for", ...) begins."""
    before = r"(?<![\w'’-])"
    ahead = rf"(?=\s+{verb})"
    return OriginPatterns(
        # "Cllr A Reid (Wyke Council) substituted for ..."
        bracketed=re.compile(
            rf"{before}(?P<name>{NAME})(?P<cut>\s*\((?P<origin>[^()\n]{{2,80}})\)){ahead}"
        ),
        # "Ann Reid, NHS Fenland attended as a substitute for ...", closing comma or none
        comma=re.compile(rf"{before}(?P<name>{NAME})(?P<cut>,\s(?P<origin>{ORIGIN}),?){ahead}"),
        # "Cllr A Reid from Wyke Council substituted for ...", "... of the X Corporation ..."
        from_of=re.compile(
            rf"{before}(?P<name>{NAME})(?P<cut>\s+(?:from|of)\s+(?P<origin>(?:the\s+)?{ORIGIN})){ahead}"
        ),
    )


def an_organisation_or_post(phrase: str) -> bool:
    """Whether a phrase names an organisation ("NHS Fenland", "Wyke Council", its initials
    "WBC") or a post ("Medical Director"), not another person of a list ("A Reid, B Moss
    attended ...")."""
    words = phrase.split()
    if INITIALS.fullmatch(phrase.strip()) or names_an_organisation(phrase):
        return True
    return any(w.lower() in OFFICE_WORDS for w in words)


def _found(pattern: re.Pattern[str], text: str, *, named: bool = False) -> list[Origin] | None:
    """Each match of `pattern` whose organisation is no titled person's name (and, when
    `named`, plainly an organisation or a post)."""
    found = [
        Origin(m["name"], m["origin"].strip(), m.start("cut"), m.end("cut"))
        for m in pattern.finditer(text)
        if not STARTS_WITH_TITLE.match(m["origin"].strip())
        and (not named or an_organisation_or_post(m["origin"]))
    ]
    return found or None


def bracketed_origin(text: str, patterns: OriginPatterns) -> list[Origin] | None:
    """'Cllr A Reid (Wyke Council) substituted for Cllr B Moss': the bracket is where the
    substitute comes from; None when no substitute sentence prints one."""
    return _found(patterns.bracketed, text) if "(" in text else None


def comma_origin(text: str, patterns: OriginPatterns) -> list[Origin] | None:
    """'Ann Reid, NHS Fenland attended as a substitute for Ben Moss': the organisation after
    a comma, whether or not a second comma closes it; None when none is printed."""
    return _found(patterns.comma, text, named=True) if "," in text else None


def from_or_of_origin(text: str, patterns: OriginPatterns) -> list[Origin] | None:
    """'Cllr A Reid from Wyke Council substituted for Cllr B Moss' (or "of Wyke Council"):
    None when no substitute sentence names its organisation so."""
    return _found(patterns.from_of, text) if (" from " in text or " of " in text) else None


def cut_substitute_origins(
    text: str, patterns: OriginPatterns
) -> tuple[str, dict[str, str]] | None:
    """The text with each substitute's organisation cut from between their name and the
    verb, and each substitute's organisation by name; None when no sentence prints one."""
    lowered = text.lower()
    if len(text) > MAX_TEXT or ("substitut" not in lowered and "in place of" not in lowered):
        return None
    found: list[Origin] = []
    for variant in (bracketed_origin, comma_origin, from_or_of_origin):
        for origin in variant(text, patterns) or []:
            if all(origin.end <= o.start or origin.start >= o.end for o in found):
                found.append(origin)
    if not found:
        return None
    out, at = [], 0
    for origin in sorted(found, key=lambda o: o.start):
        out.append(text[at : origin.start])
        at = origin.end
    out.append(text[at:])
    return "".join(out), {o.name.strip(): o.origin for o in found}
