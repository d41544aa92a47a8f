"""Minute headings in every form of the genre (tests/fixtures/minutes/): number, title,
item code and line of each minute, and the numbered paragraphs that are not minutes."""

from __future__ import annotations

import pytest

from minute_fixtures import attendance_of, lines_of, parse_text, read_minutes
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Line, Part
from minutebook.parsing.minute_headings import (
    another_series,
    attendance_run_on,
    bare_numbered,
    bold_unnumbered,
    cited_numbered,
    code_glued_to_title,
    code_under_title,
    coded_numbered,
    colon_numbered,
    decimal_numbered,
    looks_like_title,
    minute_headings,
    minute_word,
    number_alone,
    numbered_over_code,
    order_key,
    prefixed_numbered,
    roman_numbered,
    session_alone,
    session_numbered,
    slashed_numbered,
    spaced_code_numbered,
    starred_numbered,
    stuck_numbered,
    title_over_coded_paragraph,
    title_under_glued_code,
)
from minutebook.parsing.minutes import parse_minutes
from opening_facts import parsed


def _headings(name: str) -> list[tuple[str, str, str | None, int]]:
    part, _ = read_minutes(name)
    return [(m.number, m.title, m.item_code, m.line) for m in part.minutes]


def test_numbered_headings_without_item_codes() -> None:
    """ "19. Election of Chair": a minute with no item code; the numbered paragraphs under
    it restart at 1 and are sentences, so they stay paragraphs."""
    assert _headings("numbered-without-item-codes.txt") == [
        ("19", "Election of Chair", None, 7),
        ("20", "Minutes of the previous meeting", None, 14),
        ("21", "Review of Taxi Licensing Fees", None, 19),
    ]


def test_item_code_inside_a_paragraph_is_a_citation_not_a_heading() -> None:
    part, _ = read_minutes("numbered-without-item-codes.txt")
    first = part.minutes[0]
    assert [(p.number, p.line) for p in first.paragraphs] == [("1", 9), ("2", 10)]
    # a short title-like paragraph ("2. Matters arising") numbered below its minute
    assert [(p.number, p.line) for p in part.minutes[1].paragraphs] == [("1", 16), ("2", 17)]
    # a sentence numbered above the last minute is still a paragraph
    assert [(p.number, p.line) for p in part.minutes[2].paragraphs] == [("1", 21), ("22", 22)]


def test_session_numbered_headings() -> None:
    assert _headings("session-numbered.txt") == [
        ("12/21", "Apologies for absence", None, 7),
        ("13/21", "Minutes of the previous meeting", None, 11),
        ("14/21", "Budget Monitoring Report", "5", 15),
    ]


def test_session_numbered_titles_run_on_after_a_dash() -> None:
    """ "41/2014 Apologies for Absence – all Members were present.": the title ends at
    the dash, the text runs on in any case; a title with a dash and no sentence stays."""
    part, _ = read_minutes("session-numbered-dash-run-in.txt")
    assert [(m.number, m.title, m.line) for m in part.minutes] == [
        ("41/2014", "Apologies for Absence", 3),
        ("42/2014", "Members’ Declarations", 5),
        ("43/2014", "Highways", 7),
        ("44/2014", "Planning – Land at Mill Lane", 9),
    ]


def test_prefixed_session_numbered_headings() -> None:
    assert _headings("prefixed-session-numbered.txt") == [
        ("PCP/12/3", "Proposed Precept 2014/15", None, 7),
        ("PCP/12/4", "Complaints Update", None, 11),
    ]


def test_minute_word_headings() -> None:
    assert _headings("minute-word.txt") == [
        ("5", "Apologies", None, 7),
        ("6", "Internal Audit Plan", None, 11),
    ]


def test_number_then_tab_or_spaces() -> None:
    """ "5<tab>Title", "6   Title", "7 Title"; "6.1" paragraphs belong to minute 6."""
    part, _ = read_minutes("number-then-tab.txt")
    assert [(m.number, m.title, m.line) for m in part.minutes] == [
        ("5", "Apologies for Absence", 7),
        ("6", "Housing Allocations Policy", 11),
        ("7", "Work Programme", 17),
    ]
    assert [(p.number, p.line) for p in part.minutes[1].paragraphs] == [("6.1", 13), ("6.2", 15)]


def test_bold_unnumbered_headings() -> None:
    """No numbered heading: the bold lines after the attendance are the minutes, numbered
    by place and marked unnumbered; section labels and the body's name are not minutes."""
    part, _ = read_minutes("bold-unnumbered.txt")
    assert [(m.number, m.numbered, m.title, m.line) for m in part.minutes] == [
        ("1", False, "Apologies for Absence", 7),
        ("2", False, "Police and Crime Plan Refresh", 13),
    ]
    # the attendance before the first minute is still read
    assert part.attendance


def test_item_code_on_its_own_line_and_differing_numbers() -> None:
    assert _headings("item-code-on-its-own-line.txt") == [
        ("88", "Apologies and Substitutes", "A2", 5),
        ("89", "Commissioner's Draft Budget", "B1", 10),
        ("90", "Questions to the Commissioner", "C3", 17),
    ]


def test_a_decimal_agenda_item_cited_before_a_colon() -> None:
    """ "1. PRAYERS (Agenda Item 1.1):": an item of a numbered part of the agenda."""
    heading = cited_numbered(
        _one("1. PRAYERS (Agenda Item 1.1):"), 0, "1. PRAYERS (Agenda Item 1.1):"
    )
    assert heading is not None
    assert (heading.number, heading.title, heading.item_code) == ("1", "PRAYERS", "1.1")


def test_five_figure_running_numbers_with_their_stop() -> None:
    """ "19326. TO RECEIVE APOLOGIES FOR ABSENCE": a town council's running number in five
    figures, always printed with its stop; without one, five figures are no minute's."""
    text = "19326. TO RECEIVE APOLOGIES FOR ABSENCE"
    heading = bare_numbered(_one(text), 0, text)
    assert heading is not None and (heading.number, heading.title) == (
        "19326",
        "TO RECEIVE APOLOGIES FOR ABSENCE",
    )
    assert (
        bare_numbered(_one("19326 TO RECEIVE APOLOGIES"), 0, "19326 TO RECEIVE APOLOGIES") is None
    )


def test_a_coded_heading_with_its_item_number_run_into_its_text() -> None:
    """ "CO596/31 1. Apologies for absence Apologies for absence were received ...": the
    code, the item's number, the title, then its first sentence with no separator."""
    text = (
        "CO596/31 1. Apologies for absence Apologies for absence were received from Cllrs. "
        "Ann Reid and Ben Moss who both had work commitments."
    )
    heading = coded_numbered(_one(text), 0, text)
    assert heading is not None
    assert (heading.number, heading.title, heading.item_code) == (
        "CO596/31",
        "Apologies for absence",
        "1",
    )
    assert heading.run_on.startswith("Apologies for absence were received")


def test_an_agenda_number_and_title_over_the_minutes_code() -> None:
    """ "70.   Minutes" over "E.70/31": the code holding the same number is the minute's."""
    lines = [Line(1, "70.      Minutes"), Line(2, ""), Line(3, "E.70/31"), Line(4, "The minutes")]
    heading = numbered_over_code(lines, 0, lines[0].text)
    assert heading is not None
    assert (heading.number, heading.title, heading.index) == ("E.70/31", "Minutes", 0)
    other = [lines[0], Line(2, ""), Line(3, "E.71/31")]
    assert numbered_over_code(other, 0, lines[0].text) is None


def test_minutes_without_any_heading_are_reported_and_with_headings_not() -> None:
    _, diagnostics = read_minutes("numbered-without-item-codes.txt")
    assert not [w for w in diagnostics.warnings if w.code == "minutes-without-minutes"]
    _, diagnostics = read_minutes("prose-only.txt")
    [warning] = [w for w in diagnostics.warnings if w.code == "minutes-without-minutes"]
    assert (warning.file, warning.line) == ("prose-only.txt", 1)
    assert "2 numbered lines, 0 minutes read" in warning.message


def _one(text: str, after: str = "") -> list[Line]:
    return [Line(1, text), Line(2, ""), Line(3, after)]


