"""Records flattened onto one line in two more of the genre's layouts: a ModernGov
record's "Attendees" and "Minutes" headings, and a board's title in capitals over "A
meeting of the Board was held at ..." and "PRESENT" before initials (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.flattened_lines import split_flattened_lines

MODERNGOV = (
    "Council Monday, 14th December, 2026 5.00 - 8.35 pm Attendees Councillors: Ann Reid "
    "(Chair), Ben Moss (Vice-Chair), Cy Dunn, Di Hart, Ed Lowe and Flo Pym Minutes "
    "1. APOLOGIES Apologies were received from Councillor Ash and Birch. 2. DECLARATIONS OF "
    "INTEREST Councillor Moss declared an interest in agenda item 6 as a tenant of the "
    "council. 3. MINUTES OF THE LAST MEETING The minutes of the meeting held on 12th October "
    "were signed and approved as a correct record. 4. COMMUNICATIONS BY THE MAYOR The Mayor "
    "thanked the staff of the leisure centre for their work over the year."
)

BOARD = (
    "Agenda Item No. 5 FENBY LEVEL INTERNAL DRAINAGE BOARD A meeting of the Board was held "
    "at the Village Hall, on Wednesday 17th June 2026 at 2.00 pm. PRESENT A Reid Esq., B. "
    "Moss Esq., Cllr C Dunn and Mrs D Hart, Clerk to the Board. 101. APOLOGIES FOR ABSENCE "
    "Apologies were received from E Lowe Esq. 102. MINUTES OF PREVIOUS MEETING The minutes "
    "of the meeting held on 21st January 2026 were taken as read and signed by the Chairman. "
    "103. PUMPING STATIONS The Clerk reported on the repairs to the pumps at Mill Drove."
)


def _pieces(text: str) -> list[str]:
    return [line.text for line in split_flattened_lines([Line(2, text)])[0]]


def test_a_moderngov_record_s_headings_stand_on_lines_of_their_own() -> None:
    pieces = _pieces(MODERNGOV)
    assert pieces[:3] == [
        "Council Monday, 14th December, 2026 5.00 - 8.35 pm",
        "Attendees",
        "Councillors: Ann Reid (Chair), Ben Moss (Vice-Chair), Cy Dunn, Di Hart, Ed Lowe and Flo"
        " Pym",
    ]
    assert pieces[3:5] == ["Minutes", "1. APOLOGIES"]


def test_minutes_in_a_sentence_is_no_heading() -> None:
    text = MODERNGOV.replace("and Flo Pym Minutes 1.", "and Flo Pym 1.").replace(
        "The minutes of", "Members read the Minutes 1 to 4 of"
    )
    assert "Minutes" not in _pieces(text)


def test_a_board_s_title_sentence_and_present_label_are_cut_apart() -> None:
    pieces = _pieces(BOARD)
    assert "FENBY LEVEL INTERNAL DRAINAGE BOARD" in pieces
    sentence = "A meeting of the Board was held at the Village Hall, on Wednesday 17th June 2026"
    assert any(piece.startswith(sentence) for piece in pieces)
    at = pieces.index("PRESENT")
    assert pieces[at + 1].startswith("A Reid Esq., B. Moss Esq.")
