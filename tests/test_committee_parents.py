"""A committee named alone on a front sheet is its parent body's committee when the
sheet's text says "<X> and its Committees" (`parsing/committee_parents.py`). Every
example is invented."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.committee_parents import committee_parent
from opening_facts import first_part_meeting

SHEET = (
    "AGENDA\n"
    "Meeting: Transport Committee\n"
    "Date: Tuesday 4 March 2014\n"
    "Time: 10.00 am\n"
    "Place: Room 3, Civic Centre, Kelbridge\n"
    "{note}\n"
    "1. Apologies for absence\n"
    "2. Declarations of interest\n"
)


def _lines(text: str) -> list[Line]:
    return [Line(number=n, text=t) for n, t in enumerate(text.split("\n"), start=1)]


def test_the_parent_named_in_the_text_names_the_committee() -> None:
    note = "Most meetings of the Kelbridge Assembly and its Committees are webcast live."
    _, body, *_ = first_part_meeting(SHEET.format(note=note))
    assert body == "Kelbridge Assembly Transport Committee"


def test_a_parent_at_a_sentences_start_loses_its_article() -> None:
    note = "The Westmere Borough Council and its committees meet in public."
    assert committee_parent(_lines(note), "Transport Committee") == "Westmere Borough Council"


def test_a_parent_naming_only_a_kind_of_body_names_no_one() -> None:
    note = "Meetings of the Full Council and its Committees are open to the public."
    _, body, *_ = first_part_meeting(SHEET.format(note=note))
    assert body == "Transport Committee"


def test_two_parents_or_a_body_that_is_no_committee_give_nothing() -> None:
    two = _lines("Kelbridge Assembly and its Committees.\nWestmere Council and its committees.")
    assert committee_parent(two, "Transport Committee") is None
    one = _lines("Kelbridge Assembly and its Committees.")
    assert committee_parent(one, "Transport Board") is None
    assert committee_parent(one, "Kelbridge Assembly Transport Committee") is None


def test_the_end_of_a_name_with_and_in_it_is_no_parent() -> None:
    note = _lines("The Westmere Police and Crime Panel and its Committees.")
    assert committee_parent(note, "Transport Committee") is None