@pytest.mark.parametrize(
    ("variant", "text"),
    [
        (cited_numbered, "3. The Panel noted the report (Item A5)"),
        (cited_numbered, "3. Title without citation"),
        (session_numbered, "12/21 The Clerk reported that the grant had been paid."),
        (session_numbered, "19. Election of Chair"),
        (session_numbered, "2023/24 Budget Outturn"),
        (minute_word, "Minute 5 was agreed as a correct record."),
        (bare_numbered, "1. The Chair welcomed everyone to the meeting."),
        (bare_numbered, "10 October 2024"),
        (bare_numbered, "3 members of the public attended"),
        (bare_numbered, "2. Members asked about reserves"),
        (colon_numbered, "2: The Clerk reported that the stile had been replaced."),
        (colon_numbered, "2024: Annual Report"),
        (colon_numbered, "10:30 Site Visit"),
        (colon_numbered, "3108. Election of Chairman"),
        (bold_unnumbered, "**UNRESTRICTED ITEMS**"),
        (bold_unnumbered, "**The Chair thanked the officers.**"),
    ],
)
def test_each_variant_returns_none_when_it_does_not_apply(variant: object, text: str) -> None:
    lines = _one(text)
    assert variant(lines, 0, text.replace("**", "")) is None  # type: ignore[operator]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Election of Chair", True),
        ("Minutes of the meeting held on 4 April 2023", True),
        ("Questions to the Commissioner", True),
        ("Questions from Members of the Public which have been Submitted", True),
        ("Mr Feacey declared that he was Chairman of Ashford Volunteer Centre", False),
        ("The Chair welcomed Members", False),
        ("Members noted the update", False),
        ("Apologies were received", False),
        ("the report", False),
        ("Background:", False),
        ("PM", False),  # "1.30 PM" alone: the meeting's time, not minute 1.30
        ("a.m.", False),
        ("P.M.", False),
        ("PMO Update", True),
    ],
)
def test_title_or_sentence(title: str, expected: bool) -> None:
    assert looks_like_title(title) is expected


def test_number_on_its_own_line_over_its_title() -> None:
    """A table of minutes converted to text: "1." on one line, the title on the next."""
    assert _headings("number-on-its-own-line.txt") == [
        ("1", "Apologies", None, 5),
        ("2", "Code of Conduct - Declaration of Interests", None, 13),
        ("3", "Police and Crime Plan Annual Report", None, 21),
    ]


def test_decimal_session_numbered_headings() -> None:
    """ "22.41 TITLE": minute 41 of the 2022 session, a title in capitals."""
    assert _headings("decimal-session-numbered.txt") == [
        ("22.41", "ELECTION OF CHAIR OF THE COUNCIL", None, 8),
        ("22.42", "DECLARATIONS OF INTEREST", None, 12),
        ("22.43", "MINUTES OF THE PREVIOUS MEETING", None, 16),
    ]


def test_year_month_and_minute_numbers_over_a_numbered_list() -> None:
    """ "21.03.01 Apologies for Absence": minute 1 of the March 2021 meeting; the "1." and
    "2." topics inside minute 21.03.03 are no minutes of their own."""
    assert _headings("year-month-numbered.txt") == [
        ("21.03.01", "Apologies for Absence", None, 13),
        ("21.03.02", "Declarations of Interest", None, 17),
        ("21.03.03", "Highways Matters", None, 21),
        ("21.03.04", "Planning", None, 30),
    ]
    assert order_key("21.03.02") == (21, 3, 2)


def test_an_items_number_then_its_minutes_in_brackets() -> None:
    """ "ITEM 2 (302) RECEIVE APOLOGIES None": minute 302 of agenda item 2, the title in
    capitals, its text run on ("a) Bus Shelter. ..." after the capitals too); a sentence
    after the brackets is the title and the minute's text."""
    part, _ = read_minutes("item-then-bracketed-minute.txt")
    assert [(m.number, m.title, m.item_code, m.line) for m in part.minutes] == [
        ("301", "PUBLIC FORUM", "1", 5),
        ("302", "RECEIVE APOLOGIES", "2", 7),
        ("303", "The minutes of the meeting on 4 February were approved and signed.", "3", 9),
        ("304", "MATTERS ARISING", "4", 11),
        ("305", "HIGHWAYS", "5", 13),
    ]
    assert part.minutes[2].resolution is not None
    assert (part.minutes[3].resolution or "").startswith("It was agreed that the Clerk")


def test_an_items_wording_going_on_under_its_first_line_heads_nothing() -> None:
    """A meeting page's unnumbered minute: its title, the item's wording on two lines ("To
    approve the minutes ..." / "To receive an update ..."), then the decision; the second
    line of wording is the description going on, no minute of its own."""
    lines = _lines(
        "Overview Committee",
        "",
        "Chair's Announcements",
        "",
        "Apologies were received from Mr Reid.",
        "",
        "Minutes",
        "",
        "To approve the minutes of the meeting held on 4 June 2030.",
        "",
        "To receive a report on progress with the actions for the Cabinet.",
        "",
        "That the minutes be approved as a correct record.",
        "",
        "Matters Arising",
        "",
        "There were none.",
    )
    assert [(h.number, h.title) for h in minute_headings(lines)] == [
        (None, "Minutes"),
        (None, "Matters Arising"),
    ]


def test_four_digit_minute_numbers_but_not_years() -> None:
    assert _headings("four-digit-numbered.txt") == [
        ("1412", "DECLARATIONS OF INTEREST FROM MEMBERS", None, 5),
        ("1413", "MINUTES OF THE LAST FULL COUNCIL MEETING", None, 9),
    ]


def test_running_numbers_with_a_colon() -> None:
    """ "2241: Apologies for Absence:": a parish's running number and a colon, the title's
    closing colon dropped; a numbered sentence ("2: The Clerk reported ...") and a time
    ("10:30") under a minute are not headings."""
    assert _headings("colon-numbered.txt") == [
        ("2241", "Apologies for Absence", None, 5),
        ("2242", "Declarations of Interest", None, 8),
        ("2243", "Footpath Repairs", None, 11),
        ("2244", "Date of Next Meeting", None, 15),
    ]


def test_item_word_headings_number_the_minute_by_the_item() -> None:
    """ "Item 1: Title" is minute 1, numbered with the word; "AGENDA ITEM 2 - TITLE" cites
    agenda item 2; "Item 3 was deferred ..." is prose."""
    assert _headings("item-word.txt") == [
        ("1", "Apologies for Absence", None, 5),
        ("2", "DECLARATIONS OF INTEREST", "2", 9),
    ]


def test_headings_in_capitals_where_none_is_numbered_or_bold() -> None:
    """Bold lost in conversion: lines in capitals after the attendance are the minutes;
    the body's name above it, the decision word and the signature are not."""
    part, _ = read_minutes("capitals-unnumbered.txt")
    assert [(m.number, m.numbered, m.title, m.line) for m in part.minutes] == [
        ("1", False, "APOLOGIES FOR ABSENCE", 7),
        ("2", False, "REVENUE BUDGET 2013/14", 11),
    ]
    assert (part.minutes[1].resolution, part.minutes[1].resolution_line) == (
        "RESOLVED That the budget be approved.",
        15,
    )


def _read(name: str) -> list[tuple[str, bool, str, int, list[str | None], str | None, int | None]]:
    part, _ = read_minutes(name)
    return [
        (
            m.number,
            m.numbered,
            m.title,
            m.line,
            [p.number for p in m.paragraphs],
            m.resolution,
            m.resolution_line,
        )
        for m in part.minutes
    ]


def test_held_out_committee_minutes_with_bare_numbers() -> None:
    """Written after the rules, to measure them on minutes they were not built from."""
    assert _read("held-out-numbered-committee.txt") == [
        (
            "17",
            True,
            "Minutes of the Meeting held on 8 June 2021",
            9,
            [],
            # the confirmation of minutes told in the passive is the body's decision
            "The minutes of the meeting held on 8 June 2021 were confirmed as a correct "
            "record and signed by the Chair.",
            11,
        ),
        ("18", True, "Declarations of Interest", 13, [], None, None),
        (
            "19",
            True,
            "Internal Audit Progress Report 2021/22",
            17,
            ["19.1", "19.2"],
            "RESOLVED – That the report be noted.",
            23,
        ),
        (
            "20",
            True,
            "Statement of Accounts 2020/21",
            25,
            ["1", "2"],
            "RECOMMENDED to the Authority that the Statement of Accounts be approved.",
            30,
        ),
        ("21", True, "Date of Next Meeting", 32, [], None, None),
    ]


def test_held_out_tab_numbered_minutes_with_decimal_paragraphs() -> None:
    part, _ = read_minutes("held-out-tab-decimal-paragraphs.txt")
    assert _read("held-out-tab-decimal-paragraphs.txt") == [
        ("1", True, "Apologies for Absence and Substitutions", 5, ["1.1"], None, None),
        ("2", True, "Declarations of Interest", 9, ["2.1"], None, None),
        (
            "3",
            True,
            "Police and Crime Commissioner's Proposed Precept 2016/17",
            13,
            ["3.1", "3.2", "3.3"],
            "RESOLVED that the Panel supports the proposed precept.",
            19,
        ),
        (
            "4",
            True,
            "Complaints Sub-Committee Report",
            21,
            ["4.1"],
            "The Panel agreed to receive a further report in June.",
            23,
        ),
    ]
    assert [(d.as_written, d.line, d.minute_number) for d in part.declarations] == [
        ("Councillor A van der Berg", 11, "2")
    ]


