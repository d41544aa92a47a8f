"""Lettered sub-items glued onto their item's line in a flattened pack (invented example)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_glued_sub_items import glued_sub_items
from minutebook.parsing.agenda_items import ItemLine


def _items(*texts: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [(i.code, i.title, i.pages) for i in part.items]


def test_sub_items_run_on_after_the_title_are_items() -> None:
    assert glued_sub_items(
        "7. Regular Business a) Progress on earlier actions b) Questions to the Mayor "
        "(Pages 4 - 9) (Received under the questions procedure) c) Decisions taken "
        "by the Mayor (Pages 10 - 14)"
    ) == [
        ItemLine("7", "Regular Business", None),
        ItemLine("7(a)", "Progress on earlier actions", None),
        ItemLine("7(b)", "Questions to the Mayor", "4 - 9"),
        ItemLine("7(c)", "Decisions taken by the Mayor", "10 - 14"),
    ]


def test_a_colon_closing_the_title_is_dropped() -> None:
    items = glued_sub_items(
        "8. To consider reports by the Treasurer: a) Budget Outturn 2023/24 (Pages 15 - 20) "
        "b) Reserves Policy (Pages 21 - 24)"
    )
    assert items is not None
    assert [(i.code, i.title) for i in items] == [
        ("8", "To consider reports by the Treasurer"),
        ("8(a)", "Budget Outturn 2023/24"),
        ("8(b)", "Reserves Policy"),
    ]


def test_a_pressed_list_of_heads_without_papers_is_the_items_parts() -> None:
    """Short heads with no papers of their own are still the item's lettered parts, and
    one bracketed "(a)" may letter the item's only part; prose under the marks is not."""
    found = glued_sub_items("6. Council Committees a) Parks Committee b) Finance Committee")
    assert [(i.code, i.title) for i in found or []] == [
        ("6", "Council Committees"),
        ("6(a)", "Parks Committee"),
        ("6(b)", "Finance Committee"),
    ]
    lone = glued_sub_items("7 Chair's Business (a) Long Service Awards (if any)")
    assert [(i.code, i.title) for i in lone or []] == [
        ("7", "Chair's Business"),
        ("7(a)", "Long Service Awards (if any)"),
    ]
    pointer = glued_sub_items("5 Declarations:- (see note below) (a) Pecuniary (b) Other")
    assert [i.title for i in pointer or []] == ["Declarations", "Pecuniary", "Other"]
    prose = "2. Committees a) Parks met. It agreed repairs. b) Finance has not met this month."
    assert glued_sub_items(prose) is None


def test_marks_out_of_order_or_alone_are_left() -> None:
    assert glued_sub_items("5. Play Area a) Swings (Pages 3 - 4)") is None
    assert glued_sub_items("5. Play Area a) Swings (Pages 3 - 4) c) Slide") is None
    assert glued_sub_items("5. Play Area b) Swings (Pages 3 - 4) c) Slide (Pages 5 - 6)") is None
    assert glued_sub_items("Members will note a) one (Pages 3 - 4) b) two (Pages 5 - 6)") is None


def test_the_agenda_reads_the_item_and_its_sub_items() -> None:
    assert _items(
        "1. Apologies for Absence",
        "2. Minutes (Pages 1 - 6) To approve the minutes of the last meeting.",
        "3. Standing Items a) Action Log b) Questions to the Leader (Pages 7 - 12)",
        "4. Date of the Next Meeting",
    ) == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes", "1 - 6"),
        ("3", "Standing Items", None),
        ("3(a)", "Action Log", None),
        ("3(b)", "Questions to the Leader", "7 - 12"),
        ("4", "Date of the Next Meeting", None),
    ]


def test_bare_page_ranges_running_on_close_the_sub_items() -> None:
    assert glued_sub_items(
        "5. Reports from Portfolio Leads (a) Housing and Regeneration Update 11 - 16 "
        "(b) Skills Update 17 - 24 (c) Rural Transport Update 25 - 31"
    ) == [
        ItemLine("5", "Reports from Portfolio Leads", None),
        ItemLine("5(a)", "Housing and Regeneration Update", "11 - 16"),
        ItemLine("5(b)", "Skills Update", "17 - 24"),
        ItemLine("5(c)", "Rural Transport Update", "25 - 31"),
    ]


def test_bare_ranges_that_do_not_run_on_are_left() -> None:
    assert glued_sub_items("4. Schools (a) Phase 3 - 4 Works 9 - 12 (b) Key Stage 1 - 2") is None
    assert glued_sub_items("4. Schools (a) Years 7 - 9 (b) Years 10 - 11 (c) Year 12") is None
