"""A record's opening as older and flattened minutes word it: "Note of meeting held D"
under the body's title, a council's "SPECIAL MEETING OF X COUNCIL Held in V on D at the
hour of 6.00 o'clock p.m., pursuant to Notice", "MINUTES OF COUNTY COUNCIL MEETING DATE:
... VENUE: ... Present Cllr A Cllr B" flattened onto one line."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from minutebook.parsing.legal_bases import without_legal_basis
from minutebook.parsing.spoken_dates import plain_times
from opening_facts import first_part_meeting, parsed


def test_the_hour_of_a_clock_time_with_its_half_is_plain() -> None:
    assert plain_times("at the hour of 6.00 o’clock p.m., pursuant") == "at 6.00 pm, pursuant"
    assert plain_times("at 11 o'clock a.m. in the Hall") == "at 11.00 am in the Hall"
    assert plain_times("at seven o'clock") == "at 7.00 pm"  # no half said: the evening's


def test_pursuant_to_notice_is_no_place() -> None:
    assert without_legal_basis("in the City Hall, pursuant to Notice") is not None
    assert (without_legal_basis("in the Hall, pursuant to Notice") or "").strip(" ,") == (
        "in the Hall"
    )
    assert without_legal_basis("in the Notice Room") is None


def test_a_note_of_meeting_held_under_the_bodys_title_opens_a_record() -> None:
    text = (
        "FENMOOR NATIONAL PARK AUTHORITY\n\nNATIONAL PARK FORUM\n\n"
        "Note of meeting held Wednesday, 12 July 2017\n\n"
        "Present: Ann Reid, Forum Chair; Bob Lee, Parish Council; Cath Moss, Ramblers\n\n"
        "Apologies: Dan Holt, Access Forum\n\n1. Welcome\n\nThe Chair welcomed members.\n"
    )
    kind, body, date, _, _ = first_part_meeting(text)
    assert (kind, body, date) == (
        DocumentKind.MINUTES,
        "Fenmoor National Park Authority National Park Forum",
        dt.date(2017, 7, 12),
    )
    names = [a.as_written for a in parsed(text).parts[0].attendance]
    assert names[:3] == ["Ann Reid", "Bob Lee", "Cath Moss"]


def test_a_flattened_councils_special_meeting_is_its_record() -> None:
    text = (
        "A 147 Council SPECIAL MEETING OF KELBRIDGE CITY COUNCIL Held in the City Hall on "
        "Thursday, 21st June, 2012 at the hour of 6.00 o’clock p.m., pursuant to Notice. "
        "Members present: The Lord Mayor (Alderman Reid) (Chairman); Aldermen Ash, Birch and "
        "Cole; and Councillors Dale, Elm and Fox. Summons The Chief Executive submitted the "
        "summons convening the meeting. Apologies Apologies for inability to attend were "
        "reported from Councillors Gale and Holt. Minutes Moved by Councillor Dale, Seconded "
        "by Councillor Elm, and Resolved that the minutes of the meeting of 3 May be approved "
        "and adopted."
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date, time, venue) == (
        DocumentKind.MINUTES,
        "KELBRIDGE CITY COUNCIL",
        dt.date(2012, 6, 21),
        dt.time(18, 0),
        "City Hall",
    )
    names = [a.as_written for a in parsed(text).parts[0].attendance]
    assert {"Councillor Dale", "Councillor Fox"} <= set(names) or {"Dale", "Fox"} <= set(names)


def test_a_flattened_county_councils_fields_in_capitals_are_cut() -> None:
    text = (
        "Minutes Template\n\n"
        "MINUTES OF COUNTY COUNCIL MEETING DATE: Wednesday 15 May 2019 at 10am VENUE: Shire "
        "Hall, Kelbridge Present Cllr Ann Ash Cllr Bob Birch Cllr Cath Cole OBE Cllr Dan Dale "
        "Cllr Eve Elm Cllr Fay Fox Apologies: Cllr Gus Gale 25. ELECTION OF CHAIRMAN It was "
        "proposed by Cllr Ash and seconded by Cllr Birch that Cllr Cole be elected. RESOLVED "
        "that Cllr Cole be elected Chairman of the Council for the year. " + "x " * 100
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date, time, venue) == (
        DocumentKind.MINUTES,
        "COUNTY COUNCIL",
        dt.date(2019, 5, 15),
        dt.time(10, 0),
        "Shire Hall, Kelbridge",
    )
    present = [a.as_written for a in parsed(text).parts[0].attendance if a.role.value == "present"]
    assert present[:3] == ["Cllr Ann Ash", "Cllr Bob Birch", "Cllr Cath Cole OBE"]


def test_a_town_councils_minutes_of_a_municipal_year_and_its_capitals_labels() -> None:
    text = (
        "KELBRIDGE TOWN COUNCIL\n\n"
        "Minutes of a meeting of Kelbridge Town Council held on Monday, 2nd June 2014 at "
        "6.30 p.m. in the Town Hall, Kelbridge\n\n"
        "PRESENT The Mayor (Councillor Ann Reid) in the Chair; Councillors B. Moss, C. Lowe "
        "and D. Hart. APOLOGIES Councillors E. Pym and F. Cole. OFFICERS Gus Gale (Town Clerk) "
        "and Hal Holt (Secretary).\n\n"
        "1005/13/14 DECLARATIONS OF INTEREST No declarations of interest were made.\n\n"
        "1006/13/14 MINUTES RESOLVED that the minutes of the meeting held on 6th May 2014 be "
        "approved.\n"
    )
    part = parsed(text).parts[0]
    assert [(m.number, m.title) for m in part.minutes] == [
        ("1005/13/14", "DECLARATIONS OF INTEREST"),
        ("1006/13/14", "MINUTES"),
    ]
    roles = {(a.role.value, a.as_written, a.capacity) for a in part.attendance}
    assert ("present", "Councillor Ann Reid", "The Mayor") in roles
    assert {("apologies", "E. Pym", None), ("apologies", "F. Cole", None)} <= roles
    assert ("in_attendance", "Gus Gale", "Town Clerk") in roles
    # a date's figures are no minute's number: "12/05/14 Apologies" stays text
    dated = text.replace("1005/13/14 DECLARATIONS", "12/05/14 DECLARATIONS")
    assert [m.number for m in parsed(dated).parts[0].minutes] == ["1006/13/14"]


def test_a_flattened_older_record_opening_after_a_hosts_snippet() -> None:
    text = (
        "OFFICERS - Kelbridge docs.example/MeetingDocs/1.pdf Councillor... 25 KELBRIDGE COUNTY "
        "COUNCIL At a meeting of the Kelbridge County Council held at County Hall, Kelbridge on "
        "Wednesday 6 November 2019 at 3.00 pm. PRESENT Councillor A.B. Reid (Chair of the "
        "Council) in the Chair MEMBERS Ash, E. Birch, D. Cole, J. 1. APOLOGIES Apologies were "
        "received from Councillors Dale and Elm. 2. MINUTES RESOLVED that the minutes be "
        "confirmed. " + "x " * 60
    )
    meetings = [p.meeting for p in parsed(text).parts if p.meeting is not None]
    assert [(m.body_name, m.date, m.venue) for m in meetings] == [
        ("Kelbridge County Council", dt.date(2019, 11, 6), "County Hall, Kelbridge")
    ]


def test_a_flattened_title_line_with_a_long_place_and_a_note() -> None:
    text = (
        "KELBRIDGE POLICE AND CRIME PANEL Monday, 24 April 2017 at 14:00 Kelbridge Police "
        "Headquarters - Moor Lodge, Arnold, Kelbridge, KB5 8PP There will be a pre-meeting "
        "for Panel Members only in the meeting room at 1.15pm AGENDA 1 Minutes of last "
        "meeting held on 6 February 2017 5 - 18 2 Apologies for Absence 3 Declarations of "
        "Interests 4 Work Programme 19 - 22 5 Police and Crime Commissioner's Update 27 - 56"
    )
    _, body, date, time, venue = first_part_meeting(text)
    assert (body, date, time, venue) == (
        "KELBRIDGE POLICE AND CRIME PANEL",
        dt.date(2017, 4, 24),
        dt.time(14, 0),
        "Kelbridge Police Headquarters - Moor Lodge, Arnold, Kelbridge, KB5 8PP",
    )


def test_a_hosts_title_run_on_before_the_papers_own_is_no_part_of_the_name() -> None:
    from minutebook.parsing.body_tails import tidied_body

    assert tidied_body("Constitution Committee Agenda CONSTITUTION COMMITTEE") == (
        "CONSTITUTION COMMITTEE"
    )
    assert tidied_body("Audit Committee Agenda Pack") == "Audit Committee Agenda Pack"
    text = (
        "Constitution Committee Agenda CONSTITUTION COMMITTEE AGENDA 15 July 2019 At 2 p.m. "
        "Committee Room B, Civic Centre, Kelbridge MEMBERS: CONSTITUTION COMMITTEE: "
        "Councillors Ash, Birch and Cole 1. APOLOGIES FOR ABSENCE 2. TO RECEIVE ANY "
        "DECLARATIONS OF INTEREST BY MEMBERS 3. MINUTES 4. ITEMS REQUIRING DECISION " + "x " * 80
    )
    _, body, date, time, _ = first_part_meeting(text)
    assert (body, date, time) == ("CONSTITUTION COMMITTEE", dt.date(2019, 7, 15), dt.time(14, 0))


def test_a_flattened_roll_printed_surname_first_under_its_capitals_label() -> None:
    text = (
        "KELBRIDGE COUNTY COUNCIL At a meeting of the Kelbridge County Council held at County "
        "Hall, Kelbridge on Wednesday 6 November 2019 at 3.00 pm. PRESENT Councillor A.B. Reid "
        "(Chair of the Council) in the Chair MEMBERS Ash, E. Birch, D. Cole, J. Dale, L. Elm, "
        "S.C. Fox, T. 1. APOLOGIES Apologies were received from Councillors Gale and Holt. 2. "
        "MINUTES RESOLVED that the minutes of the meeting held on 2 October be confirmed. "
        + "x "
        * 60
    )
    present = [a.as_written for a in parsed(text).parts[0].attendance if a.role.value == "present"]
    assert present == [
        "Councillor A.B. Reid",
        "Ash, E.",
        "Birch, D.",
        "Cole, J.",
        "Dale, L.",
        "Elm, S.C.",
        "Fox, T",  # the roll's last stop is read as the sentence's
    ]


def test_a_flattened_community_councils_title_without_the_article() -> None:
    text = (
        "Minutes of Fenby & Moor Community Council Meeting Tuesday 22nd September 2020 7.00pm "
        "Online Zoom Meeting Members Present: - Ann Ash, Ben Birch and Cara Cole Apologies: - "
        "Dan Dale and Eve Elm Members of Public: - Fay Fox 1. Welcome The Chair welcomed all. "
        + "x "
        * 80
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date, time, venue) == (
        DocumentKind.MINUTES,
        "Fenby & Moor Community Council",
        dt.date(2020, 9, 22),
        dt.time(19, 0),
        "Online Zoom Meeting",
    )


def test_a_remote_meeting_after_a_title_lines_time_is_its_place() -> None:
    from minutebook.parsing.titled_date_openings import remote_title_place

    assert remote_title_place(" Online Zoom Meeting") == "Online Zoom Meeting"
    assert remote_title_place("MS Teams") == "MS Teams"
    assert remote_title_place("Kelbridge Village Hall") is None  # a place: bare_place's
    assert remote_title_place("Members joined online today") is None  # a sentence


def test_a_letterhead_over_minutes_of_a_meeting_names_the_body() -> None:
    text = (
        "KELBRIDGE FIRE & RESCUE SERVICE BOARD\n\nMINUTES OF A MEETING\n\n22 JANUARY 2013\n\n"
        "1.30 PM\n\nPRESENT: Dr J Reid, Chairman presiding\n\nMr C Kerr, Chief Fire Officer\n\n"
        "1. APOLOGIES\n\nApologies were received from Mr Lee.\n"
    )
    kind, body, date, time, _ = first_part_meeting(text)
    assert (kind, body, date, time) == (
        DocumentKind.MINUTES,
        "KELBRIDGE FIRE & RESCUE SERVICE BOARD",
        dt.date(2013, 1, 22),
        dt.time(13, 30),
    )
    # a web page's title keeps its tags: the letterhead is still the paper's own
    tagged = text.replace(
        "KELBRIDGE FIRE & RESCUE SERVICE BOARD",
        "<strong>KELBRIDGE</strong> <strong>FIRE</strong> & <strong>RESCUE</strong> "
        "<strong>SERVICE</strong> <strong>BOARD</strong><br />",
    )
    assert [p.kind for p in parsed(tagged).parts] == [DocumentKind.MINUTES]
    assert first_part_meeting(tagged)[1] == "KELBRIDGE FIRE & RESCUE SERVICE BOARD"


def test_a_hosts_file_link_before_a_flattened_records_title() -> None:
    text = (
        "Minutes PDF 276 KB Kelbridge City Council The City of Kelbridge Economic Committee "
        "Minutes of the meeting held at Ceres Suite - Kelbridge Town Hall, KB8 2AH on 6 March "
        "2020 from 9.01 am - 10.50 am Membership Present Absent Councillor Ann Reid (Chair) "
        "Councillor Ben Moss Councillor Cara Lowe 11 Welcome and apologies for absence "
        "Apologies were received from Councillor Dev Hart. 12 Minutes RESOLVED that the "
        "minutes of the meeting held on 4 December 2019 be confirmed. " + "x " * 40
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date, time, venue) == (
        DocumentKind.MINUTES,
        "The City of Kelbridge Economic Committee",  # the host's link no part of the name
        dt.date(2020, 3, 6),
        dt.time(9, 1),
        "Ceres Suite - Kelbridge Town Hall, KB8 2AH",
    )


def test_a_committee_systems_page_records_what_its_items_text_records() -> None:
    page = (
        "Business Committee\nThursday, 10th March 2016 6.00 p.m.\n\nVenue: Kelbridge Town "
        "Hall\n\nContact: Ann Reid, Democratic Services\n\nNo. Item\n\n\n"
        "Minutes of meeting held on 5 November 2015 (previously circulated).\n\n"
        "The minutes of the meeting of 5 November 2015 were approved by the Chairman as a "
        "correct record.\n\nUrgent Business\n\nMembers noted the consultation and agreed to "
        "respond.\n"
    )
    assert [p.kind for p in parsed(page).parts] == [DocumentKind.MINUTES]
    agenda = page.split("Minutes of meeting")[0] + (
        "Minutes of meeting held on 5 November 2015\n\nTo approve the minutes.\n\n"
        "Urgent Business\n\nTo consider any urgent business.\n"
    )
    assert [p.kind for p in parsed(agenda).parts] == [DocumentKind.AGENDA]


def test_an_at_sign_and_a_24_hour_clock_give_the_meetings_time() -> None:
    assert (
        plain_times("THURSDAY 26 AUGUST 2021 @ 1000 HRS BY")
        == "THURSDAY 26 AUGUST 2021 at 10:00 BY"
    )
    assert plain_times("ON 13 JANUARY 2011 @ 7.15pm") == "ON 13 JANUARY 2011 at 7.15pm"
    assert plain_times("email a@b.com, 1000 hours of work") == "email a@b.com, 1000 hours of work"
    text = (
        "PUBLIC MEETING - KELBRIDGE FIRE AND RESCUE SERVICE BOARD\n\n"
        "THURSDAY 26 AUGUST 2021 @ 1000 HRS\n\nBY CONFERENCE FACILITIES\n\n"
        "PRESENT: Ann Reid, Chair (AR) Ben Moss (BM)\n\n1 CHAIR’S WELCOME\n\n"
        "The Chair opened the meeting.\n"
    )
    _, body, date, time, _ = first_part_meeting(text)
    assert (body, date, time) == (
        "KELBRIDGE FIRE AND RESCUE SERVICE BOARD",
        dt.date(2021, 8, 26),
        dt.time(10, 0),
    )


def test_the_word_meeting_left_before_a_body_or_a_dangling_of_after_it_goes() -> None:
    """ "MINUTES OF THE MEETING of Fenby Parish Council": the title's case broke the
    opening's pattern, leaving "MEETING of" before the name; "District Council of": the
    converter dropped the place after "of"."""
    from minutebook.parsing.body_tails import tidied_body

    assert tidied_body("MEETING of Fenby Parish Council") == "Fenby Parish Council"
    assert tidied_body("Meeting Northern Area Planning Committee") == (
        "Northern Area Planning Committee"
    )
    assert tidied_body("District Council of") == "District Council"
    assert tidied_body("Council") == "Council"


def test_held_said_again_before_the_place_is_passed_over() -> None:
    from minutebook.parsing.openings import when_and_where

    date, time, venue, _ = when_and_where("on Monday 1 February 2021 from 2pm held via Zoom.")
    assert (str(date), str(time), venue) == ("2021-02-01", "14:00:00", "via Zoom")


def test_a_capitals_title_ending_on_held_at_before_an_address_is_no_heading() -> None:
    """ "MINUTES OF THE FULL COUNCIL MEETING HELD AT 10/12 ORCHARD STREET, ...": the
    "code" is the first of an address; "APOLOGIES FOR ABSENCE 01/21" stays a heading."""
    from minutebook.model import Line
    from minutebook.parsing.capitals_trailing_codes import capitals_trailing_code

    opening = "MINUTES OF THE FULL COUNCIL MEETING HELD AT 10/12 MILL STREET, ON 5 MAY 2019"
    assert capitals_trailing_code([Line(1, opening)], 0, opening) is None
    heading = "APOLOGIES FOR ABSENCE 01/21"
    assert capitals_trailing_code([Line(1, heading)], 0, heading) == (
        "01/21",
        "APOLOGIES FOR ABSENCE",
        "",
    )


def test_agenda_wording_in_capitals_is_a_title_however_long() -> None:
    from minutebook.parsing.minute_headings import agenda_wording, looks_like_title

    title = (
        "TO RECEIVE AN UPDATE REGARDING THE OUTCOME OF THE RECENT STANDARDS COMMITTEE "
        "HEARING REGARDING A FENBY TOWN COUNCILLOR"
    )
    assert agenda_wording(title) and looks_like_title(title)
    assert not agenda_wording("Together with the Clerk, members walked the route")


def test_a_session_numbered_minute_keeps_its_title_before_the_colon() -> None:
    """ "17.085 Declarations of Interest: Cllr P Dale declared ...": minute 85 of 2017."""
    from minutebook.parsing.minute_separated_texts import separated_text

    found = separated_text("17.085 Declarations of Interest: Cllr P Dale declared an interest.")
    assert found is not None and found[:2] == ("17.085", "Declarations of Interest")


def test_an_unnumbered_minute_takes_its_number_from_its_first_paragraph() -> None:
    """A web page dropped the minutes' numbers; "32.1" under a heading gives minute 32, a
    "2.1" no higher than the page's count of headings gives nothing."""
    from minutebook.errors import Diagnostics
    from minutebook.model import DocumentKind, Line, Part
    from minutebook.parsing.minute_paragraph_numbers import number_from_first_paragraph
    from minutebook.parsing.minutes import parse_minutes

    body = [Line(2, "Additional documents:"), Line(4, "32.1     Apologies were received.")]
    assert number_from_first_paragraph(body) == "32"
    assert number_from_first_paragraph([Line(2, "(a) The report"), Line(3, "4.1 Text")]) is None
    text = (
        "MINUTES of a meeting of the Fenby Health and Wellbeing Board held at County Hall, "
        "Fenby on 6 March 2018\n\nNo. Item\n\n\nApologies for absence\n\nAdditional "
        "documents:\n\n\n32.1     Apologies were received from Councillor Reid.\n\n\n"
        "Urgent items\n\nAdditional documents:\n\n\n33.1     There were none.\n"
    )
    lines = [Line(n, t) for n, t in enumerate(text.splitlines(), 1)]
    part = Part(DocumentKind.MINUTES, "", lines, "minutes")
    parse_minutes(part, "x.txt", Diagnostics())
    assert [(m.number, m.title, m.numbered) for m in part.minutes] == [
        ("32", "Apologies for absence", True),
        ("33", "Urgent items", True),
    ]


