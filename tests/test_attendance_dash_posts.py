"""A partnership board's lists: the post in a column after a spaced dash, wrapping in it;
apologies naming the substitute in a bracket; an apologies sentence over three lines."""

from __future__ import annotations

from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import (
    names_go_on_to_next_line,
    read_apologies_and_substitutes,
    substitute_in_bracket,
)
from minutebook.parsing.attendance_dash_posts import dash_post_rows


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_a_dash_post_column_is_read_with_its_wraps() -> None:
    rows = dash_post_rows(
        _lines(
            "PRESENT:",
            "Councillor Ann Reid (Chair)        - Cabinet Member for Adults and",
            "                                     Public Health",
            "Mr Ben Moss                        - Director of Public Health",
            "Ms Cara Lowe                       - Cabinet Member for Children and",
            "                                     Families",
        )
    )
    assert [(li.number, li.text) for li in rows] == [
        (1, "PRESENT:"),
        (2, "Councillor Ann Reid (Chair);"),
        (4, "Mr Ben Moss (Director of Public Health);"),
        (5, "Ms Cara Lowe (Cabinet Member for Children and Families);"),
    ]


def test_a_sentence_with_a_dash_or_a_bracketed_post_is_left_alone() -> None:
    lines = _lines(
        "The Board noted the plan      - see appendix 2",
        "Ms Dee Pym                    - NHS England (substitute)",
    )
    assert dash_post_rows(lines) == lines


def test_a_substitute_in_an_apology_bracket() -> None:
    assert substitute_in_bracket("Ms P Chandran attended as substitute") == "Ms P Chandran"
    assert substitute_in_bracket("NHS England") is None
    assert names_go_on_to_next_line("Dr L Mbatha (NHS East) and")
    assert not names_go_on_to_next_line("Dr L Mbatha (NHS East).")


def test_an_apologies_sentence_over_three_lines_with_a_substitute() -> None:
    body = _lines(
        "Apologies for absence were received from Mrs G Ashworth (Mr K Lindqvist",
        "attended as substitute), Dr P Okonjo (Ormsby NHS Trust) and",
        "Chief Inspector J Marr (Ormsby Police).",
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=body, layout="minutes")
    read_apologies_and_substitutes(part, body, title="APOLOGIES FOR ABSENCE")
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (AttendanceRole.APOLOGIES, "Mrs G Ashworth", None, 1),
        (AttendanceRole.SUBSTITUTE, "Mr K Lindqvist", "substitute for Mrs G Ashworth", 1),
        (AttendanceRole.APOLOGIES, "Dr P Okonjo", "Ormsby NHS Trust", 2),
        (AttendanceRole.APOLOGIES, "Chief Inspector J Marr", "Ormsby Police", 3),
    ]
