"""The aldermen's plural title run on after the councillors' last name: "Councillors A, B
and C Aldermen D and E" (a flattened roll with no stop between the ranks). Every example
is invented."""

from __future__ import annotations

from minutebook.parsing.names import split_name_list


def _names(text: str) -> list[str]:
    return [entry.as_written for entry in split_name_list(text)]


def test_the_aldermens_title_opens_their_group_after_the_last_councillor() -> None:
    assert _names("Councillors Amos, Bligh and Carr Aldermen Dale and Eyre") == [
        "Amos",
        "Bligh",
        "Carr",
        "Dale",
        "Eyre",
    ]
    assert _names("Councillors Amos and Carr Alderpersons Dale and Eyre")[-2:] == [
        "Dale",
        "Eyre",
    ]


def test_honorary_aldermen_is_one_title_and_left_as_it_was() -> None:
    assert "Carr Honorary Aldermen Dale" in " | ".join(
        _names("Councillors Amos and Carr Honorary Aldermen Dale")
    )
