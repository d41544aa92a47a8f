"""How two printed spellings of a name are compared, and which spelling a person shows.

Names are matched on a folded key, never on the text as printed: Unicode NFKC, invisible
format characters removed (zero-width spaces and joiners, soft hyphens, bidi controls, which
PDF conversion and copy-paste leave in names and which an attacker can use to split a person
in two), case folded, hyphens, dashes and spaces equivalent ("Mochrie-Cox" is "Mochrie
Cox"), dots and apostrophes ignored ("P.M." is "P M", "O'Brien" is "OBrien"). The text as
written is always kept; only the comparison uses the key.

Which spelling a person is shown by must not be winnable by arriving: `preference` ranks
names proper case first ("MiKe Hill" never displays while "Mike Hill" exists), then the
one printed at the earliest meeting (so papers of later meetings never rename anyone), then
the one printed at the most meetings (not the most often: a paper repeating a spelling
counts once), the fullest, and the text itself.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

#: Format characters that print as nothing or reorder text: soft hyphen, Arabic letter mark,
#: Mongolian vowel separator, zero-width space/joiners, LRM/RLM, bidi embeddings, overrides
#: and isolates, word joiner and invisible operators, and the byte order mark.
INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
#: Hyphens and dashes of every kind (NFKC leaves most of them distinct).
DASHES = re.compile("[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
IGNORED = re.compile("[.'\u2018\u2019`]")
SPACES = re.compile(r"\s+")
#: Name particles printed in lower case ("de Jong", "van der Berg"): proper, not odd case.
PARTICLES = frozenset({"de", "der", "den", "van", "von", "la", "le", "du", "di", "da", "dos"})
#: One segment of a name in proper case: "Hill", "P", "McLean", "MacLeod", "OBE".
PROPER_SEGMENT = re.compile(r"^(?:[A-Z][a-z]*|Ma?c[A-Z][a-z]+|[A-Z]+)$")


def visible(text: str) -> str:
    """The text in NFKC with invisible format characters removed."""
    return INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def has_invisible(text: str) -> bool:
    """Whether the text carries a character `visible` removes (worth a warning)."""
    return INVISIBLE.search(unicodedata.normalize("NFKC", text)) is not None


def fold(text: str) -> str:
    """The matching key of a name or a word: see the module docstring."""
    text = DASHES.sub(" ", visible(text).casefold())
    return SPACES.sub(" ", IGNORED.sub(" ", text)).strip()


def compact(words: list[str] | tuple[str, ...]) -> str:
    """Words folded and run together, so spaces and hyphens cannot tell names apart."""
    return fold(" ".join(words)).replace(" ", "")


def odd_case(spelling: str) -> int:
    """How many of the spelling's words are printed in neither proper nor upper case
    ("MiKe", "hILL"); particles in lower case are proper."""
    odd = 0
    for word in SPACES.split(visible(spelling).strip()):
        segments = [s for s in re.split(r"[-'’.,()]", word) if s]
        if word.lower() in PARTICLES or all(PROPER_SEGMENT.match(s) for s in segments):
            continue
        odd += 1
    return odd


def preference(
    shown: str, meetings: int, first: dt.date | None, letters: int = 0
) -> tuple[int, int, str, int, int, str]:
    """Sort key of the names a person could be shown by (lowest first): proper case, not
    shouted in capitals, printed earliest (first come, first kept: papers of later
    meetings never rename a person), printed at the most meetings, the fullest (in letters,
    so a lost hyphen is no fuller), then the text."""
    shouted = sum(1 for w in shown.split() if len(w) > 3 and w.isupper())
    return (
        odd_case(shown),
        shouted,
        (first or dt.date.max).isoformat(),
        -meetings,
        -letters,
        shown,
    )
