"""A meeting's body when the opening read a summons's sentence or a page's own heading
as it (invented papers in the genre's layouts)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.body_sentences import nearby_body, not_a_body
from opening_facts import parsed


def test_a_sentence_or_a_page_heading_is_no_body() -> None:
    assert not_a_body("Members are summoned to the next Council meeting, held on")
    assert not_a_body("Meeting documents")
    assert not not_a_body("Much Fenby Parish Council")
    assert not not_a_body("Cabinet")


def test_the_nearest_line_naming_a_body_names_it() -> None:
    lines = [
        Line(1, "Meeting documents"),
        Line(3, "Wednesday, 4 June 2031"),
        Line(5, "To Members of the Cabinet"),
        Line(6, "Notice of a Meeting of the Cabinet"),
    ]
    assert nearby_body(lines, 3) == "Cabinet"  # the addressees' line names none
    assert nearby_body([Line(1, "Much Fenby Parish Council Meeting")], 2) == (
        "Much Fenby Parish Council"
    )
    assert nearby_body([Line(1, "Apologies for absence")], 2) is None


def test_a_summons_broken_over_lines_is_the_parish_councils() -> None:
    """ "Much Fenby Parish Council Meeting" over the summons's sentence broken before its
    date: the meeting is the parish council's, not the sentence's."""
    text = (
        "Much Fenby Parish Council Meeting\n"
        "Members are summoned to the next Council meeting, held on\n"
        "Wednesday 8th March 2031,\n"
        "7.30pm in the Memorial Hall\n"
        "1. Apologies for absence\n"
        "2. Declarations of Interest\n"
        "3. Minutes of the last meeting\n"
    )
    (part,) = parsed(text).parts
    assert part.meeting is not None
    assert part.meeting.body_name == "Much Fenby Parish Council"