def test_the_following_members_declared_then_untitled_names_after_a_semicolon() -> None:
    from minutebook.model import Line
    from minutebook.parsing.declaration_lists import declarers_after_colon

    line = Line(
        31,
        "164. As harbour dues were discussed, the following members declared an interest as "
        "harbour users; Ann Reid, Ben Moss, Cara Lowe and Dan Pym.",
    )
    assert [d.as_written for d in declarers_after_colon(line, "2")] == [
        "Ann Reid",
        "Ben Moss",
        "Cara Lowe",
        "Dan Pym",
    ]


def test_interests_declared_as_semicolon_rows_name_each_member() -> None:
    from minutebook.model import Line
    from minutebook.parsing.declaration_lists import declarers_by_rows

    line = Line(
        15,
        "The following interests were declared: Ann Reid as a governor of Fenby College; "
        "Ben Moss as a director of the Kelby Trust; Sir Cara Lowe as a member of the Port "
        "Board; and Dan Pym in relation to the tram extension.",
    )
    assert [d.as_written for d in declarers_by_rows(line, "13")] == [
        "Ann Reid",
        "Ben Moss",
        "Sir Cara Lowe",
        "Dan Pym",
    ]
    assert declarers_by_rows(Line(1, "No interests were declared."), "1") == []


