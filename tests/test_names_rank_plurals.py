"""Names in lists first met in other bodies' real papers (round 37): the aldermen's
plural title run on after the councillors' last name ("Councillors A, B and C Aldermen D
and E", a flattened roll with no stop between the ranks), "in the Chair" with no bracket,
and a PCSO's post after a comma. Every example is invented."""

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


def _entries(text: str) -> list[tuple[str, str | None]]:
    return [(entry.as_written, entry.capacity) for entry in split_name_list(text)]


def test_in_the_chair_with_no_bracket_is_the_capacity() -> None:
    assert _entries("Councillor J Ware in the Chair") == [("Councillor J Ware", "in the Chair")]
    assert _entries("Cllr A Reid in the Chair, Cllr B Moss") == [
        ("Cllr A Reid", "in the Chair"),
        ("Cllr B Moss", None),
    ]


def test_a_pcso_after_a_comma_is_the_post() -> None:
    assert _entries("Ann Reid, District Councillor and Yvonne Moss, PCSO") == [
        ("Ann Reid", "District Councillor"),
        ("Yvonne Moss", "PCSO"),
    ]
