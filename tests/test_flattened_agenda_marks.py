"""A flattened agenda's own markers: a letter-spaced or part heading, decimal sub-items,
members grouped by council, page ranges, a front-sheet note and a later page's running
header (invented examples; whole papers: tests/fixtures/zoo/*flattened*)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.flattened_agenda_marks import council_groups, running_headers
from minutebook.parsing.flattened_lines import split_flattened_lines

FIRE = (
    "NORTHDALE FIRE AUTHORITY ORDINARY MEETING 2 JUNE 2026 - 2.00PM HEADQUARTERS, MILL ROAD, "
    "NORTHDALE MEMBERS OF NORTHDALE FIRE AUTHORITY - EASTBY : Councillors - Ash, Birch, Cole "
    "WEST & SOUTH VALE : Councillors - Dean, Elm A G E N D A 1. APOLOGIES FOR ABSENCE "
    "2. DECLARATIONS OF MEMBERS INTERESTS 3. TO CONFIRM THE MINUTES OF COMMITTEES: - Audit "
    "Committee - 4 May 2026 4. TO RECEIVE THE REPORTS OF THE CHIEF FIRE OFFICER 4..1 Budget "
    "Monitoring 4..2 Pay Policy Statement 4.3 Estates Strategy 5. ANY OTHER BUSINESS - 2 - "
    "NORTHDALE FIRE AUTHORITY ORDINARY MEETING 2 JUNE 2026 - 2.00PM A G E N D A 6. ANY ITEM "
    "WHICH THE CHAIR CONSIDERS URGENT AS A MATTER OF URGENCY"
)


def _pieces(text: str) -> tuple[list[str], list[str]]:
    out, furniture = split_flattened_lines([Line(7, text)])
    assert {line.number for line in out} == {7}  # every piece keeps the source line's number
    return [line.text for line in out], [f.line.text for f in furniture]


def test_a_fire_authority_agenda_is_cut_at_its_groups_heading_and_sub_items() -> None:
    pieces, furniture = _pieces(FIRE)
    assert pieces[1] == "MEMBERS OF NORTHDALE FIRE AUTHORITY -"
    assert "EASTBY : Councillors - Ash, Birch, Cole" in pieces
    assert "WEST & SOUTH VALE : Councillors - Dean, Elm" in pieces
    assert "A G E N D A" in pieces
    assert "1. APOLOGIES FOR ABSENCE" in pieces
    # a title in capitals runs on past its colon and dash
    assert "3. TO CONFIRM THE MINUTES OF COMMITTEES: - Audit Committee - 4 May 2026" in pieces
    assert "4..1 Budget Monitoring" in pieces
    assert "4..2 Pay Policy Statement" in pieces
    assert "4.3 Estates Strategy" in pieces
    # a one-letter word inside a title in capitals is no end of the title
    assert pieces[-1] == "6. ANY ITEM WHICH THE CHAIR CONSIDERS URGENT AS A MATTER OF URGENCY"
    # page 2's number, its running header and repeated heading are furniture
    assert furniture == [
        "- 2 -",
        "NORTHDALE FIRE AUTHORITY ORDINARY MEETING 2 JUNE 2026 - 2.00PM",
        "A G E N D A",
    ]


PANEL = (
    "Southmere Police and Crime Panel Monday, 8 June 2026 at 10.00 am Town Hall, Southmere "
    "NB – Please note: a briefing for Panel members only will be held at 9.00 am. AGENDA "
    "PART 1: ITEMS TO BE CONSIDERED IN PUBLIC 1 APOLOGIES FOR ABSENCE 2 DECLARATIONS OF "
    "INTEREST 3 MINUTES To confirm the minutes of the meeting held on 2 March 2026 (copy "
    "enclosed). (Pages 5 - 10) 4 PRECEPT PROPOSAL To consider a report of the Commissioner. "
    "(Pages 11 - 30) 5 WORK PROGRAMME"
)


def test_bare_numbers_under_an_agenda_part_heading_are_items() -> None:
    pieces, furniture = _pieces(PANEL)
    assert furniture == []
    assert (
        pieces[0]
        == "Southmere Police and Crime Panel Monday, 8 June 2026 at 10.00 am Town Hall, Southmere"
    )
    assert pieces[1].startswith("NB – Please note:")
    assert pieces[2:5] == [
        "AGENDA",
        "PART 1: ITEMS TO BE CONSIDERED IN PUBLIC",
        "1 APOLOGIES FOR ABSENCE",
    ]
    assert "3 MINUTES" in pieces
    assert "4 PRECEPT PROPOSAL" in pieces
    assert "To consider a report of the Commissioner. (Pages 11 - 30)" in pieces


def test_members_appointed_by_each_body_are_cut_into_groups() -> None:
    text = (
        "NOTICE OF MEETING Uplands Park Authority Meeting: Planning Committee Date: Tuesday 3 "
        "March 2026 Time: 10.00 a.m. Members appointed by Highfold Council Councillor: Ann "
        "Bray, Carl Dow; Members appointed by Lowmoor Council Councillor: Eve Fry; Members "
        "appointed by the Secretary of State Mr Gil Hart, Ms Ida Ings. A G E N D A 1. Apologies "
        "To receive any apologies. 2. Declarations of Interest 3. Minutes To confirm the "
        "minutes of the meeting held on 4 February 2026."
    )
    pieces, _ = _pieces(text)
    assert "Members appointed by Highfold Council Councillor: Ann Bray, Carl Dow;" in pieces
    assert "Members appointed by Lowmoor Council Councillor: Eve Fry;" in pieces
    assert "1. Apologies" in pieces


def test_a_record_s_decimal_paragraphs_are_not_cut_as_sub_items() -> None:
    text = (
        "Present: Councillor A Bell (Chair), Councillor C Dunn and Councillor E Fox. "
        "1. Apologies for Absence 1.1 There were no apologies. 2. Declarations of Interest "
        "2.1 Councillor Dunn declared an interest in item 5 as a member of the trust board. "
        "3. Minutes 3.1 The minutes of the meeting held on 4 May 2026 were approved. "
        + "The Cabinet noted the report and the steps being taken. "
        * 3
    )
    pieces, _ = _pieces(text)
    assert not any(piece.startswith("1.1 ") for piece in pieces)


def test_a_running_header_must_repeat_the_first_page_s_heading() -> None:
    pieces = ["EASTBY PANEL 3 MAY 2026", "AGENDA", "1. Apologies", "- 2 -", "Other text"]
    assert running_headers(pieces) == {3}
    pieces[4] = "EASTBY PANEL 3 MAY 2026"
    assert running_headers(pieces) == {3, 4}


PACK = (
    "Public Document Pack Northmere Combined Authority Board Date: Monday 9 March 2026 Time: "
    "1.00 pm Public meeting Yes Venue: Room 3, Civic Hall, Northmere Membership Constituent "
    "Members Appointing Authority Councillor Ann Bell (Chair) Eastby Borough Council "
    "Councillor Carl Dunn Westby City Council Tom Frost Northmere Local Enterprise Partnership "
    "Councillor Gail Hunt Southby District Council Councillor Ivan Jones Eastby Borough Council"
)


def test_a_pack_s_labelled_front_sheet_is_cut_at_its_fields_and_table() -> None:
    pieces, _ = _pieces(PACK)
    assert pieces[:5] == [
        "Public Document Pack",
        "Northmere Combined Authority Board",
        "Date: Monday 9 March 2026",
        "Time: 1.00 pm Public meeting Yes",
        "Venue: Room 3, Civic Hall, Northmere",
    ]
    assert pieces[5].startswith("Membership Constituent Members Appointing Authority Councillor")


LETTERHEAD = (
    "Public Document Pack Eastmoor Police and Crime Panel c/o Eastmoor Council Town Hall "
    "Eastmoor EM1 1AA Please ask for Jo Bright T 01632 960000 Published 1 May 2026 EASTMOOR "
    "POLICE AND CRIME PANEL Friday 15 May 2026 10.00 am Town Hall, Eastmoor Members: "
    "Councillor Reed, Chair. Councillors Shaw (Eastmoor Council), Tait (Westmoor Council), "
    "Independent Members: Una Vale (Eastmoor). Members are invited to attend the above "
    "meeting to consider the items of business overleaf. EASTMOOR POLICE AND CRIME PANEL "
    "1. APOLOGIES To receive apologies for absence."
)


def test_a_pack_s_letterhead_title_members_and_lone_first_item_are_cut() -> None:
    pieces, _ = _pieces(LETTERHEAD)
    assert pieces[0] == "Public Document Pack"
    assert (
        pieces[2]
        == "EASTMOOR POLICE AND CRIME PANEL Friday 15 May 2026 10.00 am Town Hall, Eastmoor"
    )
    assert pieces[3].startswith("Members: Councillor Reed, Chair.")
    assert pieces[4].startswith("Independent Members: Una Vale (Eastmoor). Members are invited")
    assert pieces[-2:] == ["1. APOLOGIES", "To receive apologies for absence."]


def test_a_record_s_labels_in_capitals_are_no_council_groups() -> None:
    assert council_groups("PRESENT: Councillors Ash and Birch APOLOGIES: Councillors Cole") == []
    assert council_groups("EASTBY : Councillors - Ash WESTBY : Cllr Birch") == [0, 27]


def test_the_notes_block_after_the_last_item_is_cut_from_it() -> None:
    text = (
        "WESTSHIRE POLICE AND CRIME PANEL Monday, 8 June 2026 at 14:00 AGENDA 1 Election of "
        "Chair 2 Apologies for Absence 3 Minutes of the last meeting 5 - 12 4 Work Programme "
        "13 - 20 5 Annual Report of the Commissioner 21 - 60 Notes (a) Members of the public "
        "are welcome to attend to observe the Panel's meetings. (b) Declarations of interest "
        "should be made at the start of the meeting or when the interest becomes apparent."
    )
    pieces, _ = _pieces(text)
    assert "5 Annual Report of the Commissioner 21 - 60" in pieces
    assert any(piece.startswith("Notes (a) Members of the public") for piece in pieces)


def test_items_on_the_agenda_heads_the_numbered_items() -> None:
    text = (
        "Fenmarsh Police and Crime Panel Date: Thursday, 19 September 2024 Time: 10.30 am"
        " Venue: Committee Room 2, Shire Hall Membership Councillor Ann Reid (Chair)"
        " Councillor Ben Moss Councillor Cara Lowe Items on the agenda: - 1. Apologies To"
        " receive any apologies 2. Minutes of the previous meeting 5 - 18 3. Police and Crime"
        " Commissioner's Report 19 - 96 4. Police and Crime Plan 97 - 128 5. Annual Report 129"
        " - 188 6. Work Programme 189 - 192"
    )
    out, _ = split_flattened_lines([Line(1, text)])
    pieces = [line.text for line in out]
    assert "Items on the agenda: -" in pieces
    assert "Councillor Ann Reid (Chair) Councillor Ben Moss Councillor Cara Lowe" in pieces


def test_lettered_sub_items_of_a_flattened_agenda_are_items_of_their_own() -> None:
    from opening_facts import parsed

    text = (
        "Public Document Pack Fenby Police and Crime Panel Monday, 17 June 2024 at 2.00 pm"
        " Council Chamber - Shire Hall AGENDA 1. Appointment of Chair 2. Apologies for"
        " absence 3. Declarations of Interest 4. Minutes (Pages 1 - 11) To approve and sign"
        " as a correct record the minutes of the previous meeting. 5. Standing Agenda Items"
        " a) Update on actions from the previous meeting b) Questions to the Police and Crime"
        " Commissioner (Pages 12 - 16) c) Feedback from Member Champions 6. Work Programme"
        " (Pages 17 - 20)"
    )
    items = [(i.code, i.title) for i in parsed(text).parts[0].items]
    assert ("5(a)", "Update on actions from the previous meeting") in items
    assert ("5(b)", "Questions to the Police and Crime Commissioner") in items
    assert ("5(c)", "Feedback from Member Champions") in items
    assert ("6", "Work Programme") in items


def test_an_items_bracketed_sub_items_end_its_title() -> None:
    """ "9 Regional Update 9(a) Presentation 85 - 104 9(b) Workshop 105 - 108": each
    sub-item coded with its item's number is cut from the item's title."""
    from minutebook.parsing.flattened_agenda_marks import sub_items

    text = (
        "AGENDA 8 Work Programme 19 - 22 9 Regional Update 9(a) Presentation 85 - 104"
        " 9(b) Workshop Event 105 - 108 10 Complaints Update 109 - 116"
    )
    numbered = [text.index("8 Work"), text.index("9 Regional"), text.index("10 Compl")]
    assert sub_items(text, numbered, [8, 9, 10]) == [text.index("9(a)"), text.index("9(b)")]
    assert sub_items(text, numbered, [8, 7, 10]) == []


def test_an_agendas_title_in_capitals_heads_items_after_its_notes_on_the_parts() -> None:
    """ "2 AGENDA FOR LICENSING COMMITTEE – MAY 2031 Part One - ... 1 Apologies. 2 ...": the
    page's number "2" before the title is no item (the run starts at the later "1"), and the
    title in capitals heads the items past the notes between them, so their decimal parts
    are cut too; the title stays whole."""
    text = (
        "2 AGENDA FOR LICENSING COMMITTEE – MAY 2031 Part One - Matters in this part of the "
        "agenda are referred to the full Council, which decides them at its next meeting. "
        "Part Two - The Committee decides matters in this part under the powers given to it "
        "by the Council, and they need no referral to the full Council for their decision. "
        "Members who have a question on an item are asked to tell the clerk before the day. "
        "1 Apologies. 2 Declarations of Interest. 3 Reports for decision: 3.1 Street "
        "Trading Consents 3.2 Taxi Fares Review"
    )
    pieces, _ = _pieces(text)
    assert pieces[0] == "2"
    assert pieces[1].startswith("AGENDA FOR LICENSING COMMITTEE – MAY 2031 Part One")
    assert pieces[2:] == [
        "1 Apologies.",
        "2 Declarations of Interest.",
        "3 Reports for decision:",
        "3.1 Street Trading Consents",
        "3.2 Taxi Fares Review",
    ]


def test_agenda_for_in_capitals_heads_no_short_run() -> None:
    """Two numbered pieces after "AGENDA FOR ..." far before them are no items' run."""
    text = (
        "AGENDA FOR THE YEAR: the Committee heard that its work for the year would be set "
        "at the next meeting, once the Council had agreed the budget and the plan for the "
        "service, and the Chair asked members to send their ideas to the clerk. Members "
        "discussed the timing of the plan, the consultation with residents and the report "
        "on the service's performance for the year ending in March. 1 Bus Shelters were "
        "noted. 2 Benches were noted."
    )
    pieces, _ = _pieces(text)
    assert "1 Bus Shelters were noted." not in pieces
