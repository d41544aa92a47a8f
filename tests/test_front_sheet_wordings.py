"""Wordings of a paper's opening read as the genre prints them: a remote meeting "hosted
at" a place, a notice "is being held", "You are summonsed", a cover's labels run on one
line, a meeting's kind before a committee's name, a place known by its postcode, and the
lines that only cite another meeting (an item, a sentence broken across lines)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.bare_venues import bare_place
from minutebook.parsing.dated_item_fronts import dated_item_front
from minutebook.parsing.flattened_agenda_marks import front_fields
from minutebook.parsing.meeting_citations import cites_a_meeting
from minutebook.parsing.openings import kindless, line_fields, when_and_where
from minutebook.parsing.splitting import classify_leading, sentence_above
from minutebook.parsing.titled_kinds import titled_kind
from opening_facts import first_part_meeting


def _lines(text: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def test_a_meeting_hosted_at_a_place_is_held_there() -> None:
    text = (
        "FENWICK DRAINAGE BOARD\n\n"
        "At a Meeting of the Fenwick Drainage Board hosted at the Fen Offices, Marchby on "
        "Tuesday the 9th June 2020\n\nPRESENT\n\nA B Coles Esq (Chairman)\nD E Fox Esq\n\n"
        "B.101 Standing Orders\n\nThe Clerk reported on the orders.\n"
    )
    kind, body, date, _, venue = first_part_meeting(text)
    assert (kind, body, date, venue) == (
        DocumentKind.MINUTES,
        "Fenwick Drainage Board",
        dt.date(2020, 6, 9),
        "Fen Offices, Marchby",
    )
    # a host is no place: "hosted by the Chairman" names none
    assert first_part_meeting(text.replace("hosted at the Fen Offices, Marchby", "hosted by X"))[
        1
    ] != ("Fenwick Drainage Board")


def test_a_sentences_place_ends_at_an_attendance_label_run_on_after_it() -> None:
    _, _, venue, _ = when_and_where(
        "at the Fen Offices, Marchby on Tuesday 9 June 2020 PRESENT A B Coles Esq D E Fox Esq"
    )
    assert venue == "Fen Offices, Marchby"
    _, _, venue, _ = when_and_where("in the Hall on 9 June 2020 Present: Cllr A Coles")
    assert venue == "Hall"
    # "present" in lower case without a colon is a word of the place's sentence
    _, _, venue, _ = when_and_where("at the Present Day Centre on 9 June 2020")
    assert venue == "Present Day Centre"


def test_a_flattened_covers_title_label_starts_a_field_of_its_own() -> None:
    text = (
        "Council Title: Agenda Date: Monday 5 October 2015 Time: 7.00 pm Venue: Council "
        "Chamber, Town Offices, Kelbridge Membership: All Councillors At ordinary meetings of "
        "the Council members of the public may ask questions of the Cabinet. " + "x " * 200
    )
    assert len(front_fields(text)) == 5  # four fields and the members' ("Membership:")
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date, time) == (
        DocumentKind.AGENDA,
        "Council",
        dt.date(2015, 10, 5),
        dt.time(19, 0),
    )
    assert venue == "Council Chamber, Town Offices, Kelbridge"


def test_an_item_titled_annual_report_does_not_make_the_paper_one() -> None:
    head = "Fire Authority Meeting – 8 December 2021\n\n"
    items = "Item 1: Apologies\n\nItem 2: Safety Annual Report 2020/21\n"
    assert classify_leading(_lines(head + items)).kind is not DocumentKind.ANNUAL_REPORT
    titled = "Safety Annual Report 2020/21\n\nThe year in figures.\n"
    assert classify_leading(_lines(titled)).kind is DocumentKind.ANNUAL_REPORT


def test_a_notice_that_is_being_held_names_its_body_before_meeting() -> None:
    text = (
        "Fire Authority Meeting – 8 December 2021\n\n"
        "The Westmere & Kelbridge Fire Authority Meeting is being held at THE HALL, "
        "KELBRIDGE, KB1 2XY on WEDNESDAY 8 DECEMBER 2021 at 11.00 AM.\n\n"
        "8 December 2021, 11:00 am\n\nItem 1: Apologies\n\nItem 2: Minutes of the meeting "
        "held on Wednesday 13 October 2021\n\nItem 3: Disclosure of Interests\n\n"
        "Item 4: Petitions\n"
    )
    kind, body, date, time, _ = first_part_meeting(text)
    assert (kind, body, date, time) == (
        DocumentKind.AGENDA,
        "Westmere & Kelbridge Fire Authority",
        dt.date(2021, 12, 8),
        dt.time(11, 0),
    )


def test_a_web_agendas_item_citing_minutes_names_no_kind() -> None:
    cited = "Item 2: Minutes of the meeting held on 3 May 2021\n\nItem 3: Petitions\n"
    assert titled_kind(_lines(cited)) is None
    # a pack's stamp over the minutes it encloses prints no colon: the record's own title
    stamped = "ITEM 2 MINUTES of the meeting of the Fenby Forum held on 3 May 2021\n"
    assert titled_kind(_lines(stamped)) is DocumentKind.MINUTES


def test_items_numbered_item_n_follow_a_dated_line() -> None:
    text = "Board Meeting\n8 December 2021, 11:00 am\nItem 1: Apologies\nItem 2: Minutes\n"
    assert dated_item_front(_lines(text + "Item 3: Petitions\n"))
    assert not dated_item_front(_lines(text + "Item 3: the rest\n"))  # no heading


def test_notice_and_agenda_is_no_bodys_name() -> None:
    text = (
        "Extraordinary Policy Committee - 22 October 2018\n"
        "EXTRAORDINARY POLICY AND RESOURCES COMMITTEE\nNOTICE AND AGENDA\n"
        "For an Extraordinary meeting to be held in the Chamber, Kelbridge House, Kelbridge, "
        "on Monday 22 October 2018 at 7.30pm.\n1. Apologies\n2. Minutes\n"
    )
    _, body, date, _, _ = first_part_meeting(text)
    assert (body, date) == ("POLICY AND RESOURCES COMMITTEE", dt.date(2018, 10, 22))


def test_a_meetings_kind_is_not_part_of_the_bodys_name() -> None:
    assert kindless("ANNUAL PARISH COUNCIL") == "PARISH COUNCIL"
    assert kindless("Extraordinary Planning Committee") == "Planning Committee"
    assert kindless("Annual Parish Meeting") == "Annual Parish Meeting"  # no body's noun left
    text = (
        "MINUTES OF THE ANNUAL PARISH COUNCIL MEETING\n"
        "Thursday 19 May 2011 at 7.30 p.m. Community Rooms, Fenby Library\n"
        "1. Attendance\n"
    )
    assert first_part_meeting(text)[1] == "PARISH COUNCIL"


def test_a_place_ending_on_a_postcode_is_a_place() -> None:
    assert bare_place("Rural Business Agency, Redhills, Fenby, KB11 0DT") == (
        "Rural Business Agency, Redhills, Fenby, KB11 0DT"
    )
    assert bare_place("Rural Business Agency, Redhills, Fenby") is None  # no building's word
    text = (
        "Westmere Police and Crime Panel Friday, 11 July 2014 at 10.00 am Rural Business "
        "Agency, Redhills, Fenby, KB11 0DT\nNB – There will be a pre-meeting at 9am\nAGENDA\n"
        "1 MEMBERSHIP\n2 APOLOGIES FOR ABSENCE\n"
    )
    assert first_part_meeting(text)[4] == "Rural Business Agency, Redhills, Fenby, KB11 0DT"


def test_you_are_summonsed_is_a_summons() -> None:
    text = (
        "KELBRIDGE TOWN COUNCIL\n\nYou are summonsed to attend a meeting of the Kelbridge Town "
        "Council at the following place and date. Date: 18 December 2014 Time: 7.00 pm "
        "Venue: Council Chamber, Town Hall, Kelbridge Enquiries: Town Hall - Tel: 01632 "
        "960000 Councillors: Adams Mrs Brook Carter\n\nAGENDA\n\n1. APOLOGIES\n\n"
        "2. DECLARATIONS OF INTEREST\n"
    )
    kind, body, date, time, venue = first_part_meeting(text)
    assert (kind, body, date, time) == (
        DocumentKind.AGENDA,
        "KELBRIDGE TOWN COUNCIL",
        dt.date(2014, 12, 18),
        dt.time(19, 0),
    )
    assert venue == "Council Chamber, Town Hall, Kelbridge"


def test_a_covers_next_label_ends_the_field_before_it() -> None:
    fields = line_fields("Venue: Town Hall, Kelbridge Enquiries: Ann Reid Councillors: Adams")
    assert fields == [
        ("venue", "Town Hall, Kelbridge"),
        ("enquiries", "Ann Reid"),
        ("councillors", "Adams"),
    ]


def test_an_items_heading_in_capitals_before_its_instruction_cites_minutes() -> None:
    assert cites_a_meeting(
        "1. MINUTES To approve as a correct record the minutes of the Council held on 4 May 2014."
    )
    assert not cites_a_meeting("MINUTES of the meeting of the Council held on 4 May 2014")


def test_a_line_in_lower_case_goes_on_from_the_sentence_above() -> None:
    lines = _lines(
        "1. MINUTES To approve and authorise the Chairman to sign the\n\n"
        "minutes of the Meeting of the Council held on the 4 November 2014.\n"
    )
    joined = sentence_above(lines, 2)
    assert joined.startswith("1. MINUTES To approve") and cites_a_meeting(joined)
    assert sentence_above(_lines("Agenda.\nminutes of the meeting held on D\n"), 1) == ""
    text = (
        "KELBRIDGE TOWN COUNCIL\n\nYou are summoned to attend a meeting of the Kelbridge Town "
        "Council on 18 December 2014 at 7.00 pm in the Town Hall.\n\nAGENDA\n\n"
        "1. MINUTES To approve and authorise the Chairman to sign the\n\n"
        "minutes of the Meeting of the Council held on the 4 November 2014.\n\n"
        "2. APOLOGIES\n"
    )
    from opening_facts import parsed

    assert [p.kind for p in parsed(text).parts] == [DocumentKind.AGENDA]


def test_items_under_the_agendas_heading_on_item_ones_line_follow_a_dated_line() -> None:
    text = "Board Meeting\n10.30 a.m. 16th October 2014\nAgenda 1. Apologies\n2. Minutes\n"
    assert dated_item_front(_lines(text + "3. Petitions\n"))


def test_a_page_range_written_with_to_leaves_the_items_title() -> None:
    from minutebook.parsing.agenda_items import PAGES_IN_BRACKETS

    title = "Membership 2025/26 – Report of the Honorary Secretary (Pages 5 to 6)"
    match = PAGES_IN_BRACKETS.search(title)
    assert match is not None and match["pages"] == "5 to 6"
    assert title[: match.start()] == "Membership 2025/26 – Report of the Honorary Secretary"
    assert PAGES_IN_BRACKETS.search("Walk to the park (Pages to follow)") is None


def test_a_summons_pointing_at_the_title_above_its_fields_is_passed_over() -> None:
    """ "Fenby Area Committee" / "The Members listed below are requested to attend a meeting
    of the above Committee to be held as follows:-" / "Date: ... Time: ... Venue: ..."."""
    from minutebook.parsing.labelled_openings import labelled_opening

    texts = [
        "Dear Councillor",
        "",
        "Fenby Area Committee",
        "",
        "The Members listed below are requested to attend a meeting of the above Committee "
        "to be held as follows:-",
        "",
        "Date: Tuesday, 26 June 2025 Time: 14:00 Venue: Kelby Room, Memorial Hall",
    ]
    opening = labelled_opening([Line(n, t) for n, t in enumerate(texts, 1)])
    assert opening is not None
    assert (opening.body, opening.date, opening.venue) == (
        "Fenby Area Committee",
        dt.date(2025, 6, 26),
        "Kelby Room, Memorial Hall",
    )
    from minutebook.parsing.splitting import NOTICE_START

    assert NOTICE_START.match(texts[4])