def test_held_out_bold_minutes_with_bulleted_paragraphs() -> None:
    part, _ = read_minutes("held-out-bold-bullets.txt")
    assert _read("held-out-bold-bullets.txt") == [
        ("1", False, "Chairman's Announcements", 7, [], None, None),
        ("2", False, "Declarations of Interest", 11, [], None, None),
        (
            "3",
            False,
            "Estates Strategy",
            15,
            [None, None, "a", "b"],
            "RESOLVED: (a) that the strategy be approved; and (b) that a progress report be "
            "brought to the October meeting.",
            20,
        ),
    ]
    assert [(d.as_written, d.line, d.minute_number) for d in part.declarations] == [
        ("Councillor K Doherty", 13, "2")
    ]


def test_unnumbered_titles_over_their_item_citation() -> None:
    assert _headings("cited-unnumbered-and-labels.txt") == [
        ("1", "Apologies and Substitutes", "2", 5),
        ("2", "Declarations of Interest", "3", 10),
        ("3", "Proposed Police and Crime Plan", "5", 15),
    ]


def test_minute_numbers_in_the_document_order() -> None:
    assert order_key("118") == (118,)
    assert order_key("12/21") < order_key("13/21") < order_key("2/22")  # type: ignore[operator]
    assert order_key("PCP/12/3") == order_key("PCP 12/3") == (12, 3)
    assert order_key("22.41") == (22, 41)
    assert order_key("5a") is None


def test_minute_numbers_in_a_series_of_the_bodys_letters() -> None:
    """'CAB 31 Title', 'CAB 32. Title', 'CAB33' over its title, 'CAB 34<TAB>TITLE': the
    number of the body's own series; a line opening with letters and a year is text."""
    part, _ = read_minutes("prefixed-series-numbers.txt")
    assert [(m.number, m.title, m.line) for m in part.minutes] == [
        ("CAB 31", "Apologies for Absence", 7),
        ("CAB 32", "Declarations of Interest", 11),
        ("CAB33", "Car Parking Charges Review", 15),
        ("CAB 34", "LEISURE CENTRE CONTRACT", 22),
    ]
    assert part.minutes[2].resolution is not None
    assert part.minutes[2].resolution.startswith("RESOLVED that the revised charges")


def test_parish_numbers_with_the_minutes_text_on_the_heading_line() -> None:
    """'19/022 Minutes: RESOLVED to approve ...': a year and minute number, a short title,
    a colon and the minute's text on the same line; the text is the minute's own (its
    resolution is read from it)."""
    part, _ = read_minutes("parish-numbers-with-run-on-text.txt")
    assert [(m.number, m.title, m.line) for m in part.minutes] == [
        ("19/021", "Apologies", 7),
        ("19/022", "Minutes", 9),
        ("19/023", "Highways", 11),
        ("19/024", "Budget Monitoring", 13),
    ]
    assert part.minutes[1].resolution is not None
    assert part.minutes[1].resolution.startswith("RESOLVED to approve the minutes")
    assert part.minutes[1].resolution_line == 9


def _one(text: str) -> list[Line]:
    return [Line(1, text)]


def test_minute_codes_with_a_series_and_a_slash() -> None:
    """ "FC19/061 Title" (a series, its year, the minute) is certain; "PL/112<TAB>TITLE" is
    the series' minute 112; a planning reference in a sentence is neither."""
    found = session_numbered(
        _one("FC19/061 To receive apologies"), 0, "FC19/061 To receive apologies"
    )
    assert found is not None and (found.number, found.title) == ("FC19/061", "To receive apologies")
    assert (order_key("FC19/061"), order_key("FC19/062")) == ((19, 61), (19, 62))
    text = "PL/112\tAPOLOGIES FOR ABSENCE"
    found = prefixed_numbered(_one(text), 0, text)
    assert found is not None and (found.number, found.title) == ("PL/112", "APOLOGIES FOR ABSENCE")
    text = "DC12/0345 was refused by the committee last year."
    assert session_numbered(_one(text), 0, text) is None


def test_a_code_with_one_letter_then_the_year_then_the_minute() -> None:
    """ "P/25/061<TAB>Title": a parish's series letter, the year, the minute (the other
    order of "C048/23"); a planning reference in a sentence is no heading."""
    text = "P/25/061\tApologies for absence"
    found = session_numbered(_one(text), 0, text)
    assert found is not None
    assert (found.number, found.title) == ("P/25/061", "Apologies for absence")
    assert order_key("P/25/061") < order_key("P/25/062")
    text = "P/25/061 was approved by the district council."
    assert session_numbered(_one(text), 0, text) is None


def test_a_year_or_a_far_jump_is_no_next_minute() -> None:
    """'2016.' alone (a date's year wrapped onto its own line) numbers no minute, and a
    bare number far past the last ('2' then '120 Affordable Homes') is none either: the
    minutes after it ('3', '4') are still read."""
    texts = [
        "1. Apologies", "", "2. Minutes", "The minute of 14 April", "2016.", "", "Decision", "",
        "120 Affordable Homes", "", "3. Budget", "", "4. Schools",
    ]  # fmt: skip
    lines = [Line(k, t) for k, t in enumerate(texts)]
    assert [h.number for h in minute_headings(lines)] == ["1", "2", "3", "4"]


def test_a_signature_line_is_no_heading() -> None:
    """'Signed ........ Chairman     Date ........' closes the minutes; it heads nothing."""
    signed = "Signed .............. Chairman     Date ..........."
    texts = ["Present: Cllr A Reid", "", "Apologies", "", "None.", "", "Budget", "", "Noted."]
    lines = [Line(k, t) for k, t in enumerate([*texts, "", signed, ""])]
    titles = [h.title for h in minute_headings(lines)]
    assert titles == ["Apologies", "Budget"]


def test_an_agenda_number_under_a_heading_is_its_item() -> None:
    """ "12/14. APOLOGIES" over "(Agenda No. 1)": minute 12/14 records agenda item 1."""
    lines = [Line(1, "12/14. APOLOGIES"), Line(2, "(Agenda No. 1)"), Line(3, "None.")]
    heading = session_numbered(lines, 0, lines[0].text)
    assert heading is not None and (heading.number, heading.item_code) == ("12/14", "1")
    lines = [Line(1, "12/14. APOLOGIES"), Line(2, "(No. 1 of 3 apologies)")]
    heading = session_numbered(lines, 0, lines[0].text)
    assert heading is not None and heading.item_code is None


def test_a_bold_heading_glued_to_its_first_sentence_keeps_the_sentence() -> None:
    lines = [
        Line(1, "**4\tBudget Update**"),
        Line(2, "**5\tHealthy Towns**Ann Pike presented the plan."),
        Line(3, "**Note:** the plan was tabled."),
    ]
    found = [(h.number, h.title, h.run_on) for h in minute_headings(lines)]
    assert found == [
        ("4", "Budget Update", ""),
        ("5", "Healthy Towns", "Ann Pike presented the plan."),
    ]


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("text", "number", "title", "item"),
    [
        ("K112/24      3.         PUBLIC PARTICIPATION.", "K112/24", "PUBLIC PARTICIPATION", "3"),
        ("Par/041/15-16 Apologies for Absence", "Par/041/15-16", "Apologies for Absence", None),
        ("22-23/CFA/7 Treasury Management", "22-23/CFA/7", "Treasury Management", None),
    ],
)
def test_a_minute_code_with_its_year(text: str, number: str, title: str, item: str | None) -> None:
    heading = coded_numbered(_lines(text), 0, text)
    assert heading is not None
    assert (heading.number, heading.title, heading.item_code) == (number, title, item)


def test_a_minute_code_over_a_sentence_is_no_heading() -> None:
    text = "K113/24 The Clerk reported that the grass had been cut."
    assert coded_numbered(_lines(text), 0, text) is None
    # a lower-case word with a slash is not a code: "and/or 12/20"
    assert coded_numbered(_lines("and/12/20 things"), 0, "and/12/20 things") is None


