"""Agenda items run together on one line, and a part label before the first item."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.agenda_glued_items import glued_item_lines


def _texts(text: str) -> list[str]:
    return [line.text for line in glued_item_lines([Line(4, text)])]


def test_two_items_on_one_line_are_cut_apart() -> None:
    assert _texts("2. Declarations of Interest 3. Exclusion of the Public – To resolve") == [
        "2. Declarations of Interest",
        "3. Exclusion of the Public – To resolve",
    ]


def test_three_items_on_one_line_are_cut_apart() -> None:
    assert _texts("4. Apologies 5. Urgent Business 6. Minutes of 2 May 2024") == [
        "4. Apologies",
        "5. Urgent Business",
        "6. Minutes of 2 May 2024",
    ]


def test_part_label_before_the_first_item_is_its_own_line() -> None:
    assert _texts("Public Items 1. Minutes of the meeting held on 3 March 2024") == [
        "Public Items",
        "1. Minutes of the meeting held on 3 March 2024",
    ]


def test_part_label_with_a_note_is_its_own_line() -> None:
    assert _texts("Private Item – Report to Members only 7. Lease of Hollin Depot") == [
        "Private Item – Report to Members only",
        "7. Lease of Hollin Depot",
    ]


def test_pieces_keep_the_source_line_number() -> None:
    lines = glued_item_lines([Line(9, "1. Apologies 2. Minutes")])
    assert [line.number for line in lines] == [9, 9]


def test_a_title_citing_an_item_is_left_whole() -> None:
    text = "4. Update on item 5. Budget figures from Marsh Lane"
    assert _texts(text) == [text]


def test_numbers_that_do_not_run_on_are_left_whole() -> None:
    text = "3. Review of the Garden Waste Scheme 2. The Council adopted it"
    assert _texts(text) == [text]


def test_a_sentence_before_the_next_number_is_left_whole() -> None:
    text = "5. The Panel noted the report. 6. Members asked about the fees"
    assert _texts(text) == [text]


def test_a_lone_item_is_left_whole() -> None:
    assert _texts("8. Date of the next meeting") == ["8. Date of the next meeting"]


def test_a_label_without_an_item_is_left_whole() -> None:
    assert _texts("Public Items to be taken first") == ["Public Items to be taken first"]


def test_the_agendas_heading_before_its_first_item_is_its_own_line() -> None:
    assert _texts("Agenda 1. Apologies 10.00") == ["Agenda", "1. Apologies 10.00"]
    assert _texts("Agenda 4. Minutes") == ["Agenda 4. Minutes"]  # only before item 1