def test_a_part_numbered_like_its_first_item_is_no_item() -> None:
    from minutebook.parsing.agenda import numbered_section

    below = [Line(26, ""), Line(27, "1 Declaration of Interests")]
    assert numbered_section("1 BUSINESS", below)
    assert not numbered_section("1 APOLOGIES", [Line(26, ""), Line(27, "2 Minutes")])
    assert not numbered_section("1 Business", below)


def test_an_address_over_the_date_is_the_place_and_the_title_above_the_body() -> None:
    from minutebook.parsing.dated_title_openings import dated_title_opening
    from opening_facts import parsed

    texts = [
        "FENBY HILLS CONSERVATORS",
        "",
        "MEETING OF THE BOARD",
        "",
        "Priory Hall Avenue Road Fenby",
        "",
        "Thursday 10 November 2025, 7.00 pm",
        "",
        "Present: Mrs S Amos, Mr C Birch, Ms D Cole",
        "",
        "1. MINUTES",
        "",
        "The minutes of the meeting held on 8 September 2025 were confirmed.",
    ]
    opening = dated_title_opening([Line(n, t) for n, t in enumerate(texts, 1)])
    assert opening is not None
    assert (opening.venue, opening.line) == ("Priory Hall Avenue Road Fenby", 7)
    meeting = parsed("\n".join(texts) + "\n").parts[0].meeting
    assert meeting is not None
    assert (meeting.body_name, meeting.venue) == (
        "Fenby Hills Conservators",
        "Priory Hall Avenue Road Fenby",
    )


