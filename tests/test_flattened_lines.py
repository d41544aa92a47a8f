"""A page or paper flattened onto one line, cut back into its logical lines (invented
examples; the zoo holds whole papers: tests/fixtures/zoo/*flattened*)."""

from __future__ import annotations

import re

from conftest import QUIRKS
from minutebook.errors import Diagnostics
from minutebook.model import Line, ParagraphBlock, RecordLineBlock
from minutebook.parsing import parse_document
from minutebook.parsing.cleaning import clean
from minutebook.parsing.flattened_lines import flattened_cuts, split_flattened_lines
from minutebook.parsing.reading import SourceText

WHITESPACE = re.compile(r"\s+")


def _split(*texts: str) -> list[tuple[int, str]]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    out, furniture = split_flattened_lines(lines)
    assert furniture == []
    return [(line.number, line.text) for line in out]


def test_a_flattened_minutes_paper_is_cut_at_its_labels_headings_and_decisions() -> None:
    text = (QUIRKS / "flattened-page.txt").read_text("utf-8").rstrip("\n")
    out = _split(text)
    assert {number for number, _ in out} == {1}  # every piece cites the source line
    pieces = [piece for _, piece in out]
    assert pieces[:4] == [
        "BRAYMOOR TOWN COUNCIL",
        "MINUTES of a meeting of the Finance and General Purposes Committee held at the Town"
        " Hall, Braymoor on Monday 3 March 2025 at 7.00 pm",
        "Present: Councillor J Hollis (Chair), Councillor M Pryce, Councillor A Dabrowski and"
        " Councillor T Winslade",
        "Apologies: Councillor K Fairbairn",
    ]
    for expected in (
        "In attendance: Mrs D Ashworth (Town Clerk)",
        "1. Apologies for absence",
        "Apologies were received from Councillor K Fairbairn.",
        "2. Declarations of interest",
        "None.",
        "3. Minutes",
        "RESOLVED that the minutes of the meeting held on 3 February 2025 be approved.",
        "4. Grants to local groups",
        "The Town Clerk reported that six applications had been received.",
        "RESOLVED that grants totalling £2,450 be awarded as set out in the schedule.",
        "Page 1 of 1",
    ):
        assert expected in pieces


def test_no_character_is_lost_only_the_spaces_at_the_cuts() -> None:
    text = (QUIRKS / "flattened-page.txt").read_text("utf-8").rstrip("\n")
    pieces = [piece for _, piece in _split(text)]
    assert len(pieces) > 10
    assert WHITESPACE.sub("", "".join(pieces)) == WHITESPACE.sub("", text)
    assert " ".join(pieces) == WHITESPACE.sub(" ", text).strip()


def test_the_page_count_of_the_flattened_page_is_furniture_after_the_cut() -> None:
    lines, furniture = clean((QUIRKS / "flattened-page.txt").read_text("utf-8"))
    assert [(f.rule, f.line.number, f.line.text) for f in furniture] == [
        ("page-count", 1, "Page 1 of 1")
    ]
    assert all(line.number == 1 for line in lines if line.text)


def test_a_long_paragraph_is_not_a_flattened_page() -> None:
    """Apologies and a decision mentioned in sentences, and "section 3. Forty ... Appendix
    4. Present" (a run of two numbers) are one kind of marker, not a page's structure."""
    paragraph = (
        "The Cabinet Member reminded Members that the apologies recorded at that meeting had"
        " left the Committee inquorate, and that the Committee had then RESOLVED to return to"
        " the matter. The figures are set out in section 3. Forty households were in bed and"
        " breakfast accommodation at the end of June, against twelve a year earlier, and the"
        " average stay had grown to nine weeks, as Appendix 4. Present spending on nightly"
        " paid rooms was expected to exceed the budget unless the council could buy or lease"
        " more homes of its own before the winter came."
    )
    assert len(paragraph) > 400
    assert flattened_cuts(paragraph) is None
    assert _split(paragraph) == [(1, paragraph)]


def test_a_short_line_with_markers_is_left_alone() -> None:
    line = "Present: Councillor A Reid 1. Apologies 2. Minutes RESOLVED that it be noted."
    assert _split(line) == [(1, line)]


