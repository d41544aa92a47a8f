"""Declarations listed after the sentence that says what was declared: titled members
after its colon on the same line, or one name alone on the line under it (invented
examples)."""

from __future__ import annotations

from minute_fixtures import declarations_in_minute
from minutebook.model import Line
from minutebook.parsing.declaration_lists import declarers_after_colon


def _read(title: str, texts: list[str]) -> list[tuple[str, int]]:
    return [(d.as_written, d.line) for d in declarations_in_minute(title, texts)]


def test_members_after_the_colon_each_declared() -> None:
    line = Line(
        2,
        "The following members appointed by Wyke Council declared a personal interest in "
        "item 9 (Land Sales) as the land is the Council's:  Cllr A Reid and Cllr B Moss-Hale.",
    )
    assert [d.as_written for d in declarers_after_colon(line, "7")] == [
        "Cllr A Reid",
        "Cllr B Moss-Hale",
    ]
    # a colon before a sentence, not a list of titled names
    assert declarers_after_colon(Line(2, "Interests declared: none were made."), "7") == []
    assert _read("Declarations of Interest", ["", line.text]) == [
        ("Cllr A Reid", 2),
        ("Cllr B Moss-Hale", 2),
    ]


def test_one_name_alone_under_the_colon_sentence() -> None:
    body = ["The following declarations of interest were received:", "", "Councillor A.B. Reid"]
    assert _read("DECLARATIONS OF INTEREST", body) == [("Councillor A.B. Reid", 3)]
    # one name under a sentence that explains nothing declares nothing
    assert _read("DECLARATIONS OF INTEREST", ["The Chair welcomed:", "", "Councillor A Reid"]) == []
    # a name over its own interest is read as that member's entry, once
    assert _read(
        "DECLARATIONS OF INTEREST",
        [
            "The following declarations of interest were received:",
            "",
            "Councillor A Reid",
            "Item 5 - personal interest as a school governor.",
        ],
    ) == [("Councillor A Reid", 3)]
