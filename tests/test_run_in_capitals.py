"""Run-in capitals minute headings: "512 WELCOME - The Chairman ...", the agenda item in
brackets, a title wrapped before its dash, and lines that must not read as one."""

from __future__ import annotations

import pytest

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.run_in_capitals import run_in_capitals, run_in_undashed


def _lines(*texts: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "41 WELCOME AND APOLOGIES - The Chair welcomed members.",
            ("41", None, "WELCOME AND APOLOGIES", "The Chair welcomed members."),
        ),
        (
            "42 (3) MINUTES - Resolved - That the minutes be signed.",
            ("42", "3", "MINUTES", "Resolved - That the minutes be signed."),
        ),
        (
            "7. APOLOGIES FOR ABSENCE – Apologies were received from Cllr Pell.",
            ("7", None, "APOLOGIES FOR ABSENCE", "Apologies were received from Cllr Pell."),
        ),
        (
            "9 (6a) BUDGET 2024/25 - RESOLVED - That the budget be noted.",
            ("9", "6a", "BUDGET 2024/25", "RESOLVED - That the budget be noted."),
        ),
        (  # the number cell and the text cell of a table, the converter's slash between
            "1491 / APPOINTMENT OF CHAIR – Resolved – That Cllr Dent be Chair.",
            ("1491", None, "APPOINTMENT OF CHAIR", "Resolved – That Cllr Dent be Chair."),
        ),
        (  # the space after a running number lost in conversion
            "2718PETITIONS - No petitions had been received.",
            ("2718", None, "PETITIONS", "No petitions had been received."),
        ),
    ],
)
def test_a_run_in_heading_on_one_line(
    text: str, expected: tuple[str, str | None, str, str]
) -> None:
    found = run_in_capitals(_lines(text), 0, text)
    assert found is not None
    assert (found.number, found.item, found.title, found.text) == expected
    assert found.text_at == 0


def test_a_title_wrapped_before_its_dash() -> None:
    lines = _lines(
        "88 DECLARATIONS OF DISCLOSABLE PECUNIARY AND OTHER",
        "REGISTRABLE INTERESTS - Councillor Amory declared an interest.",
    )
    found = run_in_capitals(lines, 0, lines[0].text)
    assert found is not None
    assert found.title == "DECLARATIONS OF DISCLOSABLE PECUNIARY AND OTHER REGISTRABLE INTERESTS"
    assert (found.text, found.text_at) == ("Councillor Amory declared an interest.", 1)


@pytest.mark.parametrize(
    "texts",
    [
        # a title in capitals alone, its text below: another layout
        ("5 APOLOGIES FOR ABSENCE", "Apologies were received from Cllr Pell."),
        # a dash between capitals only is inside the title
        ("6 POLICE AND CRIME COMMISSIONER – ESTATES STRATEGY UPDATE",),
        # a numbered decision is no heading
        ("1 RESOLVED - That the report be noted.",),
        # a title never runs on into a decision line below it
        ("3 MINUTES", "RESOLVED - That the minutes be signed."),
        # a numbered paragraph in sentence case
        ("2 The Chair - Cllr Pell - welcomed everyone.",),
        # text after the dash in lower case continues a sentence
        ("4 CCTV - cameras were discussed.",),
        # a blank line between a number's line and the rest: no wrap
        ("8 REVIEW OF THE", "", "PLAN - The Panel noted the plan."),
    ],
)
def test_no_run_in_heading(texts: tuple[str, ...]) -> None:
    lines = _lines(*texts)
    assert run_in_capitals(lines, 0, lines[0].text) is None


def test_run_in_minutes_keep_their_text_and_item() -> None:
    lines = _lines(
        "PRESENT: Councillor Pell (Chair).",
        "",
        "301 WELCOME - The Chair welcomed everyone.",
        "",
        "302 (4) MINUTES - Resolved - That the minutes be signed.",
        "",
        "303 (5) REVIEW OF THE POLICE AND CRIME PLAN AND THE",
        "PERFORMANCE FRAMEWORK - The Commissioner presented the plan.",
        "Members asked about response times.",
    )
    found = minute_headings(lines)
    assert [(h.number, h.item_code, h.title) for h in found] == [
        ("301", None, "WELCOME"),
        ("302", "4", "MINUTES"),
        ("303", "5", "REVIEW OF THE POLICE AND CRIME PLAN AND THE PERFORMANCE FRAMEWORK"),
    ]
    assert found[2].run_on == "The Commissioner presented the plan."
    assert found[2].run_on_at == 1


