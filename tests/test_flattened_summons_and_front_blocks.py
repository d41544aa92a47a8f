"""A flattened front sheet's summons, covering letter and blocks, and a flattened record's
pack stamp and title-less attendance label (invented examples; whole papers:
tests/fixtures/zoo/*flattened*)."""

from __future__ import annotations

import datetime as dt
import re

from minutebook.model import DocumentKind, Line
from minutebook.parsing.flattened_front_blocks import (
    front_blocks,
    meeting_title,
    members_headings,
)
from minutebook.parsing.flattened_lines import flattened_cuts, split_flattened_lines
from minutebook.parsing.flattened_record_marks import capitals_labels, leading_stamp
from minutebook.parsing.flattened_summons import addressee_roll, letter_cuts, summons_cuts
from opening_facts import first_part_meeting, parsed

LETTER = (
    "Public Document Pack MEETING OF THE VALE JOINT BOARD To: The Members of the Vale Joint "
    "Board Dear Member, You are requested to attend a meeting of the Vale Joint Board to be "
    "held on Monday, 2nd March, 2026 at 10.00 am in Room 4 - Vale House, Dunby, DN1 2AB. If "
    "you have any queries, please contact the clerk. Yours faithfully Clerk to the Board "
    "VALE JOINT BOARD AGENDA 1. APOLOGIES FOR ABSENCE 2. DECLARATIONS OF INTEREST 3. MINUTES "
    "OF THE LAST MEETING (Pages 1 - 6) 4. BUDGET 2026/27 To consider the report of the "
    "Treasurer. (Pages 7 - 12)"
)

TITLED = (
    "Contact details Clerk. Tel: 01632 960000 FELLSIDE PARK AUTHORITY ANNUAL MEETING All "
    "Members are hereby summoned to attend the Meeting of the Fellside Park Authority to be "
    "held at 10.30am on 6 May 2026 at the Village Hall, Fell Road, Ambridge, AB1 2CD. Joan "
    "Ash Chief Executive AGENDA 1. Apologies for absence 2. Declarations of Interest To "
    "enable Members to declare any interest in any matter on this agenda. 3. Matters arising "
    "To allow matters arising from the last minutes to be raised. 4. Public Participation "
    "The Chair will allow members of the public to ask questions."
)

FRONT = (
    "NORTHSHIRE FIRE AUTHORITY Northshire Fire & Rescue Service Meeting of Northshire Fire "
    "Authority Tuesday, 3 March 2026 at 10:00 Headquarters, Mill Lane, Northby Quorum: one "
    "third of the members Membership Councillor Ann Ash (Chairman) Councillor Bob Birch "
    "Councillor Cy Cole Councillor Di Dale For information about the meeting please ask for: "
    "Democratic Services 01632 960111 Page 1 of 20 Page 2 of 20 Northshire Fire Authority "
    "and its Committees Meetings of the Authority are open to the press and public."
)

FORUM = (
    "ITEM 2 FELLSIDE PARK AUTHORITY PARISHES FORUM MINUTES of the meeting of the Fellside "
    "Parishes Forum held on Thursday 5 March 2026 at 10.30am at the Park Office, Ambridge. "
    "PRESENT Ann Ash (Ambridge Parish Council), Bob Birch (Fell Society), Cy Cole (Invitee), "
    "Di Dale (Fellside Park Authority), Ed Eve (Northby Parish Council), Fay Fern (Fell "
    "Riders), Gil Gray (Ambridge Parish Council), Hal Hart (Westshire County Council)"
)


#: a record's opening, as `flattened_lines.OPENING` reads one
OPENING = re.compile(r"MINUTES of the meeting of")


