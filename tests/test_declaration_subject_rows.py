"""A declarations table of the member and the subject, its cells run together."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import Line
from minutebook.parsing.declaration_subject_rows import subject_rows

MINUTES = """Fenby Council – 3 March 2021

Present

Councillors Lowe, Moss, Reid and Pym.

41   DECLARATIONS OF INTERESTS – Interests were declared as follows –

Member Subject/Minute
Councillor A Reid Wyke Drainage Board – Member
Councillor B O’Moss

Fenby Youth Trust – Trustee

Notice of Motion – Buses
Councillor C. D. Lowe Notice of Motion – Buses

42   MAYOR’S ANNOUNCEMENTS – The Mayor thanked the staff.
"""


def test_each_member_row_is_a_declaration() -> None:
    part = parse_text(MINUTES)
    found = [(d.as_written, d.minute_number, d.line) for d in part.declarations]
    assert found == [
        ("Councillor A Reid", "41", 10),
        ("Councillor B O’Moss", "41", 11),
        ("Councillor C. D. Lowe", "41", 16),
    ]
    assert part.declarations[0].text == "Wyke Drainage Board – Member"


def test_no_header_no_rows() -> None:
    lines = [Line(n, t) for n, t in enumerate(MINUTES.splitlines(), 1)]
    assert subject_rows(lines[9:], "41") == []
    assert len(subject_rows(lines[8:], "41")) == 3
