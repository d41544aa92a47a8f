"""An agenda item's title run into a description that repeats it (invented examples)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_items import ItemLine
from minutebook.parsing.agenda_repeated_titles import repeated_title


def _items(*texts: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [(i.code, i.title, i.pages) for i in part.items]


def test_the_title_is_the_words_before_their_repetition() -> None:
    assert repeated_title("5. Work Programme Work Programme of the Panel for 2026/27.") == (
        ItemLine("5", "Work Programme", None)
    )
    assert repeated_title("3 Minutes Minutes of the meeting held on 4 May 2026") == (
        ItemLine("3", "Minutes", None)
    )


def test_no_repetition_or_no_description_after_it_gives_nothing() -> None:
    assert repeated_title("5. Work Programme for the year") is None
    assert repeated_title("6. Budget Budget") is None  # nothing goes on after it
    assert repeated_title("7. Terms of Terms of reference review") is None  # a small word ends it


def test_an_agenda_reads_the_title_and_the_packs_item_pages() -> None:
    items = _items(
        "AGENDA",
        "1. Apologies",
        "2. Minutes To confirm the record of the last meeting.",
        "3. Work Programme Work Programme of the Panel for 2026/27 (Item 3.1 – 3.4).",
    )
    assert items[-1] == ("3", "Work Programme", "3.1 - 3.4")