def test_bulleted_declarers_under_an_as_follows_lead() -> None:
    from minutebook.model import Line
    from minutebook.parsing.declaration_lists import bulleted_declarers

    texts = [
        "Declarations of interest were made as follows:",
        "",
        "·       Ann Reid was a retired police officer in receipt of a police pension.",
        "",
        "·       Cllr Ben Moss was a member of the Fenby Fire Authority.",
        "",
        "The Panel noted the declarations.",
        "·       Cara Lowe was thanked.",
    ]
    body = [Line(n, t) for n, t in enumerate(texts, 30)]
    assert [(d.as_written, d.line) for d in bulleted_declarers(body, "2")] == [
        ("Ann Reid", 32),
        ("Cllr Ben Moss", 34),
    ]
    assert bulleted_declarers(body[2:], "2") == []  # no lead: an ordinary list


def test_a_web_pages_item_with_no_text_keeps_the_next_title() -> None:
    """ModernGov sets an empty item ("Named Substitutes") apart from the next title by
    more blank lines than a title from its text."""
    from minutebook.model import Line
    from minutebook.parsing.minute_headings import minute_headings

    texts = [
        "No. Item", "", "", "Welcome", "", "", "The Chair welcomed everyone.", "", "",
        "Named Substitutes", "", "", "", "", "Apologies and Declarations of Interest", "", "",
        "Apologies were received from Mrs A Reid.", "", "", "Minutes", "",
        "To confirm the Minutes of the meeting held on 5 May 2025", "", "",
        "The minutes were agreed.",
    ]  # fmt: skip
    lines = [Line(n, t) for n, t in enumerate(texts, 1)]
    assert [h.title for h in minute_headings(lines)] == [
        "Welcome",
        "Named Substitutes",
        "Apologies and Declarations of Interest",
        "Minutes",
    ]


