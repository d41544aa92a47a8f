"""A joint declaration by a plural-titled list opening a later sentence of the line."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declarations import _declared_on, plural_declarers_mid_line


def test_the_later_sentences_list_declares() -> None:
    line = Line(
        7,
        "Councillor Lowe declared a personal interest as a school governor. Councillors"
        " Lowe and Pryce declared personal interests as members of the allotment society.",
    )
    assert [
        (d.as_written, d.line, d.minute_number) for d in plural_declarers_mid_line(line, "3")
    ] == [
        ("Lowe", 7, "3"),
        ("Pryce", 7, "3"),
    ]


def test_a_list_that_does_not_declare_gives_nothing() -> None:
    line = Line(2, "The Chair welcomed everyone. Councillors Lowe and Pryce gave apologies.")
    assert plural_declarers_mid_line(line, "3") == []
    opening = Line(2, "Councillors Lowe and Pryce declared personal interests.")
    assert plural_declarers_mid_line(opening, "3") == []


def test_a_few_words_may_lead_into_the_list() -> None:
    line = Line(
        5,
        "the Clerk said any connection should be declared. On that basis Cllrs Lowe, Pryce"
        " and Amos all declared an interest in item 9.",
    )
    assert [d.as_written for d in plural_declarers_mid_line(line, "24/5")] == [
        "Lowe",
        "Pryce",
        "Amos",
    ]
    # a long sentence before the title is not a lead-in
    line = Line(5, "Later. It was noted by the Chair that Cllrs Lowe and Pryce declared nothing.")
    assert plural_declarers_mid_line(line, "3") == []


def test_members_declaring_after_a_plural_list_and_after_and() -> None:
    """A plural list declares first; each later declarer counts, a sentence's or one
    joined by "and" to the clause before; a member of the list named again does not."""
    from minute_fixtures import read_minutes

    part, _ = read_minutes("year-month-numbered.txt")
    assert [(d.as_written, d.line, d.minute_number) for d in part.declarations] == [
        ("Fenby", 19, "21.03.02"),
        ("Hexton", 19, "21.03.02"),
        ("Councillor Mrs Wyke", 19, "21.03.02"),
        ("Councillor Moss", 19, "21.03.02"),
    ]
    again = Line(5, "Councillors Reid and Moss declared interests. Councillor Reid declared one.")
    assert [d.as_written for d in _declared_on(again, "4")] == ["Reid", "Moss"]
