"""'Full' before a council's whole name says the whole council met; it is no part of the
body's name ("the Full Wyke Town Council" is Wyke Town Council)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.openings import without_meeting_kind
from opening_facts import first_part_meeting


def test_full_before_a_named_council_is_left_out() -> None:
    assert without_meeting_kind("Full Wyke Town Council") == "Wyke Town Council"
    assert without_meeting_kind("FULL FENBY PARISH COUNCIL") == "FENBY PARISH COUNCIL"


def test_full_council_alone_stays_the_body() -> None:
    assert without_meeting_kind("Full Council") == "Full Council"
    assert without_meeting_kind("Full Cost Recovery Panel") == "Full Cost Recovery Panel"


def test_minutes_of_the_full_town_council_name_the_town_council() -> None:
    text = (
        "WYKE TOWN COUNCIL\n"
        "Minutes of the Meeting of the Full Wyke Town Council\n"
        "Held at 7.00pm on Monday 6 June 2022\n"
        "At the Council Chamber, Market Place, Wyke\n"
        "\n"
        "Present: Cllr. A Reid, Cllr. B Moss.\n"
        "\n"
        "1.  APOLOGIES FOR ABSENCE\n"
        "Apologies were received from Cllr. C Lowe.\n"
    )
    assert first_part_meeting(text) == (
        DocumentKind.MINUTES,
        "Wyke Town Council",
        dt.date(2022, 6, 6),
        dt.time(19, 0),
        "Council Chamber, Market Place, Wyke",
    )