def test_the_next_page_continues_the_numbering_of_the_page_before() -> None:
    """A page with one heading only: its number follows the last heading of the page
    above, and the page follows a flattened page, so it is cut too."""
    first = (
        "MINUTES of a meeting of the Audit Panel held at Shire Hall on Monday 2 June 2025 at"
        " 2.00 pm Present: Mr A Gable (Chair), Ms B Ncube and Mr C Ruiz Apologies: Mrs D Hale"
        " 7. Declarations of interest There were none. 8. Internal audit plan The Head of"
        " Internal Audit presented the plan for the year, which covered twenty-two reviews"
        " across the two organisations and would be delivered within the agreed budget."
    )
    second = (
        "Members asked for the review of overtime controls to be brought forward to the first"
        " quarter, given the concerns raised by the external auditor in the previous year and"
        " the rise in claims since then. RESOLVED that the plan be approved subject to that"
        " change. 9. Date of next meeting The next meeting will be held on Monday 8 September"
        " 2025 at 2.00 pm in the same room, with the annual governance statement on the agenda."
    )
    out = _split(first, "", second)
    assert (3, "9. Date of next meeting") in out
    assert (3, "RESOLVED that the plan be approved subject to that change.") in out
    assert (1, "8. Internal audit plan") in out


def test_a_title_word_after_of_is_not_the_start_of_the_text() -> None:
    """ "Report of The Chief Officer": "The" after "of" goes on the title."""
    text = (
        "Present: Councillor A Reid (Chair), Councillor B Moss and Councillor C Lowe Apologies:"
        " Councillor D Pym 5. Report of The Chief Officer The Chief Officer presented her"
        " report on the year, which set out the work of the service across the county and the"
        " pressures it faced from rising demand. 6. Any other business There was none."
        " RESOLVED that the report be noted and thanks be given to the staff of the service."
    )
    out = [piece for _, piece in _split(text)]
    assert "5. Report of The Chief Officer" in out
    assert "6. Any other business" in out


def test_minute_numbers_with_the_year_and_capitals_labels() -> None:
    """ "28/25 APOLOGIES", "29/25 ..." (one year's run), "MEMBERS PRESENT:", a title-case
    opening and "Resolved:" / "Resolved that" as the decision's formula."""
    text = (
        "Minutes of a meeting of the Corrandale Police and Crime Panel held at the Civic"
        " Centre, Corrandale on Wednesday 10 September 2025 at 1.30 pm MEMBERS PRESENT:"
        " Councillor I Fenwick (Chair), Councillor O Danjuma and Mr Q Strand (Independent"
        " Member) APOLOGIES FOR ABSENCE: Councillor Z Kowal 28/25 APOLOGIES AND SUBSTITUTES"
        " Apologies were received from Councillor Z Kowal. 29/25 DECLARATIONS OF INTEREST"
        " There were none. 30/25 MINUTES OF THE MEETING HELD ON 2 JULY 2025 Resolved: that"
        " the minutes be approved. 31/25 COMMISSIONER'S UPDATE The Commissioner reported on"
        " the summer's operations. Resolved that the update be noted."
    )
    pieces = [piece for _, piece in _split(text)]
    assert pieces[0].startswith("Minutes of a meeting of the Corrandale")
    for expected in (
        "MEMBERS PRESENT: Councillor I Fenwick (Chair), Councillor O Danjuma and Mr Q Strand"
        " (Independent Member)",
        "APOLOGIES FOR ABSENCE: Councillor Z Kowal",
        "28/25 APOLOGIES AND SUBSTITUTES",
        "There were none.",
        "30/25 MINUTES OF THE MEETING HELD ON 2 JULY 2025",
        "Resolved: that the minutes be approved.",
        "31/25 COMMISSIONER'S UPDATE",
        "The Commissioner reported on the summer's operations.",
        "Resolved that the update be noted.",
    ):
        assert expected in pieces