def test_a_session_number_alone_over_its_title() -> None:
    lines = _lines(
        "208/21",
        "",
        "TO RECEIVE APOLOGIES AND CONSIDER THE REASONS GIVEN FOR ABSENCE BY MEMBERS WHO "
        "HAD NOTIFIED THE CLERK BEFORE THE MEETING",
        "Apologies were received from Cllr Hatch.",
    )
    heading = session_alone(lines, 0, "208/21")
    assert heading is not None and heading.number == "208/21"
    assert heading.title.startswith("TO RECEIVE APOLOGIES")
    coded = _lines("21-22/FRA/4", "Minutes", "The minutes were confirmed.")
    found = session_alone(coded, 0, "21-22/FRA/4")
    assert found is not None and (found.number, found.title) == ("21-22/FRA/4", "Minutes")


def test_a_series_code_with_a_space_alone_over_its_title_on_a_meeting_page() -> None:
    """ "FM 21/24" over its title, then again over the minute's text (the page's table
    prints the code in both cells): one minute, its title the line under the first."""
    lines = _lines(
        "FM 21/24",
        "",
        "Chair's Announcements",
        "",
        "FM 21/24   ",
        "",
        "Opening the meeting, the Chair drew attention to",
        "- the two new members of the Panel",
        "FM 22/24",
        "",
        "Apologies for Absence",
        "",
        "FM 22/24   ",
        "",
        "An apology was received from Cllr Moss.",
    )
    found = [(h.number, h.title, h.index) for h in minute_headings(lines)]
    assert found == [
        ("FM 21/24", "Chair's Announcements", 0),
        ("FM 22/24", "Apologies for Absence", 8),
    ]


def test_an_area_committees_numbered_letters_alone_over_its_title() -> None:
    """ "AP3 23/42" (an area planning committee's letters and number, then the minute and
    its year) over "Minutes" and a file link's label, as a meeting page prints it."""
    lines = _lines(
        "AP3 23/41",
        "",
        "Declarations of Interest",
        "",
        "There were none.",
        "",
        "AP3 23/42",
        "",
        "Minutes pdf icon PDF 84 KB",
        "",
        "RESOLVED: That the Minutes be approved.",
    )
    found = [(h.number, h.title, h.index) for h in minute_headings(lines)]
    assert found == [("AP3 23/41", "Declarations of Interest", 0), ("AP3 23/42", "Minutes", 6)]


def test_a_session_number_alone_over_a_sentence_is_no_heading() -> None:
    lines = _lines("208/21", "The Clerk said the hedge was cut.")
    assert session_alone(lines, 0, "208/21") is None


def test_minutes_headed_by_parish_codes_are_read_in_order() -> None:
    lines = _lines(
        "Present: Cllrs Hatch, Moss",
        "",
        "K110/24      1.         APOLOGIES FOR ABSENCE.",
        "Cllr Reed (holiday).",
        "K111/24      2.         DECLARATIONS OF INTEREST.",
        "None.",
        "306/24",
        "CLOSURE OF THE MEETING",
        "The meeting closed at 8.05pm.",
    )
    found = [(h.number, h.title) for h in minute_headings(lines)]
    assert found == [
        ("K110/24", "APOLOGIES FOR ABSENCE"),
        ("K111/24", "DECLARATIONS OF INTEREST"),
        ("306/24", "CLOSURE OF THE MEETING"),
    ]


def _lines(*texts: str) -> list[Line]:
    return [Line(n, text) for n, text in enumerate(texts, start=1)]


def test_minutes_numbered_in_roman_numerals_as_scottish_articles() -> None:
    """'I DECLARATION OF INTEREST', 'II. Minute of Previous Meeting': articles numbered in
    Roman numerals; a sentence opening with the pronoun 'I' is no heading."""
    lines = _lines(
        "I DECLARATION OF INTEREST",
        "No interests were declared.",
        "II. Minute of Previous Meeting",
        "The minute was approved.",
        "I am grateful to officers for the report.",
        "IV ROADS MAINTENANCE PROGRAMME",
        "There was submitted a report.",
    )
    assert [(h.number, h.title, h.index) for h in minute_headings(lines)] == [
        ("I", "DECLARATION OF INTEREST", 0),
        ("II", "Minute of Previous Meeting", 2),
        ("IV", "ROADS MAINTENANCE PROGRAMME", 5),
    ]
    assert order_key("IV") == (4,) and order_key("XII") == (12,)
    assert (
        roman_numbered(_one("I am grateful to officers."), 0, "I am grateful to officers.") is None
    )
    assert roman_numbered(_one("VAT RETURNS"), 0, "VAT RETURNS") is None  # no numeral, a word


def test_a_single_letter_series_with_a_point() -> None:
    """'C.31 MINUTES': a full council's minute 31 in its 'C.' series; 'C.30' below it is
    out of order, and a letter without its point ('C 32') is text."""
    lines = _lines("C.31 MINUTES", "RESOLVED – That the minutes be confirmed.", "C.32 DECLARATIONS")
    assert [(h.number, h.title) for h in minute_headings(lines)] == [
        ("C.31", "MINUTES"),
        ("C.32", "DECLARATIONS"),
    ]
    assert prefixed_numbered(_one("C 32 Members"), 0, "C 32 Members") is None


def test_the_minute_word_shortened_with_a_year_number() -> None:
    """'Min. 23/041  APOLOGIES' and 'Min 23/042 Declarations': the word cut short, the
    minute number with its year; 'Min. 23/048 was cited' is a sentence."""
    lines = _lines("Min. 23/041  YMDDIHEURIADAU / APOLOGIES", "None.", "Min 23/042 Declarations")
    assert [(h.number, h.title) for h in minute_headings(lines)] == [
        ("23/041", "YMDDIHEURIADAU / APOLOGIES"),
        ("23/042", "Declarations"),
    ]
    text = "Min. 23/048 was noted by the Council."
    assert minute_word(_one(text), 0, text) is None


def test_a_title_in_capitals_wrapped_onto_the_next_line() -> None:
    """A capitals title that ran onto the line below is one title; a decision in capitals
    below a heading, or text after a blank line, is not part of it."""
    lines = _lines(
        "3.  APPLICATION FOR A PREMISES LICENCE – THE GRILL, 14 HIGH",
        "    STREET, ASHBY AB1 2CD",
        "",
        "The officer introduced the report.",
        "4.  REVIEW OF FEES",
        "RESOLVED that the fees be approved.",
        "5.  ANY OTHER BUSINESS",
        "",
        "NONE",
    )
    assert [h.title for h in minute_headings(lines)] == [
        "APPLICATION FOR A PREMISES LICENCE – THE GRILL, 14 HIGH STREET, ASHBY AB1 2CD",
        "REVIEW OF FEES",
        "ANY OTHER BUSINESS",
    ]


def _page(*texts: str) -> list[Line]:
    return [Line(n + 1, text) for n, text in enumerate(texts)]


def test_an_initial_before_a_name_is_no_roman_minute() -> None:
    lines = _page("Officers: K. Dunmore (Clerk),", "L. Pardew (Treasurer's officer)", "")
    assert minute_headings(lines) == []
    assert roman_numbered(_page("V. Oakes, T. Brill"), 0, "V. Oakes, T. Brill") is None
    # must still fire: an article numbered in Roman numerals over a title
    found = roman_numbered(_page("II. School Roll Projections"), 0, "II. School Roll Projections")
    assert found is not None and found.number == "II"


def test_a_lone_l_or_c_opening_an_officers_row_is_an_initial() -> None:
    """Roman articles restart at I each meeting, so "L" or "C" (50, 100) before a name
    and a post is an officer's initial, even after a minute numbered 4."""
    for text in ("L Hartley Solicitor/Monitoring Officer", "C Brennan Committee Clerk"):
        assert roman_numbered(_page(text), 0, text) is None
    lines = _page("4 To confirm the minutes of the Board", "", "L Hartley Solicitor", "")
    assert [h.number for h in minute_headings(lines)] == ["4"]


def test_roman_numbering_opens_low() -> None:
    lines = _page("L Mossgiel Road Closure", "", "C Harbour Dues")
    assert minute_headings(lines) == []
    lines = _page("I Welcome", "", "II Harbour Dues")
    assert [h.number for h in minute_headings(lines)] == ["I", "II"]


def test_plain_headings_between_blank_lines_in_unnumbered_minutes() -> None:
    lines = _page(
        "Present: Councillors A. Brook and T. Vell",
        "",
        "Apologies for absence",
        "",
        "None were received.",
        "",
        "(i) Cremation Figures",
        "",
        "Budget Monitoring 2024/25",
        "",
        "RESOLVED that the position be noted.",
        "",
        "Chair",
        "",
    )
    titles = [(h.index, h.title) for h in minute_headings(lines)]
    assert titles == [(2, "Apologies for absence"), (8, "Budget Monitoring 2024/25")]


def test_one_plain_line_alone_heads_no_minutes() -> None:
    lines = _page("Present: Councillors A. Brook and T. Vell", "", "Site Visit", "", "Noted.")
    assert minute_headings(lines) == []


