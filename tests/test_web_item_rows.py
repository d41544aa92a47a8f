"""A committee system's items table printed as pipe rows, and the site's navigation
under a page (zoo: minutes-moderngov-web-pipe-table-rows)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.cleaning import clean
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.web_item_rows import row_pieces, split_item_rows
from minutebook.parsing.web_page_furniture import drop_site_navigation


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, text) for k, text in enumerate(texts)]


def test_an_item_row_is_put_back_one_piece_a_line() -> None:
    row = "| 26. | Tree Planting PDF 340 KB | Report of the Head of Parks. | Minutes: The "
    row += "Head of Parks reported. RESOLVED: That the programme be approved. |"
    assert row_pieces(row) == [
        "26.",
        "Tree Planting PDF 340 KB",
        "Report of the Head of Parks.",
        "Minutes:",
        "The Head of Parks reported.",
        "RESOLVED: That the programme be approved.",
    ]
    row = "| 27. | Energy | Decision: That the lease be agreed.<br>Minutes: noted |"
    assert row_pieces(row) == [
        "27.",
        "Energy",
        "Decision:",
        "That the lease be agreed.",
        "Minutes: noted",
    ]


def test_a_label_in_bold_is_the_label() -> None:
    row = "| 5. | Apologies | **Minutes:** None were received. |"
    assert row_pieces(row) == ["5.", "Apologies", "Minutes:", "None were received."]


def test_other_tables_and_sentences_are_left_alone() -> None:
    assert row_pieces("| No. | Item |") is None
    assert row_pieces("| Councillor A Reid | Chair | Present |") is None
    assert row_pieces("Minutes: the Chair | noted") is None  # the label first: no title
    lines = _lines("The minutes were agreed.", "| Item | Owner |")
    assert split_item_rows(lines) == (lines, [])


def test_rows_with_and_without_a_number_are_minutes_of_the_page() -> None:
    lines, _ = split_item_rows(
        _lines(
            "| 23. | Apologies for absence | Minutes: None were received. |",
            "| Minutes of the last meeting | Minutes: RESOLVED: That they be approved. |",
            "| | Work programme | Minutes: The Committee noted it. |",
        )
    )
    found = [(h.number, h.title, lines[h.index].number) for h in minute_headings(lines)]
    assert found == [
        ("23", "Apologies for absence", 1),
        (None, "Minutes of the last meeting", 2),  # no number cell: its title heads it
        (None, "Work programme", 3),  # an empty number cell
    ]


def test_a_number_printed_in_the_title_cell_numbers_the_minute() -> None:
    lines, _ = split_item_rows(
        _lines(
            "| 23. Apologies for absence | Minutes: None were received. |",
            "| 24 Minutes of the last meeting PDF 12 KB | Minutes: They were approved. |",
        )
    )
    found = [(h.number, h.title) for h in minute_headings(lines)]
    assert found == [("23", "Apologies for absence"), ("24", "Minutes of the last meeting")]


def test_the_sites_links_and_footer_are_furniture() -> None:
    page = ("29. Work programme", "Minutes:", "Noted.", "Other pages in this section")
    lines = _lines(*page, "    • Decisions", "    • Forward plans", "Contact us", "Town Hall")
    kept, dropped = drop_site_navigation(lines)
    assert [line.number for line in kept] == [1, 2, 3]
    assert len(dropped) == 5 and dropped[0].rule == "site-navigation"
    long = "This paragraph is far too long for a link. " * 4
    lines = _lines("Other pages in this section", long)
    assert drop_site_navigation(lines) == (lines, [])
    cleaned, _ = clean("Minutes:\nNoted.\nOther pages in this section\n    • Decisions\n")
    assert [line.text for line in cleaned] == ["Minutes:", "Noted."]