def test_a_flattened_title_run_into_the_notices_sentence_keeps_the_title() -> None:
    from minutebook.parsing.body_tails import tidied_body

    assert tidied_body("PLANNING COMMITTEE A meeting of the Planning Committee") == (
        "PLANNING COMMITTEE"
    )


WEB_CODES = (
    "Agenda and minutes\n\nPlanning Committee\nThursday, 5 March 2026 10.00 a.m.\n\n"
    "Venue: Council Chamber, Town Hall, Fenby.\n\nItems\nNo. Item\n\n"
    "P/42\n\nMinutes pdf icon PDF 269 KB\n\n"
    "To authorise the Chairman to sign the minutes of the meeting held on 5 February 2026.\n\n"
    "Minutes:\n\nRESOLVED – That the Chairman be authorised to sign the minutes.\n\n"
    "P/43\n\nDeclarations of Interest\n\n"
    "To receive declarations by Members of interests in respect of items on this Agenda.\n\n"
    "Minutes:\n\nRESOLVED – That it be noted that the following declarations were made:-\n\n"
    "(1)        Councillor Ann Reid with regard to Minute No. P/45; and\n\n"
    "(2)        Councillor Ben Moss with regard to Minute No. P/46.\n"
)


def test_a_web_pages_lettered_codes_alone_head_its_minutes() -> None:
    part = parsed(WEB_CODES).parts[0]
    assert [(m.number, m.title) for m in part.minutes] == [
        ("P/42", "Minutes"),
        ("P/43", "Declarations of Interest"),
    ]
    assert [(d.as_written, d.minute_number) for d in part.declarations] == [
        ("Councillor Ann Reid", "P/43"),
        ("Councillor Ben Moss", "P/43"),
    ]


