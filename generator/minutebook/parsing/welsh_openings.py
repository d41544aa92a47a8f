"""The Welsh half of a bilingual paper's opening, printed above the English one.

Welsh authorities (fire and rescue authorities, national park authorities, county
councils) print a paper's opening twice, the Welsh first: the authority's name in both
languages, a note in both ("NODYN: ..." / "NOTE: ..."), then the title, venue and date in
Welsh ("COFNODION CYFARFOD YR AWDURDOD TÂN" / "Ystafell Gynadledda, ..." / "14 MAWRTH
2016"), then the same in English ("MINUTES OF THE FIRE AUTHORITY MEETING" / ...). The
English title is the opening the splitter knows; what stands above it is the same paper's
letterhead and its Welsh twin, never a paper of its own.

`welsh_opening` says whether the lines above a file's first paper are that: a short run of
paragraphs each opening with a line in Welsh (two Welsh words or more, so an English line
with one borrowed place name is none).
"""

from __future__ import annotations

import re

from ..model import Line

#: Welsh words of a council paper's opening: the kinds of body and paper, the words of a
#: venue and a date (months), and the little words between them. Two on a line make it
#: Welsh; none of them is an English word.
WELSH_WORD = re.compile(
    r"(?<![\w'’])(?:awdurdod|cyngor|cofnodion|cofnod|cyfarfod|pwyllgor|rhaglen|agenda"
    r"|tân|tan|achub|heddlu|sir|bwrdeistref|dinas|cymru|nodyn|ystafell|neuadd|pencadlys"
    r"|gwasanaeth|swyddfa|parc|cenedlaethol|cyd-bwyllgor|panel|drafft|cadarnhau|gan|yr"
    r"|a'r|ei|nesaf|i'w|yn|ac|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst"
    r"|medi|hydref|tachwedd|rhagfyr|dydd|llun|mercher|iau|gwener|sadwrn|sul)(?![\w'’])",
    re.IGNORECASE,
)
#: The months in Welsh: "14 MAWRTH 2016" is a date, never minute 14
WELSH_MONTHS = frozenset(
    {"ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst",
     "medi", "hydref", "tachwedd", "rhagfyr"}
)  # fmt: skip
#: Words that are English as well as Welsh: they do not make a line Welsh on their own
SHARED = frozenset({"agenda", "panel", "parc", "tan", "mai", "sul", "gan", "ei", "yn", "sir"})
#: Fewest Welsh words that make a line Welsh
MIN_WELSH_WORDS = 2
#: Most non-blank lines a paper's bilingual letterhead and Welsh opening take
MAX_LINES = 14


def welsh_line(text: str) -> bool:
    """Whether a line is written in Welsh: two Welsh words or more, one of them no
    English word as well."""
    words = [m[0].lower() for m in WELSH_WORD.finditer(text[:300])]
    return len(words) >= MIN_WELSH_WORDS and any(w not in SHARED for w in words)


def welsh_opening(lines: list[Line]) -> bool:
    """Whether the lines above a file's first paper are its bilingual letterhead and the
    Welsh twin of its opening: a few paragraphs, each opening with a line in Welsh."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        text = line.text.strip()
        if text:
            paragraphs[-1].append(text)
        elif paragraphs[-1]:
            paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs or sum(len(p) for p in paragraphs) > MAX_LINES:
        return False
    return all(welsh_line(p[0]) for p in paragraphs)