def test_an_action_log_row_is_no_minute() -> None:
    row = "13\tSend revised criteria to schools\tPH\t30/11/2025\tOpen"
    assert bare_numbered(_page(row), 0, row) is None
    heading = "5\tBudget Update\t12"  # a title with its page cell still heads a minute
    assert bare_numbered(_page(heading), 0, heading) is not None


def test_a_capitals_title_under_its_number_runs_onto_the_next_line() -> None:
    lines = _page("3.", "TO SIGN THE MINUTES OF THE MEETING HELD ON 4TH", "MAY 2025", "Minutes:")
    assert [h.title for h in minute_headings(lines)] == [
        "TO SIGN THE MINUTES OF THE MEETING HELD ON 4TH MAY 2025"
    ]


def test_a_word_broken_by_a_hyphen_at_the_line_end_is_joined() -> None:
    lines = _page("22/08  DRAINAGE – INTERIM ARRANGE-", "MENTS", "", "Text.")
    assert [h.title for h in minute_headings(lines)] == ["DRAINAGE – INTERIM ARRANGEMENTS"]
    lines = _page("22/08  DRAINAGE – INTERIM", "ARRANGEMENTS", "", "Text.")
    assert [h.title for h in minute_headings(lines)] == ["DRAINAGE – INTERIM ARRANGEMENTS"]


def test_a_bold_heading_glued_to_a_long_first_sentence_still_heads_its_minute() -> None:
    """The glued sentence may run past a heading's longest length: only the bold part is
    measured; a long line with no bold heading at its start stays prose."""
    sentence = "The Board considered a report " + "on the proposed works " * 12 + "for 2024."
    lines = _lines(
        "**7. Harbour Wall Repairs**",
        f"**8. Quayside Lighting 2024/25**{sentence}",
        f"9. Quayside Lighting 2024/25 {sentence}",
    )
    found = [(h.number, h.title, h.run_on) for h in minute_headings(lines)]
    assert len(lines[1].text) > 250
    assert found == [
        ("7", "Harbour Wall Repairs", ""),
        ("8", "Quayside Lighting 2024/25", sentence),
    ]


def test_an_application_number_listed_in_a_minute_heads_no_minute() -> None:
    """Under "24/031 Planning" a parish lists applications by their own numbers ("24/0518 –
    Mill House: ..."), padded to another width than its minutes': they stay in minute
    24/031, and the next minute in the series still heads its own."""
    lines = _lines(
        "24/030 Finance",
        "The accounts were noted.",
        "24/031 Planning",
        "24/0518 – Mill House, Ferry Road: new garage. RESOLVED: no objection.",
        "24/0522 – Land at Crow Lane: two dwellings. The Council agreed to object.",
        "24/032 Correspondence",
    )
    assert [h.number for h in minute_headings(lines)] == ["24/030", "24/031", "24/032"]


@pytest.mark.parametrize(
    ("number", "last", "another"),
    [
        ("16/0412", "16/067", True),
        ("16/067", "16/0412", True),
        ("16/100", "16/099", False),  # the series runs past 99 at one width
        ("16/10", "16/9", False),  # no padding: the serial just grew a digit
        ("17/0412", "16/067", False),  # another session: not this rule's question
        ("12/2021", "11/2021", False),
        ("CA100", "CA99", False),
        (None, "16/067", False),
    ],
)
def test_another_series(number: str | None, last: str, another: bool) -> None:
    assert another_series(number, last) is another


def test_minute_codes_printed_under_their_capitals_headings() -> None:
    lines = _lines(
        "APOLOGIES",
        "DC41/22",
        "Apologies were received from Councillor Pell.",
        "APPLICATION 22/00412/FUL – THE BARN, MILL LANE, OSWICK",
        "DC42/22",
        "RESOLVED – That permission be granted.",
    )
    found = [(lines[h.index].number, h.number, h.title) for h in minute_headings(lines)]
    assert found == [
        (1, "DC41/22", "APOLOGIES"),
        (4, "DC42/22", "APPLICATION 22/00412/FUL – THE BARN, MILL LANE, OSWICK"),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        # the code over a capitals title of its own: the code's title is below it
        ("NONE", "306/24", "CLOSURE OF THE MEETING"),
        # a sentence over the code: no heading
        ("The Clerk read the letter.", "306/24", "Apologies were noted."),
        # a blank line between: the code does not belong to the line above
        ("APOLOGIES", "", "306/24", "Apologies were noted."),
        # a decision in capitals is no heading
        ("RESOLVED", "306/24", "That the report be noted."),
    ],
)
def test_no_heading_over_a_code_that_is_not_its_own(texts: tuple[str, ...]) -> None:
    assert code_under_title(_lines(*texts), 0, texts[0]) is None


def test_a_minute_code_glued_to_the_sentence_above_its_title() -> None:
    lines = _lines(
        "EX/17 FUND ALLOCATIONS",
        "The Executive noted the allocations made in 2023/24.EX/18",
        "EXCLUSION OF THE PUBLIC",
        "Decision:",
        "That the public be excluded.",
    )
    found = [(lines[h.index].number, h.number, h.title) for h in minute_headings(lines)]
    assert found == [(1, "EX/17", "FUND ALLOCATIONS"), (3, "EX/18", "EXCLUSION OF THE PUBLIC")]


@pytest.mark.parametrize(
    "texts",
    [
        ("The Executive noted the allocations made in 2023/24.", "EXCLUSION OF THE PUBLIC"),
        ("The Executive noted the allocations.EX/18", "Members then discussed the fund."),
        ("The Executive noted the allocations.EX/18", "RESOLVED"),
    ],
)
def test_no_title_under_a_glued_code(texts: tuple[str, ...]) -> None:
    assert title_under_glued_code(_lines(*texts), 1, texts[1]) is None


def _lines(*texts: str) -> list[Line]:
    return [Line(n + 1, text) for n, text in enumerate(texts)]


def _found(*texts: str) -> list[tuple[str | None, str, int]]:
    return [(h.number, h.title, h.index) for h in minute_headings(_lines(*texts))]


def test_number_glued_to_its_title_by_a_lost_space() -> None:
    """ "1.Membership": the space after the stop lost in conversion; a paragraph "(2)RESOLVED"
    and a decimal stay text."""
    assert _found(
        "1.Membership",
        "The Clerk reported the membership of the Panel.",
        "2.Election of Chairman",
        "(1)Mr A Bright nominated Mrs C Dale.",
        "(2)RESOLVED that Mrs C Dale be elected Chairman.",
        "3.NEW MEMBERS",
        "1.5 million was set aside.",
    ) == [("1", "Membership", 0), ("2", "Election of Chairman", 2), ("3", "NEW MEMBERS", 5)]


@pytest.mark.parametrize(
    ("variant", "text"),
    [
        (stuck_numbered, "1.5 million was set aside."),
        (stuck_numbered, "3.RESOLVED that the report be noted"),
        (stuck_numbered, "2.The Chair welcomed Members to the meeting."),
        (starred_numbered, "*450 Minutes*"),
        (starred_numbered, "*3 members of the public asked questions."),
        (spaced_code_numbered, "C 10/034 The Mayor thanked Members for their support."),
        (spaced_code_numbered, "Item 10/034 Election of Mayor"),
    ],
)
def test_glued_starred_and_spaced_variants_return_none(variant: object, text: str) -> None:
    assert variant(_one(text), 0, text) is None  # type: ignore[operator]


def test_starred_minute_numbers() -> None:
    """ "*450 Minutes": a star marking a decision exempt from call-in, before its number."""
    assert _found(
        "*212 Minutes",
        "RESOLVED that the minutes be signed.",
        "KEY DECISIONS",
        "*213 Highways Budget 2025/26",
        "The Cabinet considered the report.",
    ) == [("212", "Minutes", 0), ("213", "Highways Budget 2025/26", 3)]


def test_minute_code_with_a_space_after_its_letter() -> None:
    assert _found(
        "PART 1 - PUBLIC",
        "C 24/101 Election of Mayor",
        "It was proposed and RESOLVED: That Councillor Fenn be elected Mayor.",
        "C 24/102 Vote of Thanks",
        "RESOLVED: That the Council's thanks be recorded.",
    ) == [("C 24/101", "Election of Mayor", 1), ("C 24/102", "Vote of Thanks", 3)]


