"""Items lettered A, B, C with no stop, each title alone over its description; a title in
capitals run into the agenda's instruction; an enclosure note before a colon; sub-items
pressed onto one line (invented agendas in the genre's layout)."""

from __future__ import annotations

from minute_fixtures import agenda_items_of, lines_of
from minutebook.parsing.agenda_items import sub_item_line
from minutebook.parsing.agenda_lettered_runs import lettered_runs
from minutebook.parsing.agenda_run_in import capitals_before_instruction

LETTERED = """Annual Meeting of the Rescue Authority

1 Opening Business

A Apologies

B Election of Chair
Members are invited to elect a Chair to serve until the next Annual Meeting.

C Election of Vice Chair
Members are invited to elect a Vice Chair.

D Chair's Announcements
To receive any announcements the Chair wishes to make.

2 Budget Monitoring Report
"""


def test_a_lettered_run_under_a_numbered_heading_is_read() -> None:
    assert agenda_items_of(LETTERED) == [
        ("1", "Opening Business"),
        ("A", "Apologies"),
        ("B", "Election of Chair"),
        ("C", "Election of Vice Chair"),
        ("D", "Chair's Announcements"),
        ("2", "Budget Monitoring Report"),
    ]


def test_fewer_than_three_letters_or_broken_order_is_no_run() -> None:
    two = lines_of("A Apologies\n\nB Minutes of the Last Meeting\n")
    assert lettered_runs(two) == {}
    skipped = lines_of("A Apologies\n\nC Minutes\n\nD Finance Report\n")
    assert lettered_runs(skipped) == {}


def test_sentences_opening_with_a_are_no_run() -> None:
    prose = lines_of(
        "A Member of the public asked about parking.\n\nB Smith\n\nC Jones\n\nD Evans\n"
    )
    assert lettered_runs(prose) == {}
    pressed = lines_of("A Apologies\nB Election of Chair\nC Election of Vice Chair\n")
    assert lettered_runs(pressed) == {}  # no blank line: a column of a table, not items


def test_capitals_before_the_instruction_are_the_title() -> None:
    item = capitals_before_instruction("5 DECLARATIONS OF INTEREST To receive any declarations.")
    assert item is not None and (item.code, item.title) == ("5", "DECLARATIONS OF INTEREST")
    assert capitals_before_instruction("3. COVID-19 Recovery Plan and next steps") is None
    assert capitals_before_instruction("4. CCTV To be installed at the car park") is None
    assert capitals_before_instruction("2. Minutes To approve the minutes.") is None


def test_a_short_run_in_item_keeps_only_its_capitals() -> None:
    text = "AGENDA\n\n1 APOLOGIES To receive apologies for absence.\n\n2 MINUTES\n"
    assert agenda_items_of(text) == [("1", "APOLOGIES"), ("2", "MINUTES")]


def test_an_enclosure_note_before_a_colon_is_no_part_of_the_title() -> None:
    text = "AGENDA\n\n1. Minutes (enclosed):\n\n1.1 Council Meeting – 3rd May\n\n2. Finance\n"
    assert agenda_items_of(text) == [
        ("1", "Minutes"),
        ("1.1", "Council Meeting – 3rd May"),
        ("2", "Finance"),
    ]


def test_sub_items_pressed_onto_one_line_are_no_item() -> None:
    assert sub_item_line("(i) Mowers – Parks (ii) Pool Roof", "3", None) is None
    one = sub_item_line("(i) Mowers – Parks", "3", None)
    assert one is not None and one.code == "3(i)"