def _pieces(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    out, furniture = split_flattened_lines([Line(7, text)])
    assert {line.number for line in out} == {7}  # every piece keeps the source line's number
    return [line.text for line in out], [(f.line.text, f.rule) for f in furniture]


def test_a_letters_summons_is_a_piece_of_its_own_ending_at_its_full_stop() -> None:
    pieces, _ = _pieces(LETTER)
    assert "To: The Members of the Vale Joint Board" in pieces
    assert "Dear Member," in pieces
    assert (
        "You are requested to attend a meeting of the Vale Joint Board to be held on Monday, "
        "2nd March, 2026 at 10.00 am in Room 4 - Vale House, Dunby, DN1 2AB."
    ) in pieces
    assert "If you have any queries, please contact the clerk." in pieces
    assert pieces[pieces.index("4. BUDGET 2026/27") + 1].startswith("To consider")


def test_a_summons_after_a_title_stays_with_it_and_ends_before_the_signatory() -> None:
    pieces, _ = _pieces(TITLED)
    assert pieces[0].startswith("Contact details Clerk.")
    assert pieces[0].endswith("Fell Road, Ambridge, AB1 2CD.")  # title and summons together
    assert pieces[1] == "Joan Ash Chief Executive"
    # "To enable", "To allow" open an item's description, as "To consider" does
    assert "2. Declarations of Interest" in pieces
    assert "3. Matters arising" in pieces


INVITED = (
    "Please ask for: Cara Lowe Ext: 4410 3 March, 2026 Dear Councillor, LICENSING PANEL 6:30 "
    "PM ON TUESDAY, 10 MARCH, 2026 ROOM 2, CIVIC OFFICES, WYKE You are invited to attend this "
    "meeting to deal with the business set out below. Yours sincerely, "
    "Dan Pym, Head of Law AGENDA 1. Apologies 2. Interests 3. Minutes 4. Fees "
    "and Charges 2026/27 A paper by the finance team."
)


def test_a_letters_title_and_time_before_its_summons_to_this_meeting() -> None:
    """The summons points back to the meeting named before it ("... attend this meeting"),
    the time printed first and "on" before the date."""
    pieces, _ = _pieces(INVITED)
    assert "Dear Councillor," in pieces
    assert "LICENSING PANEL 6:30 PM ON TUESDAY, 10 MARCH, 2026 ROOM 2, CIVIC OFFICES, WYKE" in (
        pieces
    )
    kind, body, date, time, venue = first_part_meeting(INVITED)
    assert (kind, body, date, time) == (
        DocumentKind.AGENDA,
        "LICENSING PANEL",
        dt.date(2026, 3, 10),
        dt.time(18, 30),
    )
    assert venue == "ROOM 2, CIVIC OFFICES, WYKE"


def test_a_title_over_a_time_first_dated_line() -> None:
    text = "LICENSING PANEL\n\n6.30 pm on Tuesday 10 March 2026\n\nRoom 2, Civic Offices\n\n"
    text += "AGENDA\n\n1. Apologies\n\n2. Minutes\n\n3. Fees\n"
    _, body, date, time, venue = first_part_meeting(text)
    assert (body, date, time, venue) == (
        "LICENSING PANEL",
        dt.date(2026, 3, 10),
        dt.time(18, 30),
        "Room 2, Civic Offices",
    )


def test_no_summons_no_letter_cuts() -> None:
    text = "The Board noted that members were invited to comment. " * 10
    assert summons_cuts(text) == []
    assert letter_cuts("Dear Member, the report follows. Yours faithfully Clerk") == []


def test_a_front_sheets_quorum_members_heading_contact_and_footers_cut_the_line() -> None:
    pieces, _ = _pieces(FRONT)
    assert pieces[:3] == [
        "NORTHSHIRE FIRE AUTHORITY Northshire Fire & Rescue Service",
        "Meeting of Northshire Fire Authority",
        "Tuesday, 3 March 2026 at 10:00 Headquarters, Mill Lane, Northby",
    ]
    assert "Quorum: one third of the members" in pieces
    heading = pieces.index("Membership")  # the heading on a line of its own over its list
    assert pieces[heading + 1].startswith("Councillor Ann Ash (Chairman) Councillor Bob Birch")
    assert pieces[heading + 1].endswith("Councillor Di Dale")
    assert "Page 1 of 20" in pieces and "Page 2 of 20" in pieces


def test_front_blocks_need_their_own_shape() -> None:
    assert members_headings("Members Councillors were thanked") == []
    assert members_headings("the Membership of the Board") == []
    assert front_blocks("A report on the quorum of meetings and page 3 of the plan.") == []
    # a meeting's title is weighed only on a front sheet with its other blocks
    assert meeting_title("The Chair opened the Meeting of Northshire Fire Authority.") == []


def test_a_packs_stamp_is_furniture_and_present_without_a_colon_heads_its_list() -> None:
    pieces, furniture = _pieces(FORUM)
    assert furniture == [("ITEM 2", "flattened-item-stamp")]
    assert pieces[0] == "FELLSIDE PARK AUTHORITY PARISHES FORUM"
    assert pieces[1].startswith("MINUTES of the meeting of the Fellside Parishes Forum")
    assert pieces[2] == "PRESENT"
    assert pieces[3].startswith("Ann Ash (Ambridge Parish Council), Bob Birch")


def test_an_opening_and_an_attendance_label_alone_make_a_flattened_record() -> None:
    # two markers only (the opening and "PRESENT"), but a record's top: cut
    text = FORUM.split(" ITEM", 1)[0]
    assert flattened_cuts(text) is not None
    # a paragraph naming the meeting once, with no attendance label, is left alone
    prose = "The report recalled the Minutes of the meeting of the Forum. " + "Text. " * 70
    assert flattened_cuts(prose) is None


def test_the_stamp_and_the_label_need_their_context() -> None:
    # no record's opening after it: the stamp is no furniture
    assert leading_stamp("ITEM 2 BUDGET REPORT of the Treasurer", OPENING) == []
    # "PRESENT" mid-sentence, or before a lower-case word, is no label
    assert capitals_labels("the figures PRESENT Ann Ash") == []
    assert capitals_labels("at the hall. PRESENT and correct") == []


def test_a_run_of_names_and_bodies_with_no_marks_stays_behind_its_label() -> None:
    # no comma or bracket marks the first entry off: the readers could not tell a name
    # from its body, so the list is not set on lines of its own under "PRESENT"
    run = FORUM.replace(" (", " ").replace("),", "").replace(")", "") + " Ian Ivy Invitee"
    pieces, _ = _pieces(run)
    assert pieces[2].startswith("PRESENT Ann Ash Ambridge Parish Council Bob Birch")


def test_labels_in_sentence_case_without_a_colon_stand_over_their_lists() -> None:
    text = (
        "Minutes of a meeting of the Wexley Licensing Panel held on 2 June 2026 at the Guildhall "
        "Present Councillor Ann Ash (Chair), Councillor Bob Birch In attendance Mr Cy Cole "
        "(Solicitor) Apologies for absence Councillor Di Dale 1. Declarations of interest "
        "There were none. 2. Minutes RESOLVED that the minutes be approved. 3. Taxi fares "
        "The Licensing Manager presented the report on the proposed table of fares."
    )
    pieces, _ = _pieces(text)
    for label, names in (
        ("Present", "Councillor Ann Ash (Chair), Councillor Bob Birch"),
        ("In attendance", "Mr Cy Cole (Solicitor)"),
        ("Apologies for absence", "Councillor Di Dale"),
    ):
        assert pieces[pieces.index(label) + 1] == names
    # a present | absent table's heading is no label: "Absent" before a name stays put
    assert capitals_labels("Membership Present Absent Councillor Ann Ash") == []


def test_a_packs_stamp_with_its_number_after_a_colon_is_one_piece() -> None:
    text = (
        "AGENDA ITEM NO:4 MINUTES OF A MEETING OF THE FENBY POLICE AND CRIME PANEL HELD ON "
        "11TH DECEMBER 2013 AT 10.30 A.M. PRESENT Councillor Ann Ash "
    )
    assert leading_stamp(text, re.compile("MINUTES OF A MEETING")) == [len("AGENDA ITEM NO:4")]
    kind, body, date, _, _ = first_part_meeting(text + "x " * 200)
    assert (kind, body, date) == (
        DocumentKind.MINUTES,
        "FENBY POLICE AND CRIME PANEL",
        dt.date(2013, 12, 11),
    )


ROLL = (
    "Town Clerk's Office Guildhall FENBY 2 March, 2026 Councillors Abbot, C Baker, D Baker,"
    " Cole, Dr. Drew, Ellis and Ford Madam or Sir, You are hereby summoned to attend a meeting"
    " of the COUNCIL to be held on THURSDAY, 12 March, 2026 at 7.00 p.m. in the Guildhall,"
    " Fenby to consider the subjects set out in the attached agenda. Yours faithfully A Reid"
    " Town Clerk COUNCIL AGENDA 12 March 2026 at 7.00 p.m. in the Guildhall, Fenby."
    " (1) To receive apologies from absent Members; (2) To receive any declarations of"
    " interest from Members; (3) To approve the minutes of the last meeting of the Council;"
    " (4) To deal with any business required by statute to be done;"
)


def test_a_flattened_summons_roll_and_items_in_brackets_are_each_cut_off() -> None:
    pieces = [line.text for line in split_flattened_lines([Line(1, ROLL)])[0]]
    assert pieces[1:4] == [
        "Councillors Abbot, C Baker, D Baker, Cole, Dr. Drew, Ellis and Ford",
        "Madam or Sir,",
        "You are hereby summoned to attend a meeting of the COUNCIL to be held on THURSDAY,"
        " 12 March, 2026 at 7.00 p.m. in the Guildhall, Fenby to consider the subjects set"
        " out in the attached agenda.",
    ]
    assert pieces[-4:] == [
        "(1) To receive apologies from absent Members;",
        "(2) To receive any declarations of interest from Members;",
        "(3) To approve the minutes of the last meeting of the Council;",
        "(4) To deal with any business required by statute to be done;",
    ]


def test_the_summons_roll_is_the_membership_and_the_clauses_are_items() -> None:
    part = parsed(ROLL).parts[0]
    assert [m.as_written for m in part.membership] == [
        "Abbot", "C Baker", "D Baker", "Cole", "Dr. Drew", "Ellis", "Ford",
    ]  # fmt: skip
    assert [(i.code, i.title) for i in part.items] == [
        ("1", "To receive apologies from absent Members"),
        ("2", "To receive any declarations of interest from Members"),
        ("3", "To approve the minutes of the last meeting of the Council"),
        ("4", "To deal with any business required by statute to be done"),
    ]


def test_a_roll_holding_a_sentence_or_without_a_salutation_after_it_is_no_roll() -> None:
    assert addressee_roll("Councillors Abbot, Baker, Cole, Drew and Ellis Madam or Sir, You") != []
    assert (
        addressee_roll("Councillors Abbot, Baker. The meeting, Cole, Drew Madam or Sir, You") == []
    )
    assert addressee_roll("Councillors Abbot, Baker, Cole and Drew attended the meeting.") == []


def test_a_panels_count_of_its_meetings_before_the_date() -> None:
    """ "12th meeting dated 3rd March 2026" under the panel's name: the meeting's date."""
    text = (
        "Wyke Housing Scrutiny Panel\n12th meeting dated 3rd March 2026\n"
        "Present: Ann Reid, Chairman\nBen Moss\n\n1. Minutes\nThe minutes were approved.\n"
    )
    _, body, date, _, _ = first_part_meeting(text)
    assert (body, date) == ("Wyke Housing Scrutiny Panel", dt.date(2026, 3, 3))