def test_a_held_lines_time_and_place_stacked_under_it() -> None:
    text = (
        "MINUTES OF THE ORDINARY MEETING OF FENBY TOWN COUNCIL\n\n"
        "Held on Tuesday 9 January 2018\n\nCommencing at 6.30 pm\n\n"
        "In Room 1, The Guild Rooms, Mill Road, Fenby\n\nPresent: Councillor A Reid\n"
    )
    assert first_part_meeting(text)[1:] == (
        "FENBY TOWN COUNCIL",
        dt.date(2018, 1, 9),
        dt.time(18, 30),
        "Room 1, The Guild Rooms, Mill Road, Fenby",
    )


def test_an_hour_and_its_minutes_in_words_and_a_notices_clause_after_the_body() -> None:
    record = (
        "MINUTES\n\nOF THE PROCEEDINGS OF A MEETING OF FENBY BOROUGH COUNCIL HELD AT THE"
        " GUILDHALL, FENBY, ON Monday, 18 January 2021 AT SIX THIRTY O’CLOCK IN THE EVENING\n\n"
        "PRESENT: Councillor A Reid (in the Chair).\n"
    )
    assert first_part_meeting(record)[3:] == (dt.time(18, 30), "GUILDHALL, FENBY")
    notice = (
        "FENBY PARISH COUNCIL\n\nCOUNCIL SUMMONS\n\nPublic Notice is hereby given that a"
        " meeting of Fenby Parish Council, which Members are summoned to attend, will be held"
        " in the Memorial Hall, Fenby on Thursday 18th May 2017 at 7pm.\n\nAGENDA\n\n"
        "1. Apologies\n\n2. Minutes\n"
    )
    assert first_part_meeting(notice)[1] == "Fenby Parish Council"


