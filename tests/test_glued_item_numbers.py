"""An items table's number cell glued to its title ("01Apologies for Absence."), mended
only inside a run of such lines numbered one after another."""

from __future__ import annotations

from pathlib import Path

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing import parse_document
from minutebook.parsing.agenda_link_labels import without_link_note
from minutebook.parsing.glued_item_numbers import space_after_stopless_numbers
from minutebook.parsing.reading import SourceText

QUIRK = Path(__file__).parent / "fixtures" / "quirks" / "glued-item-numbers-in-items-table.txt"


def _texts(*texts: str) -> list[str]:
    lines = [Line(n, t) for n, t in enumerate(texts, start=1)]
    out, furniture = space_after_stopless_numbers(lines)
    assert furniture == []
    assert [line.number for line in out] == [line.number for line in lines]
    return [line.text for line in out]


def test_a_run_of_three_rising_numbers_gets_its_spaces_back() -> None:
    assert _texts("01Apologies", "(a)Confirm the minutes", "02Order of Business", "03MINUTES") == [
        "01 Apologies",
        "(a)Confirm the minutes",
        "02 Order of Business",
        "03 MINUTES",
    ]


def test_figures_opening_lines_without_a_run_stay() -> None:
    assert _texts("12Noon start", "2Bedroom flats", "01Apologies") == [
        "12Noon start",
        "2Bedroom flats",
        "01Apologies",
    ]
    assert _texts("01Apologies", "03Minutes", "05Budget") == [
        "01Apologies",
        "03Minutes",
        "05Budget",
    ]


def test_the_link_after_the_title_is_no_part_of_it() -> None:
    assert without_link_note("Rent Arrears (herewith). View Papers") == "Rent Arrears (herewith)."
    assert without_link_note("View Papers") == "View Papers"


def test_the_items_table_reads_as_items_with_their_titles() -> None:
    text = QUIRK.read_text("utf-8")
    document = parse_document(SourceText(file="f.txt", sha256="0", text=text), Diagnostics())
    (part,) = document.parts
    assert [(item.code, item.title, item.line) for item in part.items] == [
        ("01", "Apologies for Absence.", 7),
        ("02", "Order of Business, including notice of urgent business.", 8),
        ("03", "Declarations of Interest", 9),
        ("04", "MINUTES", 10),
        ("05", "Tenant Participation Strategy", 11),
        ("06", "Rent Arrears Update", 12),
    ]
