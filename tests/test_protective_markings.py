"""A protective marking alone above a file's first paper is its furniture, not a paper
(zoo: minutes-panel-official-marking-record-number)."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.protective_markings import protective_marking
from minutebook.parsing.splitting import split


def test_markings_with_a_reference_at_most() -> None:
    assert protective_marking("OFFICIAL       Record No: 20417")
    assert protective_marking("NOT PROTECTIVELY MARKED")
    assert protective_marking("OFFICIAL-SENSITIVE")
    assert not protective_marking("OFFICIAL OPENING OF THE NEW STATION")
    assert not protective_marking("Official record of the meeting")


def test_the_marking_belongs_to_the_paper_below() -> None:
    text = (
        "            OFFICIAL     Record No: 31\n\nMINUTES OF A MEETING OF THE WESTLEA PANEL "
        "HELD ON MONDAY 4 MAY 2015 AT 6.00 PM IN THE COUNCIL CHAMBER.\n\nPRESENT:\n\nCllr A\n"
    )
    parts = split([Line(k + 1, t) for k, t in enumerate(text.split("\n"))])
    assert [(p.kind, p.first_line) for p in parts] == [(DocumentKind.MINUTES, 1)]