def test_an_hour_of_the_afternoon_printed_without_its_half_of_the_day() -> None:
    record = (
        "Minutes of the meeting of Fenby Parish Council held on Wednesday 20th May 2020 at 7:00"
        " in the Village Hall\n\nPresent: Councillor A Reid\n"
    )
    assert first_part_meeting(record)[3] == dt.time(19, 0)
    morning = record.replace("at 7:00", "at 9:30")
    assert first_part_meeting(morning)[3] == dt.time(9, 30)
    clock = record.replace("at 7:00", "at 07:00")
    assert first_part_meeting(clock)[3] == dt.time(7, 0)
    hours = record.replace("at 7:00", "at 7:00 hrs")  # the hours' word: a morning's clock
    assert first_part_meeting(hours)[3] == dt.time(7, 0)


def test_of_the_printed_twice_in_a_record_sentence_is_read_once() -> None:
    """ "MINUTES OF THE OF THE ANNUAL COUNCIL MEETING HELD AT ...": the stutter is no part
    of the body's name, so the letterhead's authority above names it."""
    text = (
        "FENBY PARISH COUNCIL\n"
        "MINUTES OF THE OF THE ANNUAL COUNCIL MEETING HELD AT JUBILEE HALL ON MONDAY 19th MAY "
        "2014 AT 7.00P.M.\n"
        "PRESENT: Councillors A Reid and B Moss.\n"
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date, time, venue) == (
        DocumentKind.MINUTES,
        "FENBY PARISH COUNCIL",
        dt.date(2014, 5, 19),
        dt.time(19, 0),
        "JUBILEE HALL",
    )


