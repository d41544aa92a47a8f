"""Decimal sub-minutes under a group heading ("3." over "3.1 Title", "3.2 Title"), the
confirmation's title naming its meetings, an item number listing a declaration, and
capitals titles broken off over hanging lines."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings

GROUPED = """1.    Apologies

      None.

2.    Report of the Director

2.1   Car Park Charges

      Members discussed the charges.

2.2   Street Lighting

      Members noted the report.

3.    Date of Next Meeting

      4 March."""


def _numbers(text: str) -> list[tuple[str | None, str, int]]:
    return [(h.number, h.title, h.index) for h in minute_headings(lines_of(text))]


def test_decimal_headings_under_an_empty_group_heading_are_minutes() -> None:
    assert _numbers(GROUPED) == [
        ("1", "Apologies", 0),
        ("2", "Report of the Director", 4),
        ("2.1", "Car Park Charges", 6),
        ("2.2", "Street Lighting", 10),
        ("3", "Date of Next Meeting", 14),
    ]


def test_decimal_number_alone_over_a_title_citing_another_minute() -> None:
    text = "4.\n\nMATTERS ARISING\n\n4.1\n\nMinute 6 - Annual Report\n\nMinutes:\n\nText."
    assert _numbers(text) == [
        ("4", "MATTERS ARISING", 0),
        ("4.1", "Minute 6 - Annual Report", 4),
    ]


def test_decimal_paragraphs_of_a_minute_with_text_are_no_minutes() -> None:
    """ "26.1 The Council considered ..." runs on to its next line, "26.2 Resolved –" is a
    decision: paragraphs; and "6.1" after the minute's own text numbers a paragraph."""
    text = (
        "26    Energy Partnership\n\n26.1  The Council considered a report seeking\n"
        "      approval to join.\n\n26.2  Resolved –\n\n      That the Council join.\n\n"
        "27    Appointments\n\n      The Council considered changes.\n\n27.1  Background\n\n"
        "      Text."
    )
    assert _numbers(text) == [("26", "Energy Partnership", 0), ("27", "Appointments", 9)]


def test_decimals_under_a_minute_of_questions_number_its_questions() -> None:
    text = (
        "6.    QUESTIONS FROM MEMBERS\n\n6.1   Question by Councillor A Bell\n\n"
        '      "Will the review be published?"\n\n7.    CLOSE\n\n      Text.'
    )
    assert _numbers(text) == [("6", "QUESTIONS FROM MEMBERS", 0), ("7", "CLOSE", 6)]


def test_minutes_title_naming_its_meetings_with_a_stop() -> None:
    text = (
        "3.\n\nMinutes of the previous meetings held on 2 May 2022 and additional meeting "
        "held on 9 May 2022.\n\nRESOLVED: That the minutes be approved.\n\n4.\n\nClose"
    )
    assert [h.number for h in minute_headings(lines_of(text))] == ["3", "4"]


def test_item_number_before_a_person_lists_a_declaration() -> None:
    """ "Item 13 – Mr A Bain (Financial)" under the declarations minute: no heading."""
    text = "1. Declarations of Interest\n\nItem 4 – Mrs C Dunn (Financial)\nItem 13 – Mr"
    assert [h.number for h in minute_headings(lines_of(text))] == ["1"]


def test_capitals_title_broken_off_runs_on_to_its_hanging_lines() -> None:
    text = (
        "7     ITEMS FROM THE PUBLIC - TO RECEIVE PETITIONS,\n"
        "      DEPUTATIONS OR STATEMENTS\n\n      There were none.\n\n"
        "8     CLOSE OF MEETING\n\n      Text."
    )
    assert _numbers(text) == [
        ("7", "ITEMS FROM THE PUBLIC - TO RECEIVE PETITIONS, DEPUTATIONS OR STATEMENTS", 0),
        ("8", "CLOSE OF MEETING", 5),
    ]


def test_capitals_line_not_broken_off_keeps_its_paragraph_apart() -> None:
    """A whole title ("9     WORK PROGRAMME") over an indented line in capitals is not
    joined to it by this rule: only a line broken off after a comma, dash or joining word."""
    text = "9     WORK PROGRAMME\n      NOTED.\n\n10    CLOSE\n\n      Text."
    assert [n for n, _, _ in _numbers(text)] == ["9", "10"]


DATED = """4.

MINUTES

Additional documents:

4.1

3RD MARCH, 2024;

Minutes:

RESOLVED that the minutes of the meeting held on the 3rd March, 2024 be signed.

4.2

17TH APRIL, 2024.

Minutes:

RESOLVED that the minutes of the meeting held on the 17th April, 2024 be signed."""


