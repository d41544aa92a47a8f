"""An agenda of a title, a dated line with a time and bare numbered items
(`parsing/dated_item_fronts.py`)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.dated_item_fronts import dated_item_front
from opening_facts import first_part_meeting

PAGE = (
    "{title}\n"
    "\n"
    "{dated}\n"
    "\n\n"
    "1.  Apologies\n"
    "2.  Declarations of Interest\n"
    "3.  Appointments to Committees (report attached)\n"
    "4.  Harbour Dues 2021/22\n"
    "{tail}\n"
)


def _lines(text: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(text.splitlines(), start=1)]


def _page(
    title: str = "Harbour Council",
    dated: str = "Date: Thursday, 4 Mar 2021 Time: 7:30 PM",
    tail: str = "",
) -> str:
    return PAGE.format(title=title, dated=dated, tail=tail)


def test_the_page_is_an_agenda_with_its_meeting() -> None:
    kind, body, date, time, _ = first_part_meeting(_page())
    assert kind is DocumentKind.AGENDA
    assert body == "Harbour Council"
    assert (date, time) == (dt.date(2021, 3, 4), dt.time(19, 30))


def test_a_system_page_dated_with_a_twenty_four_hour_clock_and_a_section_label() -> None:
    text = (
        "Meeting Details\n\nTown Council\n4 March 2021 - 18:00 to 20:00\n\nStandard Items\n"
        "1 Lord Mayor's announcements\n2 Declarations of interest\n"
        "(Members arriving late declare an interest before the item)\n3 Petitions\n"
    )
    assert dated_item_front(_lines(text))


def test_items_out_of_order_or_sentences_are_no_agenda() -> None:
    assert not dated_item_front(_lines(_page().replace("2.  Decl", "5.  Decl")))
    sentences = _page().replace("Apologies\n", "The purpose of this note is set out.\n")
    assert not dated_item_front(_lines(sentences))


def test_no_time_or_a_report_title_is_no_agenda() -> None:
    assert not dated_item_front(_lines(_page(dated="Date: 4 March 2021")))
    assert not dated_item_front(_lines(_page(dated="Date: 26.03.2021")))
    assert not dated_item_front(_lines(_page(title="Report to Harbour Council")))


def test_a_text_that_records_a_meeting_is_no_agenda() -> None:
    tail = "Apologies were received from Councillor Moss.\nRESOLVED that the dues be set."
    assert not dated_item_front(_lines(_page(tail=tail)))
