"""A notice's formula broken round the body's name over the title lines (zoo:
agenda-joint-committee-split-notice-fields)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.notice_split_titles import body_in_split_notice


def _titles(*texts: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_the_name_between_the_formula_halves_is_the_body() -> None:
    titles = _titles("will be held on", "Northvale Joint Committee", "A meeting of the")
    assert body_in_split_notice(titles) == "Northvale Joint Committee"


def test_title_lines_without_both_halves_name_nothing_here() -> None:
    assert body_in_split_notice(_titles("Northvale Joint Committee", "Agenda", "x")) is None
    assert body_in_split_notice(_titles("will be held on", "Northvale Joint Committee")) is None
