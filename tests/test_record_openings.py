"""Record openings that print no attendance list before the business, Scottish 'MINUTES of
MEETING of' without an article, long dated lines and ordinals glued to the month
(invented bodies, people and places)."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.dates import find_date
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line
from minutebook.parsing.headers import minutes_header
from minutebook.parsing.openings import manner_line
from minutebook.parsing.sentence_openings import (
    _small_letter_after_blank,
    capitals_block,
    meeting_clause,
)
from minutebook.parsing.splitting import split


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def _kinds(text: str) -> list[DocumentKind]:
    return [part.kind for part in split(_lines(text))]


@pytest.mark.parametrize(
    "business",
    [
        "1. Apologies for absence\n\nApologies were received from Councillor P Lowry.",
        "14/23 APOLOGIES\n\nThere were no apologies for absence.",
        "3. Minutes\n\nRESOLVED that the minutes of the meeting held on 2 May be approved.",
    ],
)
def test_a_titled_minutes_line_over_business_opens_a_record(business: str) -> None:
    text = f"Fenmoor Fire Authority\n\nMinutes of the meeting held on 9 June 2021\n\n{business}"
    assert _kinds(text) == [DocumentKind.MINUTES]
    facts = minutes_header(_lines(text), "x.txt", Diagnostics())
    assert facts is not None
    assert facts.body_name == "Fenmoor Fire Authority"
    assert facts.date == dt.date(2021, 6, 9)


def test_a_titled_minutes_line_over_an_agenda_list_opens_no_record() -> None:
    text = (
        "Fenmoor Fire Authority\n\nMinutes of the meeting held on 9 June 2021\n\n"
        "1. To receive apologies for absence\n2. Declarations of interest\n3. Budget"
    )
    assert DocumentKind.MINUTES not in _kinds(text)


def test_a_heading_about_the_previous_minutes_inside_a_record_opens_nothing() -> None:
    """No title block stands above it: the line above ends a sentence."""
    text = (
        "MINUTES of a meeting of the Fenmoor Panel held at Elm Hall on 9 June 2021\n\n"
        "Present: Councillor A Moss\n\nThe Chair welcomed everyone.\n\n"
        "Minutes of the meeting held on 3 May 2021\n\nThe minutes were approved."
    )
    assert _kinds(text) == [DocumentKind.MINUTES]


def test_a_dated_title_over_minuted_business_is_a_record() -> None:
    text = (
        "MEETING OF THE FENMOOR LICENSING PANEL\n\nTUESDAY 4TH MAY 2021 AT 6.00 P.M.\n\n"
        "12/21 APOLOGIES\n\nApologies for absence were submitted on behalf of Cllr Dunn."
    )
    assert _kinds(text) == [DocumentKind.MINUTES]


def test_minutes_of_meeting_without_an_article_opens_a_record() -> None:
    text = (
        "GLENMORE COUNCIL\n\nMINUTES of MEETING of the ROADS COMMITTEE held in the "
        "COUNCIL HALL, KILDRUM on TUESDAY, 3 MARCH 2020\n\n1. MINUTES\n\n"
        "The Committee approved the Minutes of 4 February 2020 as a correct record."
    )
    assert _kinds(text) == [DocumentKind.MINUTES]
    facts = minutes_header(_lines(text), "x.txt", Diagnostics())
    assert facts is not None and facts.date == dt.date(2020, 3, 3)


def test_a_long_dated_line_under_the_title_dates_the_record() -> None:
    text = (
        "Fenmoor Combined Fire Authority\n\n"
        "Monday, 6 December 2021 at 10.30 am in the Assembly Hall, Service Training Centre, Kilby"
        "\n\nMinutes\n\nPresent:\n\nA Moss (Chair)"
    )
    facts = minutes_header(_lines(text), "x.txt", Diagnostics())
    assert facts is not None
    assert facts.date == dt.date(2021, 12, 6)
    assert facts.body_name == "Fenmoor Combined Fire Authority"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("on Wednesday 15thMay 2019, 7pm", dt.date(2019, 5, 15)),
        ("on 2ndJune 2020", dt.date(2020, 6, 2)),
        ("on 2 June 2020", dt.date(2020, 6, 2)),
        ("item 15thereafter May 2019", None),  # no ordinal: a word runs on
    ],
)
def test_an_ordinal_glued_to_its_month_still_dates(text: str, date: dt.date | None) -> None:
    assert find_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("4.00pm1 July 2021", dt.date(2021, 7, 1)),
        ("10.30am 12 March 2019", dt.date(2019, 3, 12)),
        ("7.00 p.m.14 May 2018", dt.date(2018, 5, 14)),  # the stop already ends the word
        ("Item12 July 2021", None),  # a word glued to the digits is no date
    ],
)
def test_a_day_glued_to_the_time_before_it_still_dates(text: str, date: dt.date | None) -> None:
    assert find_date(text) == date


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "MINUTES of a meeting of the Tonford Borough Council, duly convened and held at "
            "the Council Chamber at 6.30 pm on Wednesday, 10 December 2014",
            "Tonford Borough Council",
        ),
        (
            "Minutes of a meeting of the Marlow Town Council duly constituted and held at "
            "the Guildhall on 3 March 2021",
            "Marlow Town Council",
        ),
        (
            "MINUTES of a meeting of the Convention Committee held at the Guildhall on 3 "
            "March 2021",
            "Convention Committee",
        ),
    ],
)
def test_the_duly_convened_formula_is_no_part_of_the_body(text: str, body: str) -> None:
    clause = meeting_clause(text)
    assert clause is not None
    assert clause.body == body


def test_a_centred_capitals_block_stacks_the_whole_sentence() -> None:
    """A title block in centred capitals, a phrase to a line: the venue lines after the
    date and the starting time belong to the sentence; a block ending at its date is left
    to the plain reading (no commas added)."""
    block = [
        "                 MINUTES",
        "           OF THE MEETING OF THE",
        "         WESTERHAM FIRE AUTHORITY",
        "          HELD ON TUESDAY 4 MAY 2010",
        "            IN THE ASSEMBLY ROOM",
        "               SHIRE HALL",
        "               LOWMINSTER",
        "          COMMENCING AT 2.00 PM",
        "          ______________________",
    ]
    opening = [(n, Line(n + 1, text)) for n, text in enumerate(block)]
    text = capitals_block(opening, 1)
    assert text is not None
    clause = meeting_clause(text)
    assert clause is not None
    assert (clause.body, clause.date, clause.time, clause.venue) == (
        "WESTERHAM FIRE AUTHORITY",
        dt.date(2010, 5, 4),
        dt.time(14, 0),
        "ASSEMBLY ROOM, SHIRE HALL, LOWMINSTER",
    )
    assert capitals_block(opening[:5], 1) is None  # the date's line and one more only
    plain_lines = [(0, Line(1, "Minutes of the meeting of the Westerham Fire Authority"))]
    assert capitals_block(plain_lines, 0) is None


@pytest.mark.parametrize(
    "manner",
    ["MEETING HELD VIRTUALLY", "Remote Meeting held via Microsoft Teams", "HYBRID MEETING"],
)
def test_a_line_saying_how_the_meeting_sat_names_no_body(manner: str) -> None:
    text = f"WOLDMERE POLICE AND CRIME PANEL\n\n{manner}\n\n9 MARCH 2022\n\nPRESENT: Cllr A Pell\n"
    facts = minutes_header(_lines(text), "m.txt", Diagnostics())
    assert facts is not None
    assert (facts.body_name, facts.date) == ("WOLDMERE POLICE AND CRIME PANEL", dt.date(2022, 3, 9))


def test_a_body_under_a_title_is_still_read() -> None:
    text = "WOLDMERE COUNCIL\n\nAUDIT COMMITTEE\n\n9 MARCH 2022\n\nPRESENT: Cllr A Pell\n"
    facts = minutes_header(_lines(text), "m.txt", Diagnostics())
    assert facts is not None
    assert facts.body_name == "Woldmere Council Audit Committee"


@pytest.mark.parametrize(
    "text", ["HELD ON WEDNESDAY 27 JUNE 2007", "Held", "Meeting held in the Council Chamber"]
)
def test_a_held_line_with_a_date_or_place_is_no_manner_note(text: str) -> None:
    assert not manner_line(text)


def test_an_opening_goes_on_across_a_blank_line_in_small_letters() -> None:
    """A page stored as HTML set a blank line after every line: the opening sentence goes
    on to the line in small letters after the blank, and stops at a capital or a full
    stop (a new paragraph) or at a list item's marker."""
    text = (
        "AT A MEETING OF THE FENBRIDGE HARBOUR BOARD HELD AT the harbour\n\n"
        "office, Quay Street, Fenbridge on MONDAY 3RD MARCH 2014 AT 10.00 AM\n\n"
        "PRESENT: Mr A Marsh\n\n1. APOLOGIES\n\nNone."
    )
    facts = minutes_header(_lines(text), "x.txt", Diagnostics())
    assert facts is not None
    assert (facts.date, facts.venue) == (
        dt.date(2014, 3, 3),
        "harbour office, Quay Street, Fenbridge",
    )
    assert _small_letter_after_blank("HELD AT the harbour", 2, "office, Quay Street")
    assert not _small_letter_after_blank("HELD AT the harbour.", 2, "office, Quay Street")
    assert not _small_letter_after_blank("HELD AT the harbour", 3, "office, Quay Street")
    assert not _small_letter_after_blank("HELD AT the harbour", 2, "Office, Quay Street")
    assert not _small_letter_after_blank("the following", 2, "ii. the budget")
    assert not _small_letter_after_blank("the following", 2, "b) the budget")
    assert not _small_letter_after_blank("Minutes of the Authority Meeting", 2, "held at V on D")
    assert not _small_letter_after_blank("HELD ON 3 MARCH 2014 AT the", 2, "harbour office")


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        (DocumentKind.AGENDA, "AGENDA for a meeting of"),
        (DocumentKind.MINUTES, "MINUTES of a meeting of"),
    ],
)
def test_a_title_naming_its_meeting_without_held_gives_the_meeting(
    kind: DocumentKind, title: str
) -> None:
    """ "AGENDA for a meeting of the X in the Council Chamber ... on D AT T": no verb, the
    place and the date straight after the body's name; a bare "AGENDA" over the items
    further down is the same paper."""
    from opening_facts import parsed

    text = (
        f"{title} the HEALTH SCRUTINY COMMITTEE in the Council Chamber, County Hall, Fenby"
        " on FRIDAY 3 FEBRUARY 2006 AT 10.00 A.M.\n\nMEMBERS OF THE COMMITTEE (3)\n"
        "A Reid, B Moss, C Lowe\nAUDIO SYSTEM\nThe chamber has an audio system.\n"
        "PART 1 (PUBLIC)\nMeetings are open to the public.\nQuorum: 3\nSubstitutes: none\n"
        "Contact: the clerk\n\nAGENDA\n\n1. MINUTES\n\nTo confirm the minutes.\n"
    )
    (part,) = parsed(text).parts
    assert part.kind is kind and part.meeting is not None
    assert (part.meeting.body_name, part.meeting.date, part.meeting.time, part.meeting.venue) == (
        "HEALTH SCRUTINY COMMITTEE",
        dt.date(2006, 2, 3),
        dt.time(10, 0),
        "Council Chamber, County Hall, Fenby",
    )


def test_a_meeting_in_accordance_with_is_no_place() -> None:
    text = "AGENDA for a meeting of the Council in accordance with Standing Orders on 3 May 2020"
    assert meeting_clause(text) is None
