"""An apologies minute whose text opens with the title's "from" after the heading's colon,
and a councillor's tier printed as an initial before the title ("B. Cllr")."""

from __future__ import annotations

from minute_fixtures import parse_text
from minutebook.model import AttendanceRole
from minutebook.parsing.names import split_name_list

APOLOGIES = (
    "12/22 Apologies: from Cllr D Hart (holiday), Cllr E Pym(work), B. Cllr F Rowe (personal)"
    " accepted by the council"
)
MINUTES = f"""Minutes of the Meeting of Fenby Parish Council held on 5 September 2022

PRESENT: Cllr A Reid (Chair), Cllr B Moss, Cllr C Lowe

{APOLOGIES}

13/22 Declarations of Interest: None.
"""


def test_apologies_after_the_titles_from() -> None:
    part = parse_text(MINUTES)
    away = [(a.as_written, a.reason) for a in part.attendance if a.role is AttendanceRole.APOLOGIES]
    assert away == [
        ("Cllr D Hart", "holiday"),
        ("Cllr E Pym", "work"),
        ("B. Cllr F Rowe", "personal"),
    ]


def test_a_tiers_initial_opens_the_title() -> None:
    assert [e.as_written for e in split_name_list("Cllr A Reid, B. Cllr G Moss")] == [
        "Cllr A Reid",
        "B. Cllr G Moss",
    ]
    assert [e.as_written for e in split_name_list("B C Moss D Lowe")] == ["B C Moss", "D Lowe"]
