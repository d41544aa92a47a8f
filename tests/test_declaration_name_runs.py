"""Titled names run together before what they declared, their commas or table rows lost
(invented examples)."""

from __future__ import annotations

from minute_fixtures import declarations_in_minute
from minutebook.model import Line
from minutebook.parsing.declaration_name_runs import name_run_declarers


def _names(text: str) -> list[str] | None:
    found = name_run_declarers(Line(3, text), "7")
    return None if found is None else [d.as_written for d in found]


def _read(texts: list[str]) -> list[tuple[str, int]]:
    return [
        (d.as_written, d.line) for d in declarations_in_minute("Declarations of Interest", texts)
    ]


def test_names_run_together_before_declared_are_each_a_member() -> None:
    assert _names(
        "Cllr R Moss Cllr T Moss and Cllr Venn declared a personal interest in item 4."
    ) == [
        "Cllr R Moss",
        "Cllr T Moss",
        "Cllr Venn",
    ]


def test_a_flattened_member_column_before_its_interest() -> None:
    text = (
        "Cllr R Moss Cllr T Moss - Mrs J Aldous Personal interest in item 6 (Allotments) as"
        " a plot holder. Personal interest in item 9 as a trustee."
    )
    assert _names(text) == ["Cllr R Moss", "Cllr T Moss", "Mrs J Aldous"]
    assert _read(["", text]) == [("Cllr R Moss", 2), ("Cllr T Moss", 2), ("Mrs J Aldous", 2)]


def test_other_lines_are_no_run() -> None:
    assert _names("Councillor A Reed declared a personal interest in item 5.") is None
    assert _names("Cllr A Reed Cllr B Shaw gave their apologies.") is None
    assert _names("Cllr A Reed Cllr B Shaw") is None
    assert (
        _names("The Chair welcomed Cllr A Reed and Cllr B Shaw, who declared an interest.") is None
    )


def test_a_list_with_its_commas_is_read_as_before() -> None:
    assert _read(
        ["", "Cllr A Reed, Cllr B Shaw and Cllr C Tull declared an interest in item 8."]
    ) == [
        ("Cllr A Reed", 2),
        ("Cllr B Shaw", 2),
        ("Cllr C Tull", 2),
    ]
