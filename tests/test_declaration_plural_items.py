"""Declarations listed under a lead ending with a colon, a plural title serving the names
of an item ("• Councillors Ann Reed and Ben Shaw in items 6 and 7 ..."), and a declarer
whose abbreviated rank the titles' list does not know ("Col. Ann Reed declared ...")."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.model import Line, MinuteFacts, Part
from minutebook.parsing.declaration_lists import plural_listed
from minutebook.parsing.declarations import read_declarations


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_a_plural_title_over_names_under_an_explaining_lead() -> None:
    body = _lines(
        "The following members declared a personal interest in the following items:",
        "",
        "·         Councillors Ann Reed and Ben Shaw in items 6 and 7 as members of the board.",
    )
    assert [(d.as_written, d.line) for d in plural_listed(body, "2")] == [
        ("Ann Reed", 3),
        ("Ben Shaw", 3),
    ]
    invited = _lines("Members were invited to declare interests:", "", "Councillors Reed and Shaw")
    assert plural_listed(invited, "2") == []


def test_an_abbreviated_rank_opens_a_declarers_name() -> None:
    from minutebook.model import DocumentKind

    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines_of(""), layout="minutes")
    minute = MinuteFacts(
        number="4", title="Declarations of Interest", item_code=None, line=1, end_line=1
    )
    body = _lines("Col. Ann Reed declared a personal interest in Item 6 as a trustee.")
    read_declarations(part, minute, body, "f.txt", Diagnostics())
    assert [d.as_written for d in part.declarations] == ["Col. Ann Reed"]