def test_session_coded_headings_run_into_their_text_without_a_dash() -> None:
    """A county's "NN/YY TITLE" minutes: the capitals stop where a decision or a sentence
    starts, on the number's line or, for a title that reached the margin, the next."""
    lines = _lines(
        "PRESENT: Councillor Ashby (Chair) and Councillors Dunn and Moyle.",
        "40/19 APOLOGIES RESOLVED to note apologies from Councillor Pratt.",
        "41/19 MINUTES RESOLVED that the minutes of the last meeting be signed as correct.",
        "42/19 DEFINITIVE MAP MODIFICATION ORDER – RESTRICTED BYWAY NO 4, PARISH OF",
        "HOLLINGFORD Members were told of a claim that a green lane carried public carriage",
        "rights and that the evidence of use had been reviewed by officers in full detail.",
        "43/19 PCC Update on the Plan",
        "The Deputy Commissioner presented the update on the plan.",
    )
    found = minute_headings(lines)
    assert [(h.number, h.title, h.run_on[:20], h.run_on_at) for h in found] == [
        ("40/19", "APOLOGIES", "RESOLVED to note apo", 0),
        ("41/19", "MINUTES", "RESOLVED that the mi", 0),
        (
            "42/19",
            "DEFINITIVE MAP MODIFICATION ORDER – RESTRICTED BYWAY NO 4, PARISH OF HOLLINGFORD",
            "Members were told of",
            1,
        ),
        ("43/19", "PCC Update on the Plan", "", 0),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        # a whole title in capitals, its text on the next line: no run-in
        ("7/20 WORK PROGRAMME", "NHS England presented the work programme."),
        # a short heading line did not wrap: the next line's capitals are not its title
        ("8/20 APOLOGIES", "CCTV cameras were discussed at length by the members of the panel."),
        # capitals then a title in sentence case: no sentence follows
        ("9/20 CCTV Annual Report", "The report was noted by the members of the committee."),
        # a decision opens the line: no title
        ("10/20 RESOLVED that the report be noted.",),
    ],
)
def test_no_undashed_run_in(texts: tuple[str, ...]) -> None:
    lines = _lines(*texts)
    rest = lines[0].text.split(" ", 1)[1]
    assert run_in_undashed(lines, 0, rest) is None


def test_a_title_with_dashes_inside_it() -> None:
    text = "17 (4) FIRE COVER REVIEW - PHASE 2 - HILLSIDE STATION - The Chief Officer reported."
    found = run_in_capitals(_lines(text), 0, text)
    assert found is not None
    assert (found.item, found.title) == ("4", "FIRE COVER REVIEW - PHASE 2 - HILLSIDE STATION")
    assert found.text == "The Chief Officer reported."


def test_a_run_in_heading_on_a_line_longer_than_any_heading() -> None:
    """A web page keeps each paragraph on one line: the heading and its whole paragraph."""
    paragraph = "The Chair welcomed the Portfolio Holder, who set out the year's work. " * 6
    lines = _lines(
        "31 MINUTES - Resolved - That the minutes be signed.",
        "",
        f"32 PORTFOLIO HOLDER PRIORITIES - {paragraph}",
        "",
        "Resolved - That the Portfolio Holder be thanked.",
    )
    found = minute_headings(lines)
    assert [(h.number, h.title) for h in found] == [
        ("31", "MINUTES"),
        ("32", "PORTFOLIO HOLDER PRIORITIES"),
    ]
    assert found[1].run_on.startswith("The Chair welcomed")


def test_a_long_numbered_paragraph_is_no_heading() -> None:
    paragraph = "The Panel discussed the report at length and asked for more detail. " * 6
    lines = _lines("31 MINUTES - Resolved - That the minutes be signed.", "", f"2 {paragraph}")
    assert [h.number for h in minute_headings(lines)] == ["31"]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "FP 14/25 APOLOGIES - Apologies were given by Cllr Wren.",
            "FP 15/25 MINUTES - ",
            [("FP 14/25", "APOLOGIES"), ("FP 15/25", "MINUTES")],
        ),
        (
            "14/25 Apologies: Apologies were given by Cllr Wren.",
            "15/25 Minutes: ",
            [("14/25", "Apologies"), ("15/25", "Minutes")],
        ),
    ],
)
def test_a_coded_run_in_heading_on_a_long_line(
    first: str, second: str, expected: list[tuple[str, str]]
) -> None:
    paragraph = "The Panel discussed the report at length and asked for more detail. " * 6
    lines = _lines(f"{first} {paragraph}", "", f"{second}RESOLVED that they be signed. {paragraph}")
    found = minute_headings(lines)
    assert [(h.number, h.title) for h in found] == expected
    assert found[1].run_on.startswith("RESOLVED that they be signed.")


def test_a_capitals_title_ends_before_a_paragraph_number_or_a_police_rank() -> None:
    lines = _lines(
        "1. APOLOGIES FOR ABSENCE Cllr Reid, Cllr Moss",
        "2. CONFIRMATION OF MINUTES 1. Minutes from 16 November 2009. Cllr Hale proposed"
        " that the minutes be accepted and all were in favour.",
        "3. POLICE MATTERS PC Howie Davies reported some statistics for December and asked"
        " for registration numbers to be passed to him.",
    )
    found = minute_headings(lines)
    assert [(h.number, h.title, h.run_on[:12]) for h in found] == [
        ("1", "APOLOGIES FOR ABSENCE", "Cllr Reid, C"),
        ("2", "CONFIRMATION OF MINUTES", "1. Minutes f"),
        ("3", "POLICE MATTERS", "PC Howie Dav"),
    ]


def test_a_police_officers_rank_and_name_alone_after_a_capitals_title() -> None:
    """ "ITEM 2 (302) RECEIVE APOLOGIES PC Ann Reid": the rank opens the officer's name,
    the minute's whole text though no sentence follows; "PC RESOURCES" is the title's."""
    lines = _lines(
        "ITEM 1 (301) PUBLIC FORUM",
        "ITEM 2 (302) RECEIVE APOLOGIES PC Ann Reid",
        "ITEM 3 (303) REVIEW OF PC RESOURCES",
    )
    found = minute_headings(lines)
    assert [(h.number, h.title, h.run_on) for h in found] == [
        ("301", "PUBLIC FORUM", ""),
        ("302", "RECEIVE APOLOGIES", "PC Ann Reid"),
        ("303", "REVIEW OF PC RESOURCES", ""),
    ]
