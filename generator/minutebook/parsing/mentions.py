"""Find people named in running text: "Mr David Paul", "Cllr Eddie Peake", "Mr Paul", and
the role words minutes use for the people holding an office ("the Commissioner").

Only titled names are taken ("Mr", "Cllr", "Councillor Mrs" ...): an untitled pair of
capitalised words is as likely a place or a team as a person. The name is kept exactly as
written; which person it is, if any, is decided in `resolving`, against every document.
"""

from __future__ import annotations

import re

from ..model import Line, MentionFact
from ..vocabulary import PARTICLE_WORDS, PARTICLES

TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lord|Lady)"
#: Capitalised words that end a name: what follows a name, not part of it.
NOT_NAMES = frozenset({
    "Kent", "Medway", "Police", "Council", "Commissioner", "Chief", "Constable", "Panel",
    "Chairman", "Chair", "Member", "Members", "County", "Borough", "District", "City", "The",
    "He", "She", "His", "Her", "They", "In", "On", "At", "As", "And", "For", "Of", "To",
    "Office", "Deputy", "Head", "Officer", "Executive", "Lieutenant",
})  # fmt: skip
#: A title as a whole word: `\b(?:Mr|Mrs|...|Lady)\b`, written so that the pattern starts
#: with a choice of letters (M, D, C, S, L), the word boundary before each tested just after
#: its first letter; Python's regular expression engine then skips to the positions holding
#: one of those letters instead of trying every title at every position (same matches).
TITLE_WORD = re.compile(
    r"(?:M(?<!\wM)(?:r|rs|s|iss)|D(?<!\wD)(?:r|ame)|C(?<!\wC)(?:llr|ouncillor)"
    r"|S(?<!\wS)ir|L(?<!\wL)(?:ord|ady))\b"
)
#: Invisible format characters (zero-width, bidi controls, soft hyphen) a name may carry:
#: part of the name as written, so "Fea<ZWSP>cey" is one mention (resolving warns of them).
INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
#: "McLean", "O'Brien" and "de Jong" are whole: the vocabulary's word of a name (after at
#: most two particles), which may carry invisible characters
NAME_WORD = (
    rf"[{INVISIBLE}]*(?:Ma?c|O['’]|D['’])?[A-Z][a-z{INVISIBLE}]+"
    rf"(?:[-'’][A-Z]?[a-z{INVISIBLE}]+)*"
)
MENTION = re.compile(
    rf"\b{TITLE}\.?(?: +(?:Mrs|Ms|Mr|Miss|Dr))?"
    rf"(?P<initials>(?: +[A-Z]\.?(?= ))*)"
    rf"(?P<words>(?: +{PARTICLE_WORDS}{NAME_WORD}){{1,3}})"
)
#: Role words, and the attendance capacities that say who holds the role at a meeting.
ROLE_WORDS = re.compile(
    r"\b[Tt]he\s+(?P<role>Commissioner|PCC|Chairman|Chair|Vice-Chairman|Chief\s+Constable|CC)\b"
)


def _trim(match: re.Match[str]) -> str | None:
    """The mention without trailing words that are not names ("Mr Paul Kent" -> "Mr Paul")."""
    words = match["words"].split()
    while words and (words[-1] in NOT_NAMES or words[-1] in PARTICLES):
        words.pop()
    if words and re.search(r"['’]s$", words[-1]):  # "Mr Scott’s report"
        words[-1] = words[-1][:-2]
    if not words:
        return None
    text = match.group(0)
    return text[: text.rindex(words[-1]) + len(words[-1])]


def find_mentions(lines: list[Line]) -> list[MentionFact]:
    found = []
    for line in lines:
        titled = TITLE_WORD.search(line.text) is not None
        if not titled and "he " not in line.text:
            continue  # no title and no "the": nothing to find (most lines of a report)
        # A MENTION starts with a title followed by "." or " ", so TITLE_WORD finds it
        # too: without a title, scanning every position for one is wasted (most lines
        # that pass the guard only have "the").
        if titled:
            for match in MENTION.finditer(line.text):
                text = _trim(match)
                if text:
                    found.append(MentionFact(line.number, text, None))
        # every role word has a capital C in it ("Commissioner", "PCC", "Chair", "CC")
        if "C" in line.text:
            for match in ROLE_WORDS.finditer(line.text):
                role = re.sub(r"\s+", " ", match["role"])
                found.append(MentionFact(line.number, match.group(0), role))
    return found
