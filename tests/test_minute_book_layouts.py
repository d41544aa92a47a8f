"""Minute-book layouts of the genre: a town or parish council's folio references at the
right margin, and the other minute-heading variants tuned on the fourteenth held-out set."""

from __future__ import annotations

import datetime as dt
import re

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind
from minutebook.parsing import parse_document
from minutebook.parsing.agenda_items import item_line
from minutebook.parsing.agenda_wraps import joined_with_end, open_title_end
from minutebook.parsing.browser_prints import print_header, print_header_authority
from minutebook.parsing.dated_title_openings import dated_title_opening
from minutebook.parsing.delegation_marks import without_delegation_mark
from minutebook.parsing.folio_references import folio_reference
from minutebook.parsing.headed_articles import headed_articles
from minutebook.parsing.header_fallbacks import closing_start_time
from minutebook.parsing.letter_spacing import close_up_letter_spacing
from minutebook.parsing.minute_headings import item_word, minute_headings, session_alone
from minutebook.parsing.place_date_lines import (
    place_and_date,
    place_dated_minute_opening,
)
from minutebook.parsing.reading import SourceText
from minutebook.parsing.splitting import split
from minutebook.parsing.web_item_pages import without_directions_link


def test_folio_at_the_right_margin_is_no_minute_code() -> None:
    assert folio_reference(" " * 60 + "64/08")
    assert folio_reference(" " * 40 + "112/2021  ")
    assert not folio_reference("125/20")  # a table of minutes' first column
    assert not folio_reference("    125/20")
    lines = lines_of(" " * 60 + "64/08\nKELSTOW TOWN COUNCIL")
    assert session_alone(lines, 0, "64/08") is None
    assert session_alone(lines_of("125/20\nAPOLOGIES"), 0, "125/20") is not None


def test_a_date_printed_year_first_is_no_minute_code() -> None:
    # a web page's date over the minutes, the date again in words below it
    page = lines_of("2021/10/04\nMonday 4th October 2021\n12929. Present:")
    assert session_alone(page, 0, "2021/10/04") is None
    # a minute of the 2021/22 session: its two last parts are years that follow each other
    assert session_alone(lines_of("2021/21/22\nAPOLOGIES"), 0, "2021/21/22") is not None


def test_running_numbers_read_past_a_folio() -> None:
    text = "\n".join(
        [
            " " * 60 + "64/08",
            "TOWN COUNCIL",
            "",
            "1021 APOLOGIES",
            "None were received.",
            " " * 60 + "65/08",
            "1022 MINUTES",
            "RESOLVED: That the minutes be approved.",
        ]
    )
    found = [(h.number, h.title) for h in minute_headings(lines_of(text))]
    assert found == [("1021", "APOLOGIES"), ("1022", "MINUTES")]


def test_letter_spaced_label_is_joined() -> None:
    lines, dropped = close_up_letter_spacing(
        lines_of("S e d e r u n t :\nP r e s e n t\nA B C D E\nJ o h n")
    )
    assert [ln.text for ln in lines] == ["Sederunt:", "Present", "A B C D E", "J o h n"]
    assert dropped == []


def test_place_and_date_line() -> None:
    found = place_and_date("Burgh Chambers, Kilbrannan, 4 September 2014")
    assert found is not None and found["place"] == "Burgh Chambers, Kilbrannan"
    assert place_and_date("The Committee met on 4 September 2014") is None


def test_place_dated_minute_opening() -> None:
    lines = lines_of(
        "ARDMOR COUNCIL\n\nTown House, Ardmor, 2 May 2018\n\n"
        "MINUTE OF MEETING OF THE LICENSING BOARD\n\nS e d e r u n t :"
    )
    opening = place_dated_minute_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue, opening.line) == (
        "LICENSING BOARD",
        dt.date(2018, 5, 2),
        None,
        "Town House, Ardmor",
        3,
    )
    assert place_dated_minute_opening(lines_of("Town House, Ardmor, 2 May 2018\n\nAGENDA")) is None


ARTICLES = "\n".join(
    [
        "APOLOGIES",
        "",
        "1.    Apologies were intimated on behalf of Councillor Bell.",
        "",
        "ROADS MAINTENANCE",
        "",
        "2.    The Committee had before it a report.",
        "",
        "SCHOOL TRANSPORT",
        "",
        "4.1   The Committee had before it a report.",
        "",
        "EXEMPT INFORMATION",
        "",
        "5.    The Committee resolved:-",
    ]
)


def test_headed_articles_take_the_article_number() -> None:
    found = [(h.number, h.title, h.index) for h in headed_articles(lines_of(ARTICLES))]
    assert found == [
        ("1", "APOLOGIES", 0),
        ("2", "ROADS MAINTENANCE", 4),
        ("4.1", "SCHOOL TRANSPORT", 8),
        ("5", "EXEMPT INFORMATION", 12),
    ]


def test_an_articles_number_after_a_stop_needs_no_wide_gap() -> None:
    """A web page's text loses the gap after the stop: "2. The Board had before it"."""
    text = re.sub(r"(?m)^(\d(?:\.\d)?)\.? +", r"\1. ", ARTICLES)
    found = [(h.number, h.title) for h in headed_articles(lines_of(text))]
    assert found == [
        ("1", "APOLOGIES"),
        ("2", "ROADS MAINTENANCE"),
        ("4.1", "SCHOOL TRANSPORT"),
        ("5", "EXEMPT INFORMATION"),
    ]
    assert headed_articles(lines_of(text.replace("2. The", "2 The"))) != found


