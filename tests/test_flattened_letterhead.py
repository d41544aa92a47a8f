"""A letterhead cut off a flattened paper's opening on the same source line names the
meeting's authority, as a letterhead on the line above does (invented examples)."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.flattened_letterheads import opening_piece, piece_order
from opening_facts import first_part_meeting

FLAT = (
    "WEXLEY BOROUGH COUNCIL MINUTES OF THE MEETING OF THE LICENSING COMMITTEE HELD ON "
    "THURSDAY 8 JUNE 2023 AT 10.00 AM IN THE COUNCIL CHAMBER, WEXLEY PRESENT: Councillor A "
    "Reid (Chairman), Councillor B Moss and Councillor C Lowe APOLOGIES: Councillor D Pym "
    "1. MINUTES RESOLVED that the minutes of the meeting held on 4 May 2023 be approved. "
    "2. STREET TRADING POLICY The Licensing Manager presented the report on the draft policy "
    "for consultation. RESOLVED that the draft policy be published for consultation."
)


def test_the_letterhead_on_the_flattened_line_names_the_authority() -> None:
    kind, body, date, _, _ = first_part_meeting(FLAT + "\n")
    assert kind is DocumentKind.MINUTES
    assert body == "Wexley Borough Council Licensing Committee"
    assert str(date) == "2023-06-08"


def test_the_opening_piece_is_found_among_pieces_of_one_number() -> None:
    lines = [
        Line(1, "Host title"),
        Line(2, "WEXLEY BOROUGH COUNCIL"),
        Line(2, "MINUTES OF THE MEETING OF THE LICENSING COMMITTEE HELD ON ..."),
        Line(2, "PRESENT: Councillor A Reid"),
    ]
    assert opening_piece(lines, 2, "LICENSING COMMITTEE") == 2


def test_a_line_of_its_own_is_left_to_line_numbers() -> None:
    lines = [Line(1, "WEXLEY BOROUGH COUNCIL"), Line(2, "MINUTES OF THE MEETING OF THE X")]
    assert opening_piece(lines, 2, "X") is None
    assert opening_piece([Line(2, "A"), Line(2, "B")], 2, "Z") is None


PACK = (
    "Public Document Pack Wexley Borough Council Meeting: Licensing Committee Date: Thursday, "
    "8 June 2023 Time: 10.00 am Venue: Council Chamber, Wexley Membership: Councillors A Reid "
    "(Chair), B Moss and C Lowe Contact: Committee Services, 01632 960111 AGENDA 1. Apologies "
    "for Absence To receive any apologies. 2. Minutes (Pages 1 - 4) To confirm the minutes of "
    "the meeting held on 4 May 2023. 3. Street Trading Policy (Pages 5 - 20) To consider the "
    "draft policy. 4. Date of Next Meeting To note that the next meeting will be held on "
    "Thursday, 6 July 2023 at 10.00 am."
)


def test_the_front_sheets_fields_come_before_a_later_sentence_on_the_line() -> None:
    host = "Agenda Licensing Committee 8 June 2023 - Wexley Borough Council\n"
    kind, body, date, time, venue = first_part_meeting(host + PACK + "\n")
    assert kind is DocumentKind.AGENDA
    assert body == "Wexley Borough Council Licensing Committee"
    assert str(date) == "2023-06-08"
    assert str(time) == "10:00:00"
    assert venue == "Council Chamber, Wexley"


def test_piece_order_places_openings_on_one_line() -> None:
    lines = [
        Line(1, "Host title"),
        Line(2, "Meeting: Licensing Committee"),
        Line(2, "4. Date of Next Meeting"),
    ]
    assert piece_order(lines, 2, "Licensing Committee") < piece_order(lines, 2, "4. Date of")
    assert piece_order(lines, 1, "Host title") == 0