def test_an_item_about_the_minutes_of_a_meeting_keeps_its_number() -> None:
    """ "3. MINUTES of the meeting of ..." is an agenda item, not a paper's opening; a
    speaker named with a title starts the text after a title-case title."""
    text = (
        "AGENDA Date: Monday 6 October 2025 Time: 10.00 am Venue: Shire Hall, Lynford"
        " Membership: Councillor A Reid, Councillor B Moss, Councillor C Lowe and Councillor"
        " D Pym 1. Apologies for absence 2. Declarations of interest 3. MINUTES of the meeting"
        " of the Panel held on 4 August 2025 To confirm them as a correct record. 4. Budget"
        " Update Mr E Kaur presented the position at the end of the first half of the year."
        " 5. Work programme"
    )
    pieces = [piece for _, piece in _split(text)]
    assert "3. MINUTES of the meeting of the Panel held on 4 August 2025" in pieces
    assert "4. Budget Update" in pieces
    assert "Mr E Kaur presented the position at the end of the first half of the year." in pieces


def test_bare_numbers_need_a_run_of_three_and_are_never_dates() -> None:
    text = (
        "Present: Councillor A Reid (Chair), Councillor B Moss and Councillor C Lowe Also"
        " present: Mrs F Oduya (Clerk) 1 Apologies for absence There were no apologies. 2"
        " Declarations of interest None. 3 Minutes of the meeting held on 7 February 2025"
        " RESOLVED that the minutes be approved. 4 Play area at Mill Lane The Clerk reported"
        " that 2 Quotations had been received for the new equipment. RESOLVED that the lower"
        " quotation be accepted."
    )
    pieces = [piece for _, piece in _split(text)]
    for expected in (
        "Also present: Mrs F Oduya (Clerk)",
        "1 Apologies for absence",
        "There were no apologies.",
        "3 Minutes of the meeting held on 7 February 2025",
        "4 Play area at Mill Lane",
        "The Clerk reported that 2 Quotations had been received for the new equipment.",
    ):
        assert expected in pieces


def test_a_title_in_capitals_ends_at_the_first_word_out_of_capitals() -> None:
    text = (
        "PRESENT: Councillor A Reid (Chair), Councillor B Moss and Councillor C Lowe"
        " APOLOGIES: Councillor D Pym 14. PUBLIC QUESTIONS Two questions had been submitted"
        " about the closure of the front counter at Lynford police station, and the"
        " Commissioner answered both. 15. CCTV Update The Commissioner reported on the new"
        " cameras in the town centre. 16. APOLOGIES FOR ABSENCE and substitutes None were"
        " given. RESOLVED that the answers be published on the Panel's website in full."
    )
    pieces = [piece for _, piece in _split(text)]
    assert "14. PUBLIC QUESTIONS" in pieces
    assert "15. CCTV Update" in pieces
    assert "16. APOLOGIES FOR ABSENCE and substitutes" in pieces
    assert any(piece.startswith("Two questions had been submitted") for piece in pieces)


def test_a_flattened_paper_shows_every_piece_and_each_record_at_its_heading() -> None:
    """The records of a flattened paper all cite its one line: the line's pieces are laid
    out in order, each minute's heading piece a block standing for that minute (a page
    shows the minute's heading there), no text replaced by a record's heading."""
    text = (QUIRKS.parent / "zoo" / "minutes-flattened-whole-paper-one-line.txt").read_text("utf-8")
    [part] = parse_document(SourceText("f.txt", "0" * 64, text), Diagnostics()).parts
    shown = [
        (b.printed if isinstance(b, RecordLineBlock) else b).lines[0].text
        for b in part.blocks
        if isinstance(b, ParagraphBlock | RecordLineBlock)
        and isinstance(getattr(b, "printed", b), ParagraphBlock)
    ]
    assert shown == [line.text for line in part.lines if line.text.strip()]
    records = [b for b in part.blocks if isinstance(b, RecordLineBlock)]
    assert [b.printed.lines[0].text[:2] for b in records] == ["1.", "2.", "3.", "4.", "5."]
    assert shown[-1] == "The next meeting will be held on Friday 4 April 2025 at 10.30 am."
    assert len(part.minutes) == 5


def test_a_title_in_capitals_is_cut_before_the_police_authorities_ordered() -> None:
    text = (
        "NORTHMOOR POLICE AUTHORITY A meeting of the Authority was held on Monday 3 March "
        "2008 at Police HQ. PRESENT: Councillor Ann Tolley, Councillor Ben Ruddock, "
        "Councillor Cath Mossop and Mr Dan Fell JP 14 APOLOGIES FOR ABSENCE Apologies "
        "for absence were received from Mr Eli Grange. 15 DECLARATIONS OF INTERESTS "
        "There were no declarations of interests. 16 VOTE OF THANKS ORDERED that the "
        "volunteers of the cadet scheme be thanked for their work over the summer."
    )
    pieces = [piece for _, piece in _split(text)]
    assert "16 VOTE OF THANKS" in pieces
    assert pieces[-1].startswith("ORDERED that the volunteers")