def test_paragraph_numbers_restarting_are_no_articles() -> None:
    text = ARTICLES.replace("2.    The", "1.    The").replace("4.1   The", "1.    The")
    assert headed_articles(lines_of(text)) == []
    assert headed_articles(lines_of("\n".join(ARTICLES.split("\n")[:7]))) == []  # two only


def test_delegation_mark_is_no_part_of_the_heading() -> None:
    assert without_delegation_mark("* AC/1    Election of Chair") == "AC/1    Election of Chair"
    assert without_delegation_mark("*  15/23 Minutes") == "15/23 Minutes"
    assert without_delegation_mark("* 5 members attended") == "* 5 members attended"
    assert without_delegation_mark("* DENOTES DELEGATED MATTER") == "* DENOTES DELEGATED MATTER"
    text = "* FA/1    Election of Chair\n\nRESOLVED that X be Chair.\n\nFA/2      Minutes\n"
    found = [(h.number, h.title) for h in minute_headings(lines_of(text))]
    assert found == [("FA/1", "Election of Chair"), ("FA/2", "Minutes")]


def test_pack_stamp_over_enclosed_minutes_is_not_the_title() -> None:
    text = "\n".join(
        [
            "AGENDA",
            "",
            "Notice is given that the Committee will meet on 8 November 2017.",
            "",
            "1     Apologies",
            "",
            "                              Agenda Item 2",
            "                     BRAXHOLM FIRE AUTHORITY",
            "                          AUDIT COMMITTEE",
            "",
            "                           13 September 2017",
            "",
            "Present:-",
            "",
            "Councillor A Reid (Chair) and Councillor B Moss.",
        ]
    )
    kinds = [(paper.kind, paper.lines[0].number) for paper in split(lines_of(text))]
    assert kinds[-1] == (DocumentKind.MINUTES, 7)


def test_item_word_wrapped_in_a_sentence_is_no_heading() -> None:
    line = "item 58 as a board member of the trust, and"
    assert item_word(lines_of(line), 0, line) is None
    assert item_word(lines_of("Item 5. Apologies"), 0, "Item 5. Apologies") is not None


def test_present_label_under_the_date_is_no_venue_and_started_label_gives_time() -> None:
    lines = lines_of("Cabinet\nMinutes\nMonday 7 November 2016\n\nPRESENT\nCouncillor A Reid")
    opening = dated_title_opening(lines)
    assert opening is not None and opening.venue is None
    assert closing_start_time(lines_of("Meeting started: 7.00 pm\nMeeting ended: 8 pm"), 0) == (
        dt.time(19, 0)
    )


PRINT = (
    "03/05/2021, 09:12      Agenda for Transport Committee on Thursday, 29th April, 2021,"
    " 2.00 pm | Tarnvale Combined Authority"
)


def test_browser_print_header_names_the_authority() -> None:
    found = print_header(PRINT)
    assert found is not None and found["site"] == "Tarnvale Combined Authority"
    assert print_header_authority(["", PRINT]) == "Tarnvale Combined Authority"
    assert print_header("03/05/2021 was the date of the meeting") is None


def test_browser_print_header_opens_the_paper_under_it() -> None:
    text = "\n".join(
        [
            PRINT,
            "Agenda, decisions and minutes",
            "",
            "Transport Committee",
            "Thursday, 29th April, 2021 2.00 pm",
            "",
            "41.      Minutes of the last meeting",
            "",
            "         Minutes:",
            "",
            "         Resolved: That the minutes be approved.",
        ]
    )
    papers = split(lines_of(text))
    assert [(p.kind, p.lines[0].number) for p in papers] == [(DocumentKind.MINUTES, 1)]


def test_directions_link_wrapped_after_the_venue_is_dropped() -> None:
    assert (
        without_directions_link("Room 2, Tarnbridge, TB3 9LK. View")
        == "Room 2, Tarnbridge, TB3 9LK"
    )
    assert without_directions_link("Sea View Hall") == "Sea View Hall"


def test_title_stopped_before_the_page_column_ends_below() -> None:
    text = "4.2   Loading Restrictions - Market Place, Corn Street and           15 - 22"
    end = open_title_end(text, "      Well Yard")
    assert end == "Well Yard"
    joined = joined_with_end(text, end)
    assert joined.startswith("4.2   Loading Restrictions - Market Place, Corn Street and Well Yard")
    assert joined.endswith("15 - 22")
    assert open_title_end("4.3   Pay and Display Tariffs        23 - 30", "      Report") is None


def test_pages_word_pressed_against_a_long_title() -> None:
    line = item_line("5.    Enforcement Annual Report and Penalty Charge Pages 31 - 44")
    assert line is not None
    assert (line.title, line.pages) == ("Enforcement Annual Report and Penalty Charge", "31 - 44")


def test_a_map_link_after_the_venue_is_dropped_whatever_the_opening() -> None:
    """A committee system's "Map and Directions" link after a "Venue:" field is no part
    of the place, whichever opening reads the field."""
    assert without_directions_link("virtual Map and Directions") == "virtual"
    assert without_directions_link("Brook Room, Civic Centre Map & Directions") == (
        "Brook Room, Civic Centre"
    )
    assert without_directions_link("Directions House") == "Directions House"
    text = (
        "Tarnbridge Police and Crime Panel\n"
        "Agenda\n"
        "Date: Friday, 6 March 2026\n"
        "Time: 11.00 am\n"
        "Venue: Brook Room, Civic Centre, Tarnbridge Map and Directions\n"
        "\n"
        "1. Apologies for absence\n"
        "2. Declarations of interest\n"
    )
    document = parse_document(SourceText("inline.txt", "0" * 64, text), Diagnostics())
    [paper] = document.parts
    assert paper.meeting is not None
    assert paper.meeting.venue == "Brook Room, Civic Centre, Tarnbridge"
