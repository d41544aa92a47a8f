"""A letter-spaced word is read as its word, alone on its line or before a heading."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.letter_spacing import close_up_letter_spacing, closed_up_before_capitals


def test_a_spaced_word_before_a_capitals_heading_is_closed_up() -> None:
    assert closed_up_before_capitals("A G E N D A CIVIC AND PROCEDURAL") == (
        "AGENDA CIVIC AND PROCEDURAL"
    )
    assert closed_up_before_capitals("P R E S E N T COUNCILLORS") == "PRESENT COUNCILLORS"


def test_initials_marks_and_small_letters_after_stay() -> None:
    assert closed_up_before_capitals("A B C D E TOTAL") is None
    assert closed_up_before_capitals("Y N Y N Y ABC") is None
    assert closed_up_before_capitals("A G E N D A Civic matters") is None
    lines = [Line(7, "A G E N D A CIVIC AND PROCEDURAL")]
    out, removed = close_up_letter_spacing(lines)
    assert (out, removed) == ([Line(7, "AGENDA CIVIC AND PROCEDURAL")], [])


def test_an_agenda_titled_in_spaced_letters_gives_no_item_a() -> None:
    from conftest import QUIRKS
    from opening_facts import parsed

    text = (QUIRKS / "letter-spaced-title-before-section.txt").read_text("utf-8")
    (part,) = parsed(text).parts
    assert [(i.code, i.title) for i in part.items] == [
        ("1", "Apologies"),
        ("2", "Declarations of Interest"),
    ]
