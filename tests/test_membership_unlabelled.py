"""An agenda front sheet whose copy lost the label over its members: "Councillors A (Chair),
B, ..." under the body's name (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.membership import membership


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


def test_plural_title_list_under_the_body_is_its_membership() -> None:
    found = membership(
        _lines(
            "Wyke Area Committee\n\n\nCouncillors Ann Reid (Chair), Ben Moss (Vice-Chair), "
            "Cara Lowe and Dev Pym.\n\n\nFriday 4th June 2021\n\n2.00 pm\n"
        )
    )
    assert [(m.as_written, m.represents, m.line) for m in found] == [
        ("Ann Reid", "", 4),
        ("Ben Moss", "", 4),
        ("Cara Lowe", "", 4),
        ("Dev Pym", "", 4),
    ]


def test_a_sentence_or_a_later_paragraph_is_no_membership() -> None:
    assert membership(_lines("Wyke Area Committee\n\nCouncillors Reid and Moss agreed.\n")) == []
    late = (
        "Wyke Area Committee\n\nFriday 4th June\n\n2.00 pm\n\nVenue\n\n"
        "Councillors A Reid, B Moss, C Lowe\n"
    )
    assert membership(_lines(late)) == []
