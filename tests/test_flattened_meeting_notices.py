"""A flattened front sheet's remote-meeting notice, its "Page Nos." column of bare page
ranges, short page references and items opening with a planning reference (invented
examples; whole papers: tests/fixtures/zoo/*flattened*)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.flattened_front_sheets import flattened_front_sheet
from minutebook.parsing.flattened_lines import ITEM_NUMBERED, split_flattened_lines
from minutebook.parsing.flattened_meeting_notices import notice_cuts

PLANNING = (
    "South Moor Planning Committee Due to the public health guidance this meeting will be "
    "held remotely. Thursday, 2nd June, 2022 - 2.00 p.m. AGENDA Page Nos. 1. APOLOGIES FOR "
    "ABSENCE 2. DECLARATIONS OF INTEREST Members are asked to declare any interest at this "
    "stage. 3. MINUTES 3 - 7 Minute of the meeting of 5th May, 2022. 4. 22/00311/FUL - LAND "
    "NORTH OF STATION ROAD, MOORSIDE 8 - 25 Erection of a shop and two flats. 5. 22/00420/LBC "
    "- THE OLD MILL, WATER LANE 26 - 31 Listed building consent for new windows."
)

FIRE = (
    "WESTFELL FIRE AUTHORITY Friday 3 June 2022 at 10.30 am Headquarters, Fell Road, Westfell "
    "AGENDA 1. CHAIR’S ANNOUNCEMENTS 2. DECLARATIONS OF INTEREST To receive any declarations. "
    "3. MINUTES OF THE LAST MEETING HELD ON 4 MARCH 2022 (pp 3) (Enclosed) 4. MINUTES OF THE "
    "AUDIT COMMITTEE (pp 9) a) 14 April 2022 b) 12 May 2022 (Enclosed) 5. ANNUAL STATEMENT OF "
    "ASSURANCE (pp 15) (Enclosed) 6. ANY OTHER BUSINESS"
)


def _pieces(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    out, furniture = split_flattened_lines([Line(1, text)])
    assert {line.number for line in out} == {1}
    return [line.text for line in out], [(f.line.text, f.rule) for f in furniture]


def test_the_remote_notice_and_page_ranges_are_furniture_and_the_date_a_line() -> None:
    pieces, furniture = _pieces(PLANNING)
    assert pieces[:4] == [
        "South Moor Planning Committee",
        "Thursday, 2nd June, 2022 - 2.00 p.m.",
        "AGENDA",
        "Page Nos.",
    ]
    assert furniture == [
        (
            "Due to the public health guidance this meeting will be held remotely.",
            "flattened-meeting-notice",
        ),
        ("3 - 7", "flattened-page-numbers"),
        ("8 - 25", "flattened-page-numbers"),
        ("26 - 31", "flattened-page-numbers"),
    ]
    # an item may open with a planning application's reference
    assert "4. 22/00311/FUL - LAND NORTH OF STATION ROAD, MOORSIDE" in pieces
    assert "Erection of a shop and two flats." in pieces
    assert "5. 22/00420/LBC - THE OLD MILL, WATER LANE" in pieces


def test_without_a_page_column_a_range_stays_in_its_text() -> None:
    pieces, furniture = _pieces(PLANNING.replace("Page Nos. ", ""))
    assert not any(rule == "flattened-page-numbers" for _, rule in furniture)
    assert any("8 - 25" in piece for piece in pieces)


def test_a_notice_needs_its_remote_words_and_a_date_a_sentences_end() -> None:
    assert notice_cuts("Due to the guidance members are asked to arrive early. Monday") == []
    assert notice_cuts("Committee to be held on Monday, 3rd May, 2022 at 2pm") == []


def test_a_short_page_reference_is_cut_from_its_items_title() -> None:
    pieces, _ = _pieces(FIRE)
    for expected in (
        "3. MINUTES OF THE LAST MEETING HELD ON 4 MARCH 2022",
        "(pp 3) (Enclosed)",
        "4. MINUTES OF THE AUDIT COMMITTEE",
        "(pp 9) a) 14 April 2022 b) 12 May 2022 (Enclosed)",
        "5. ANNUAL STATEMENT OF ASSURANCE",
    ):
        assert expected in pieces


def test_items_headed_by_the_word_are_cut_and_the_front_sheet_kept_an_agenda() -> None:
    text = (
        "A Meeting of the Ashmoor Fire Authority will be held in the Board Room, Headquarters, "
        "Mill Road, Ashmoor on MONDAY 4 MARCH 2024 at 10.00AM. Seats are kept for members of the "
        "public. AGENDA Item 1: Apologies Item 2: Disclosure of Interests Members to declare any "
        "interests. Item 3: Minutes To approve the minutes of 5 February 2024. Item 4: Budget To "
        "recommend the budget for the coming year. Item 5: Any Other Business"
    )
    out, _ = split_flattened_lines([Line(1, text)])
    pieces = [line.text for line in out]
    for expected in (
        "Item 1: Apologies",
        "Item 2: Disclosure of Interests",
        "Members to declare any interests.",
        "Item 4: Budget",
        "To recommend the budget for the coming year.",
    ):
        assert expected in pieces
    # the cut front sheet is still read whole: a notice and "AGENDA" run on
    assert flattened_front_sheet(out, 0)
    assert not flattened_front_sheet(out, 1)  # a later piece is no front sheet's start


def test_agenda_item_n_in_a_sentence_is_no_heading_of_the_run() -> None:
    assert ITEM_NUMBERED.search("as reported under Agenda Item 4: Budget") is None
    assert ITEM_NUMBERED.search("AGENDA Item 1: Apologies") is not None
