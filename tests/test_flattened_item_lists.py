"""An agenda's items run together on a line under a section heading, and the list's next
line numbering on from it (invented agenda in the genre's layout)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.flattened_item_lists import continues_list, whole_list
from minutebook.parsing.flattened_lines import split_flattened_lines

OPENING = (
    "Preliminaries 1. To receive apologies for absence 2. Election of Chair Nominations "
    "for Chair have been received for: Ann Holt proposed by Raj Mehta, seconded by Tom "
    "Reyes 3. Election of Vice-Chair Nominations for Vice-Chair have been received for: "
    "Sam Ogun proposed by Lee Park, seconded by Ada Quist 4. Chair's announcements 5. "
    "Declarations of interest 6. To note whether any items have been proposed as matters "
    "of urgent business 7. Public question time - to note whether any questions were raised"
)
NEXT = (
    "Moorvale Authority, 14 June 2030 1 8. To receive and confirm the minutes of the "
    "meeting held on 3 May 2030 (Pages 4-12) 9. Schedule of actions (Pages 13-16)"
)


def test_whole_list_from_one_is_a_marker_of_its_own() -> None:
    starts = [OPENING.index(f"{n}. ") for n in range(1, 8)]
    assert whole_list(OPENING, starts) == starts
    assert whole_list(OPENING, starts[1:]) == []  # from "2.": no whole list
    assert whole_list(OPENING, starts[:3]) == []  # three items: a sentence's list


def test_next_line_numbers_on_from_the_last_item() -> None:
    starts = [NEXT.index("8. "), NEXT.index("9. ")]
    assert continues_list(NEXT, starts, 7)
    assert not continues_list(NEXT, starts, 3)
    assert not continues_list(NEXT, starts, None)


def test_section_lines_are_cut_at_their_items() -> None:
    lines = [Line(7, OPENING), Line(8, ""), Line(9, NEXT)]
    out, _ = split_flattened_lines(lines)
    texts = [(x.number, x.text) for x in out if x.text]
    assert (7, "Preliminaries") in texts
    assert (7, "4. Chair's announcements") in texts
    assert any(n == 9 and t.startswith("8. To receive and confirm") for n, t in texts)
    assert any(n == 9 and t.startswith("9. Schedule of actions") for n, t in texts)


def test_a_short_numbered_sentence_is_left_whole() -> None:
    text = "The report covers 1. Staffing 2. Budgets and 3. Premises, as set out below."
    out, _ = split_flattened_lines([Line(1, text)])
    assert [x.text for x in out] == [text]


def test_a_record_with_long_numbered_minutes_is_no_list() -> None:
    minute = "Members noted the report and discussed it at length. " * 6
    text = " ".join(f"{n}. TITLE {n} {minute}" for n in range(1, 6))
    starts = [text.index(f"{n}. TITLE") for n in range(1, 6)]
    assert whole_list(text, starts) == []


def test_an_agendas_short_first_line_and_the_lines_numbering_on_are_cut() -> None:
    first = "AGENDA PART ONE 1. Apologies 2. Declarations of Interest 3. Mayor's Business"
    later = " ".join(
        f"{n}. Report number {n} of the Director of Place on matters {n * 10} - {n * 10 + 5}"
        for n in range(4, 10)
    )
    last = "Matters to Note 10 Correspondence 61 - 70 11 Consultations received 71 - 80"
    out, _ = split_flattened_lines(
        [
            Line(11, first),
            Line(12, ""),
            Line(13, "Matters to Decide " + later),
            Line(14, ""),
            Line(15, last),
        ]
    )
    texts = [(x.number, x.text) for x in out if x.text]
    assert (11, "3. Mayor's Business") in texts
    assert (13, "Matters to Decide") in texts
    assert any(n == 13 and t.startswith("9. Report number 9") for n, t in texts)
    assert (15, "10 Correspondence 61 - 70") in texts
    assert (15, "11 Consultations received 71 - 80") in texts


def test_a_short_line_under_agenda_with_two_items_is_left_whole() -> None:
    text = "AGENDA 1. Apologies 2. Minutes"
    assert [x.text for x in split_flattened_lines([Line(1, text)])[0]] == [text]


def test_items_run_together_after_bare_numbered_lines_number_on_from_them() -> None:
    """ "4 MINUTES" on its own line, then items 5 to 7 run together with their notes on one
    long line: the run numbers on from the list above, so the line is cut at its items
    (and "To confirm the attached Minutes of the meeting ..." opens no record)."""
    run = (
        "To confirm the attached Minutes of the meeting of the Committee held on 2 May 2030. "
        "APPLICATIONS (Pages 5 - 9) 5 APPLICATION NO 30/00112 - LAND AT HEXTON LANE, FENBY "
        "(Pages 10 - 18) ERECTION OF TWO DWELLINGS Report of the Planning "
        "Manager. 6 APPLICATION NO 30/00131 - MILL HOUSE, WYKE (Pages 19 - 25) "
        "CHANGE OF USE TO A CAFE Report of the Planning Manager. "
        "7 APPLICATION NO 30/00140 - 4 CHURCH STREET, FENBY (Pages 26 - 30) SINGLE STOREY "
        "REAR EXTENSION Report of the Planning Manager."
    )
    lines = [Line(1, "3 DECLARATIONS OF INTEREST"), Line(2, "4 MINUTES"), Line(3, run)]
    out, _ = split_flattened_lines(lines)
    texts = [line.text for line in out]
    assert texts[2].startswith("To confirm the attached Minutes of the meeting")
    assert [t[:16] for t in texts if t[:1] in "567"] == [
        "5 APPLICATION NO",
        "6 APPLICATION NO",
        "7 APPLICATION NO",
    ]
    alone, _ = split_flattened_lines([Line(3, run)])
    assert len(alone) == 1  # no list above to number on from: one kind of marker only