def test_meeting_dates_under_a_minutes_group_head_sub_minutes() -> None:
    found = _numbers(DATED)
    assert [(n, t) for n, t, _ in found] == [
        ("4", "MINUTES"),
        ("4.1", "3RD MARCH, 2024;"),
        ("4.2", "17TH APRIL, 2024."),
    ]


WEB_BRACKETED = """1.

General

Additional documents:

1(1)

Apologies

Minutes:

Apologies were received from Councillor Reid.

1(2)

Declarations of Interest

Minutes:

There were none.

2.

Report of the Commissioner

Minutes:

The Panel noted the report."""


def test_bracketed_parts_under_a_web_page_group_heading_are_minutes() -> None:
    """A committee web page numbers the parts of "1." General "1(1)", "1(2)" over their
    titles: each is a minute; a part out of turn ("1(3)" first) is none."""
    assert _numbers(WEB_BRACKETED) == [
        ("1", "General", 0),
        ("1(1)", "Apologies", 6),
        ("1(2)", "Declarations of Interest", 14),
        ("2", "Report of the Commissioner", 22),
    ]
    skipped = WEB_BRACKETED.replace("1(1)", "1(3)")
    assert [n for n, _, _ in _numbers(skipped)] == ["1", "2"]


WEB_LETTERED = """3.

DECLARATIONS OF INTEREST

Minutes:

There were none.

4.

MINUTES

4a

Glenmorvan Council - 12 March 2020

Minutes:

The Minutes of the Glenmorvan Council of 12 March 2020 were approved as a correct record.

4b

Special Glenmorvan Council - 2 April 2020

Minutes:

The Minutes of the Special Glenmorvan Council of 2 April 2020 were approved.

5.

HARBOUR REPORT

Minutes:

The Council noted the report."""


def test_lettered_parts_alone_under_a_web_page_group_heading_are_minutes() -> None:
    """A web page letters the parts of "4." MINUTES "4a", "4b" over the meetings they
    confirm: each is a minute under its own number."""
    assert _numbers(WEB_LETTERED) == [
        ("3", "DECLARATIONS OF INTEREST", 0),
        ("4", "MINUTES", 8),
        ("4a", "Glenmorvan Council - 12 March 2020", 12),
        ("4b", "Special Glenmorvan Council - 2 April 2020", 20),
        ("5", "HARBOUR REPORT", 28),
    ]


def test_lettered_part_out_of_turn_or_under_a_minute_with_text_is_none() -> None:
    """ "4b" first under its group, or "4a" under a minute whose text has begun, heads no
    minute."""
    skipped = WEB_LETTERED.replace("4a\n", "4c\n")
    assert [n for n, _, _ in _numbers(skipped)] == ["3", "4", "5"]
    taken = "MINUTES\n\nThe Council took the minutes.\n\n4a"
    with_text = WEB_LETTERED.replace("MINUTES\n\n4a", taken)
    assert [n for n, _, _ in _numbers(with_text)] == ["3", "4", "5"]


LETTERED = """\
12.APOLOGIES

None.

16.MINUTES OF COMMITTEES

(a)PLANS COMMITTEE

The minutes of the Plans Committee were received.

(b) FINANCE COMMITTEE

The minutes of the Finance Committee were received.

17.CORRESPONDENCE

None.
"""


def test_parts_lettered_in_capitals_under_a_group_are_minutes() -> None:
    assert _numbers(LETTERED) == [
        ("12", "APOLOGIES", 0),
        ("16", "MINUTES OF COMMITTEES", 4),
        ("16(a)", "PLANS COMMITTEE", 6),
        ("16(b)", "FINANCE COMMITTEE", 10),
        ("17", "CORRESPONDENCE", 14),
    ]
    stopped = LETTERED.replace("(a)PLANS", "a. PLANS").replace("(b) FINANCE", "b. FINANCE")
    assert [n for n, _, _ in _numbers(stopped)] == ["12", "16", "16a", "16b", "17"]


def test_parts_in_smaller_type_are_paragraphs_of_the_group() -> None:
    smaller = LETTERED.replace("(a)PLANS COMMITTEE", "(a) Plans Committee").replace(
        "(b) FINANCE COMMITTEE", "(b) Finance Committee"
    )
    assert [n for n, _, _ in _numbers(smaller)] == ["12", "16", "17"]