def test_a_title_naming_the_kind_of_meeting_of_the_council_names_the_council() -> None:
    """ "Ordinary Meeting of the Council" over the dated line and the labelled fields: the
    kind of meeting is no authority's name, so the body is the council."""
    text = (
        "Ordinary Meeting of the Council\n"
        "Thursday, 23rd May, 2019 10.30 am\n"
        "\n"
        "Date: Thursday 23rd May 2019 Time: 10.30 a.m. Place: Council Chamber, Civic Centre\n"
        "\n"
        "Present: Councillor A Reid (Chair), Councillor B Moss\n"
    )
    assert first_part_meeting(text)[:3] == (DocumentKind.MINUTES, "Council", dt.date(2019, 5, 23))


def test_a_scots_minute_of_a_meeting_held_in_a_second_sentence() -> None:
    """ "Draft Minute of the X Community Council (CC) meeting. Held on D at T via WebEx. This
    minute is a draft ...": the singular "Minute" names the body as "Minutes" does, and a
    product's name ending the place ("WebEx.") still ends its sentence."""
    text = (
        "FENBY COMMUNITY COUNCIL\n"
        "Draft Minute of the Fenby Community Council (CC) meeting. Held on Tuesday 2nd "
        "February 2021 at 7pm via WebEx.\n"
        "This minute is a draft until approved at the next meeting.\n"
        "PRESENT: Ann Reid (AR) – Chair, Ben Moss (BM)\n"
    )
    assert first_part_meeting(text) == (
        DocumentKind.MINUTES,
        "Fenby Community Council",
        dt.date(2021, 2, 2),
        dt.time(19, 0),
        "via WebEx",
    )


