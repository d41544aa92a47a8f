"""A numbered heading glued to the previous minute's last sentence (invented examples)."""

from __future__ import annotations

from conftest import QUIRKS
from minutebook.model import Line
from minutebook.parsing.cleaning import clean
from minutebook.parsing.glued_numbered import split_glued_numbered_headings


def _texts(*texts: str) -> list[tuple[int, str]]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    out, furniture = split_glued_numbered_headings(lines)
    assert furniture == []
    return [(ln.number, ln.text) for ln in out]


def test_heading_after_a_full_stop_goes_on_its_own_line() -> None:
    out = _texts(
        "3. Budget Monitoring",
        "3.1 The report was noted by the Board.4. High Needs Review",
        "4.1 Officers presented the review.",
    )
    assert out == [
        (1, "3. Budget Monitoring"),
        (2, "3.1 The report was noted by the Board."),
        (2, "4. High Needs Review"),
        (3, "4.1 Officers presented the review."),
    ]


def test_heading_after_a_full_stop_and_spaces_goes_on_its_own_line() -> None:
    """A two-column paper runs the next heading into the sentence beside it after a space:
    "... as a correct record. 7.   PUBLIC QUESTIONS"; a sentence after it stays whole."""
    out = _texts(
        "6.   MINUTES", "The minutes were approved as a correct record. 7.   PUBLIC QUESTIONS"
    )
    assert out[1:] == [
        (2, "The minutes were approved as a correct record."),
        (2, "7. PUBLIC QUESTIONS"),
    ]
    sentence = ("6.   MINUTES", "The minutes were approved. 7. Members asked why it rose.")
    assert _texts(*sentence) == [(1, sentence[0]), (2, sentence[1])]


def test_numbering_goes_on_after_a_split_heading() -> None:
    out = _texts("1. Welcome", "Members were welcomed.2. Apologies", "None were given.3. Minutes")
    assert [t for _, t in out][-1] == "3. Minutes"


def test_number_that_does_not_follow_is_left_alone() -> None:
    lines = ("2. Finance", "See the figures in para.7. Tables A and B")
    assert _texts(*lines) == [(1, lines[0]), (2, lines[1])]


def test_decimal_or_sentence_is_left_alone() -> None:
    decimal = ("4. Rates", "The rate rose from 3.5. Members asked why")
    assert _texts(*decimal) == [(1, decimal[0]), (2, decimal[1])]
    sentence = ("4. Rates", "The rate was agreed.5. Members asked why it rose so fast.")
    assert _texts(*sentence) == [(1, sentence[0]), (2, sentence[1])]
    no_heading_above = ("The report was noted.2. Apologies",)
    assert _texts(*no_heading_above) == [(1, no_heading_above[0])]


def test_bare_numbered_heading_after_a_sentence_goes_on_its_own_line() -> None:
    out = _texts(
        "7 Library opening hours",
        "Members thanked the staff for their work. 8 Review of allotment rents",
        "The Committee considered the rents.",
    )
    assert out == [
        (1, "7 Library opening hours"),
        (2, "Members thanked the staff for their work."),
        (2, "8 Review of allotment rents"),
        (3, "The Committee considered the rents."),
    ]


def test_bare_numbered_heading_after_a_notes_closing_bracket() -> None:
    out = _texts(
        "7 Library opening hours",
        "(Standing Orders - Part 4 of the Constitution) 8 Review of allotment rents",
    )
    assert out == [
        (1, "7 Library opening hours"),
        (2, "(Standing Orders - Part 4 of the Constitution)"),
        (2, "8 Review of allotment rents"),
    ]
    aside = ("7 Library opening hours", "(as shown in table 2) 9 Members attended")
    assert _texts(*aside) == [(1, aside[0]), (2, aside[1])]


def test_bare_number_that_does_not_follow_or_reads_as_a_sentence_is_left_alone() -> None:
    skipped = ("7 Library opening hours", "The count was taken. 9 Members voted in favour")
    assert _texts(*skipped) == [(1, skipped[0]), (2, skipped[1])]
    sentence = ("7 Library opening hours", "Votes were cast. 8 Members were in favour of it.")
    assert _texts(*sentence) == [(1, sentence[0]), (2, sentence[1])]
    no_heading_above = ("The report was noted. 2 Apologies",)
    assert _texts(*no_heading_above) == [(1, no_heading_above[0])]


def test_quirk_fixture_heading_is_split() -> None:
    lines, _ = clean((QUIRKS / "glued-numbered-heading.txt").read_text(encoding="utf-8"))
    texts = [ln.text for ln in lines]
    assert "The Board NOTED the report." in texts
    assert "3. Growth Fund Allocations" in texts


def test_heading_glued_to_its_first_numbered_paragraph() -> None:
    """A paper whose lines ran together: "2. Declarations of Interest 2.1 Cllr ..."."""
    out = _texts(
        "1. Apologies for Absence 1.1",
        "There were no apologies.",
        "2. Declarations of Interest 2.1 Mrs Oak declared an interest in item 6.",
    )
    assert out == [
        (1, "1. Apologies for Absence"),
        (1, "1.1"),
        (2, "There were no apologies."),
        (3, "2. Declarations of Interest"),
        (3, "2.1 Mrs Oak declared an interest in item 6."),
    ]


def test_another_minutes_paragraph_number_is_left_in_place() -> None:
    lines = ("3. The Board noted paragraph 4.1 of the report.", "5. Budget 6.1 was read")
    assert _texts(*lines) == [(1, lines[0]), (2, lines[1])]


def test_a_packs_page_range_after_the_title_is_no_paragraph() -> None:
    """A pack numbering each item's pages from its number: "(Item 5.1 – 5.3)"."""
    lines = ("5. Work Programme of the Panel (Item 5.1 – 5.3).", "6. Budget (Item 6.1-6.4)")
    assert _texts(*lines) == [(1, lines[0]), (2, lines[1])]


def test_bare_numbered_heading_glued_to_its_first_paragraph() -> None:
    out = _texts("4 Minutes 4.1 The minutes of the last meeting were approved.")
    assert out == [(1, "4 Minutes"), (1, "4.1 The minutes of the last meeting were approved.")]
