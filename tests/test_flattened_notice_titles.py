"""An agenda flattened onto one line under a title that names the meeting to come
("X Authority Meeting to be held at V on D at T (Group meeting at 9:00am) Page 1. ...")
(invented examples)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.flattened_lines import split_flattened_lines
from minutebook.parsing.venue_ends import without_venue_note
from opening_facts import first_part_meeting, parsed

AGENDA = (
    "Fenby and Eastby Transport Authority Meeting to be held at The Guildhall, Market Street, "
    "Fenby on Thursday 24 September 2026 at 10.00 am (Labour Group meeting at 9:00am) Page "
    "1. Apologies for absence 2. Declarations of Interest 3. Minutes of the meeting of 23rd "
    "1 - 10 July 2026 4. Appointment of Clerk to the Authority 11 - 14 5. Rail Update 15 - 18 "
    "6. 2026/27 Capital Programme - First Quarterly Review 19 - 40 7. Bus Services 41 - 44 "
    "8. Revenue Budget Monitor 45 - 50 9. Exclusion of Press and Public"
)


def test_a_title_naming_the_meeting_to_come_opens_a_flattened_agenda() -> None:
    pieces = [line.text for line in split_flattened_lines([Line(1, AGENDA)])[0]]
    assert pieces[0].startswith("Fenby and Eastby Transport Authority Meeting to be held at")
    assert any(piece.startswith("6. 2026/27 Capital Programme") for piece in pieces)


def test_its_meeting_and_items_are_read() -> None:
    kind, body, date, time, venue = first_part_meeting(AGENDA)
    assert kind is DocumentKind.AGENDA
    assert (body, date, time) == (
        "Fenby and Eastby Transport Authority",
        dt.date(2026, 9, 24),
        dt.time(10, 0),
    )
    assert venue is not None and venue.endswith("Market Street, Fenby")
    codes = [i.code for i in parsed(AGENDA).parts[0].items]
    assert codes == [str(n) for n in range(1, 10)]


def test_a_note_of_another_meeting_and_a_page_heading_end_the_place() -> None:
    assert without_venue_note("Guildhall, Fenby (Labour Group meeting ) Page") == "Guildhall, Fenby"
    assert without_venue_note("Guildhall (Main Hall), Fenby") == "Guildhall (Main Hall), Fenby"
