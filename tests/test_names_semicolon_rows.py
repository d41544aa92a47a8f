"""A list parted by semicolons, each person printed "Name, post, organisation"."""

from __future__ import annotations

from minutebook.parsing.names import split_name_list


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(e.as_written, e.capacity) for e in split_name_list(text)]


def test_each_part_is_one_person_and_their_post() -> None:
    text = (
        "Inspector N Vardy, Secretary, Wykeshire Branch, Police Federation; "
        "Mr P Quill and Mrs R Selby, representing UNISON."
    )
    assert _read(text) == [
        ("Inspector N Vardy", "Secretary, Wykeshire Branch, Police Federation"),
        ("Mr P Quill", "representing UNISON"),
        ("Mrs R Selby", "representing UNISON"),
    ]


def test_other_lists_are_read_as_before() -> None:
    assert _read("Cllr A Reid, Cllr B Moss; Cllr C Lowe") == [
        ("Cllr A Reid", None),
        ("Cllr B Moss", None),
        ("Cllr C Lowe", None),
    ]
    # a post before its holder: no part opens with a title
    assert [
        e.as_written for e in split_name_list("The Clerk, Mr M Oakes; the Treasurer, Ms P Ash")
    ] == [
        "Mr M Oakes",
        "Ms P Ash",
    ]