def test_minute_of_meeting_and_its_date_under_the_body_opens_minutes() -> None:
    from opening_facts import parsed

    text = (
        "Kelby Community Council\n\nMinute of Meeting 27th March 2025\n\n"
        "ATTENDANCE: Jane Amos (Chairperson), Chris Birch (Vice Chair), Ann Cole\n\n"
        "1. Minutes of the previous meeting\n\nThe minutes were approved.\n"
    )
    part = parsed(text).parts[0]
    assert part.kind is DocumentKind.MINUTES and part.meeting is not None
    assert (part.meeting.body_name, part.meeting.date) == (
        "Kelby Community Council",
        dt.date(2025, 3, 27),
    )


def test_a_title_with_its_time_before_the_date_under_a_cover_formula() -> None:
    from minutebook.parsing.titled_date_openings import time_after_date, titled_date_opening

    title = (
        "The City of Fenby Council 10.00 am, Thursday, 28 May 2025 Council Chamber, City "
        "Chambers, High Street, Fenby This is a public meeting and members of the public are "
        "welcome to attend"
    )
    lines = [Line(4, "Notice of meeting and agenda"), Line(4, title), Line(4, "1. Order")]
    opening = titled_date_opening(lines)
    assert opening is not None
    assert (opening.body, opening.date, opening.time, opening.venue) == (
        "City of Fenby Council",
        dt.date(2025, 5, 28),
        dt.time(10, 0),
        "Council Chamber, City Chambers, High Street, Fenby",
    )
    place = "Committee Rooms 4-5, City Hall, Fenby 10.00am, Wednesday 30 March 2025"
    assert time_after_date(place) == place  # a place before the time: no title
    from minutebook.parsing.flattened_agenda_marks import pack_cover

    assert pack_cover("Notice of meeting and agenda The City of Fenby Council") == [28]


def test_a_title_printed_date_first_names_the_meeting() -> None:
    from minutebook.parsing.titled_date_openings import title_before_date, titled_date

    assert title_before_date("2025-12-19 Minutes of the Kelby Parish Council meeting") == (
        "Minutes of the Kelby Parish Council 19 December 2025"
    )
    found = titled_date("19 December 2025 - Minutes of the Kelby Parish Council meeting")
    assert found is not None and found[:2] == ("Kelby Parish Council", dt.date(2025, 12, 19))
    assert title_before_date("2025-13-19 Minutes of the Kelby Parish Council") == (
        "2025-13-19 Minutes of the Kelby Parish Council"
    )
    assert titled_date("19 December 2025 the Council met at the Hall") is None
