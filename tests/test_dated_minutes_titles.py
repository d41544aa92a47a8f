"""A council site's page title "Minutes 9th March 2016" names a record's kind, and the
record's heading "Minutes from the X meeting held ..." names its meeting."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.titled_kinds import titled_kind
from opening_facts import first_part_meeting


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


RECORD = (
    "Minutes 14/02/2022\n\n"
    "Minutes from the Brackenford Community Council meeting held at 7.00pm on Monday "
    "14th February 2022 at Brackenford Memorial Hall\n\n"
    "Cllr Alan Pryce                Chair\n\n"
    "Cllr Megan Howells             Vice-Chair\n\n"
    "Cllr Owain Rees\n\n"
    "Carys Bevan                    Clerk\n\n\n"
    "21/101 Apologies for absence\n\n"
    "Apologies had been received from Cllr Ifan Lloyd\n\n\n"
    "21/102 Declarations of interest\n\n"
    "None\n\n\n"
    "21/103 Footpaths\n\n"
    "The stile near the chapel had been mended by the county council.\n"
)


def test_a_dated_minutes_page_title_makes_an_unread_record_minutes() -> None:
    assert titled_kind(_lines(RECORD)) is DocumentKind.MINUTES
    for title in ("Minutes 9th March 2016", "MINUTES 3 October 2019", "Minutes 20.03.2017"):
        assert titled_kind(_lines(title)) is DocumentKind.MINUTES, title


def test_minutes_from_the_body_meeting_names_the_meeting() -> None:
    kind, body, date, time, venue = first_part_meeting(RECORD)
    assert kind is DocumentKind.MINUTES
    assert (body, date) == ("Brackenford Community Council", dt.date(2022, 2, 14))
    assert time == dt.time(19, 0)
    assert venue == "Brackenford Memorial Hall"


def test_minutes_and_a_date_in_a_sentence_or_an_item_name_no_kind() -> None:
    for text in (
        "Minutes 9th March 2016 were approved and signed.",
        "5 Minutes 9th March 2016",
        "To approve the Minutes 9th March 2016",
        "Minutes 12 items were deferred",
        "Minutes 2016",
    ):
        assert titled_kind(_lines(text)) is None, text


def test_a_notice_of_a_meeting_title_makes_an_agenda_over_its_minutes_item() -> None:
    """ "Notice of a public meeting of" heads an agenda, though an item below it names the
    last meeting's minutes ("2." alone, then "Minutes of the meeting held on ...")."""
    text = (
        "Notice of a public meeting of\nYoung People Scrutiny Committee\nDate:\n"
        "Friday, 25th February, 2022\n1.\nWelcome and Apologies\n2.\n"
        "Minutes of the meeting held on 10th December 2021\n"
    )
    assert titled_kind(_lines(text)) is DocumentKind.AGENDA
    assert titled_kind(_lines("The notice of meeting was circulated")) is None
