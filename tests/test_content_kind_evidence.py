"""A record whose opening is lost is still told from other papers by what it says: its
"Minute 12:" headings count as a record's evidence (a cross-reference "Minute 9 refers:"
does not), and a paper flattened onto one line is read in its sentences."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.content_kind import kind_by_content, paged_item, record_evidence
from minutebook.parsing.openings import BODY_THEN_MEETING
from minutebook.parsing.splitting import split


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


MINUTE_WORD = (
    "Full Council\n\n3 March 2021 at 7.00 pm\n\n"
    "Present:   Cllr A Bell\n\nCllr C Dunn\n\nCllr E Frost\n\n"
    "Minute 41:  Declarations of Interest.\nNone.\n\n"
    "Minute 42:  Minutes of the last meeting.\n"
    "Minute 30 refers:  The clerk had written to the county council.\n"
)


def test_minute_word_headings_are_a_records_evidence() -> None:
    assert "numbered" in record_evidence(_lines(MINUTE_WORD))
    assert kind_by_content(_lines(MINUTE_WORD)) is DocumentKind.MINUTES
    assert [part.kind for part in split(_lines(MINUTE_WORD))] == [DocumentKind.MINUTES]


def test_a_minute_cross_reference_is_no_heading() -> None:
    text = "Minute 30 refers:  The clerk had written.\nMinute 31 refers: noted."
    assert "numbered" not in record_evidence(_lines(text))


FLAT = (
    "Parks Board 4 May 2022 Minutes of the meeting held on 6 April 2022 Board Paper 2 "
    "Present: Mr A Bell (Chair), Mrs C Dunn and Mr E Frost 1. Apologies for Absence "
    "1.1 There were apologies for absence from Ms G Hale. 2. Declarations of Interest "
    "2.1 Mrs Dunn declared a personal and prejudicial interest in item 5 as a trustee of "
    "the friends group. She left the room for the item. 3. Play areas 3.1 The officer "
    "reported on the repairs to the play areas in the three parks and the cost of the "
    "new surfaces, which had been met from the reserve set aside for the purpose last "
    "year. 3.2 Members asked about the timetable for the work at the lakeside park and "
    "were told that it would be finished before the summer holidays began. " * 2
)


def test_a_flattened_record_is_read_in_its_sentences() -> None:
    kinds = record_evidence(_lines(FLAT))
    assert {"attendance", "past"} <= kinds
    assert kind_by_content(_lines(FLAT)) is DocumentKind.MINUTES


def test_a_paper_printed_in_lines_is_not_cut_into_sentences() -> None:
    long_paragraph = "The report noted the plans. Present: the figures for the year. " * 20
    text = "\n".join(["A report on parks", long_paragraph] + [f"line {k}" for k in range(8)])
    assert "attendance" not in record_evidence(_lines(text))


def test_minutes_of_the_meeting_name_no_body() -> None:
    line = "Minutes of the meeting held on 6 April 2022 Board Paper 2 MINUTES OF THE MEETING"
    assert BODY_THEN_MEETING.search(line) is None
    found = BODY_THEN_MEETING.search("Minutes of the Audit Committee meeting held on 6 April")
    assert found is not None and found["body"] == "Audit Committee"


PAGED_AGENDA = (
    "HARBOUR AUTHORITY\n\nDate: Thursday 4 June 2026\n\nAGENDA\n\n1. Apologies for Absence\n\n"
    "2. Minutes of the meeting held 2 April 2026 3 - 10\n\nDECISIONS\n\n"
    "3. Dredging Plan 2026 to 2029 11 - 40\n\n4. Members' Allowances 41 - 52\n\n"
    "5. Annual Accounts 53 - 90\n"
)


def test_items_citing_their_pack_pages_make_an_agenda() -> None:
    """A "DECISIONS" heading over the items for decision does not outweigh an agenda's
    items printed with their pages in the pack."""
    assert kind_by_content(_lines(PAGED_AGENDA)) is DocumentKind.AGENDA


def test_a_span_of_years_is_no_pages() -> None:
    assert paged_item("7. Dredging Plan 2026 to 2029 11 - 40")
    assert not paged_item("1. Plan for 2017 - 2020")
    assert not paged_item("2. Pages 40 - 12")


UNLABELLED_RECORD = (
    "Welcome and Introductions\n\nThe Chairman welcomed everyone to the meeting.\n\n"
    "Minutes\n\nTo confirm the minutes of the meeting held on 3 March 2022.\n\n"
    "Election of Vice-Chairman\n\nIt was proposed by Councillor A Bell and seconded by "
    "Councillor C Dunn that Councillor E Frost be elected.\n\nUpon being put to the vote, "
    "it was\n\nThat Councillor E Frost be elected Vice-Chairman.\n\n"
    "Work Programme\n\nTo consider the panel's work programme.\n"
)


def test_a_records_proceedings_tell_minutes_without_their_labels() -> None:
    """Minutes that lost their "Present:" and "RESOLVED" still tell their proceedings in
    the past tense and leave the vote: a record, for all the agenda text they quote."""
    assert {"past", "decision"} <= record_evidence(_lines(UNLABELLED_RECORD))
    assert kind_by_content(_lines(UNLABELLED_RECORD)) is DocumentKind.MINUTES


UNNUMBERED_WEB_RECORD = (
    "Venue: Orchard Room, Fenmoor House\n\nNo. Item\n\n\nElection of Chair\n\n"
    "To elect a Chair for the coming year.\n\n\n"
    "RESOLVED that Councillor Alder be elected Chair.\n\n\nElection of Vice-Chair\n\n"
    "To elect a Vice-Chair for the coming year.\n\n\n"
    "RESOLVED that Councillor Birch be elected Vice-Chair.\n\n\nMinutes\n\n\n"
    "RESOLVED that the Minutes of the meeting held on 3 May be signed as a correct record.\n"
)
CONFIRMED_RECORD = (
    "Election of Vice Chair\n\n\nCllr T. Rowan was elected as Vice Chair.\n\n\n"
    "Declarations of Interest\n\n\nNo additional declarations were made.\n\n\n"
    "Minutes\n\n\nThe minutes of the meeting held on 4 May were agreed as a correct record.\n"
)


def test_decisions_minute_after_minute_tell_a_record_that_lost_its_labels() -> None:
    """A web page that lost its minute numbers and "Minutes:" labels still opens decision
    after decision with "RESOLVED": a record, though each minute quotes "To elect ..."."""
    assert {"decision", "resolved"} <= record_evidence(_lines(UNNUMBERED_WEB_RECORD))
    assert kind_by_content(_lines(UNNUMBERED_WEB_RECORD)) is DocumentKind.MINUTES
    assert "resolved" not in record_evidence(_lines("RESOLVED that the report be noted.\n"))


def test_elections_and_confirmed_minutes_are_a_records_evidence() -> None:
    """ "X was elected", "No additional declarations were made" (past) and "The minutes of
    the meeting ... were agreed" (a decision) tell minutes without formula or labels."""
    assert {"past", "decision"} <= record_evidence(_lines(CONFIRMED_RECORD))
    declared = _lines("Cllr. M. Reid declared a personal interest as a trustee.\n")
    assert record_evidence(declared) == {"past"}