def test_headings_numbered_with_a_point_nought_cut_a_flattened_record() -> None:
    text = (
        "MINUTES of a meeting of Hallowby Town Council held in the Council Chamber on Monday"
        " 2 June 2025 at 7.00 pm. PRESENT: Cllr. A. Reid (Mayor) Cllr. B. Moss Cllr. C. Lowe"
        " IN ATTENDANCE: Mrs D. Frost, Town Clerk 1.0 DECLARATIONS OF INTEREST No"
        " declarations of interest were made. 2.0 QUESTIONS FROM MEMBERS OF THE PUBLIC ON"
        " MATTERS ON THE AGENDA Two residents spoke about the play area on Mill Lane, asking"
        " when the new equipment would be installed. 3.0 MINUTES RESOLVED that the minutes of"
        " the meeting held on 6 May 2025 be approved."
    )
    pieces = [piece for _, piece in _split(text)]
    assert "1.0 DECLARATIONS OF INTEREST" in pieces
    assert "2.0 QUESTIONS FROM MEMBERS OF THE PUBLIC ON MATTERS ON THE AGENDA" in pieces
    assert "3.0 MINUTES" in pieces
    assert any(p.startswith("PRESENT: Cllr. A. Reid") for p in pieces)


def test_headings_numbered_with_a_dash_keep_a_label_as_their_title() -> None:
    text = (
        "MINUTES OF THE COUNCIL OF THE BOROUGH OF ASHBY HELD AT THE CIVIC CENTRE, ASHBY ON"
        " WEDNESDAY, 4 MARCH 2026 PRESENT: Councillor Ann Reid in the Chair. Councillor Ben"
        " Moss, Councillor Cara Lowe and Councillor Dan Hart. 76 – APOLOGIES FOR ABSENCE:"
        " Apologies for absence had been received from Councillor Eve Frost. 77 – URGENT"
        " BUSINESS: There was no urgent business. 78 – MINUTES: RESOLVED: That the minutes of"
        " the meeting held on 4 February 2026 be approved as a correct record."
    )
    pieces = [piece for _, piece in _split(text)]
    assert "76 – APOLOGIES FOR ABSENCE:" in pieces
    assert "77 – URGENT BUSINESS:" in pieces
    assert "78 – MINUTES:" in pieces


def test_a_letter_s_agenda_and_the_enclosed_minutes_under_their_letterhead() -> None:
    from opening_facts import parsed

    text = (
        "FENBY VALLEY COMMUNITY COUNCIL CYNGOR CYMUNED CWM FENBY Mr. A. Reid Clerk to the"
        " Council / Clerc y Cyngor 3 Mill Row Fenby Mid Glamorgan FB1 2AB Mobile. 07700 900123"
        " Email clerk@fenbyvalley.org.uk Dear Member, Your attendance is requested at the next"
        " meeting of the above"
        " Community Council which will be held at the Village Hall, Fenby, on Thursday 9th"
        " January 2020 at 6.30pm. Yours sincerely, A. Reid Clerk Agenda 1. Apologies for"
        " absence. 2. Declarations of interest. 3. Planning Applications. 4. Resident"
        " Participation FENBY VALLEY COMMUNITY COUNCIL Minutes of the last meeting held at the"
        " Village Hall, Fenby, on Thursday 7th November 2019 at 6.30pm. Present Cllr. B. Moss"
        " (In the Chair) Cllr. C. Lowe Cllr. D. Hart"
    )
    part = parsed(text).parts[0]
    assert part.meeting is not None
    assert part.meeting.body_name == "Fenby Valley Community Council"
    assert [(i.code, i.title) for i in part.items][-1] == ("4", "Resident Participation")


