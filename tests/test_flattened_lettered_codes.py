"""A council's minute codes with its letters and the year ("CAB101/23 TITLE", "C 08/042
Title") on a paper flattened onto one line: a run of them cuts the line into minutes; a
code cited in a sentence makes no run (invented examples; whole paper:
tests/fixtures/zoo/minutes-cabinet-flattened-lettered-codes-officers-in-attendance.txt)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.flattened_lines import split_flattened_lines
from minutebook.parsing.flattened_minute_codes import lettered_code_at, lettered_codes
from opening_facts import parsed

CABINET = (
    "MINUTES OF THE MEETING OF THE CABINET HELD ON MONDAY 3 JULY 2023 AT 6 PM IN THE GUILDHALL "
    "PRESENT: Councillor A Reid (Chairman), Councillor B Moss and Councillor C Lowe "
    "CAB31/23 APOLOGIES FOR ABSENCE Apologies were received from Councillor D Pym. "
    "CAB32/23 DECLARATIONS OF INTEREST Councillor B Moss declared an interest in minute "
    "CAB34/23 as a tenant of the council. CAB33/23 MINUTES RESOLVED that the minutes of the "
    "meeting held on 5 June 2023 be approved. CAB34/23 RENT SETTING The Director of Housing "
    "presented the report on rents for the coming year. RESOLVED that rents rise by 5 per cent."
)

COUNCIL = (
    "MINUTES OF A MEETING OF THE COUNCIL HELD ON TUESDAY 13 MAY 2008 AT 7.30 PM IN THE CIVIC "
    "SUITE PRESENT: Councillor E Hart (Mayor), Councillor F Dunn and Councillor G Webb "
    "C 08/042 Election of Mayor It was proposed by Councillor Dunn and RESOLVED that "
    "Councillor Hart be elected Mayor. C 08/043 Vote of Thanks It was proposed by Councillor "
    "Webb and RESOLVED that the thanks of the Council be recorded. C 08/044 Minutes RESOLVED "
    "that the minutes of the meeting held on 22 April 2008 be approved as a correct record."
)


def test_a_run_of_lettered_codes_heads_one_piece_each() -> None:
    lines, _ = split_flattened_lines(lines_of(CABINET))
    texts = [line.text for line in lines]
    assert "CAB31/23 APOLOGIES FOR ABSENCE" in texts
    assert "CAB32/23 DECLARATIONS OF INTEREST" in texts
    assert "CAB33/23 MINUTES" in texts
    assert "CAB34/23 RENT SETTING" in texts
    assert all(line.number == 1 for line in lines)


def test_a_code_cited_in_a_sentence_stays_in_it() -> None:
    lines, _ = split_flattened_lines(lines_of(CABINET))
    assert any(
        line.text.startswith("Councillor B Moss declared an interest in minute CAB34/23 as")
        for line in lines
    )


def test_a_full_councils_spaced_codes_are_cut() -> None:
    lines, _ = split_flattened_lines(lines_of(COUNCIL))
    texts = [line.text for line in lines]
    assert "C 08/042 Election of Mayor" in texts
    assert "C 08/043 Vote of Thanks" in texts
    assert "C 08/044 Minutes" in texts


def test_candidates_keep_their_series() -> None:
    found = lettered_codes("x CAB31/23 ONE y CAB32/23 TWO z PL32/23 OTHER w C 08/042 Four")
    assert [(number, series) for _, number, series in found] == [
        (31, "CAB/23"),
        (32, "CAB/23"),
        (32, "PL/23"),
        (42, "C/08"),
    ]


def test_codes_of_two_series_make_no_run() -> None:
    text = "PLN31/23 TITLE. " + "word " * 100 + "CAB32/23 OTHER TITLE " + "word " * 100
    lines, _ = split_flattened_lines(lines_of(text))
    assert len(lines) == 1


def test_no_code_reads_in_a_planning_reference_or_lower_case() -> None:
    assert lettered_codes("21/01234/FUL LAND AT MILL LANE and cab31/23 apologies") == []
    assert lettered_code_at("CAB31/23 in the report", 0) is None
    match = lettered_code_at("CAB31/23 APOLOGIES", 0)
    assert match is not None and match["number"] == "31"


def test_a_boards_dotted_running_codes_part_a_flattened_record() -> None:
    text = (
        "FENWICK DRAINAGE BOARD At a Meeting of the Fenwick Drainage Board held at the Fen "
        "Offices, Marchby on Wednesday the 17th June 2020 PRESENT A B Coles Esq (Vice "
        "Chairman) D E Fox Esq Apologies for absence were received from G H Hill Esq. B.1145 "
        "Standing Orders The Clerk reported on the adapted orders. RESOLVED That the Board "
        "approve in principle. B.1146 Minutes RESOLVED That the minutes of the meeting held on "
        "3 March 2020 be signed. " + "x " * 80
    )
    assert [n for _, n, _ in lettered_codes(text)] == [1145, 1146]
    part = parsed(text).parts[0]
    assert part.meeting is not None and part.meeting.body_name == "Fenwick Drainage Board"
    assert [m.number for m in part.minutes] == ["B.1145", "B.1146"]
    assert lettered_codes("see minute B.12 of the last meeting") == []  # no capital after