def test_a_record_stated_with_its_date_first_and_present_run_on() -> None:
    """ "On Tuesday 20 th July 2010 a Meeting of X was held in V at T PRESENT: ...": the
    statement opens a record with its list of those present on the same line."""
    text = (
        "On Tuesday 20 th July 2010 a Meeting of Fenby Council was held in the Village Hall, "
        "Fenby at 7.00 pm PRESENT: Cllrs A Reid (Chair); B Moss; C Lowe\n"
        "\n"
        "2829 Apologies for absence were received from Cllr D Pym\n"
    )
    assert first_part_meeting(text) == (
        DocumentKind.MINUTES,
        "Fenby Council",
        dt.date(2010, 7, 20),
        dt.time(19, 0),
        "Village Hall, Fenby",
    )


def test_a_title_over_its_commencing_line() -> None:
    """ "Minutes of the MEETING of the TOWN COUNCIL" over "commencing at 7.00 pm on D": the
    start is said where "held" would be, and the letterhead names the council."""
    text = (
        "FENBY TOWN COUNCIL\n"
        "\n"
        "Minutes of the MEETING of the TOWN COUNCIL\n"
        "\n"
        "commencing at 7.00 pm on 23 November 2017\n"
        "\n"
        "PRESENT: Councillors A Reid (Mayor), B Moss and C Lowe\n"
    )
    assert first_part_meeting(text)[1:4] == (
        "Fenby Town Council",
        dt.date(2017, 11, 23),
        dt.time(19, 0),
    )


def test_a_place_run_on_after_the_bodys_noun_in_a_dated_title() -> None:
    """ "Minutes of the Ordinary Meeting of the X Joint Burial Committee Parish Pavilion,
    Recreation Ground, Station Road, Fenby Wednesday 4th November 2015 20.00 hrs.": the
    words after the body's last noun, parted by commas, are the place; "Council Chamber, ..."
    is a place whose first word is a noun of bodies."""
    text = (
        "Minutes of the Ordinary Meeting of the Fenby & Hale Joint Burial Committee Parish "
        "Pavilion, Recreation Ground, Station Road, Fenby Wednesday 4th November 2015 "
        "20.00 hrs.\n"
        "Present: Cllrs Mr Reid (Chairman), Mr Moss\n"
    )
    assert first_part_meeting(text) == (
        DocumentKind.MINUTES,
        "Fenby & Hale Joint Burial Committee",
        dt.date(2015, 11, 4),
        dt.time(20, 0),
        "Parish Pavilion, Recreation Ground, Station Road, Fenby",
    )
    chamber = text.replace("Parish Pavilion, Recreation Ground", "Council Chamber, Town Hall")
    assert first_part_meeting(chamber)[1:] == (
        "Fenby & Hale Joint Burial Committee",
        dt.date(2015, 11, 4),
        dt.time(20, 0),
        "Council Chamber, Town Hall, Station Road, Fenby",
    )


def test_a_files_reference_before_the_letterhead_is_no_part_of_the_name() -> None:
    """ "2020-07 FENBY PARISH COUNCIL" over "Minutes of the Meeting of Parish Council held
    on D": the figures before the letterhead are a reference, not the council's name."""
    text = (
        "2020-07 FENBY PARISH COUNCIL\n"
        "Minutes of the Virtual Meeting of Parish Council held on Thursday 17th September "
        "2020 at 7.30pm\n"
        "Present: Chairman Mr P Reid, Ms L Moss\n"
    )
    assert first_part_meeting(text)[1] == "FENBY PARISH COUNCIL"


def test_minutes_of_proceedings_of_the_council_under_the_citys_letterhead() -> None:
    """ "MINUTES OF PROCEEDINGS OF THE CITY COUNCIL MEETING" under "City of Fenby": the
    record's words "of proceedings" are no part of the body, which the letterhead names."""
    text = (
        "City of Fenby\n"
        "\n"
        "MINUTES OF PROCEEDINGS OF THE CITY COUNCIL MEETING\n"
        "\n"
        "Minutes of a meeting of the City Council held on Thursday, 8 December 2011 at the "
        "Civic Centre, Fenby.\n"
        "\n"
        "Present: Councillor A Reid, Councillor B Moss\n"
    )
    assert first_part_meeting(text)[1] == "Fenby City Council"
