"""A title wrapped under the page range its first line ends with (invented agenda in the
genre's layout)."""

from __future__ import annotations

from pathlib import Path

from opening_facts import parsed

QUIRKS = Path(__file__).parent / "fixtures" / "quirks"


def test_a_titles_rest_before_its_description_joins_the_title() -> None:
    text = (QUIRKS / "page-column-heading-on-items.txt").read_text("utf-8")
    items = parsed(text).parts[0].items
    assert [(i.code, i.title, i.pages) for i in items] == [
        ("1", "To receive apologies for absence", None),
        ("2", "Declarations of Interest", None),
        ("3", "Minutes of the meeting held on 5 February 2030", "3 - 8"),
        ("4", "Proposals for the Left Bank of the River Wend at Hexton Ford", "9 - 14"),
        ("5", "Harbour Dues 2030/31", "15 - 20"),
        ("6", "Moorings Review", "21 - 26"),
    ]


def test_a_line_of_words_without_a_description_is_no_titles_rest() -> None:
    text = (
        "Harbour Committee\n\nAGENDA\n\nTuesday 5 March 2030\n\n"
        "1. Minutes 3 – 8\n\n2. Calendar of Meetings 9 – 10\n\nMembership\n\n"
        "3. Harbour Dues 11 – 20\n\nThe Committee is asked to agree the dues.\n"
    )
    items = parsed(text).parts[0].items
    assert [i.title for i in items] == ["Minutes", "Calendar of Meetings", "Harbour Dues"]
