"""A cabinet's members one a line, the portfolio after a comma wrapping onto the next."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.attendance_comma_posts import comma_post_rows


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_a_wrapped_portfolio_joins_its_row() -> None:
    rows = comma_post_rows(
        _lines(
            "PRESENT",
            "Councillor Ann Reid, Cabinet Member for Environment, Transport",
            "and Residents' Services",
            "Councillor Ben Moss, Cabinet Member for Housing",
            "Councillor Cara Lowe, Cabinet Member for Health and Adult Social",
            "Care",
            "",
            "ALSO PRESENT",
        )
    )
    assert [(li.number, li.text) for li in rows] == [
        (1, "PRESENT"),
        (
            2,
            "Councillor Ann Reid (Cabinet Member for Environment, Transport and Residents'"
            " Services);",
        ),
        (4, "Councillor Ben Moss, Cabinet Member for Housing"),
        (5, "Councillor Cara Lowe (Cabinet Member for Health and Adult Social Care);"),
        (7, ""),
        (8, "ALSO PRESENT"),
    ]


def test_a_titled_name_a_label_or_an_untitled_row_below_is_no_wrap() -> None:
    lines = _lines(
        "Councillor Ann Reid, Cabinet Member for Housing",
        "Councillor Ben Moss, Leader",
        "ALSO PRESENT",
        "Ann Reid, Cabinet Member for Housing",
        "Care",
    )
    assert comma_post_rows(lines) == lines
