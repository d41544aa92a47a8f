"""A community council's minute flattened onto one line under the host page's title:
"Wyke Community Council Minute of the Wyke Community Council (WCC) Meeting held on D, in V
1. Welcome: ... 2. Apologies: ..." is cut before the singular "Minute of the ..." and read
as minutes of that meeting."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import lines_of
from minutebook.model import DocumentKind
from minutebook.parsing.flattened_lines import split_flattened_lines
from opening_facts import first_part_meeting

FLAT = (
    "Wyke Community Council Minute of the Wyke Community Council (WCC) Meeting held on "
    "Tuesday, 8th March 2022, in Wyke Village Hall 1. Welcome: The Chair, CCllr Reid, "
    "welcomed CCllrs Moss and Lowe and 3 members of the public to the meeting and thanked the "
    "hall committee for the use of the room. 2. Apologies: Apologies were received from "
    "CCllrs Hart and Pye, and from Fenshire Council Cllr Dunn. 3. Police matters: No police "
    "report had been received this month; the Chair asked the Secretary to write to the local "
    "inspector about speeding on the main road through the village and the school crossing."
)


def test_the_singular_minute_opening_is_cut_off_the_host_title() -> None:
    lines, _ = split_flattened_lines(lines_of(FLAT))
    assert lines[1].text.startswith("Minute of the Wyke Community Council (WCC) Meeting held")
    assert lines[0].text == "Wyke Community Council"


def test_the_flattened_minute_records_its_meeting() -> None:
    assert first_part_meeting("Wyke Community Council\n" + FLAT + "\n") == (
        DocumentKind.MINUTES,
        "Wyke Community Council",
        dt.date(2022, 3, 8),
        None,
        "Wyke Village Hall",
    )
