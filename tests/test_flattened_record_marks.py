"""A flattened record's own markers: an opening in capitals after a running header, a
town council's four-digit minute numbers, attendance labels with a qualifier and a
minute's text opening with a councillor's verb (invented examples; whole papers:
tests/fixtures/zoo/*flattened*)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind, Line
from minutebook.parsing.flattened_lines import split_flattened_lines
from opening_facts import parsed

TOWN = (
    "Town Council 9 May 2025 Page 1 12/25 MINUTES OF A MEETING OF ASHCOMBE TOWN COUNCIL "
    "HELD ON FRIDAY 9 th MAY 2025 AT 7PM IN THE MARKET HALL, ASHCOMBE PRESENT: Cllr N Lowry "
    "(Mayor) Cllr P Sands Cllr Mrs J Tolley APOLOGIES: Cllr K Umber 4102 DECLARATIONS OF "
    "INTEREST There were none. 4103 MINUTES OF THE LAST MEETING RESOLVED: The minutes of "
    "the meeting held on 11 th April 2025 were confirmed 4104 BUS SHELTERS The Clerk "
    "reported that two shelters had been repaired."
)

CABINET = (
    "Minutes of the Cabinet Meeting held in the Oak Room, Civic Centre, Wexley on Monday 2 "
    "June 2025 at 6.00 pm Present: A Ash (Leader), B Birch, C Cole. Other "
    "Members present: D Dale, E Eve. Officers present: F Fay (Chief Executive). 1. Apologies "
    "for Absence Apologies were received from Councillor Gill. 2. Declarations of Interest "
    "Councillor Birch declared an interest in item 4. 3. Minutes RESOLVED that the Minutes of "
    "the Cabinet Meeting held on 6 May 2025 be approved. 4. Announcements Councillor Ash "
    "stated that the library would reopen in July."
)


def _pieces(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    out, furniture = split_flattened_lines([Line(3, text)])
    assert {line.number for line in out} == {3}  # every piece keeps the source line's number
    return [line.text for line in out], [(f.line.text, f.rule) for f in furniture]


def test_a_town_councils_page_is_cut_at_its_capitals_opening_and_minute_numbers() -> None:
    pieces, furniture = _pieces(TOWN)
    # the running header and the clerk's page stamp are furniture, not the paper's title
    assert furniture == [("Town Council 9 May 2025 Page 1 12/25", "flattened-page-header")]
    assert pieces[0].startswith("MINUTES OF A MEETING OF ASHCOMBE TOWN COUNCIL HELD ON")
    for expected in (
        "PRESENT: Cllr N Lowry (Mayor) Cllr P Sands Cllr Mrs J Tolley",
        "APOLOGIES: Cllr K Umber",
        "4102 DECLARATIONS OF INTEREST",
        "There were none.",
        "4103 MINUTES OF THE LAST MEETING",
        "RESOLVED: The minutes of the meeting held on 11 th April 2025 were confirmed",
        "4104 BUS SHELTERS",
    ):
        assert expected in pieces


def test_four_digit_numbers_need_a_run_of_three() -> None:
    text = TOWN.replace("4103 MINUTES", "MINUTES").replace("4104 BUS", "BUS")
    pieces, _ = _pieces(text)
    assert not any(piece.startswith("4102") for piece in pieces)


def test_a_cabinets_labels_with_a_qualifier_and_a_councillors_verb_are_cut() -> None:
    pieces, furniture = _pieces(CABINET)
    assert furniture == []
    for expected in (
        "Present: A Ash (Leader), B Birch, C Cole.",
        "Other Members present: D Dale, E Eve.",
        "Officers present: F Fay (Chief Executive).",
        "2. Declarations of Interest",
        "Councillor Birch declared an interest in item 4.",
        "4. Announcements",
        "Councillor Ash stated that the library would reopen in July.",
    ):
        assert expected in pieces
    # "the Minutes of the Cabinet Meeting held on ..." in a resolution is no opening
    assert "RESOLVED that the Minutes of the Cabinet Meeting held on 6 May 2025 be approved." in (
        pieces
    )


def test_a_stamp_before_the_opening_is_no_item_number_but_a_run_number_is() -> None:
    pieces, _ = _pieces(TOWN)
    assert "Town Council 9 May 2025 Page 1 12/25" not in pieces  # dropped, the opening cut
    item = (
        "Present: Councillor A Reid (Chair) and Councillor B Moss Also present: Mrs F Oduya "
        "(Clerk) 1 Apologies for absence There were none. 2 Declarations of interest None. 3 "
        "Minutes of the meeting held on 7 February 2025 RESOLVED that they be approved. 4 Play "
        "area The Clerk reported on the repairs to the play area at Mill Lane, for which three "
        "quotations had been received from local firms, and on the state of the footpath "
        "beside the brook."
    )
    pieces, _ = _pieces(item)
    assert "3 Minutes of the meeting held on 7 February 2025" in pieces


def test_a_title_in_sentence_case_ends_before_a_sentences_first_word() -> None:
    text = (
        "Present: Councillor A Reid (Chair), Councillor B Moss and Councillor C Lowe Also "
        "present: Mrs F Oduya (Clerk) 21 Welcome and apologies for absence Substitutes attended "
        "for Councillor Gray and Councillor Hume. 22 Update on the Mill Lane scheme Work began "
        "in May and is on time. 23 Questions from residents Two questions were asked about "
        "parking near the school and were answered by the Chair. 24 Budget monitoring Quarter 2 "
        "figures were noted."
    )
    pieces, _ = _pieces(text)
    for expected in (
        "21 Welcome and apologies for absence",
        "Substitutes attended for Councillor Gray and Councillor Hume.",
        "23 Questions from residents",
        "Two questions were asked about parking near the school and were answered by the Chair.",
    ):
        assert expected in pieces
    # a capital after a word that leads a title on, or before a number, is no sentence's
    assert not any(piece.startswith("Mill Lane") for piece in pieces)
    assert not any(piece.startswith("Quarter 2") for piece in pieces)


def test_an_instructions_capital_after_a_determiner_goes_on_the_title() -> None:
    """ "To hear any Statements by the Chair": "any" leads the title on, as "the"
    does; the instruction's sentence closes the title at its stop (a table's header after
    it)."""
    text = (
        "NOTICE IS HEREBY GIVEN that a meeting of the Wyke Borough Council will be held on "
        "Tuesday 3 March 2026 at 2pm in the Town Hall, Wyke. ORDER OF BUSINESS 1. Apologies "
        "for absence. 2. To hear any Statements by the Chair or the Leader. 3. To note any "
        "Minutes of the Cabinet and of the Standing Committees of the Council held since the "
        "last meeting. Date Body Minute Report A) 03.02.26 Cabinet 41 Car Park Charges 4. To "
        "consider Motions."
    )
    items = [(i.code, i.title.rstrip(".")) for i in parsed(text).parts[0].items]
    assert ("2", "To hear any Statements by the Chair or the Leader") in items
    assert (
        "3",
        "To note any Minutes of the Cabinet and of the Standing Committees of the Council held "
        "since the last meeting",
    ) in items


def test_a_parishs_year_first_minute_numbers_and_a_one_letter_word_after_capitals() -> None:
    text = (
        "PRESENT: Cllr A Reid (Chair), Cllr B Moss IN ATTENDANCE: Mrs F Oduya (Clerk) 25/011 "
        "APOLOGIES FOR ABSENCE None. 25/012 MINUTES RESOLVED: That the minutes of 14 January "
        "2025 be signed. 25/013 PUBLIC FORUM A resident asked about the hedge on School Lane "
        "and the clerk will write to the landowner. 25/014 GRANTS RESOLVED: That £200 be given "
        "to the village show, to be paid after the show's accounts for last year are seen."
    )
    pieces, _ = _pieces(text)
    for expected in (
        "25/011 APOLOGIES FOR ABSENCE",
        "25/012 MINUTES",
        "RESOLVED: That the minutes of 14 January 2025 be signed.",
        "25/013 PUBLIC FORUM",
        "A resident asked about the hedge on School Lane and the clerk will write to the"
        " landowner.",
        "25/014 GRANTS",
    ):
        assert expected in pieces


def test_minutes_of_the_meeting_of_opens_a_record_and_unlabelled_members_a_line() -> None:
    text = (
        "Minutes of the Meeting of Fenby Town Council held on 4 May 2021 at 7pm by video "
        "conference. Cllrs A Ash, B Birch (Mayor) and C Cole D Dean, Town Clerk 1 Apologies for "
        "Absence Apologies were received from Cllr Eve. 2 Minutes RESOLVED that the minutes of "
        "the meeting held on 6 April 2021 be approved. 3 Benches The clerk reported that two new "
        "benches had been ordered for the green. RESOLVED that the report be noted."
    )
    pieces, _ = _pieces(text)
    assert pieces[0] == (
        "Minutes of the Meeting of Fenby Town Council held on 4 May 2021 at 7pm by video"
        " conference."
    )
    assert pieces[1].startswith("Cllrs A Ash, B Birch (Mayor)")
    for expected in ("1 Apologies for Absence", "2 Minutes", "3 Benches"):
        assert expected in pieces


def test_a_records_labels_in_capitals_without_a_colon_are_cut_but_not_a_minutes_title() -> None:
    text = (
        "NORTHAM DISTRICT COUNCIL MINUTES OF THE LICENSING COMMITTEE HELD ON MONDAY 1 MARCH "
        "2021 AT 6.00 PM IN THE COUNCIL CHAMBER PRESENT Councillor A Ash (Chair) and Councillor "
        "B Birch ALSO PRESENT Mr C Cole (Licensing Manager) APOLOGIES Councillor D Dean 12. "
        "APOLOGIES FOR ABSENCE Councillor Dean sent apologies. 13. MINUTES The minutes of the "
        "meeting held on 1 February 2021 were approved. 14. TAXI FARES The Licensing Manager "
        "presented the table of fares. RESOLVED that it be published."
    )
    pieces, _ = _pieces(text)
    for expected in (
        "NORTHAM DISTRICT COUNCIL",
        "PRESENT Councillor A Ash (Chair) and Councillor B Birch",
        "ALSO PRESENT Mr C Cole (Licensing Manager)",
        "APOLOGIES Councillor D Dean",
        "12. APOLOGIES FOR ABSENCE",
        "Councillor Dean sent apologies.",
    ):
        assert expected in pieces
    assert pieces[1].startswith("MINUTES OF THE LICENSING COMMITTEE HELD ON MONDAY 1 MARCH 2021")


def test_a_dated_capitals_title_over_present_tops_a_flattened_record() -> None:
    """No "Minutes of" sentence: the body's title in capitals and its date open the line,
    "Present:" follows, and "Others Present:" and "Officers:" head groups of their own."""
    text = (
        "CABINET Tuesday, 14 October 2025 at 2.00 pm Council Chamber, Civic Centre, Wexley "
        "Present: Councillor A Ash (Leader) Councillors: B Birch, C Cole and D Dale In "
        "Attendance: Councillors: E Eve and F Fay Officers: G Gale (Accountant), H Hale "
        "(Chief Executive), L Lowe (Head of Law and Governance), M Moss (Translator), N Nye "
        "(Property Officer) Others Present: J Jay (Audit Office) Apologies: Councillor K Kay"
    )
    pieces = [line.text for line in split_flattened_lines([Line(1, text)])[0]]
    assert pieces[0].startswith("CABINET Tuesday, 14 October 2025")
    assert [p.split(":")[0] for p in pieces[1:]] == [
        "Present",
        "In Attendance",
        "Officers",
        "Others Present",
        "Apologies",
    ]


def test_a_dated_capitals_title_without_present_after_it_is_no_marker() -> None:
    from minutebook.parsing.flattened_record_marks import dated_capitals_title

    assert dated_capitals_title("CABINET Tuesday, 14 October 2025 Present: A Ash") == [0]
    assert dated_capitals_title("CABINET Tuesday, 14 October 2025 Agenda 1. Apologies") == []
    assert dated_capitals_title("EXTRAORDINARY COUNCIL 21/1/10 Present : Cllr A Ash") == [0]
    assert dated_capitals_title("The Cabinet met on 14 October 2025. Present: A Ash") == []


def test_a_boards_record_after_its_titles_stop_is_cut_at_minutes_of_a_meeting() -> None:
    text = (
        "Agenda Item No. 3 FENBY LICENSING BOARD. Minutes of a meeting in the County "
        "Buildings, Wellington Square, Fenby, on 19th April 2025 at 10.00 a.m. Present: "
        "Councillors Ann Amos (Chair), Ben Birch, Cara Cole and Dan Dale. Apology: Councillor "
        "Eve Eden. Attending: F. Frost, Depute Clerk to the Board. 1. Appointment of Chair. "
        "The Depute Clerk invited nominations. 2. Declarations of Interest. There were no "
        "declarations of interest by Members of the Board."
    )
    pieces = [line.text for line in split_flattened_lines([Line(1, text)])[0]]
    assert "FENBY LICENSING BOARD." in pieces[0]
    assert pieces[1].startswith("Minutes of a meeting in the County Buildings")


def test_a_minute_of_meeting_held_without_its_article_opens_a_flattened_record() -> None:
    text = (
        "FENBY ISLANDS COUNCIL Minute of Meeting held in the Council Offices, Kelby, on "
        "Thursday 16 December 2025 at 5.00pm PRESENT Mr Alex Amos (Convener) Mr Angus Birch "
        "(Leader) Mr Keith Cole Mr David Dale Mr Neil Eden Mrs Annie Frost Mr John Gale "
        "Mr Roddie Hart Mr Iain Innes Mr Philip Jones Mr Murdo Kerr Mrs Catriona Lowe "
        "APOLOGIES Mr Donald Hale Mrs Morag Ives Prayer The Meeting was opened with prayer by "
        "the Reverend Ian Moss."
    )
    pieces = [line.text for line in split_flattened_lines([Line(1, text)])[0]]
    assert pieces[:2] == [
        "FENBY ISLANDS COUNCIL",
        "Minute of Meeting held in the Council Offices, Kelby, on Thursday 16 December 2025 "
        "at 5.00pm",
    ]
    assert pieces[2].startswith("PRESENT Mr Alex Amos")


def test_a_members_label_alone_under_present_heads_no_minute() -> None:
    from minutebook.parsing.minute_headings import capitals_unnumbered

    texts = ["PRESENT", "Councillor R Amos in the Chair", "MEMBERS", "Birch, E. Cole, D."]
    lines = [Line(n, t) for n, t in enumerate(texts, 1)]
    assert capitals_unnumbered(lines, 2, texts[2]) is None
    heading = [Line(1, ""), Line(2, "APOLOGIES FOR ABSENCE"), Line(3, "")]
    assert capitals_unnumbered(heading, 1, "APOLOGIES FOR ABSENCE") is not None


SEMICOLONS = (
    "Fenby Parish Council ______________ Parish Clerk; Ann Reid, Mill Barn, Fenby. FE1 2AB"
    " (01632960000) Minutes of The Annual General Meeting and Parish Council Meeting (No 212)"
    " of Fenby Parish Council held on Wednesday 20th May 2020 at 7.00pm via online video link"
    " Parish Councillors required to attend; Ben Moss (Chair), Cara Lowe (Vice Chair), Dan Pym,"
    " Eve Hart and Ann Reid (Clerk). Present; Ben Moss, Cara Lowe, Dan Pym and Ann Reid"
    " (Clerk). 1. Election of Chair; Ben Moss was proposed by Cara Lowe and seconded by Dan Pym"
    " and was duly elected. 2. Apologies for absence; Eve Hart sent apologies. 3. Election of"
    " the Vice Chair; Cara Lowe was nominated by Ben Moss and seconded by Dan Pym."
)


def test_a_flattened_record_with_semicolons_for_its_colons_is_read_as_minutes() -> None:
    part = parsed(SEMICOLONS).parts[-1]
    assert part.kind is DocumentKind.MINUTES
    assert part.meeting is not None
    assert (part.meeting.body_name, part.meeting.date) == (
        "Fenby Parish Council",
        dt.date(2020, 5, 20),
    )
    assert [(a.role.value, a.as_written) for a in part.attendance] == [
        ("present", "Ben Moss"),
        ("present", "Cara Lowe"),
        ("present", "Dan Pym"),
        ("in_attendance", "Ann Reid"),
        ("apologies", "Eve Hart"),
    ]
    assert [(m.number, m.title) for m in part.minutes] == [
        ("1", "Election of Chair"),
        ("2", "Apologies for absence"),
        ("3", "Election of the Vice Chair"),
    ]


def test_a_minutes_number_glued_to_the_capitals_before_it_still_cuts() -> None:
    """ "... OF TUESDAY4. CORRESPONDENCE": the stop's number glued to the last word of a
    decision in capitals, the run 1, 2, 3, 4 goes on there; "COVID19 figures" is no cut."""
    text = (
        "Minutes of a Meeting of Fenby Town Council on Tuesday 3 June 2030 at 7.30pm in the "
        "Town Hall, Fenby, with the Mayor in the Chair Present: Cllr. A Reid, Cllr. B Moss, "
        "Cllr. D Pym, Cllr. E Hale, Cllr. G Ives. In attendance: Mrs F Dunn (Clerk to the "
        "Council) and the Deputy Clerk. 1. APOLOGIES FOR ABSENCE Cllr. C Lowe. "
        "2. DECLARATIONS OF INTEREST None. 3. MINUTES Proposed by Cllr. A Reid. CARRIED. "
        "THAT THE MINUTES OF THE MEETING OF TUESDAY4. CORRESPONDENCE None were raised. The "
        "COVID19. SUMMARY was noted as read."
    )
    pieces, _ = _pieces(text)
    assert pieces[-3].endswith("THAT THE MINUTES OF THE MEETING OF TUESDAY")
    assert pieces[-2:] == [
        "4. CORRESPONDENCE",
        "None were raised. The COVID19. SUMMARY was noted as read.",
    ]


#: A joint body's record flattened onto one line after the page's number and the paper's
#: own title, its only minute numbered on from the year's earlier meetings (the page, or
#: the excerpt, ends inside it).
LONE_MINUTE = (
    "1 Fenby and Wyke Combined Authority: Minutes Date: Friday 6 June 2031 Time: 10.00am "
    "Venue: Council Chamber, Fenby Present: Councillor A Reid Fenby City Council, Councillor "
    "B Moss Wyke District Council (to 11.40am on 6 June 2031), Councillor C Dunn OBE Hexton "
    "Borough Council and D Van de Hale East Wyke District Council Apologies: Councillor E "
    "Pym, Independent Member 412. Chair's welcome and members' interests A note on the "
    "bus franchising timetable was tabled with the Mayor's leave. The Mayor said the "
    "Authority had met in March 2031. The board welcomed "
    "Councillor Reid to her first meeting."
)


def test_a_records_one_minute_after_its_attendance_is_cut_and_its_title_ends() -> None:
    """ "... Independent Member 412. Chair's welcome and members' interests A note ...": a
    lone number with a stop after the last attendance label heads the record's
    minute, its title ending before "A" and a word in lower case; "March 2031. The" is a
    date's year, no heading."""
    pieces, _ = _pieces(LONE_MINUTE)
    assert "412. Chair's welcome and members' interests" in pieces
    assert not any(piece.startswith("2031. The") for piece in pieces)
    assert pieces[-1].startswith("A note on the bus franchising timetable")