def test_a_scottish_minute_approved_is_a_decision() -> None:
    """Scottish usage approves the earlier record as "the minute" (singular), with or
    without "the" before "meeting"; an agenda's "To approve the minute" stays no decision."""
    approved = _lines(
        "The minute of meeting of this Committee of 4 March 2022 was approved as a correct"
        " record.\nThe minute of the special meeting of Glenmorie Council dated 9 March 2022"
        " was submitted and approved.\n"
    )
    assert record_evidence(approved) == {"decision"}
    agenda = _lines("To approve the minute of meeting of 4 March 2022.\nMinute of Meeting\n")
    assert "decision" not in record_evidence(agenda)


def test_no_questions_submitted_is_the_records_past_tense() -> None:
    """ "No written questions were submitted" reports what happened; an agenda's "Questions
    submitted in writing will be answered" does not."""
    assert record_evidence(_lines("No written questions were submitted.\n")) == {"past"}
    assert record_evidence(_lines("No questions were received.\n")) == {"past"}
    future = _lines("Questions submitted in writing will be answered.\nNo questions.\n")
    assert "past" not in record_evidence(future)


CMIS_RECORD_PAGE = (
    "Meeting Details\n\nMeeting Summary\nGlenmorie Council\n14 Mar 2022 - 10:00\n"
    "  • Documents\n  • Attendance\n\nPublic Items\n1 Sederunt\n"
    "2 Declaration of Group Decisions and Members Interests *\n\n"
    "3 Minutes\n\n         The minute of the meeting of Glenmorie Council dated 7 February 2022"
    " was submitted and approved.\n\n4 Written Questions **\n\n"
    "No written questions were submitted.\n"
)