def test_a_paragraph_of_run_in_minutes_with_year_codes_is_cut_at_each_code() -> None:
    """A parish record's minutes run into one paragraph ("236/20 Apologies ... 237/20
    Minutes ..."): three codes with the year's, in order from the line's start, mark it
    with no other marker; a paragraph citing two minutes is left whole."""
    text = (
        "112/21 Apologies for Absence Apologies were received from Councillor B Moss. "
        "113/21 Minutes of the Meeting held on 3 May 2021 Resolved: that the minutes be "
        "signed as a true record. 114/21 Declarations of Interest To record any "
        "declarations by members. Councillor A Reid declared a personal interest in minute "
        "115/21. 115/21 Allotments The Clerk reported that two plots were vacant and that "
        "the water supply had been mended."
    )
    assert [t for _, t in _split(text)] == [
        "112/21 Apologies for Absence",
        "Apologies were received from Councillor B Moss.",
        "113/21 Minutes of the Meeting held on 3 May 2021",
        "Resolved: that the minutes be signed as a true record.",
        "114/21 Declarations of Interest",
        "To record any declarations by members. Councillor A Reid declared a personal "
        "interest in minute 115/21.",
        "115/21 Allotments",
        "The Clerk reported that two plots were vacant and that the water supply had been mended.",
    ]
    cited = (
        "The Clerk reported on the matters raised under minutes 112/21 Allotments and "
        "113/21 Footpaths at the last meeting, and members asked that both be brought back "
        "to the next meeting with the costs of the repairs and the plots' new rents set out "
        "in full, so that the Council could decide on them together; the Chairman agreed "
        "and thanked the Clerk for the report, which members noted."
    )
    assert flattened_cuts(cited) is None


def test_a_records_run_in_capitals_headings_with_colons_cut_a_flattened_record() -> None:
    """A community council's record flattened with its unnumbered headings in capitals and
    a colon ("DECLARATION OF INTEREST: AR declared ..."): three or more such headings, each
    naming business every record holds, are a kind of marker beside the labels."""
    text = (
        "FENBY COMMUNITY COUNCIL Minute of the meeting held on Tuesday 2nd February 2021 "
        "at 7pm. PRESENT: Ann Reid (AR) – Chair, Ben Moss (BM), Cara Lowe (CL) APOLOGIES: "
        "Dan Pym (DP). WELCOME: AR welcomed all to the meeting. DECLARATION OF INTEREST: AR "
        "declared her interest as she is a member of the Riding Club. APPROVAL OF PREVIOUS "
        "MINUTES: BM proposed and CL seconded that the minutes be approved. FINANCE REPORT: "
        "The Clerk reported the balances and the members noted them."
    )
    pieces = [t for _, t in _split(text)]
    for heading in (
        "WELCOME:",
        "DECLARATION OF INTEREST:",
        "APPROVAL OF PREVIOUS MINUTES:",
        "FINANCE REPORT:",
    ):
        assert heading in pieces
    assert "AR declared her interest as she is a member of the Riding Club." in pieces
    # two such headings in a report's paragraph are not enough
    report = text.replace(" WELCOME:", " Welcome.").replace(" FINANCE REPORT:", " Finance.")
    report = report.replace("PRESENT:", "present").replace("APOLOGIES:", "apologies")
    assert flattened_cuts(report) is None


def test_a_paragraph_of_run_in_minutes_with_four_figure_running_numbers() -> None:
    """A community council's running numbers before titles in sentence case ("2829
    Apologies ... 2830 Personal Matters ..."): three in order from the line's start cut it,
    as a year-coded run does; years in a sentence make no run."""
    text = (
        "2829 Apologies for absence were received from Cllrs A Reid and B Moss 2830 Personal "
        "Matters – none 2831 Declaration of Personal or Prejudicial Interest – none received "
        "2832 Confirmation of Minutes: It was RESOLVED to confirm as a true record the Minutes "
        "of the Meeting held on 22 June 2010 and the Chairman signed them. 2833 Allotments "
        "The Clerk reported that two plots were vacant and that the water had been mended."
    )
    pieces = [t for _, t in _split(text)]
    assert pieces[:3] == [
        "2829 Apologies for absence were received from Cllrs A Reid and B Moss",
        "2830 Personal Matters – none",
        "2831 Declaration of Personal or Prejudicial Interest – none received",
    ]
    years = (
        "The budget rose between the years 2019 Accounts were set, 2020 Accounts were audited "
        "and 2021 Accounts were signed, as the Clerk reported to members at length when the "
        "Council met to consider its reserves and the precept, the figures being set out in "
        "the appendix to the report which members noted with thanks to the Clerk for it all."
    )
    assert flattened_cuts(years) is None


