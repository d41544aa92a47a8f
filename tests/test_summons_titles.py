"""A parish's summons titled by its several papers at once ("Notice, Summons and Agenda
for a Meeting of the X on" / its date), and a summons letter flattened onto one line whose
items name a record or a question time (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.flattened_lines import split_flattened_lines
from minutebook.parsing.openings import title_name


def test_a_title_naming_its_papers_names_the_body_after_them() -> None:
    line = Line(4, "Notice, Summons and Agenda for a Meeting of the Planning Committee on")
    assert title_name(line) == "Planning Committee"
    assert title_name(Line(4, "Summons and Agenda for the Finance Committee")) == (
        "Finance Committee"
    )


def test_on_stays_when_no_body_s_noun_stands_before_it() -> None:
    assert title_name(Line(1, "Agenda for the Parish Council")) == "Parish Council"
    assert title_name(Line(1, "Carry On")) == "Carry On"


LETTER = (
    "Dear Councillor, You are SUMMONED to attend a meeting of the FENBY TOWN COUNCIL to be "
    "held in the Council Chamber, The Town Hall, Fenby, on MONDAY 2nd MARCH 2026 AT 7.30PM "
    "AGENDA 1. Apologies for absence. 2. To confirm Minutes of the Meeting of the Council "
    "held on 2nd February 2026. 3. Declarations of Interest. 4. Public Question Time: A "
    "period of up to 15 minutes will be allowed for members of the public. 5. Allotments."
)


def test_an_item_confirming_a_record_is_no_record_s_opening() -> None:
    pieces = [line.text for line in split_flattened_lines([Line(2, LETTER)])[0]]
    assert "2. To confirm Minutes of the Meeting of the Council held on 2nd February 2026." in (
        pieces
    )


def test_question_time_s_colon_is_no_front_sheet_field() -> None:
    pieces = [line.text for line in split_flattened_lines([Line(2, LETTER)])[0]]
    assert not any(piece.startswith("Time:") for piece in pieces)
    assert any(piece.startswith("4. Public Question Time: A period") for piece in pieces)