def test_capitals_title_over_a_paragraph_its_code_opens() -> None:
    """ "APOLOGIES FOR ABSENCE" over "FC12/25 Apologies were received ...": the minute is
    the title's line, numbered by the code below; a capitals title over plain text, or a
    code followed by a capitals title of its own, is not read so."""
    lines = _lines(
        "APOLOGIES FOR ABSENCE",
        "",
        "FC12/25 Apologies for absence were received from Councillor Lane.",
        "",
        "ANNOUNCEMENTS",
        "",
        "FC13/25 The Mayor made the following announcements:",
    )
    assert [(h.number, h.title, h.index) for h in minute_headings(lines)] == [
        ("FC12/25", "APOLOGIES FOR ABSENCE", 0),
        ("FC13/25", "ANNOUNCEMENTS", 4),
    ]
    plain_below = _lines("ANNOUNCEMENTS", "", "The Mayor made announcements.")
    assert title_over_coded_paragraph(plain_below, 0, "ANNOUNCEMENTS") is None
    own_title = _lines("PART 1", "FC13/25 ANNOUNCEMENTS")
    assert title_over_coded_paragraph(own_title, 0, "PART 1") is None


def test_order_key_of_a_code_with_a_space_after_its_letter() -> None:
    """ "C 10/034" opens with a Roman-looking letter but is minute 34 of session 10."""
    assert order_key("C 10/034") == (10, 34)
    assert order_key("IV") == (4,)


def test_part_marker_is_no_prefixed_minute() -> None:
    assert prefixed_numbered(_one("PART 1 - PUBLIC"), 0, "PART 1 - PUBLIC") is None
    assert prefixed_numbered(_one("HSC 44. APOLOGIES"), 0, "HSC 44. APOLOGIES") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("39/20  APOLOGIES FOR ABSENCE [Item 1]", ("39/20", "APOLOGIES FOR ABSENCE", "1")),
        ("12/22 Budget Monitoring [Agenda Item 7]", ("12/22", "Budget Monitoring", "7")),
        ("12/22 Budget Monitoring (Item 7)", ("12/22", "Budget Monitoring", "7")),
        # a bracketed note that cites no item stays in the title
        ("12/22 Budget Monitoring [Q1 2022]", ("12/22", "Budget Monitoring [Q1 2022]", None)),
    ],
)
def test_an_item_cited_in_square_brackets(text: str, expected: tuple[str, str, str | None]) -> None:
    lines = [Line(number=1, text=text), Line(number=2, text="The Panel noted the report.")]
    heading = session_numbered(lines, 0, text)
    assert heading is not None
    assert (heading.number, heading.title, heading.item_code) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LC26/08MINUTES", ("LC26/08", "MINUTES")),
        ("DC14/21Planning Appeals", ("DC14/21", "Planning Appeals")),
        ("PL 7/2019HIGHWAYS UPDATE", ("PL 7/2019", "HIGHWAYS UPDATE")),
    ],
)
def test_a_minute_code_glued_to_its_title(text: str, expected: tuple[str, str]) -> None:
    lines = [Line(number=1, text=text), Line(number=2, text="The Committee noted it.")]
    heading = code_glued_to_title(lines, 0, text)
    assert heading is not None
    assert (heading.number, heading.title, heading.certain) == (*expected, False)


@pytest.mark.parametrize(
    "text",
    [
        "LC26/08 MINUTES",  # a space: another variant's
        "PL/112a",  # a letter suffix, no title
        "LC26/08RESOLVED that the report be noted",  # a decision
        "LC26/08The Committee received a report and noted its contents.",  # a sentence
    ],
)
def test_no_glued_title_where_none_is_glued(text: str) -> None:
    lines = [Line(number=1, text=text)]
    assert code_glued_to_title(lines, 0, text) is None


def test_a_code_cited_in_prose_wrapped_to_a_line_start_heads_nothing() -> None:
    text = "LC30/08 as he held a licence issued by the Council, and left"
    lines = [
        Line(number=1, text="Councillor Ann Brede declared an interest in item"),
        Line(number=2, text=text),
    ]
    assert coded_numbered(lines, 1, text) is None
    assert session_numbered(lines, 1, text) is None
    # after a full stop (or at the top) a heading is still read
    lines[0] = Line(number=1, text="The minutes were approved.")
    titled = "LC30/08 Vehicle Age Policy"
    lines[1] = Line(number=2, text=titled)
    assert coded_numbered(lines, 1, titled) is not None or session_numbered(lines, 1, titled)


def test_a_number_cell_closed_by_a_cell_rule_over_its_title() -> None:
    """A table of minutes converted with "|" cell rules: "57 |" over the title's cell."""
    lines = [
        Line(n + 1, t)
        for n, t in enumerate(
            [
                "Present: Councillor Ives (Chair).",
                "|",
                "57 |",
                "Apologies for Absence",
                "There were none.",
                "|",
                "58 |",
                "Annual Report of the Commissioner",
                "Resolved –",
                "That the annual report be noted.",
            ]
        )
    ]
    found = minute_headings(lines)
    assert [(h.number, h.title, h.index) for h in found] == [
        ("57", "Apologies for Absence", 2),
        ("58", "Annual Report of the Commissioner", 6),
    ]


def _headings_of(*texts: str) -> list[tuple[str | None, str]]:
    lines = [Line(n + 1, t) for n, t in enumerate(texts)]
    return [(h.number, h.title) for h in minute_headings(lines)]


def test_a_capitals_title_ending_unfinished_runs_onto_a_date() -> None:
    """ "... HELD ON THE" over "14TH MARCH 2022": a title never ends with "THE", so the
    line below is its end though it opens with a digit, as is a year alone on its line;
    "WORK PLAN" over "2023/24 items were agreed." not."""
    assert _headings_of(
        "Present: Councillor Ellis (Chair).",
        "4. TO CONFIRM THE MINUTES OF THE PANEL MEETING HELD ON THE",
        "14TH MARCH 2022",
        "The minutes were confirmed.",
        "5. WORK PLAN",
        "2023/24 items were agreed.",
        "6. BUDGET MONITORING",
        "2023/24",
        "The Treasurer presented the report.",
    ) == [
        ("4", "TO CONFIRM THE MINUTES OF THE PANEL MEETING HELD ON THE 14TH MARCH 2022"),
        ("5", "WORK PLAN"),
        ("6", "BUDGET MONITORING 2023/24"),
    ]


def test_a_title_wrapped_under_its_hanging_number_and_a_closing_dash() -> None:
    """A title in sentence case wrapped to its column under a hanging number, a blank
    after it; a capitals title broken after a spaced dash keeps the dash."""
    assert _headings_of(
        "Present: Councillor Ellis (Chair).",
        "8.   Fenby Borough Council (Station Road, Upper Fenby) (Prohibition of Waiting)",
        "     Order 2023",
        "",
        "Cabinet considered the objections to the order.",
        "9.   COMMISSIONER FOR NORTHMERE –",
        "     VICTIMS' SERVICES UPDATE",
        "",
        "10.  Risk Register",
        "     The register was noted by the Committee at its review today.",
    ) == [
        (
            "8",
            "Fenby Borough Council (Station Road, Upper Fenby) (Prohibition of Waiting) Order 2023",
        ),
        ("9", "COMMISSIONER FOR NORTHMERE – VICTIMS' SERVICES UPDATE"),
        ("10", "Risk Register"),
    ]


def test_a_title_in_its_agenda_items_wording() -> None:
    """ "To note any items the Chair has agreed should be taken as" over "urgent business":
    a title in the agenda's wording, verb and all, wrapped after a word no title ends
    with; a numbered sentence closed by a stop is none."""
    assert _headings_of(
        "Present: Councillor Ellis (Chair).",
        "6. To note any items the Chair has agreed should be taken today as",
        "urgent business",
        "6.1 There were none.",
        "7. Public Questions",
        "8. To be clear, the Panel has agreed this already.",
    ) == [
        ("6", "To note any items the Chair has agreed should be taken today as urgent business"),
        ("7", "Public Questions"),
    ]


def test_a_long_title_in_its_agenda_items_wording_under_a_session_code() -> None:
    """A parish title naming two meetings whose notes it approves runs to 35 words: still
    the agenda's wording, and the minute's heading."""
    title = (
        "To approve the notes of the Full Council meeting held on 7th October 2020 and the "
        "Extra-Ordinary Full Council meeting held on 21st October 2020 and the Chairman to "
        "sign them as the agreed minutes"
    )
    assert _headings_of(
        "191/20 To receive declarations of interest",
        "None.",
        f"192/20 {title}",
        "It was resolved to approve the minutes.",
    ) == [("191/20", "To receive declarations of interest"), ("192/20", title)]


def test_indented_numbers_are_no_headings() -> None:
    """Indented "2.  TITLE" is a paragraph: a time / minute table's headings are brought
    to the margin by the `time-column` cleaning rule (tests/test_time_column.py), not
    read here."""
    lines = [Line(1, "          1.  APOLOGIES"), Line(2, ""), Line(3, "          2.  MINUTES")]
    assert minute_headings(lines) == []


