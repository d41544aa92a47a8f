"""A meeting page saved as text with its items' numbers and "Minutes:" labels lost: the
"Venue:" and "Contact:" fields vouch for the plain titles under them, an item described
in the agenda's wording ("Members are requested to ...") keeps that as its title, and
neither a lead-in ("The Board resolved:-") nor the minute's first line is a title."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.meeting_page_fields import page_fields_end
from minutebook.parsing.minute_headings import looks_like_title, minute_headings


def _lines(*texts: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(texts)]


PAGE = _lines(
    "Joint Care Board - Tuesday, 4th March, 2025 2.00 pm",
    "",
    "Venue: Room 2, Riverside House",
    "",
    "Contact: Ann Reid, tel 01000 000000",
    "",
    "Welcome and Introductions",
    "",
    "",
    "The Chair welcomed everyone to the meeting.",
    "",
    "",
    "",
    "Members are requested to intimate any declarations of interest",
    "",
    "",
    "The Board resolved:-",
    "",
    "To note that no declarations were made.",
    "",
    "",
    "",
    "Minute of Previous Meeting of 10 December 2024 pdf icon PDF 80 KB",
    "",
    "",
    "The Board had before it the Minute of its Meeting of 10 December 2024",
    "",
    "",
    "The Board resolved:-",
    "",
    "To approve the minute as a correct record.",
)


def test_the_fields_end_where_the_items_begin() -> None:
    assert page_fields_end(PAGE) == 4
    assert page_fields_end(_lines("Venue: Town Hall", "Present: Cllr A Reid")) is None


def test_plain_titles_under_the_page_fields() -> None:
    found = minute_headings(PAGE)
    assert [(h.index + 1, h.number, h.title) for h in found] == [
        (7, None, "Welcome and Introductions"),
        (14, None, "Members are requested to intimate any declarations of interest"),
        (23, None, "Minute of Previous Meeting of 10 December 2024"),
    ]


def test_the_members_asked_wording_is_a_title() -> None:
    assert looks_like_title("Members are requested to note the update")
    assert looks_like_title("The Committee is asked to consider the report")
    assert not looks_like_title("Members were requested to note the update.")
