"""A council's declarations listed item first, then who declared ("Agenda Item 4.2: X -
Councillor A;"), rows parted by semicolons (invented, in a Northern Irish council's layout)."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import Line
from minutebook.parsing.declaration_item_rows import item_rows

ROWS = (
    "Declarations of Interest were declared as follows:  Agenda Item 4.2: Audit Report "
    "of 3 March 2031 - Councillor Reid;  Agenda Item 4.6: Mill Park Update - "
    "Councillors Moss, Lowe and Hart; and Agenda Item 7: Staffing - Chief Executive."
)


def test_each_rows_names_declared_in_its_item() -> None:
    found = item_rows([Line(9, ROWS)], "2")
    assert [(d.as_written, d.text, d.minute_number) for d in found] == [
        ("Councillor Reid", "Agenda Item 4.2: Audit Report of 3 March 2031", "2"),
        ("Moss", "Agenda Item 4.6: Mill Park Update", "2"),
        ("Lowe", "Agenda Item 4.6: Mill Park Update", "2"),
        ("Hart", "Agenda Item 4.6: Mill Park Update", "2"),
        ("Chief Executive", "Agenda Item 7: Staffing", "2"),
    ]
    assert item_rows([Line(9, "Councillor Reid declared an interest in item 4.")], "2") == []


def test_the_rows_in_a_declarations_minute() -> None:
    text = (
        "Minutes of the meeting of the Policy Committee held on Wednesday 5 March 2031 at "
        "10.00 am in the Council Chamber\n\nPresent: Councillor Reid (Chair)\n\n"
        "1. Apologies\n\nNone.\n\n2. Declarations of Interest\n\n" + ROWS + "\n\n"
        "3. Budget Update\n\nThe report was noted.\n"
    )
    assert [d.as_written for d in parse_text(text).declarations] == [
        "Councillor Reid",
        "Moss",
        "Lowe",
        "Hart",
        "Chief Executive",
    ]