def test_series_letters_over_a_session_number_join_its_code() -> None:
    lines = _lines("FP", "3/24", "BUDGET MONITORING", "RESOLVED that the report be noted.")
    heading = session_alone(lines, 1, "3/24")
    assert heading is not None and (heading.number, heading.title) == (
        "FP 3/24",
        "BUDGET MONITORING",
    )
    closed = _lines("NOTED", "3/24", "BUDGET MONITORING", "The report was noted.")
    found = session_alone(closed, 1, "3/24")
    assert found is not None and found.number == "3/24"


def test_a_running_number_glued_to_its_capitals_title() -> None:
    """ "3561MINUTES OF THE LAST MEETING": the space after the number lost; a year glued
    to capitals and a title in mixed case are no such heading."""
    found = stuck_numbered(
        _page("3561MINUTES OF THE LAST MEETING"), 0, "3561MINUTES OF THE LAST MEETING"
    )
    assert found is not None and (found.number, found.title) == (
        "3561",
        "MINUTES OF THE LAST MEETING",
    )
    assert stuck_numbered(_page("2024BUDGET"), 0, "2024BUDGET") is None
    assert stuck_numbered(_page("12Apologies"), 0, "12Apologies") is None


def test_attendance_labels_with_their_colon_head_no_unnumbered_minute() -> None:
    text = (
        "Present: Councillor A Reid (in the Chair) and Councillor B Moss",
        "",
        "In Attendance:",
        "",
        "C Lane, Director of Finance; E Holt, Head of Legal Services; F Marr, Clerk to the Council",
        "",
        "Apologies:",
        "",
        "An apology was submitted on behalf of Councillor D Pell.",
        "",
        "Budget Monitoring",
        "",
        "The Council noted the report.",
        "",
        "Road Safety Scheme",
        "",
        "The Council approved the scheme.",
    )
    assert [h.title for h in minute_headings(_page(*text))] == [
        "Budget Monitoring",
        "Road Safety Scheme",
    ]


def test_a_bare_numbered_capitals_title_closed_by_a_stop() -> None:
    """ "1715 QUARTERLY REPORT – APRIL TO JUNE.": the stop only ends a title in capitals;
    a title in mixed case closed by a stop reads as a sentence still."""
    text = "1715 QUARTERLY REPORT – APRIL, TO JUNE."
    found = bare_numbered(_page(text), 0, text)
    assert found is not None and (found.number, found.title) == (
        "1715",
        "QUARTERLY REPORT – APRIL, TO JUNE",
    )
    text = "12 The report was noted."
    assert bare_numbered(_page(text), 0, text) is None


def test_apologies_over_its_agenda_wording_heads_the_first_minute() -> None:
    """A meeting page's first item "Apologies for Absence" over "To receive any apologies
    ...": the first minute, not the label of an attendance block; the page's title line
    above it is none."""
    text = (
        "Fenby Fire Authority - Tuesday 3 March 2026 10.00 am",
        "",
        "Apologies for Absence",
        "",
        "To receive any apologies for absence.",
        "",
        "Apologies were received from Councillor Ada Reeve.",
        "",
        "Declarations of Interest",
        "",
        "To enable Members to declare any interests.",
        "",
        "No interests were declared.",
        "",
        "Chairman's Announcements",
        "",
        "The Chairman thanked the crews for their work in the floods.",
    )
    found = minute_headings(_page(*text))
    assert [(h.title, h.index) for h in found] == [
        ("Apologies for Absence", 2),
        ("Declarations of Interest", 8),
        ("Chairman's Announcements", 14),
    ]


def test_a_head_count_of_those_who_attended_is_no_title() -> None:
    """ "Public: 4 residents attended the meeting" in the attendance block is prose; the
    verb capitalised in a title is not."""
    assert not looks_like_title("Public: 4 residents attended the meeting")
    assert looks_like_title("Conferences Attended by Members")


def test_a_bare_number_under_its_series_letters_in_stacked_cells() -> None:
    """A table's cells one to a line: "PLN" over "4" over the title is minute "PLN 4", on
    the number's line; a bare number with no letters over it is none."""
    page = _page("PLN", "", "4         ", "", "Tree Preservation Order 12/2026", "", "Text.")
    found = number_alone(page, 2, "4")
    assert found is not None and (found.number, found.index, found.title) == (
        "PLN 4",
        2,
        "Tree Preservation Order 12/2026",
    )
    page = _page("Text.", "", "4", "", "Tree Preservation Order 12/2026", "", "Text.")
    assert number_alone(page, 2, "4") is None


def test_a_time_alone_under_the_date_is_no_minute() -> None:
    text = (
        "FENBY RESCUE SERVICE BOARD\n\nMINUTES OF A MEETING\n\n4 MARCH 2014\n\n2.30 PM\n\n"
        "PRESENT: Mr A Reid, Chairman presiding\n\nCllr B Moss\n\nMrs C Lowe\n\n"
        "1 Apologies\n\nNone were received.\n\n2 Declaration of Interests\n\nNone.\n"
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines_of(text), layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    assert [m.number for m in part.minutes] == ["1", "2"]
    names = [name for _, name, _, _ in attendance_of(text)]
    assert names == ["Mr A Reid", "Cllr B Moss", "Mrs C Lowe"]


@pytest.mark.parametrize("title", ["RESOLVED", "RESOLVED:", "Agreed –", "3.1      RESOLVED:"])
def test_a_decisions_formula_is_no_title(title: str) -> None:
    assert not looks_like_title(title)


def test_a_meeting_pages_titles_in_capitals_and_in_title_case_are_all_minutes() -> None:
    """A committee system's page prints each item's title as typed: "MINUTES" in capitals
    over "Appointment of Sub-Committee Chair"; its numbered paragraphs ("3.1  RESOLVED:")
    head nothing."""
    text = (
        "Agenda and minutes\n\nLicensing Committee - Monday 4th July, 2022 6.00 pm\n\n"
        "Venue: Room 3, City Hall\n\nNo. Item\n\n\n"
        "MINUTES pdf icon PDF 217 KB\n\nTo sign the minutes of the previous meeting.\n\n\n"
        "3.1      RESOLVED:\n\n\nThat the minutes be signed as a correct record.\n\n\n"
        "Appointment of Sub-Committee Chair pdf icon PDF 94 KB\n\n"
        "To receive a report from the Committee Officer.\n\n\n"
        "4.1      RESOLVED:\n\n\nThat Councillor Ann Reid be elected a Sub-Committee Chair.\n\n\n"
        "Fee Review 2022-2023\n\nTo receive a report.\n\n\n"
        "5.1      The Committee noted the fees.\n"
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines_of(text), layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    assert [m.title for m in part.minutes] == [
        "MINUTES",
        "Appointment of Sub-Committee Chair",
        "Fee Review 2022-2023",
    ]


def test_an_apologies_heading_with_its_names_run_on_after_the_colon() -> None:
    assert attendance_run_on("APOLOGIES FOR ABSENCE: Cllr L Warren & Cllr M Yeo") == (
        "APOLOGIES FOR ABSENCE",
        "Cllr L Warren & Cllr M Yeo",
    )
    assert attendance_run_on("Apologies: None received") == ("Apologies", "None received")
    assert attendance_run_on("Minutes: RESOLVED to approve") is None
    assert attendance_run_on("APOLOGIES FOR ABSENCE") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("RESOLVED that Councillor Ruth Ellerby be appointed Mayor", False),
        ("Resolved – That the report be noted", False),
        ("AGREED to defer the item", False),
        ("Agreed Syllabus Conference", True),
    ],
)
def test_a_formula_opening_its_clause_is_no_title(title: str, expected: bool) -> None:
    assert looks_like_title(title) is expected


def test_numbered_resolutions_under_unnumbered_titles_number_no_minute() -> None:
    text = (
        "Minutes\n\nEastmere City Council\n\n"
        "At the ANNUAL MEETING of CITY COUNCIL held in the CIVIC CENTRE on WEDNESDAY, 17 "
        "MAY, 2017 at 6.00 p.m.\n\nPresent: The Mayor (Councillor J. Ashdown) in the Chair\n\n"
        "Councillors Bramble, Corrigan and Dufton\n\n"
        "Election of Mayor\n\nCouncillor Dufton nominated Councillor Ellerby.\n\n"
        "1. RESOLVED that Councillor Ellerby be appointed Mayor.\n\n"
        "Appointment of Deputy Mayor\n\n"
        "2. RESOLVED that Councillor Corrigan be appointed Deputy Mayor.\n"
    )
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines_of(text), layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    assert [(m.numbered, m.title) for m in part.minutes] == [
        (False, "Election of Mayor"),
        (False, "Appointment of Deputy Mayor"),
    ]


