"""A one-page paper's lone page among a pack's page ranges (invented agendas)."""

from __future__ import annotations

from minutebook.model import AgendaItemFacts
from minutebook.parsing.agenda_lone_pages import lone_pages_before_ranges


def _item(code: str, title: str, pages: str | None = None) -> AgendaItemFacts:
    return AgendaItemFacts(None, code, title, pages, int(code))


def _read(*items: AgendaItemFacts) -> list[tuple[str, str | None]]:
    listed = list(items)
    lone_pages_before_ranges(listed)
    return [(item.title, item.pages) for item in listed]


def test_a_lone_page_just_before_the_next_range_is_a_page() -> None:
    assert _read(
        _item("3", "Minutes of the last meeting", "1 - 8"),
        _item("4", "Appointment to the Harbour Trust 9"),
        _item("5", "Ferry Timetable Review", "11 - 19"),
    ) == [
        ("Minutes of the last meeting", "1 - 8"),
        ("Appointment to the Harbour Trust", "9"),
        ("Ferry Timetable Review", "11 - 19"),
    ]


def test_a_titles_own_number_stays() -> None:
    assert _read(
        _item("3", "Minutes", "1 - 8"),
        _item("4", "School Places for Year 10"),
        _item("5", "Budget", "21 - 30"),
    )[1] == ("School Places for Year 10", None)
    assert _read(
        _item("3", "Minutes", "1 - 8"),
        _item("4", "Flood Works Phase 2"),
        _item("5", "Budget", "3 - 9"),
    )[1] == ("Flood Works Phase 2", None)


def test_no_paged_item_on_both_sides_leaves_the_number() -> None:
    assert _read(
        _item("1", "Apologies"),
        _item("2", "Appointment to the Harbour Trust 9"),
        _item("3", "Budget", "10 - 14"),
    )[1] == ("Appointment to the Harbour Trust 9", None)