def test_the_page_number_before_the_papers_own_title_heads_no_minute() -> None:
    """ "1 Fenby and Wyke Combined Authority: Minutes": the page's number and the paper's
    title, so minute 412 is the record's first (a number that far above 1 would be read as
    a figure, not the next minute)."""
    minutes = parsed(LONE_MINUTE).parts[0].minutes
    assert [(m.number, m.title) for m in minutes] == [
        ("412", "Chair's welcome and members' interests")
    ]


def test_members_run_together_with_their_councils_are_read_with_the_council_as_capacity() -> None:
    """Each "Councillor A Reid Fenby City Council" in the run is the member and the council
    they sit for; a time they left on the day named is a timing, not their capacity."""
    part = parsed(LONE_MINUTE).parts[0]
    present = [
        (a.as_written, a.capacity, a.timing) for a in part.attendance if a.role.value == "present"
    ]
    assert present == [
        ("Councillor A Reid", "Fenby City Council", None),
        ("Councillor B Moss", "Wyke District Council", "to 11.40am on 6 June 2031"),
        ("Councillor C Dunn OBE", "Hexton Borough Council", None),
        ("D Van de Hale", "East Wyke District Council", None),
    ]


#: A Scottish council's record flattened onto one line under its page stamp ("2031.WAS.12":
#: the year, the committee's series, the page), officers "ATTENDING:", each minute's
#: decision under its "Decision" label, a minute's lettered parts each decided.
SCOTS_RECORD = (
    "2031.WAS.12 THE WYKE COUNCIL - WEST AREA COMMITTEE - FENBY. 4th March, 2031. 10.00 a.m. "
    "- 12.15 p.m. PRESENT: Councillors Ann N. Reid (Chair), Ben Moss, Cara C. Lowe and Dan "
    "Pym. ATTENDING: Eve Hart, Head of Roads; Fay Dunn, Committee Officer. APOLOGIES FOR "
    "ABSENCE: Councillors Gil A. Ives and Hal Amos. 212. DECLARATIONS OF INTEREST No "
    "declarations were made. 213. MINUTES The Committee considered these Minutes:(a) West "
    "Area Committee of 4th February, 2031. Decision The Committee agreed the Minute as a "
    "true record. (b) Roads Working Group of 11th February, 2031. Decision The Committee "
    "accepted the Minute subject to one correction. 214. "
    "ROADS REPORT The Head of Roads presented the winter report. Decision The Committee "
    "took note of the report."
)


