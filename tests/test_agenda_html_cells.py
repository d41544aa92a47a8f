"""An agenda's items table kept as HTML with no tab between the cells (`html_row_cells`)."""

from __future__ import annotations

import pytest

from minutebook.parsing.agenda_html_cells import html_row_cells
from minutebook.parsing.agenda_items import item_line


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("<tr><td>3.</td><td>Minutes</td><td>1 - 6</td></tr>", "3.\tMinutes\t1 - 6"),
        ("<tr><td><p>2</p></td><td><p>Declarations</p></td><td></td></tr>", "2\tDeclarations\t"),
        ('<tr><th>Item</th> <th class="w">Subject</th></tr>', "Item\tSubject"),
        ("<td>4</td><td>Budget<br>2020/21</td>", "4\tBudget 2020/21"),
    ],
)
def test_cells_of_a_row(text: str, cells: str) -> None:
    assert html_row_cells(text) == cells


@pytest.mark.parametrize(
    "text",
    [
        "<p>3. Minutes of the last meeting</p>",  # a paragraph, no cells
        "<td>3. Minutes of the last meeting</td>",  # one cell
        "Minutes of the last meeting",
    ],
)
def test_no_row(text: str) -> None:
    assert html_row_cells(text) is None


def test_an_item_read_from_its_html_row() -> None:
    found = item_line(
        "<tr><td><p>4.</p></td><td><p>Stroke Services Review</p></td><td><p>7 - 24</p></td></tr>"
    )
    assert found is not None
    assert (found.code, found.title, found.pages) == ("4", "Stroke Services Review", "7 - 24")


def test_a_timed_html_row_keeps_its_number_not_its_time() -> None:
    found = item_line("<tr><td>10.15</td><td>3</td><td>Annual Report</td></tr>")
    assert found is not None and (found.code, found.title) == ("3", "Annual Report")


def test_the_header_row_is_no_item() -> None:
    assert item_line("<table><tr><th>Item</th><th>Subject</th><th>Pages</th></tr>") is None


def test_a_long_row_is_read_in_linear_time() -> None:
    text = "<tr>" + "<td>x</td>" * 5000 + "</tr>"
    found = html_row_cells(text)
    assert found is not None and found.count("\t") == 4999