def test_running_numbers_after_the_years_figures_and_a_stop_cut_a_record() -> None:
    """A town council's "14.516 Public Speaking Time No members ... 14.517 Apologies ...":
    a run of three in one year is a marker of its own; "No" before a word in lower case
    opens a minute's text."""
    text = (
        "FENBY TOWN COUNCIL MINUTES of the Meeting of the Town Council held in the Chamber on "
        "Monday 27 April 2031. PRESENT Cllr A Reid (Town Mayor) Cllr B Moss Cllr C Lowe "
        "31.516 Public Speaking Time No members of the public wished to speak. 31.517 "
        "Apologies for Absence Apologies were received from Cllr D Pym. 31.518 Declarations "
        "of Interests No interests were declared. 31.519 Minutes The Minutes of the Meeting "
        "held on 23 March 2031 were signed as a true record."
    )
    pieces = [t for _, t in _split(text)]
    assert "31.516 Public Speaking Time" in pieces
    assert "No members of the public wished to speak." in pieces
    assert "31.518 Declarations of Interests" in pieces


def test_who_reports_and_a_note_to_members_end_a_flattened_items_title() -> None:
    """ "1. Virtual meetings procedure Chair to report. 2. ... 5. Declarations of Interest
    (Please telephone ...)": who reports and a bracketed note are the item's text."""
    text = (
        "HARBOUR BOARD A meeting of the Harbour Board will be held on Tuesday 17 November "
        "2020 at 2.00 pm. AGENDA 1. Virtual meetings procedure - briefing and etiquette Chair "
        "to report. 2. Apologies for Absence 3. To approve as a correct record the minutes of "
        "the meeting held on 11th August 2020 4. Declarations of Interest (Please telephone "
        "Democratic Services to prepare a form for you before the meeting) Items must be "
        "re-declared when the item is called. 5. Harbour Charges Review 2021 - 2022"
    )
    pieces = [t for _, t in _split(text)]
    assert "1. Virtual meetings procedure - briefing and etiquette" in pieces
    assert "Chair to report." in pieces
    assert "4. Declarations of Interest" in pieces


def test_a_date_in_capitals_inside_an_items_title_is_no_heading() -> None:
    """ "4 MINUTES OF THE ADVISORY COMMITTEE - 5 DECEMBER 2014": "5 DECEMBER" is a date in
    capitals, never item 5, so the title stays whole and the real item 5 is cut."""
    text = (
        "A G E N D A 1 APOLOGIES 2 DECLARATION OF INTERESTS Members to declare any personal "
        "interests. 3 MINUTES OF THE JOINT COMMITTEE - 14 NOVEMBER 2014 (Pages 3 - 8) To "
        "receive the minutes. 4 MINUTES OF THE ADVISORY COMMITTEE - 5 DECEMBER 2014 (Pages 9 - "
        "18) To receive the minutes of the Advisory Committee. 5 BUDGET MONITORING 2014/15 "
        "(Pages 19 - 24) To consider a report on the current financial position of the body."
    )
    pieces = [t for _, t in _split(text)]
    assert "4 MINUTES OF THE ADVISORY COMMITTEE - 5 DECEMBER 2014 (Pages 9 - 18)" in pieces
    assert "5 BUDGET MONITORING 2014/15 (Pages 19 - 24)" in pieces


def test_a_committee_systems_spaced_colon_numbers_cut_a_flattened_record() -> None:
    text = (
        "The Council of Wyke met at the Guildhall on 4 May 2016 to transact the business set"
        " out in the summons. Present: Councillors Ann Reid, Ben Moss, Cara Lowe, Dan Pym and"
        " Eve Hart 1 : APOLOGIES FOR ABSENCE Apologies were received from Councillor Fox."
        " 2 : DECLARATIONS OF INTEREST There were no declarations of interest for the meeting."
        " 3 : TO ELECT THE MAYOR RESOLVED – That Councillor Reid be elected as Mayor."
    )
    pieces = [piece for _, piece in _split(text)]
    for expected in ("1 : APOLOGIES FOR ABSENCE", "2 : DECLARATIONS OF INTEREST"):
        assert expected in pieces
    assert any(piece.startswith("3 : TO ELECT THE MAYOR") for piece in pieces)


