"""A cell-per-line declarations table whose member cell stacks several names."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declaration_stacked_cells import stacked_member_cells


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.splitlines(), 1)]


TABLE = """Member(s)
Minute
No.
Item
Interest
Mr A Reid
12
Budget
Governor of a local
school
Mrs B Moss
Mr C Lowe
Eastwold Parish Council
3
5 May 2031
Member(s)
Minute
No.
Item
Interest
Mrs D Hart
Member of the trust
Mr E Pym
"""


def test_each_stacked_name_is_a_declaration() -> None:
    found = stacked_member_cells(_lines(TABLE), "7")
    assert [(d.as_written, d.line, d.minute_number) for d in found] == [
        ("Mr A Reid", 6, "7"),
        ("Mrs B Moss", 11, "7"),
        ("Mr C Lowe", 12, "7"),
        ("Mrs D Hart", 21, "7"),
        ("Mr E Pym", 23, "7"),
    ]
    assert found[0].text.startswith("12 Budget")


def test_a_table_of_one_member_a_row_is_left() -> None:
    one_a_row = "Member\nItem\nInterest\nMr A Reid\n12\nGovernor\nMrs B Moss\n14\nTrustee\n"
    assert stacked_member_cells(_lines(one_a_row), "7") == []


def test_names_without_the_header_are_left() -> None:
    assert stacked_member_cells(_lines("Mr A Reid\nMrs B Moss\nwere present.\n"), "7") == []
