"""A town council's minute codes of the year with a hyphen, beside the item's number:
"001-18 1 APOLOGIES Apologies were received ..."."""

from __future__ import annotations

from minute_fixtures import lines_of, parse_text
from minutebook.parsing.minute_headings import hyphen_year_numbered

RECORD = (
    "MINUTES of the MEETING OF ASHCOMBE TOWN COUNCIL HELD IN THE COUNCIL CHAMBER ON "
    "TUESDAY 16TH JANUARY 2018 AT 7.30PM\n"
    "\n"
    "Minute No. Agenda Item\n"
    "\n"
    "001-18 1 APOLOGIES Apologies were received from Cllr Reid (work).\n"
    "\n"
    "002-18 2 TO CO-OPT NEW COUNCILLORS No nominations were received.\n"
    "\n"
    "003-18 3 DECLARATIONS OF INTEREST a) To declare any disclosable pecuniary interest.\n"
    "None were declared.\n"
)


def test_each_code_numbers_its_minute_and_cites_its_item() -> None:
    part = parse_text(RECORD)
    assert [(m.number, m.title, m.item_code) for m in part.minutes] == [
        ("001-18", "APOLOGIES", "1"),
        ("002-18", "TO CO-OPT NEW COUNCILLORS", "2"),
        ("003-18", "DECLARATIONS OF INTEREST", "3"),
    ]


def test_years_ranges_and_sentences_are_no_such_code() -> None:
    lines = lines_of("2019-20 3 BUDGET\n123-45 High Street was approved.\n")
    assert hyphen_year_numbered(lines, 0, lines[0].text) is None
    assert hyphen_year_numbered(lines, 1, lines[1].text) is None
