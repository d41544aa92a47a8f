"""A numbered minute's title in sentence case, closed by a full stop.

Scottish councils and many parish clerks print each heading as a noun phrase in sentence
case, closed by a full stop as if it were a sentence:

    3. Declarations of interest.
    4. Minutes of previous meetings of the committee.
    23/165 Receive and accept apologies.

A title in capitals or in title case so closed was already read (`minute_headings.
_capitals_stop`, `minute_stopped_titles`); one in sentence case was taken for a numbered
paragraph ("4. The Clerk reported that ..."). The stop ends no sentence when the words
before it are a short phrase with no verb of a minute's prose (no auxiliary, no word in
the past tense: "were agreed", "noted"), opening with no word that starts a statement
("The", "It", "Members", "No", "Nothing"). The caller still checks that the number
continues the numbering. A title run in to its text ("1. Apologies: none.") is no
stopped title: its separator ends the title.
"""

from __future__ import annotations

import re

#: Fewest and most words a stopped title in sentence case holds (one word so closed is
#: read by `minute_stopped_titles`)
MIN_WORDS = 2
MAX_WORDS = 9

#: A word in the past tense, capitalised or not: "elected", "Noted", "received"
PAST_TENSE = re.compile(r"^[A-Za-z][a-z]{1,30}ed$")

#: An aside in brackets inside the title: "(pecuniary and personal)"
ASIDE = re.compile(r"\s?\([^()]{1,80}\)")
#: A run-in title's separator: a colon, an ellipsis, a spaced dash or a semicolon
SEPARATOR = re.compile(r"[:;]|…|\.\.\.|\s[-–—]\s")

#: Words that open a statement, never a heading: an article or a pronoun, who acted, or
#: what was (not) done ("Nothing to report.", "No apologies.")
STATEMENT_OPENERS = frozenset(
    {"the", "a", "an", "it", "this", "that", "these", "those", "there", "they", "he",
     "she", "we", "i", "all", "no", "none", "nothing", "nil", "members", "member",
     "councillor", "councillors", "cllr", "cllrs", "mr", "mrs", "ms", "miss", "dr",
     "clerk", "chair", "chairman", "not", "see", "please"}
)  # fmt: skip


def sentence_case_stop(title: str) -> str | None:
    """The title without its closing full stop when the rest reads as a short heading in
    sentence case ("Minutes of previous meetings." -> "Minutes of previous meetings");
    None otherwise."""
    from .minute_headings import FINITE_VERBS, WORD, looks_like_sentence

    if not title.endswith(".") or title.endswith(("..", "etc.")) or SEPARATOR.search(title):
        return None
    bare = title[:-1].rstrip()
    # "Declarations of Interest (pecuniary and personal) and changes.": an aside in
    # brackets is no part of the phrase weighed
    phrase = ASIDE.sub("", bare) if "(" in bare else bare
    if not bare[:1].isupper() or "." in bare or any(ch.isdigit() for ch in bare[:1]):
        return None
    words = WORD.findall(phrase)
    if not MIN_WORDS <= len(words) <= MAX_WORDS or words[0].lower() in STATEMENT_OPENERS:
        return None
    if any(w.lower() in FINITE_VERBS or PAST_TENSE.match(w) for w in words):
        return None
    return None if looks_like_sentence(phrase) else bare
