"""A town or parish council minute book's folio number, at the top right of each page."""

from __future__ import annotations

from conftest import QUIRKS
from minutebook.model import Line
from minutebook.parsing.cleaning import clean
from minutebook.parsing.minute_book_folios import drop_minute_book_folios


def test_a_folio_alone_at_the_right_is_furniture() -> None:
    lines = [Line(1, "Council 4 May 2010        Page 1"), Line(2, " " * 60 + "64/08")]
    kept, dropped = drop_minute_book_folios(lines)
    assert kept == lines[:1]
    assert [(f.line.number, f.rule) for f in dropped] == [(2, "minute-book-folio")]


def test_a_minute_number_at_the_margin_is_kept() -> None:
    lines = [Line(1, "12/21 Minutes"), Line(2, "64/08"), Line(3, "   12/21 Apologies")]
    assert drop_minute_book_folios(lines) == (lines, [])


def test_the_quirk_fixture_loses_its_folios_only() -> None:
    """tests/fixtures/quirks/minute-book-folio.txt: both folios go, the minutes stay."""
    lines, furniture = clean((QUIRKS / "minute-book-folio.txt").read_text(encoding="utf-8"))
    assert {f.line.number for f in furniture if f.rule == "minute-book-folio"} == {2, 16}
    assert "412 APOLOGIES" in [li.text for li in lines]
