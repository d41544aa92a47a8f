"""A minute book's page number glued before the record's title at the head of a file."""

from __future__ import annotations

from pathlib import Path

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line
from minutebook.parsing import parse_document
from minutebook.parsing.minute_book_pages import drop_minute_book_page
from minutebook.parsing.reading import SourceText

QUIRK = Path(__file__).parent / "fixtures" / "quirks" / "minute-book-page-before-title.txt"


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_the_page_number_comes_off_the_title_as_furniture() -> None:
    kept, removed = drop_minute_book_page(_lines("\n1042 MINUTES OF THE MEETING OF X HELD ON D"))
    assert kept[1].text == "MINUTES OF THE MEETING OF X HELD ON D"
    assert [(f.line.number, f.line.text, f.rule) for f in removed] == [
        (2, "1042", "minute-book-page")
    ]


def test_a_minute_titled_so_further_down_keeps_its_number() -> None:
    head = "Wyke Parish Council\n\nMinutes\n\nPresent: A Reid\n\n"
    text = head + "12 Minutes of the meeting held on 3 May"
    kept, removed = drop_minute_book_page(_lines(text))
    assert not removed and kept[-1].text.startswith("12 Minutes")


def test_an_agenda_item_about_minutes_is_no_page_number() -> None:
    kept, removed = drop_minute_book_page(_lines("3 Minutes of the last Council"))
    assert not removed and kept[0].text == "3 Minutes of the last Council"


def test_the_record_under_the_page_number_is_read() -> None:
    text = QUIRK.read_text("utf-8")
    source = SourceText(file="minute-book.txt", sha256="0", text=text)
    parts = parse_document(source, Diagnostics()).parts
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.MINUTES, 1)]
    meeting = parts[0].meeting
    assert meeting is not None and meeting.body_name.upper() == "ASHCOMBE PARISH COUNCIL"
    assert [m.number for m in parts[0].minutes][:2] == ["1", "2"]


def test_a_figure_alone_before_minutes_is_an_agenda_item() -> None:
    _kept, removed = drop_minute_book_page(_lines("1 Minutes of the meeting held on 6 May"))
    assert not removed


def test_the_first_pages_number_one_comes_off_too() -> None:
    kept, removed = drop_minute_book_page(_lines("1 Minutes OF THE MEETING OF THE COUNCIL"))
    assert kept[0].text == "Minutes OF THE MEETING OF THE COUNCIL" and len(removed) == 1


def test_the_page_number_before_the_letterhead_comes_off() -> None:
    kept, removed = drop_minute_book_page(_lines("294 ASHCOMBE TOWN COUNCIL\nMinutes of ..."))
    assert kept[0].text == "ASHCOMBE TOWN COUNCIL" and removed[0].line.text == "294"
    _kept, removed = drop_minute_book_page(_lines("12 ASHCOMBE TOWN COUNCIL REPORTS\n"))
    assert not removed


def test_a_letterhead_run_into_the_records_words_is_set_apart() -> None:
    head = "(Public Pack)Minutes Document for Council, 26/05/2016 16:30\n"
    text = head + "1 THE COUNCIL OF THE CITY & COUNTY OF WYKE The Council met at the Guildhall"
    kept, removed = drop_minute_book_page(_lines(text))
    assert [(line.number, line.text) for line in kept[1:]] == [
        (2, "THE COUNCIL OF THE CITY & COUNTY OF WYKE"),
        (2, "The Council met at the Guildhall"),
    ]
    assert removed[0].line.text == "1"


def test_a_later_pages_number_comes_off_the_next_minutes_heading() -> None:
    text = (
        "Minutes\n\n47. MINUTES OF THE PREVIOUS MEETING\n\nRESOLVED: That they be approved.\n\n"
        "31 48. MINUTES OF THE FINANCE COMMITTEE\n\nRESOLVED: That they be adopted.\n\n"
        "12 15. ALLOTMENTS\n\nNoted."
    )
    kept, removed = drop_minute_book_page(_lines(text))
    assert [line.text for line in kept if line.number in (7, 11)] == [
        "48. MINUTES OF THE FINANCE COMMITTEE",
        "12 15. ALLOTMENTS",  # 15 is not the minute after 48: printed as it is
    ]
    assert [(f.line.number, f.line.text, f.rule) for f in removed] == [
        (7, "31", "minute-book-page")
    ]
