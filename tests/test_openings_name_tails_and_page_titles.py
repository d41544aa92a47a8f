"""Openings first met in other bodies' real papers (round 25): a body's name printed with
the meeting's word or the paper's kind after it ("X Authority Meeting held ...", "X
Partnership Minutes of the Board Meeting 3 May 2021"), "<kind of meeting> of the Council"
kept whole, and a committee system's dated page title at a file's head. Every example is
invented."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.bare_venues import bracketed_place
from minutebook.parsing.covers import title_scraps
from minutebook.parsing.lost_name_words import completed_name
from minutebook.parsing.openings import Opening, without_kind_tail
from minutebook.parsing.same_day_details import with_same_day_details
from minutebook.parsing.sentence_openings import meeting_clause
from minutebook.parsing.spaced_digits import closed_digits
from minutebook.parsing.titled_date_openings import titled_date
from minutebook.parsing.whole_body_titles import whole_body_in_text
from opening_facts import first_part_meeting, parsed


def test_a_trailing_meeting_or_kind_of_paper_is_no_part_of_the_name() -> None:
    assert without_kind_tail("WESSEX FIRE & RESCUE AUTHORITY Meeting") == (
        "WESSEX FIRE & RESCUE AUTHORITY"
    )
    assert without_kind_tail("Fenby Vale Area Action Partnership Minutes of the Board") == (
        "Fenby Vale Area Action Partnership"
    )
    assert without_kind_tail("Annual Meeting") == "Annual Meeting"  # no body left
    assert without_kind_tail("Kelbridge Licensing Committee") == "Kelbridge Licensing Committee"


def test_a_title_naming_the_board_meeting_after_the_body() -> None:
    title = "Fenby Vale Area Action Partnership Minutes of the Board Meeting 3 May 2021"
    found = titled_date(title)
    assert found is not None
    assert found[:2] == ("Fenby Vale Area Action Partnership", dt.date(2021, 5, 3))


def test_a_sentence_naming_the_authority_meeting_before_held() -> None:
    text = (
        "MINUTES of the Meeting of the WESSEX FIRE & RESCUE AUTHORITY Meeting held at the "
        "Service Headquarters, Fenby commencing at 1000 hours on Thursday 7 March 2024\n\n"
        "Present:\n\nCouncillors: A Brook, C Dale, E Fell\n\n"
        "1 APOLOGIES\n\nApologies were received from Councillor G Hart.\n"
    )
    kind, body, date, time, _ = first_part_meeting(text)
    assert kind is DocumentKind.MINUTES
    assert (body, date) == ("WESSEX FIRE & RESCUE AUTHORITY", dt.date(2024, 3, 7))
    assert time == dt.time(10)


def test_a_dated_web_page_title_with_no_venue_line_opens_a_record() -> None:
    text = (
        "Wessex Fire and Rescue Authority - Tuesday 14 May 2024 10.30 am\n\n"
        "Apologies for Absence\n\nTo receive any apologies for absence.\n\n"
        "Apologies were received from Councillor Ann Brook.\n\n"
        "Minutes of Previous Meeting\n\nTo approve the minutes of the previous meeting.\n\n"
        "The minutes of the last meeting were agreed.\n"
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert kind is DocumentKind.MINUTES
    assert (body, date, time, venue) == (
        "Wessex Fire and Rescue Authority",
        dt.date(2024, 5, 14),
        dt.time(10, 30),
        None,
    )


def test_a_dated_title_below_other_text_opens_no_web_page() -> None:
    text = (
        "Report to the Authority\n\nSome paragraph of a report that says things.\n\n"
        "Wessex Fire and Rescue Authority - Tuesday 14 May 2024 10.30 am\n\n"
        "The minutes of the last meeting were agreed.\n"
    )
    kind, *_ = first_part_meeting(text)
    assert kind is not DocumentKind.MINUTES


def test_a_notice_asking_those_attending_to_switch_off_phones_is_an_agenda() -> None:
    text = (
        "Fenmoor Council - 12 March 2014\n\n"
        "A Meeting of Fenmoor Council will be held in the Council Chamber, Fenmoor House, "
        "Fenby on Wednesday 12 March 2014 at 2.00pm.\n\n"
        "Those attending the meeting are requested to switch off all mobile phones.\n\n"
        "Members\n\nProvost Ann Brook and all Councillors\n\n"
        "1.    Declarations of Interest\n\n2.    Minutes\n\n3.    Budget Monitoring\n"
    )
    kind, body, date, time, _ = first_part_meeting(text)
    assert kind is DocumentKind.AGENDA
    assert (body, date, time) == ("Fenmoor Council", dt.date(2014, 3, 12), dt.time(14))


def _kinds(text: str) -> list[tuple[DocumentKind, int]]:
    return [(p.kind, p.first_line) for p in parsed(text).parts]


def test_a_remote_meeting_note_over_the_date_opens_an_agenda() -> None:
    text = (
        "Due to Government guidance relating to Covid-19, this meeting will be held remotely.\n\n"
        "Wednesday, 3rd March, 2021 - 10.00 a.m.\n\n"
        "1. APOLOGIES FOR ABSENCE\n\n2. DECLARATIONS OF INTEREST\n\n"
        "3. MINUTES - Minutes of the meeting of 3rd February, 2021.\n"
    )
    assert _kinds(text)[0][0] is DocumentKind.AGENDA


def test_the_committee_before_a_remote_note_on_one_line_is_the_body() -> None:
    text = (
        "Fenmoor Licensing Board Due to Government guidance relating to COVID-19, this "
        "meeting will be held remotely. Wednesday, 4th August, 2021 - 2.00 p.m. AGENDA "
        "1. APOLOGIES 2. DECLARATIONS OF INTEREST 3. MINUTES\n"
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert kind is DocumentKind.AGENDA
    assert (body, date, time, venue) == (
        "Fenmoor Licensing Board",
        dt.date(2021, 8, 4),
        dt.time(14),
        None,
    )


def test_a_date_and_hours_over_present_open_an_enclosed_minute() -> None:
    text = (
        "Wednesday, 3rd March, 2021 - 10.00 a.m.\n\n"
        "1. APOLOGIES FOR ABSENCE\n\n2. MINUTES - Minutes of 3rd February, 2021. 3 - 10\n\n"
        "3rd February, 2021 10.00 a.m. - 12.15 p.m.\n\n"
        "PRESENT: Councillors Ann Brook (Convener), Colin Dale, Edna Fell.\n\n"
        "APOLOGIES: Councillor Gary Hart.\n"
    )
    kinds = _kinds(text)
    assert kinds[-1] == (DocumentKind.MINUTES, 7)


def test_a_date_with_no_hours_or_no_present_under_it_opens_nothing() -> None:
    text = (
        "Report to the Board\n\nSomething was said here in a report.\n\n"
        "3rd February, 2021\n\nPRESENT: Councillors Ann Brook.\n\n"
        "10 March 2021 10.00 am\n\nThe Board agreed to the report.\n"
    )
    assert all(kind is not DocumentKind.MINUTES or line == 1 for kind, line in _kinds(text))


def test_there_will_be_a_meeting_of_the_body_in_a_place_on_a_date() -> None:
    text = (
        "Board Meeting 9 June 2010\n\n"
        "There will be a meeting of the Board in the Committee Room, Park Office, Fenby on "
        "9 June 2010 at 10 am.\n\n"
        "Members of the Board:\n\nMr A Brook (Chairman), Mrs C Dale\n\n"
        "1 Apologies\n\nTo receive apologies.\n\n2 Minutes\n\nTo confirm the minutes.\n"
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert kind is DocumentKind.AGENDA
    assert (body, date, time) == ("Board", dt.date(2010, 6, 9), dt.time(10))
    assert venue == "Committee Room, Park Office, Fenby"


def test_present_then_the_mayor_is_still_the_attendance_label() -> None:
    text = (
        "Minutes of the Town Council Meeting 3rd May 2022\n\n"
        "Present            The Mayor, Cllr. A. Brook (in the chair).\n\n"
        "Councillors:  C. Dale, E. Fell\n\n"
        "101 Apologies for Absence\n\nApologies were received from Cllr. G. Hart.\n"
    )
    assert _kinds(text)[0] == (DocumentKind.MINUTES, 1)


def test_a_full_council_heading_is_named_by_the_council_the_text_names() -> None:
    lines = [
        Line(1, "Full Council"),
        Line(3, "Ordinarily, East Fenby Council encourages the public to attend."),
        Line(4, "Watch on the East Fenby Council channel; Kelbridge County Council too."),
    ]
    assert whole_body_in_text("Full Council", lines) == "East Fenby Council"
    assert whole_body_in_text("Full Authority", [Line(2, "the Fire Authority held")]) == (
        "Fire Authority"
    )
    assert whole_body_in_text("Licensing Committee", lines) is None
    assert whole_body_in_text("Full Council", [Line(1, "No name here.")]) is None


def test_a_meeting_page_recording_apologies_received_is_a_record() -> None:
    text = (
        "Full Council\n28 Jul 2021 - 18:30 to 20:28\n  • Documents\n  • Attendance\n\n"
        "1 Apologies for Absence\n\nTo receive apologies for absence, if any.\n\n1\n"
        "Apologies for absence were received from Councillors Brook and Dale.\n"
    )
    assert _kinds(text)[0] == (DocumentKind.MINUTES, 1)


def test_a_dated_cover_whose_first_word_was_lost_joins_its_agenda() -> None:
    text = (
        "for the Meeting\n\nof the\n\nRoyal Fenby Fire Authority\n\n"
        "Wednesday 25 September 2013\n\n\nCouncil Chamber Fenby Borough Council\n\n"
        "MEETING: Royal Fenby Fire Authority Meeting\n\n"
        "DATE AND TIME: Wednesday 25 September 2013 at 7.30pm\n\nVENUE: Council Chamber\n\n"
        "AGENDA\n\n1. Apologies for Absence\n\n2. Declarations of Interest\n\n3. Minutes\n"
    )
    assert _kinds(text) == [(DocumentKind.AGENDA, 1)]
    _, body, date, time, venue = first_part_meeting(text)
    assert (body, date, time, venue) == (
        "Royal Fenby Fire Authority",
        dt.date(2013, 9, 25),
        dt.time(19, 30),
        "Council Chamber",
    )


def test_same_day_details_come_only_from_the_same_body_and_day() -> None:
    day = dt.date(2013, 9, 25)
    first = Opening("Fenby Authority", day, None, None, 3)
    other_body = Opening("Kelbridge Panel", day, dt.time(19), "Hall", 9)
    other_day = Opening("Fenby Authority", dt.date(2013, 9, 26), dt.time(19), "Hall", 9)
    assert with_same_day_details(first, [first, other_body, other_day]) == first
    same = Opening("FENBY AUTHORITY", day, dt.time(19), "Hall", 12)
    assert with_same_day_details(first, [same]) == Opening(
        "Fenby Authority", day, dt.time(19), "Hall", 3
    )


def test_a_name_that_lost_its_first_words_is_completed_from_the_text() -> None:
    lines = [Line(9, "Yours, Ann Brook Chief Executive Fenby and Kelbridge Police and Crime Panel")]
    assert completed_name("and Police and Crime Panel", lines) == (
        "Fenby and Kelbridge Police and Crime Panel"
    )
    prose = [Line(4, "the Fenby and Kelbridge Fire Authority agreed")]
    assert completed_name("and Kelbridge Fire Authority", prose) == (
        "Fenby and Kelbridge Fire Authority"
    )
    assert completed_name("Kelbridge Fire Authority", prose) is None  # whole
    assert completed_name("and Police and Crime Panel", [Line(1, "No name.")]) is None


def test_a_year_and_time_spaced_apart_by_the_conversion_are_read() -> None:
    assert closed_digits("Tuesday, 26 June 20 18 at 10 .30am") == "Tuesday, 26 June 2018 at 10.30am"
    assert closed_digits("Items 20 18 and pages 10 12") == "Items 20 18 and pages 10 12"
    text = (
        "AGENDA\n\nMEETING: FENMOOR NATIONAL PARK AUTHORITY\n\n"
        "VENUE: The Park Office, Hollins Bank, Fellbridge\n\n"
        "DATE/TIME: Tuesday, 26 June 20 18 at 10 .30am\n\n"
        "1. Membership of the Authority\n\n2. Election of Chairman\n"
    )
    _, body, date, time, venue = first_part_meeting(text)
    assert (body, date, time) == (
        "FENMOOR NATIONAL PARK AUTHORITY",
        dt.date(2018, 6, 26),
        dt.time(10, 30),
    )
    assert venue == "Park Office, Hollins Bank, Fellbridge"


def test_a_bracketed_place_or_manner_after_a_titles_date_is_the_venue() -> None:
    assert bracketed_place("(Virtual Meeting - held via Microsoft Teams)") == (
        "Virtual Meeting - held via Microsoft Teams"
    )
    assert bracketed_place("(Committee Room 2, Town Hall)") == "Committee Room 2, Town Hall"
    assert bracketed_place("(Special)") is None
    assert bracketed_place("Town Hall") is None


def test_the_scraps_of_a_title_whose_first_word_was_lost_join_the_paper_below() -> None:
    text = (
        "for the Meeting\n\nof the\n\nFenby Fire Authority\n\nThursday 16 October 2014\n\n"
        "MEETING: Fenby Fire Authority\n\nDATE AND TIME: Thursday 16 October 2014 at 7.00pm\n\n"
        "VENUE: Council Chamber, Fenby\n\nAGENDA\n\n1. Apologies for Absence\n\n2. Minutes\n"
    )
    assert _kinds(text) == [(DocumentKind.AGENDA, 1)]
    assert not title_scraps(
        Part(DocumentKind.OTHER, "", [Line(1, "Report of the Clerk")], Layout.UNRECOGNISED)
    )


def test_a_dated_web_page_title_under_a_short_banner_is_still_the_page() -> None:
    text = (
        "Skip to main content\n\nFenby Borough Council\n\n"
        "Licensing Committee - Monday, 2nd March, 2020 18:00\n\n"
        "1.\n\nApologies for absence\n\nApologies were received from Councillor Brook.\n\n"
        "2.\n\nMinutes\n\nThe minutes of the last meeting were agreed.\n"
    )
    assert _kinds(text)[0] == (DocumentKind.MINUTES, 1)


def test_a_full_council_title_in_capitals_is_no_name_of_its_own() -> None:
    lines = [Line(1, "MINUTES OF A MEETING OF FULL COUNCIL HELD IN THE COUNCIL CHAMBER")]
    assert whole_body_in_text("FULL COUNCIL", lines) is None


def test_a_title_naming_its_body_before_meeting_in_public_held() -> None:
    clause = meeting_clause(
        "Fenmoor CCG Governing Body Meeting in Public Held on 4th March 2021 via Zoom"
    )
    assert clause is not None and clause.body == "Fenmoor CCG Governing Body"
    board = meeting_clause("Minutes. Westmarch Trust Board Meeting Held 2 May 2016 at Oak House")
    assert board is not None and board.body == "Westmarch Trust Board"


def test_a_meeting_held_with_no_titled_body_names_none() -> None:
    for text in (
        "Draft minutes of meeting held on 2nd July 2019 at 7.30 pm in the Vestry Room.",
        "The meeting held on 2nd July 2019 agreed the accounts",
        "Our last Meeting held on 4 March 2021 at the Hall",
        "PDF 90 KB Fenby Council The Fenby Joint Board Meeting held on 4 March 2021 at 10am",
    ):
        clause = meeting_clause(text)
        assert clause is not None and clause.body == ""


def test_a_dated_web_title_drops_the_papers_kind_after_the_body() -> None:
    found = titled_date("Parish Council Minutes 4 March 2021")
    assert found is not None and found[0] == "Parish Council"
    agenda = titled_date("Fenby Licensing Panel Agenda 4 March 2021")
    assert agenda is not None and agenda[0] == "Fenby Licensing Panel"
    assert titled_date("Minutes 4 March 2021") is None
