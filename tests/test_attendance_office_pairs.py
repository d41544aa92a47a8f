"""Two offices and their holders side by side on one attendance row."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.attendance_office_pairs import office_cells, office_pairs


def test_a_row_of_offices_is_cut_into_one_line_each() -> None:
    row = Line(7, "CHAIR: E Pugh                DEPUTY CHAIR: M Rowlands")
    assert office_pairs([row]) == [Line(7, "CHAIR: E Pugh"), Line(7, "DEPUTY CHAIR: M Rowlands")]


def test_other_rows_are_left_as_printed() -> None:
    assert office_cells("CHAIR: E Pugh") is None  # one office alone
    assert office_cells("Present:   Cllr A Reid") is None
    assert office_cells("Chair: E Pugh     Officers: J Hale (Clerk)") is None
