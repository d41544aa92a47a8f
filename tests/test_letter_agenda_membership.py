"""A meeting called by a letter with no title ("Dear Sir/Madam, A meeting of the X will be
held ..."), its spaced "A G E N D A", items with "(report attached)" notes and its
membership grouped by council, then last meeting's minutes after a page break (invented
example); and "Draft Minutes" under a body's name is no body."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.agenda_items import coded_line
from minutebook.parsing.agenda_wraps import long_title_end
from minutebook.parsing.cleaning import clean
from minutebook.parsing.membership import addressed_one_per_line
from minutebook.parsing.openings import title_lines
from minutebook.parsing.splitting import letter_start, split, title_start

LETTER = """Shire Hall
Castle Row
Oldbury
OB2 9QT
Date: 3rd March 2014
Dear Sir/Madam,
A meeting of the Tarnshire Police and Crime Panel will be held in the Committee Room,
Shire Hall, Oldbury on Tuesday, 18th March 2014 at 2.00pm to consider the business
set out in the following agenda.
Yours faithfully
Hilary Stott
Monitoring Officer
A G E N D A
1. Apologies for Absence.
2. Minutes of the meeting held on 4th February 2014 (copy attached).
3. Report of the Police and Crime Commissioner on his Annual Policing Plan and
Budget Proposals.
MEMBERSHIP:
Tarnshire County Council - Councillors A.B. Quayle and Mrs. F. Rudd
Oldbury Borough Council - Councillor K. Sowerby
Page 1
TARNSHIRE POLICE AND CRIME PANEL
MINUTES OF THE MEETING HELD AT SHIRE HALL, OLDBURY ON TUESDAY 4TH FEBRUARY 2014 AT 2.00PM
Present:
Councillor K. Sowerby - Oldbury Borough Council
1. APOLOGIES
None.
"""


def test_a_letter_with_no_title_opens_its_agenda_and_its_minutes_follow() -> None:
    lines, _ = clean(LETTER)
    parts = split(lines)
    assert [(str(p.kind), p.lines[0].number) for p in parts] == [("agenda", 1), ("minutes", 22)]


def test_the_letters_head_reaches_the_top_only_over_a_greeting() -> None:
    lines = [Line(n, t) for n, t in enumerate(LETTER.split("\n"), start=1)]
    assert letter_start(lines, 6) == 0  # "A meeting of ..." under "Dear Sir/Madam,"
    assert letter_start(lines, 4) is None  # no greeting above the date line
    sentence = [Line(1, "The Panel met last month."), *lines[1:]]
    assert letter_start(sentence, 6) == 1  # the head stops under another paper's sentence


def test_a_title_block_stops_at_a_page_break() -> None:
    lines = [Line(1, "Oldbury Borough Council - Councillor K. Sowerby"), Line(3, "PANEL")]
    lines.append(Line(4, "MINUTES OF THE MEETING HELD AT SHIRE HALL ON 4 FEBRUARY 2014"))
    assert title_start(lines, 2) == 1


def test_an_enclosure_note_is_no_part_of_the_title() -> None:
    item = coded_line("2. Minutes of the meeting held on 4th February 2014 (copy attached).")
    assert item is not None and item.title == "Minutes of the meeting held on 4th February 2014"
    item = coded_line("5. Treasurer's Report (to follow)")
    assert item is not None and item.title == "Treasurer's Report"
    # the papers named in a few words and their page, after the item's semicolon
    item = coded_line("1. To receive declarations of interest; (guidance attached – page 3)")
    assert item is not None and item.title == "To receive declarations of interest"
    item = coded_line("5. Planning applications; (schedule and plans attached page 11)")
    assert item is not None and item.title == "Planning applications"
    item = coded_line("6. Review of the Panel (Attached to the Constitution)")
    assert item is not None and item.title == "Review of the Panel (Attached to the Constitution)"
    # unbracketed after the minutes' date
    item = coded_line("5.  Minutes of the Ordinary Meeting held on 23rd April 2024 attached.")
    assert (
        item is not None and item.title == "Minutes of the Ordinary Meeting held on 23rd April 2024"
    )
    item = coded_line("6.  Papers attached")  # no date before it: the title's own words
    assert item is not None and item.title == "Papers attached"


def test_a_long_title_ends_on_a_flush_line() -> None:
    row = "3. Report of the Police and Crime Commissioner on his Annual Policing Plan and"
    assert long_title_end(row, "Budget Proposals.") == "Budget Proposals."
    assert long_title_end("3. Budget", "Budget Proposals.") is None  # a short line ended


def test_draft_minutes_under_the_body_is_no_body() -> None:
    lines = [Line(1, "Tarnshire Police and Crime Panel"), Line(2, "Draft Minutes")]
    lines.append(Line(3, "4th February 2014, Committee Room, Shire Hall"))
    assert [t.text for t in title_lines(lines, 2)] == ["Tarnshire Police and Crime Panel"]


def test_a_summons_addressed_to_its_members_one_per_line() -> None:
    """ "To:" beside the first member, the others one per line below: two titled names at
    least (one is a letter to one person); a civic office in brackets is no body."""
    lines = [
        Line(n, t)
        for n, t in enumerate(
            [
                "To:  Councillor Ann Bell (Town Mayor)",
                "     Councillor Carl Dunn (Deputy Mayor)",
                "     Mrs Eve Frost (Ashby Civic Society)",
                "",
                "You are hereby summoned",
            ],
            start=1,
        )
    ]
    found = addressed_one_per_line(lines, 0)
    assert found is not None
    assert [(m.as_written, m.represents, m.line) for m in found] == [
        ("Councillor Ann Bell", "", 1),
        ("Councillor Carl Dunn", "", 2),
        ("Mrs Eve Frost", "Ashby Civic Society", 3),
    ]
    one = [Line(1, "To: Mr J Smith (Chief Executive)"), Line(2, ""), Line(3, "Dear Mr Smith")]
    assert addressed_one_per_line(one, 0) is None


def test_a_summons_starts_at_the_letterhead_and_contacts_above_it() -> None:
    text = (
        "CITY COUNCIL\n\nTown Clerk's Department Guildhall Fore Street Fenby FB1 2AB\n\n"
        "CITY OF FENBY www.fenby.gov.uk\n\nAnn Reid email: clerk@fenby.gov.uk Town Clerk"
        " June 2024\n\nYOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF THE FENBY CITY COUNCIL"
        " TO BE HELD AT 7.00 pm ON MONDAY 24 JUNE 2024 in the Guildhall, Fenby\n\n"
        "1 Apologies\n\n2 Minutes\n"
    )
    parts = split(clean(text)[0])
    assert [(p.kind.value, p.lines[0].number) for p in parts] == [("agenda", 1)]
