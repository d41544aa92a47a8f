"""Very long lines folded into paragraphs of bounded length, for the page.

Python-Markdown's inline processing costs the square of a paragraph's length once it
holds many escapes or entities (each '<' written as '&lt;', each '[' as '\\['): 2 s at
400,000 characters, 35 s at 1.6 million, far past any time limit for a 5 MB table
flattened onto one line. A conversion gone wrong is the only source of such lines, and
the page is no less readable for showing one as a run of paragraphs: each is at most
`FOLD_CHARACTERS` long, so the engine's cost is linear in the line's length. The
folding works on finished Markdown: it cuts at a space before a letter where it can,
else anywhere but inside an escape ('\\[') or an entity ('&lt;'), so no cut can make
markup of its own.
"""

from __future__ import annotations

#: Longest paragraph written for one line of a document (a real paragraph is far shorter).
FOLD_CHARACTERS = 4_000
#: How far back from the limit a cut looks for a space before a letter.
SPACE_WINDOW = 1_000
#: Longest entity the writers produce ("&#123;"), so a cut never lands inside one.
ENTITY_CHARACTERS = 8


def _cut(text: str, start: int) -> int:
    """Where the chunk starting at `start` ends (exclusive)."""
    end = start + FOLD_CHARACTERS
    if end >= len(text):
        return len(text)
    low = max(start + 1, end - SPACE_WINDOW)
    space = text.rfind(" ", low, end)
    while space > start and not text[space + 1 : space + 2].isalpha():
        space = text.rfind(" ", low, space)
    if space > start:
        return space
    cut = end
    ampersand = text.rfind("&", cut - ENTITY_CHARACTERS, cut)
    if ampersand > start and ";" not in text[ampersand:cut]:
        cut = ampersand  # not inside "&lt;"
    while cut > start + 1 and text[cut - 1] == "\\":
        cut -= 1  # not between "\" and the character it escapes
    return cut


def fold(markdown: str, indent: str = "") -> str:
    """The Markdown of one paragraph (or list item: `indent` for its continuation
    paragraphs) as paragraphs of at most `FOLD_CHARACTERS`; short text is unchanged."""
    if len(markdown) <= FOLD_CHARACTERS:
        return markdown
    chunks = []
    start = 0
    while start < len(markdown):
        end = _cut(markdown, start)
        chunks.append(markdown[start:end].strip())
        start = end
    return f"\n\n{indent}".join(chunk for chunk in chunks if chunk)
