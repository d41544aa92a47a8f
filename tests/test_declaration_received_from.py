"""Declarations in the passive with the members after "received from" ("Declarations of
interest were received from Cllr A and Cllr B"), several lists on one line too."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declaration_lists import passive_declarers


def _names(text: str) -> list[str]:
    return [d.as_written for d in passive_declarers(Line(3, text), "12/24")]


def test_each_titled_member_after_received_from() -> None:
    text = "Declarations of interest were received from Cllr A Moss and Cllr B Tring in item 7."
    assert _names(text) == ["Cllr A Moss", "Cllr B Tring"]


def test_every_list_of_the_sentence() -> None:
    text = (
        "With regard to item 9.2 declarations of interest were received from Cllr Ruth Moss"
        " and Cllr Tom Tring and a pecuniary interest was received from Cllr P Ealing."
    )
    assert _names(text) == ["Cllr Ruth Moss", "Cllr Tom Tring", "Cllr P Ealing"]


def test_the_stop_after_the_last_surname_is_dropped() -> None:
    text = "Declarations of interest were received from Councillor Moss and Councillor Tring."
    assert _names(text) == ["Councillor Moss", "Councillor Tring"]


def test_apologies_or_forms_received_declare_nothing() -> None:
    apologies = "Apologies were received from Cllr A Moss and Cllr B Tring. No interests declared."
    assert _names(apologies) == []
    forms = "Interest forms were received from Cllr A Moss and Cllr B Tring."
    assert _names(forms) == []
    one = "A declaration of interest was received from Cllr A Moss in item 7."
    assert _names(one) == []  # one member: the line rules'