def test_a_rows_title_and_text_cells_joined_by_a_slash_are_cut_apart() -> None:
    rows = lines_of(
        "2. Election of Chairman / Mr Reid took the chair.\n"
        "3. Apologies / RESOLVED to approve apologies from Mr Lee.\n"
        "4. Minutes / RESOLVED to approve the minutes of 3 May.\n"
    )
    assert slashed_numbered(rows[:1], 0, rows[0].text) is None  # one row shows no layout
    heading = slashed_numbered(rows, 0, rows[0].text)
    assert heading is not None
    assert (heading.number, heading.title, heading.run_on) == (
        "2",
        "Election of Chairman",
        "Mr Reid took the chair.",
    )
    none = slashed_numbered(rows, 0, "6. Declarations of Interest / None")
    assert none is not None and (none.title, none.run_on) == ("Declarations of Interest", "None")
    assert slashed_numbered(rows, 0, "4. Transport and/or Roads") is None  # no spaced slash
    assert slashed_numbered(rows, 0, "5. The Clerk said. Then / more") is None  # a sentence
    # a title's second half after the slash is no text cell
    assert slashed_numbered(rows, 0, "7. Declarations of Interest / Dispensations") is None


@pytest.mark.parametrize(
    ("text", "title", "run_on"),
    [
        ("2830 Personal Matters – none", "Personal Matters", "none"),
        ("2831 Declarations of Interest - none received", "Declarations of Interest",
         "none received"),
        ("14. Correspondence – nil", "Correspondence", "nil"),
        ("12. Traffic - No Waiting Order", "Traffic - No Waiting Order", ""),  # a title's own
    ],
)  # fmt: skip
def test_a_title_then_a_dash_and_nothing_to_record(text: str, title: str, run_on: str) -> None:
    """ "Personal Matters – none": the record after the dash is the minute's text, not its
    title's words; a capitalised phrase after a dash stays the title's."""
    heading = bare_numbered([Line(1, text)], 0, text)
    assert heading is not None
    assert (heading.title, heading.run_on) == (title, run_on)


def test_a_session_number_with_the_year_first_in_four_figures() -> None:
    """ "2020/256 Apologies": the year in four figures, then a three-figure number; a
    municipal year ("2020/21 Budget Monitoring") is a title's words, no number."""
    heading = session_numbered([Line(1, "2020/256 Apologies")], 0, "2020/256 Apologies")
    assert heading is not None and (heading.number, heading.title) == ("2020/256", "Apologies")
    year = "2020/21 Budget Monitoring"
    assert session_numbered([Line(1, year)], 0, year) is None


def test_a_packs_agenda_item_stamp_over_the_record_heads_no_minute() -> None:
    text = (
        "Agenda item 6 WYKE TOWN COUNCIL Town Hall, Wyke DRAFT\n"
        "Minutes of the Full Council Meeting held on Monday 26th April 2021 at 6.00pm\n"
        "Present: Cllr A Reid, Cllr B Moss\n"
        "219. To receive apologies for absence.\n"
        "None were received.\n"
        "220. Public Participation\n"
        "No member of the public spoke.\n"
    )
    headings = minute_headings([Line(n, t) for n, t in enumerate(text.split("\n"), start=1)])
    assert [(h.number, h.index) for h in headings] == [("219", 3), ("220", 5)]


def test_item_word_headings_run_in_with_their_text() -> None:
    """A parish record numbering its minutes by the agenda item, each title in capitals
    run in with the minute's text, dashed or not; a number that falls back, or "item" in
    lower case without "Agenda" (a sentence wrapped), is no heading."""
    text = "\n".join(
        [
            "ASHBY PARISH COUNCIL",
            "Minutes of the Meeting of the Parish Council held on Monday 8th January 2007.",
            "",
            "Present: Cllr A Ash (Chairman), Cllr B Birch, Cllr C Cole",
            "",
            "Agenda item No.1 - APOLOGIES FOR ABSENCE No apologies received.",
            "",
            "Agenda Item No. 2 – DECLARATIONS OF INTEREST None were made.",
            "",
            "Item 3 FINANCE The Clerk presented the accounts for December.",
            "item 4 ROAD REPAIRS The Clerk reported on the lane.",
            "",
            "Agenda Item No.1 - PLANNING The Chairman noted a late application.",
        ]
    )
    (part,) = parsed(text).parts
    assert [(m.number, m.title, m.item_code, m.line) for m in part.minutes] == [
        ("1", "APOLOGIES FOR ABSENCE", "1", 6),
        ("2", "DECLARATIONS OF INTEREST", "2", 8),
        ("3", "FINANCE", None, 10),
    ]


def test_a_series_code_with_its_years_figures_glued_on_counts_up() -> None:
    """ "GM123", "GM223", "GM323": minutes 1 to 3 of 2023, the year's two figures glued
    after the minute; read as figures the codes jump by a hundred, yet they continue."""
    found = _found(
        "GM123",
        "",
        "Notice of Meeting",
        "The Clerk read the notice.",
        "GM223",
        "",
        "Apologies",
        "No apologies were recorded.",
        "GM323",
        "",
        "Election of Chair",
        "Cllr Reid was elected.",
    )
    assert found == [
        ("GM123", "Notice of Meeting", 0),
        ("GM223", "Apologies", 4),
        ("GM323", "Election of Chair", 8),
    ]


def test_year_month_and_minute_numbers_with_slashes_and_the_agendas_wording() -> None:
    """ "31/03/01 To receive Apologies for absence Apologies were received ...": slashes for
    the points, the agenda's wording as the title, the record run on after it; a lone
    "12/05/31" at a line's start with no next minute below is a date."""
    text = (
        "Minutes of a meeting of Fenby Town Council on Monday 2nd March 2031 at 7pm\n\n"
        "PRESENT Councillors Reid, Moss and Lowe\n\n"
        "31/03/01 To receive Apologies for absence Apologies were received from Cllr Pym\n\n"
        "31/03/02 Declarations of Interest None.\n\n31/03/03 Highways\n\n"
        "The Clerk reported on the potholes.\n"
    )
    part = parse_text(text)
    assert [(m.number, m.title) for m in part.minutes] == [
        ("31/03/01", "To receive Apologies for absence"),
        ("31/03/02", "Declarations of Interest"),
        ("31/03/03", "Highways"),
    ]
    dated = [Line(1, "12/05/31 Clerk to write to the highways team"), Line(2, "")]
    assert decimal_numbered(dated, 0, dated[0].text) is None


def test_the_year_first_then_a_minute_of_one_figure_or_a_commissioners_code() -> None:
    """ "26/1 MINUTES": the year, then minute 1, before a title in capitals; "C26/05/02/01
    MINUTES": a series letter, the year, month, meeting and minute. A fraction or a date
    before words in lower case is no number."""
    for text, number in (("26/1 MINUTES", "26/1"), ("C26/05/02/01 MINUTES", "C26/05/02/01")):
        found = session_numbered([Line(1, text)], 0, text)
        assert found is not None and (found.number, found.title) == (number, "MINUTES")
    fraction = "26/1 of the members were present"
    assert session_numbered([Line(1, fraction)], 0, fraction) is None


def test_a_slashed_minute_run_on_a_long_line_after_its_agendas_wording() -> None:
    """ "31/03/02 To receive Declarations of interest ... Agenda. Cllrs Reid and Moss
    declared ...": the wording closed by its stop is the title, however long the line."""
    declared = (
        "31/03/02 To receive Declarations of interest for items on the Agenda and any "
        "requests for dispensations for items on the Agenda. Cllrs Reid and Moss declared "
        "personal interests in Item 9 (the grant to the Hexton village hall committee, of "
        "which both are trustees) and took no part in the vote on it. Cllr Lowe declared an "
        "interest in Item 12 (the allotments) as a tenant of a plot at the Mill Lane site."
    )
    text = (
        "Minutes of a meeting of Fenby Town Council on Monday 2nd March 2031 at 7pm\n\n"
        "PRESENT Councillors Reid, Moss and Lowe\n\n"
        "31/03/01 To receive Apologies for absence Apologies were received from Cllr Pym\n\n"
        f"{declared}\n\n31/03/03 Highways\n\nThe Clerk reported on the potholes.\n"
    )
    part = parse_text(text)
    assert [m.number for m in part.minutes] == ["31/03/01", "31/03/02", "31/03/03"]
    assert part.minutes[1].title == (
        "To receive Declarations of interest for items on the Agenda and any requests for "
        "dispensations for items on the Agenda"
    )
