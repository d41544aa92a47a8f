"""Openings and minute headings of layouts first met in councils' real papers (round 7):
a Scottish town-and-date line, a numbered attendance list under a record's title, a
title ending in 'Meeting' with the date below, a year-and-month minute number, a head
count in the attendance list and an item number with a point in an attendance note.
Every example is invented."""

from __future__ import annotations

import datetime as dt
import hashlib

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line
from minutebook.parsing import parse_document
from minutebook.parsing.dated_title_openings import dated_title_opening, place_dated
from minutebook.parsing.held_line_openings import held_line_opening
from minutebook.parsing.minute_headings import bare_numbered, decimal_numbered, item_word
from minutebook.parsing.reading import SourceText
from minutebook.parsing.splitting import without_minute_number


def _lines(text: str) -> list[Line]:
    return [Line(number=n, text=t) for n, t in enumerate(text.split("\n"), start=1)]


def _parse(text: str) -> list[tuple[DocumentKind, str | None, dt.date | None, list[str]]]:
    source = SourceText(file="x.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text)
    document = parse_document(source, Diagnostics())
    return [
        (
            p.kind,
            p.meeting.body_name if p.meeting else None,
            p.meeting.date if p.meeting else None,
            [m.number or "" for m in p.minutes],
        )
        for p in document.parts
    ]


def test_place_dated_reads_a_town_then_the_date() -> None:
    assert place_dated("Dunmore, Thursday 2 June 2016") == ("Dunmore", "Thursday 2 June 2016")
    assert place_dated("Kirk Ardle, 5 May 2011") == ("Kirk Ardle", "5 May 2011")


def test_place_dated_leaves_titles_and_weekdays_alone() -> None:
    assert place_dated("Glenvale Licensing Board - Tuesday, 3 May 2016 10.00 am") is None
    assert place_dated("Cabinet Tuesday, 3 May 2016") is None
    assert place_dated("Thursday 2 June 2016") is None


def test_town_and_date_under_the_body_open_scottish_minutes() -> None:
    text = (
        "Minutes\n\nThe Dunmore Council\n\nDunmore, Thursday 2 June 2016\n\nPresent:-\n\n"
        "Councillors Ada Brodie, Ian Corrie\n\n1. Minutes\n\nDecision\n\nTo approve the "
        "minute of 28 April 2016.\n\n2. Questions\n\nThe questions put are in Appendix 1.\n"
    )
    [(kind, body, date, numbers)] = _parse(text)
    assert kind is DocumentKind.MINUTES
    assert date == dt.date(2016, 6, 2)
    assert body is not None and "Dunmore" in body
    assert numbers == ["1", "2"]


def test_at_a_meeting_after_the_town_and_date_names_the_body() -> None:
    lines = _lines("Dunmore, 27 May 2010 - At a meeting of The Glenvale Licensing Board.")
    opening = dated_title_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date) == ("Glenvale Licensing Board", dt.date(2010, 5, 27))


def test_numbered_attendance_list_under_a_record_title_opens_minutes() -> None:
    text = (
        "Minutes of the Community Council virtual Meeting held via Zoom on Tuesday, "
        "19th July 2022.\n\n1          Present\n\nCouncillors Nia Prosser (Chair), Huw Tarrant\n\n"
        "2         Apologies\n\nwere received from Councillor Ian Lusk\n\n3         Welcome\n\n"
        "The Chair welcomed everyone.\n"
    )
    [(kind, _, date, numbers)] = _parse(text)
    assert kind is DocumentKind.MINUTES
    assert date == dt.date(2022, 7, 19)
    assert numbers == ["1", "2", "3"]


def test_without_minute_number() -> None:
    assert without_minute_number("1   Present") == "Present"
    assert without_minute_number("2307.01 Present") == "Present"
    assert without_minute_number("1. Present") == "Present"
    assert without_minute_number("Present: Cllr A Bell") == "Present: Cllr A Bell"
    assert without_minute_number("10.30 am") == "10.30 am"


def test_title_ending_in_meeting_with_the_date_below_opens_minutes() -> None:
    text = (
        "ASHFORTH PARISH COUNCIL\n\nMinutes of the Ordinary Parish Council Meeting\n\n"
        "held 15th November 2023\n\nPRESENT;  Cllrs Noakes; Pettit; Rudd\n\n"
        "3 Members of the Public\n\n54           APOLOGIES\n\nApologies were received from "
        "Cllr Start.\n\n55           DECLARATIONS OF INTEREST\n\nThere were none.\n"
    )
    [(kind, _, date, numbers)] = _parse(text)
    assert kind is DocumentKind.MINUTES
    assert date == dt.date(2023, 11, 15)
    assert numbers == ["54", "55"]  # "3 Members of the Public" counts people


def test_held_with_the_date_at_once() -> None:
    lines = _lines("BRAMLEY PARISH COUNCIL\nheld 15th November 2023\n")
    opening = held_line_opening(lines)
    assert opening is not None and opening.date == dt.date(2023, 11, 15)
    assert (
        held_line_opening(_lines("BRAMLEY PARISH COUNCIL\nheld over to the next meeting\n")) is None
    )


def test_head_count_is_no_minute() -> None:
    assert bare_numbered(_lines("2 members of the public"), 0, "2 members of the public") is None
    assert bare_numbered(_lines("4 Residents"), 0, "4 Residents") is None
    heading = bare_numbered(_lines("4 Public Questions"), 0, "4 Public Questions")
    assert heading is not None and heading.title == "Public Questions"


def test_year_and_month_minute_number() -> None:
    heading = decimal_numbered(
        _lines("2307.05 Co-option of Councillor"), 0, "2307.05 Co-option of Councillor"
    )
    assert heading is not None and (heading.number, heading.title) == (
        "2307.05",
        "Co-option of Councillor",
    )
    assert decimal_numbered(_lines("230.05 Title"), 0, "230.05 Title") is None


def test_item_with_a_point_in_an_attendance_note_is_no_heading() -> None:
    text = "Item 7.2: Ms J Orme, Solicitor for the Applicant"
    assert item_word(_lines(text), 0, text) is None
    heading = item_word(_lines("Item 7: Licences"), 0, "Item 7: Licences")
    assert heading is not None and heading.number == "7"
