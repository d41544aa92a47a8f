"""Unnumbered minutes on a web page's table of items: every title under its "No. Item"
header heads a minute (the apologies too), "Public Questions" is a heading, and the
"Additional documents:" label is none."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

PAGE = """Panel - Monday 3rd June, 2024 2.00 pm

No. Item


Election of Chair


Resolved: That Councillor A Bell be appointed.


Apologies for Absence


Apologies were received from Councillor C Dunn.


Public Questions/ Statements


None had been received.


Annual Report pdf icon PDF 66 KB

Additional documents:


The Commissioner presented the report."""


def _titles(text: str) -> list[str]:
    return [h.title for h in minute_headings(lines_of(text))]


def test_titles_under_the_items_header_head_minutes() -> None:
    assert _titles(PAGE) == [
        "Election of Chair",
        "Apologies for Absence",
        "Public Questions/ Statements",
        "Annual Report",
    ]


def test_without_the_items_header_the_apologies_open_the_attendance() -> None:
    """Minutes with no items header: "Apologies for Absence" still opens the attendance
    block, and only the titles after it are read."""
    text = PAGE.replace("No. Item", "")
    assert _titles(text) == [
        "Public Questions/ Statements",
        "Annual Report",
    ]


def test_the_items_header_alone_vouches_for_the_titles_under_it() -> None:
    """A page whose items include no apologies (so no attendance block opens): the
    "No. Item" header still starts the items, their plain titles read under it."""
    text = PAGE.replace("Apologies for Absence", "Appointment of Vice-Chair").replace(
        "Apologies were received from Councillor C Dunn.", "Resolved: That Cllr E Fox be appointed."
    )
    assert _titles(text) == [
        "Election of Chair",
        "Appointment of Vice-Chair",
        "Public Questions/ Statements",
        "Annual Report",
    ]
