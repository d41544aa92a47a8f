"""A declarations table one row a line under its header alone, its cells run together."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declaration_header_rows import header_row_declarations

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
