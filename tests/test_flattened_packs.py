"""A published pack's front sheet flattened onto one line, "Public Document Pack" first,
opens an agenda whose meeting is read from the labelled fields run on after the body's
name, or from the title in capitals after the letterhead (not the publication date)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.flattened_packs import flattened_pack_opening
from minutebook.parsing.splitting import split

NOTES = (
    " Information for the public: the meeting is open to the press and public. Anyone who"
    " wishes to speak on an item should tell the clerk two working days before the day."
) * 3

LABELLED = (
    "Public Document Pack Eastfold Harbour Board Date: Monday 2 February 2026 Time: 2.00 pm"
    " Public meeting Yes Venue: Board Room, Harbour Office, Quay Road, Eastfold Membership"
    " Councillor A Bell (Eastfold Council) and Mr C Dunn (co-opted)" + NOTES
)
LETTERHEAD = (
    "Public Document Pack Wexcombe Police and Crime Panel c/o Wexcombe Council Town Hall"
    " Wexcombe WX1 1AA Please ask for Sam Cole T 01632 960000 Published 20 May 2024 WEXCOMBE"
    " POLICE AND CRIME PANEL Thursday 30 May 2024 10.00 am Council Chamber (First Floor),"
    " Town Hall, Wexcombe Members: Councillors Bell and Dunn." + NOTES
)


def _lines(*texts: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(texts)]


def test_labelled_fields_after_the_stamp_name_the_meeting() -> None:
    opening = flattened_pack_opening(_lines(LABELLED))
    assert opening is not None
    assert opening.body == "Eastfold Harbour Board"
    assert opening.date == dt.date(2026, 2, 2)
    assert opening.time == dt.time(14, 0)
    assert opening.venue == "Board Room, Harbour Office, Quay Road, Eastfold"


def test_the_publication_date_is_not_the_meetings() -> None:
    opening = flattened_pack_opening(_lines(LETTERHEAD))
    assert opening is not None
    assert opening.body == "WEXCOMBE POLICE AND CRIME PANEL"
    assert opening.date == dt.date(2024, 5, 30)
    assert opening.time == dt.time(10, 0)
    assert opening.venue == "Council Chamber (First Floor), Town Hall, Wexcombe"


def test_a_flattened_pack_cover_opens_an_agenda() -> None:
    parts = split(_lines(LETTERHEAD, "", "1. Apologies", "", "2. Minutes (Pages 1 - 4)"))
    assert [part.kind for part in parts] == [DocumentKind.AGENDA]


def test_a_printed_stamp_or_a_short_line_is_not_read() -> None:
    assert flattened_pack_opening(_lines("Public Document Pack", "Eastfold Board")) is None
    short = "Eastfold Harbour Board Date: Monday 2 February 2026 Time: 2.00 pm"
    assert flattened_pack_opening(_lines(short)) is None


def test_a_flattened_sheet_without_the_stamp_is_read_from_its_fields() -> None:
    text = LABELLED.replace(
        "Public Document Pack Eastfold Harbour Board", "EASTFOLD HARBOUR BOARD AGENDA"
    )
    opening = flattened_pack_opening(_lines(text))
    assert opening is not None
    assert opening.body == "EASTFOLD HARBOUR BOARD"
    assert opening.date == dt.date(2026, 2, 2)