def test_a_scots_record_under_its_page_stamp_is_cut_at_attending_and_decision() -> None:
    pieces, _ = _pieces(SCOTS_RECORD)
    assert pieces[0].startswith("2031.WAS.12 THE WYKE COUNCIL")  # the stamp keeps its stop
    assert "ATTENDING: Eve Hart, Head of Roads; Fay Dunn, Committee Officer." in pieces
    assert "The Committee agreed the Minute as a true record." in pieces
    assert pieces[-2:] == ["Decision", "The Committee took note of the report."]


def test_the_page_stamp_ends_no_attendance_and_the_decisions_are_read() -> None:
    part = parsed(SCOTS_RECORD).parts[0]
    people = [(a.role.value, a.as_written, a.capacity) for a in part.attendance]
    assert people == [
        ("present", "Ann N. Reid", "Chair"),
        ("present", "Ben Moss", None),
        ("present", "Cara C. Lowe", None),
        ("present", "Dan Pym", None),
        ("in_attendance", "Eve Hart", "Head of Roads"),
        ("in_attendance", "Fay Dunn", "Committee Officer"),
        ("apologies", "Gil A. Ives", None),
        ("apologies", "Hal Amos", None),
    ]
    decided = {
        m.number: [m.resolution, *(t for t, _ in m.further_resolutions)] for m in part.minutes
    }
    assert decided["213"] == [
        "The Committee agreed the Minute as a true record.",
        "The Committee accepted the Minute subject to one correction.",
    ]
