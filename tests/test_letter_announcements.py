"""A notice sent as a letter, "A meeting of the X will be held ..." under "Dear Member,":
the letter's letterhead opens the agenda, above a table of the members it is sent to."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.splitting import split

LETTER = """WESTLEA HARBOUR AUTHORITY
Harbour Office, Quay Road, Westlea

Our Ref: HB/21                                   Date: 2 March 2021

To: Members of the Moorings Committee

Member                                  Appointed by
Mr A Reid (Chairman)                    Westlea Town Council
Councillor B Moss                       Westlea Town Council
Councillor C Hale                       Dunmarsh District Council
Councillor D Pryce                      Dunmarsh District Council
Mrs E Lowe                              Harbour Users' Association
Mr F Grey                               Harbour Users' Association

Dear Member,

A meeting of the MOORINGS COMMITTEE will be held in the Harbour Office on TUESDAY
16 MARCH 2021 at 10.00 a.m.

Yours sincerely,

AGENDA

1. Apologies
"""


def test_the_letterhead_opens_the_agenda_above_the_members_table() -> None:
    parts = split([Line(k + 1, t) for k, t in enumerate(LETTER.split("\n"))])
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.AGENDA, 1)]