def test_a_committee_pages_scottish_record_is_minutes() -> None:
    """A CMIS meeting page whose items are minuted in Scottish usage is minutes, not the
    agenda its numbered items alone would make it."""
    kinds = [part.kind for part in split(_lines(CMIS_RECORD_PAGE)) if part.kind]
    assert DocumentKind.MINUTES in kinds
    assert DocumentKind.AGENDA not in kinds


ATTENDANCE_DETAILS = (
    "Westmere Council Minutes\n\nDate:\nTuesday 4 May 2021\nTime:\n2.00pm\n"
    "Place:\nCouncil Offices, Mill Lane, Westmere (Reports)\n\nAttendance Details\n\n"
    "Members:\nAnna Bell-Riverside\nCarl Dunn-Hillfoot\n"
    "Apologies:\nEdna Frost - Riverside\n"
    "Item Number Item/Description\n1 SEDERUNT AND APOLOGIES\n\n2 MINUTE OF MEETING OF 6 APRIL\n\n"
    "Decision\n\nAPPROVED\n"
)


def test_an_attendance_details_heading_is_a_records_attendance() -> None:
    assert "attendance" in record_evidence(_lines(ATTENDANCE_DETAILS))
    assert kind_by_content(_lines(ATTENDANCE_DETAILS)) is DocumentKind.MINUTES
    assert [part.kind for part in split(_lines(ATTENDANCE_DETAILS))] == [DocumentKind.MINUTES]


def test_attendance_details_inside_a_sentence_are_no_label() -> None:
    text = "The clerk keeps attendance details for each meeting.\nAttendance details of staff"
    assert "attendance" not in record_evidence(_lines(text))


NUMBERED_PARAGRAPHS = (
    "Greyfold Scrutiny Panel\n"
    "Minutes of the Meeting held on 4 March 2020 at 2pm in the Willow Room, Shire Hall\n"
    "Officers Present: Mr K Lowe, Democratic Services Officer\n"
    "1. To receive apologies and details of any substitute Members attending\n"
    "1.1 Apologies had been received from Mr P Oakes.\n"
    "2. Members to Declare any Interests\n"
    "2.1 There were no interests declared.\n"
    "3. To receive any items of urgent business\n"
    "3.1 There were no matters arising.\n"
)


def test_a_numbered_paragraphs_past_tense_is_a_records_evidence() -> None:
    assert "past" in record_evidence(_lines(NUMBERED_PARAGRAPHS))
    assert kind_by_content(_lines(NUMBERED_PARAGRAPHS)) is DocumentKind.MINUTES
    assert [part.kind for part in split(_lines(NUMBERED_PARAGRAPHS))] == [DocumentKind.MINUTES]


def test_an_agendas_numbered_items_are_no_past_tense() -> None:
    agenda = (
        "1.1 To receive apologies for absence\n"
        "2.1 To receive declarations of interest\n"
        "3.1 Matters arising from the minutes\n"
        "12.10 Apologies for absence\n"
    )
    assert "past" not in record_evidence(_lines(agenda))


def test_three_attendance_lists_with_names_are_a_record() -> None:
    """An excerpt holding only the record's opening: "Present :", "Also present:" and
    "Apologies :" lists over names are a record; an agenda's labels name nobody."""
    opening = (
        "EXTRAORDINARY COUNCIL 21/1/31\n\n"
        "Present : Councillor Ann Reid (Chair) Councillors: Ben Moss, Cara Lowe\n\n"
        "Also present: Dan Pym (Chief Executive), Eve Hale (Monitoring Officer)\n\n"
        "Apologies : Councillors Fay Ives and Gil Hunt\n"
    )
    assert kind_by_content(_lines(opening)) is DocumentKind.MINUTES
    agenda = (
        "EXTRAORDINARY COUNCIL 21/1/31\n\n"
        "Present: to be recorded\n\nAlso present: officers\n\nApologies: to receive\n"
    )
    assert kind_by_content(_lines(agenda)) is None
