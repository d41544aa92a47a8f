"""Signs of damaged text: kept as written, and reported with the file and line.

A conversion (or the original) sometimes loses words: a list whose last item still reads
"...; and" with nothing after it, a short word printed twice ("Office of the the PCC"). No
rule here changes the text (which word was meant is the reader's call, and the source is
what a journalist cites); each one only says where a maintainer should look. Each rule is a
small function over a paper's lines that reports what it finds and nothing else.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from ..errors import Diagnostics
from ..model import Line
from .lines import next_text

DamageRule = Callable[[list[Line], str, Diagnostics], None]

LIST_ITEM = re.compile(r"^\s*(?:[-*•▪]|\d{1,2}[.)]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+\S")
#: "...; and" / "..., or": an item that says another follows.
UNFINISHED = re.compile(r"(?:[;,]\s*|\s)(?:and|or)\s*$")
#: Short words that are never meant twice in a row ("the the"). Others can be ("that that",
#: "had had"), so they are not looked for.
SHORT_WORDS = frozenset(
    {"the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "is", "be", "at", "by",
     "with", "as"}
)  # fmt: skip
DOUBLED = re.compile(rf"\b(?P<word>{'|'.join(sorted(SHORT_WORDS))})\s+(?P=word)\b", re.IGNORECASE)


def list_ends_unfinished(lines: list[Line], file: str, diagnostics: Diagnostics) -> None:
    """A list whose last item ends "and"/"or" and is followed by no further item: an item
    (or the rest of a sentence) is missing from the source."""
    for k, line in enumerate(lines):
        if not LIST_ITEM.match(line.text) or not UNFINISHED.search(line.text):
            continue
        after = next_text(lines, k)
        following = lines[after] if after is not None else None
        if following is None or not LIST_ITEM.match(following.text) or _heading(following):
            diagnostics.warn(
                file,
                line.number,
                "list-ends-unfinished",
                f"the list's last item ends {line.text.strip()[-20:]!r} and no item follows; "
                "kept as written",
            )


def _heading(line: Line) -> bool:
    """A bulleted line wholly in bold heads a section ("• **Combat organised crime**")."""
    return bool(re.match(r"^\s*[•▪]\s+\*\*[^*]+\*\*\s*$", line.text))


def _may_double(text: str) -> bool:
    """A cheap test before the pattern: two equal short words side by side."""
    words = text.lower().split()
    return any(a == b and a in SHORT_WORDS for a, b in itertools.pairwise(words))


def doubled_words(lines: list[Line], file: str, diagnostics: Diagnostics) -> None:
    """A short word printed twice in a row ("the the")."""
    for line in lines:
        if not _may_double(line.text):
            continue
        for match in DOUBLED.finditer(line.text):
            diagnostics.warn(
                file,
                line.number,
                "doubled-word",
                f"the word {match['word']!r} is printed twice ({match.group(0)!r}); "
                "kept as written",
            )


RULES: tuple[DamageRule, ...] = (list_ends_unfinished, doubled_words)


def report_damage(lines: list[Line], file: str, diagnostics: Diagnostics) -> None:
    """Run every damage rule over a paper's lines."""
    for rule in RULES:
        rule(lines, file, diagnostics)
