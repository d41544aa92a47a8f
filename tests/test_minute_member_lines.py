"""A member's line with the council they sit for is no unnumbered minute's title
(invented panels and councils)."""

from __future__ import annotations

import pytest

from minutebook.model import Line
from minutebook.parsing.minute_headings import spaced_unnumbered
from minutebook.parsing.minute_member_lines import member_for_body


@pytest.mark.parametrize(
    "text",
    [
        "Cllr Ann Reid – Wyke District Council",
        "Councillor Tom Moss - Hexton Borough Council",
        "Cllr. P Dale — Stoke upon Fenwick City Council",
        "Mrs Jane Hollis – Brackenmoor Fire and Rescue Authority",
    ],
)
def test_member_lines(text: str) -> None:
    assert member_for_body(text)


@pytest.mark.parametrize(
    "text",
    [
        "Appointment of Vice-Chairman",
        "Councillor Reid – Resignation",
        "Cllr Ann Reid (Wyke District Council)",
        "Cllr Ann Reid – Wyke District Council and the Panel agreed to write to her",
        "Grant to Wyke District Council",
    ],
)
def test_other_lines(text: str) -> None:
    assert not member_for_body(text)


def _spaced(text: str) -> list[Line]:
    return [Line(1, ""), Line(2, text), Line(3, "")]


def test_a_spaced_member_line_heads_no_minute() -> None:
    assert spaced_unnumbered(_spaced("Cllr Ann Reid – Wyke District Council"), 1, "") is None
    heading = spaced_unnumbered(_spaced("Appointment of Vice-Chairman"), 1, "")
    assert heading is not None
    assert heading.title == "Appointment of Vice-Chairman"
