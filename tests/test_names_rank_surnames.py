"""A member whose surname is a police rank ("Ben Constable") is a person, not the rank."""

from __future__ import annotations

import pytest

from minutebook.parsing.names import is_office, split_name_list
from minutebook.parsing.names_rank_surnames import rank_as_surname


@pytest.mark.parametrize("phrase", ["Ben Constable", "Nerys Constable"])
def test_a_forename_before_the_rank_is_a_surname(phrase: str) -> None:
    assert rank_as_surname(phrase)
    assert not is_office(phrase)


@pytest.mark.parametrize(
    "phrase", ["Chief Constable", "Police Constable", "Deputy Chief Constable", "Constable"]
)
def test_the_rank_stays_an_office(phrase: str) -> None:
    assert not rank_as_surname(phrase)
    assert is_office(phrase)


def test_the_member_after_a_name_is_no_post_of_it() -> None:
    entries = split_name_list("Councillors Ann Reid, Ben Constable, Carol Lowe and Dai Hart.")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Ann Reid", None),
        ("Ben Constable", None),
        ("Carol Lowe", None),
        ("Dai Hart", None),
    ]
    officers = split_name_list("Ann Reid, Chief Constable, Ben Moss")
    assert [(e.as_written, e.capacity) for e in officers] == [
        ("Ann Reid", "Chief Constable"),
        ("Ben Moss", None),
    ]
