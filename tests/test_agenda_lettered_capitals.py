"""Preliminaries lettered with no stop before a title in capitals ("B MINUTES"), read as
lettered items before the numbered business (invented agenda in the genre's layout)."""

from __future__ import annotations

from minutebook.parsing.agenda_items import lettered_line


def test_letter_and_capitals_title_is_an_item() -> None:
    item = lettered_line("C DECLARATIONS OF INTEREST")
    assert item is not None
    assert (item.code, item.title) == ("C", "DECLARATIONS OF INTEREST")


def test_letter_with_a_stop_still_reads() -> None:
    item = lettered_line("A. Apologies for absence.")
    assert item is not None
    assert (item.code, item.title) == ("A", "Apologies for absence")


def test_letter_before_sentence_case_or_short_capitals_is_no_item() -> None:
    assert lettered_line("A report was received") is None
    assert lettered_line("B AND C") is None
    assert lettered_line("A Smith") is None
