"""A declarations table one row a line under its header alone, its cells run together."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declaration_header_rows import header_row_declarations, is_table_header

PAPER = """Present:
Ann Bell Eastwold DC
Raj Moss Northdown BC
12. Declarations of interest
Panel Member Personal Interest
Ann Bell Member of the Eastwold Safety Partnership
Raj Moss Trustee of the Northdown Youth Trust
Chairman of the Northdown Safer Streets Board
Safer Streets Partnership
Tom Pym Governor of a school
"""


def test_each_row_is_a_declaration() -> None:
    paper = [Line(n, t) for n, t in enumerate(PAPER.splitlines(), 1)]
    found = header_row_declarations(paper[4:], "12", paper)
    assert [(d.as_written, d.line) for d in found] == [("Ann Bell", 6), ("Raj Moss", 7)]
    assert found[1].text == "Trustee of the Northdown Youth Trust"


def test_no_header_no_rows() -> None:
    paper = [Line(n, t) for n, t in enumerate(PAPER.splitlines(), 1)]
    assert header_row_declarations(paper[5:], "12", paper) == []


COLUMNS = """Present:
Councillor Ann Bell
Councillor Raj Moss
21/12 Declarations of interest
Councillor Agenda item Nature of interest Explanation
Cllr A. B. Lowe 21/14 Personal Member is a trustee of the Northdown Hall
Cllr R. Moss 21/17 (a) Personal and prejudicial Member lives beside the site
Cllr Lowe spoke on the item
Councillor Type of Interest Nature of Interest
Ann Bell Code Governor of Eastwold School
Dan Hart  Code  Member of the Eastwold Trust
Old Mill Lane Farm
"""


def _columns() -> list[Line]:
    return [Line(n, t) for n, t in enumerate(COLUMNS.splitlines(), 1)]


def test_a_header_of_more_columns_reads_titled_rows() -> None:
    paper = _columns()
    found = header_row_declarations(paper[4:8], "21/12", paper)
    assert [(d.as_written, d.line) for d in found] == [
        ("Cllr A. B. Lowe", 6),
        ("Cllr R. Moss", 7),
    ]
    assert found[0].text.startswith("21/14 Personal")


def test_an_untitled_row_opening_a_kind_of_interest() -> None:
    paper = _columns()
    found = header_row_declarations(paper[8:], "4", paper)
    assert [d.as_written for d in found] == ["Ann Bell", "Dan Hart"]


def test_a_header_is_no_name() -> None:
    assert is_table_header("Councillor Agenda item Nature of interest Explanation")
    assert is_table_header("Councillor Type of Interest Nature of Interest")
    assert not is_table_header("Councillor Agenda Reid declared an interest")
    assert not is_table_header("Councillor Item Explanation")  # no interest named


def test_titled_rows_need_a_header_of_columns() -> None:
    paper = [
        Line(1, "Panel Member Personal Interest"),
        Line(2, "Cllr A. B. Lowe 21/14 Personal Member is a trustee"),
    ]
    assert header_row_declarations(paper, "3", paper) == []


def test_a_name_of_member_header_over_rows_of_a_spaced_kind() -> None:
    paper = [
        Line(1, "4. Declarations of interest"),
        Line(2, "Name of Member Type of Interest Item/Nature of Interest"),
        Line(
            3, "Councillor Bell Non Pecuniary Agenda Item 6 - Care report - relative of a resident"
        ),
        Line(4, "Councillor Moss Non-pecuniary Agenda Item 9 - Trustee of the Hall"),
    ]
    assert is_table_header(paper[1].text)
    found = header_row_declarations(paper[1:], "4", paper)
    assert [(d.as_written, d.line) for d in found] == [
        ("Councillor Bell", 3),
        ("Councillor Moss", 4),
    ]