def test_bare_numbers_leading_into_a_run_with_stops_are_headings_too() -> None:
    """A flattened council record whose first headings lost their stops: "1 ELECTION ..."
    and "2 ELECTION ..." lead into "3. APPOINTMENT ..."; a bare number that does not
    (a count, "4 MEMBERS" after the run has begun) is left in its text."""
    text = (
        "COUNCIL 18 May 2021 Present: Councillors Ash (Chair), Birch, Cole, Dale and Eve "
        "1 ELECTION OF MAYOR It was moved by Councillor Birch, seconded by Councillor Cole "
        "and RESOLVED That Councillor Dale be elected Mayor for the ensuing Municipal Year "
        "2 ELECTION OF DEPUTY MAYOR It was moved by Councillor Eve and RESOLVED That "
        "Councillor Ash be appointed Deputy Mayor 3. APPOINTMENT OF CHAIR It was RESOLVED "
        "That Councillor Cole be appointed Chair of Council Business. 4. DECLARATIONS OF "
        "INTEREST There were no declarations of interest. 5. MINUTES The minutes of the "
        "meeting held on 2 March 2021 were approved, 4 MEMBERS abstaining."
    )
    pieces = [line.text for line in split_flattened_lines([Line(2, text)])[0]]
    for heading in (
        "1 ELECTION OF MAYOR",
        "2 ELECTION OF DEPUTY MAYOR",
        "3. APPOINTMENT OF CHAIR",
        "4. DECLARATIONS OF INTEREST",
        "5. MINUTES",
    ):
        assert heading in pieces
    assert not any(piece.startswith("4 MEMBERS") for piece in pieces)


def test_decimal_sub_items_closed_by_a_stop_are_cut_under_their_item() -> None:
    """A borough's flattened agenda: "8. Minutes of Committees 8.1. Planning Committee ...
    8.2. ... 8.5.1. Matters Arising ...": each decimal part, closed by a stop or not, one
    level or two below its item, is a line of its own."""
    text = (
        "WYKE BOROUGH COUNCIL 3 March 2031 Dear Member, I write to let you know that the next "
        "ordinary meeting of Wyke Borough Council takes place in the Civic Centre, Wyke, "
        "starting at seven in the evening on Wednesday 12 March 2031. With kind regards Ann "
        "Reid Chief Executive AGENDA 1. Welcome 2. Apologies 3. Declarations of Interest 4. "
        "Minutes of Meeting of 5 February 2031 5. Minutes of Committees 5.1. Planning "
        "Committee dated 18 February 2031 5.2. Environment Committee dated 19 February 2031 "
        "5.2.1. Matters Arising - Mill Lane Park 5.3 Audit Committee dated 24 February 2031 "
        "6. Any Other Business"
    )
    pieces = [t for _, t in _split(text)]
    assert "5.1. Planning Committee dated 18 February 2031" in pieces
    assert "5.2.1. Matters Arising - Mill Lane Park" in pieces
    assert "5.3 Audit Committee dated 24 February 2031" in pieces


def test_a_scottish_notice_in_capitals_and_its_business_cut_a_front_sheet() -> None:
    """ "... Thursday, 6 March 2031 NOTICE IS HEREBY GIVEN that a Meeting of ... BUSINESS 1
    Sederunt 2 Declaration of ... 3 ...": the notice in capitals starts a line, and the
    bare numbers after "BUSINESS" are the items."""
    text = (
        "Roads and Transport Committee Thursday, 6 March 2031 NOTICE IS HEREBY GIVEN that a "
        "Meeting of the Roads and Transport Committee is to be held in the Civic Centre, "
        "Wyke on Thursday, 6 March 2031 at 09:30 for the business below. BUSINESS 1 "
        "Sederunt 2 Declarations of Interest by Members of the Committee 3 Written Questions "
        "4 Minute of Meeting dated 6 February 2031 7 - 10 5 Winter Maintenance 11 - 42 "
        "Report by the Head of Roads 6 Question Time"
    )
    pieces = [t for _, t in _split(text)]
    assert any(p.startswith("NOTICE IS HEREBY GIVEN that a Meeting") for p in pieces)
    assert "1 Sederunt" in pieces
    assert "3 Written Questions" in pieces
