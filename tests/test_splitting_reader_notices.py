"""A host's notice to the reader over a paper ("Please note ...") is the paper's
preamble, not the end of another paper (invented example; `parsing.splitting`)."""

from __future__ import annotations

from minutebook.model import DocumentKind
from opening_facts import parsed

PAGE = (
    "Please note this copy was typed up by machine from the signed original.\n\n"
    "Fenby Moor Park Authority\n\n"
    "Board Minutes 14 March 2025\n\n"
    "Page 1 of 6\n\n"
    "Minutes of the Board Meeting\n\n"
    "14 March 2025 at 10.00am\n\n"
    "Present: Ann Reid (Convener), Ben Moss, Cara Lowe\n\n"
    "1. Welcome\n\nThe Convener welcomed everyone.\n"
)


def test_a_notice_to_the_reader_opens_the_minutes_part() -> None:
    parts = parsed(PAGE).parts
    assert [(part.kind, part.lines[0].number) for part in parts] == [(DocumentKind.MINUTES, 1)]


def test_a_sentence_ending_another_paper_still_stands_apart() -> None:
    text = PAGE.replace("Please note this copy", "The item on this copy")
    kinds = [part.kind for part in parsed(text).parts]
    assert kinds[-1] is DocumentKind.MINUTES and len(kinds) == 2
