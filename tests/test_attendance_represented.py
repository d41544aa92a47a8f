"""A member "represented at the meeting by" a deputy, as a health and wellbeing board's
minutes record it: the deputy is their substitute (`parsing.attendance_represented`;
invented examples)."""

from __future__ import annotations

from minutebook.parsing.attendance_represented import represented_by
from opening_facts import parsed


def test_each_deputy_stands_in_for_the_member_before_the_verb() -> None:
    text = (
        "Ann Reid was represented at the meeting by Dr Ben Moss and Cara Lowe (Fenby CCG)"
        " and Dan Hart was represented by Eve Frost (Fenby Hospitals Trust)."
    )
    assert represented_by(text) == [
        ("Dr Ben Moss", "Ann Reid", None),
        ("Cara Lowe", "Ann Reid", "Fenby CCG"),
        ("Eve Frost", "Dan Hart", "Fenby Hospitals Trust"),
    ]


def test_no_deputy_without_the_sentence() -> None:
    assert represented_by("The ward was represented on the working group.") is None
    assert represented_by("Ann Reid attended for the item on the budget.") is None


def test_the_deputies_are_the_meeting_s_substitutes() -> None:
    text = (
        "MINUTES of a meeting of the Fenby Health and Wellbeing Board held at Shire Hall,"
        " Fenby on Tuesday 7 March 2023 at 2.00 pm\n\nPresent:\n\nCllr Gail Reid (Chair)\n"
        "Ann Bell (Fenby CCG)\n\nAnn Reid was represented at the meeting by Cara Lowe (Fenby"
        " CCG).\n\n1. Declarations of interest\nNone.\n\n2. Minutes\nRESOLVED that the"
        " minutes be signed.\n"
    )
    subs = [
        (a.as_written, a.capacity)
        for a in parsed(text).parts[0].attendance
        if a.role.value == "substitute"
    ]
    assert subs == [("Cara Lowe", "substitute for Ann Reid")]
