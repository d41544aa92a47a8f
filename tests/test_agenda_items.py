"""Notes after an item's title that its paper is attached or tabled, and a web page's date
line under its day's number, in `parsing/agenda_items.py` (invented examples)."""

from __future__ import annotations

import pytest

from minutebook.parsing.agenda_items import coded_line


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("9. Minutes of Committees (Copies attached)", "Minutes of Committees"),
        (
            "10.1. Eastmoor Credit Union – Annual Report (Correspondence attached)",
            "Eastmoor Credit Union – Annual Report",
        ),
        (
            "5. Chair's Engagements for the Month (To be tabled)",
            "Chair's Engagements for the Month",
        ),
        ("6. Schedule of Payments (Tabled)", "Schedule of Payments"),
        ("7. Minutes of the last meeting (Copy attached)", "Minutes of the last meeting"),
    ],
)
def test_a_note_that_the_paper_is_attached_or_tabled_is_no_part_of_the_title(
    line: str, title: str
) -> None:
    item = coded_line(line)
    assert item is not None and item.title == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("4. Review of Grants (Voluntary Sector)", "Review of Grants (Voluntary Sector)"),
        ("8. Motion on Tabled Petitions", "Motion on Tabled Petitions"),
        ("3. Items (Tabled at the Chair's discretion)", "Items (Tabled at the Chair's discretion)"),
    ],
)
def test_brackets_that_are_no_such_note_stay_in_the_title(line: str, title: str) -> None:
    item = coded_line(line)
    assert item is not None and item.title == title


@pytest.mark.parametrize(
    "line", ["1 Dec 2021 - 11:30 to 13:00", "14 Sept 2019 - 10:00", "3 March 2020 at 7pm"]
)
def test_a_date_line_under_its_days_number_is_no_item(line: str) -> None:
    assert coded_line(line) is None


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("2 Mar Lodge Estate Update", "Mar Lodge Estate Update"),
        ("5 Decisions Log", "Decisions Log"),
    ],
)
def test_a_short_month_without_a_year_opens_a_title(line: str, title: str) -> None:
    item = coded_line(line)
    assert item is not None and item.title == title


def test_a_board_agendas_third_level_code_is_an_item_code() -> None:
    item = coded_line("10.1.1 Finance Committee: 14 March")
    assert item is not None and (item.code, item.title) == ("10.1.1", "Finance Committee: 14 March")


def test_a_third_level_code_falls_between_its_neighbours() -> None:
    from minutebook.parsing.agenda_items import _number

    assert _number("4.1") < _number("4.1.2") < _number("4.2")
    assert _number("1.9") < _number("1.10")
