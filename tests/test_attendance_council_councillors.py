"""Members under a heading for the council that sent them; "and" glued to an initial."""

from __future__ import annotations

from minutebook.parsing.attendance import council_group
from minutebook.parsing.names import split_name_list


def test_a_councils_councillors_head_a_group() -> None:
    assert council_group("Fenby Borough Councillors")
    assert council_group("Wexmoor County Council")
    assert not council_group("County Councillors")  # no council named
    assert not council_group("Other County Councillors")  # those who are not members


def test_and_run_into_the_next_initial() -> None:
    names = [e.as_written for e in split_name_list("G Hesketh andI Jardine")]
    assert names == ["G Hesketh", "I Jardine"]
    assert [e.as_written for e in split_name_list("Mr A Grand")] == ["Mr A Grand"]
