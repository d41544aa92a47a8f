"""Agenda titles a narrow column wrapped, read whole, and descriptions kept out of them
(invented examples): a title stopped on "of" or "the", a second line opening with "of"
under a row that printed its pages, a page reference broken after one space, a title in
capitals going on in capitals, and a planning application's description under it."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_items import ItemLine, capitals_go_on, title_past_pages
from minutebook.parsing.agenda_wraps import (
    capitals_after_comma,
    open_title_end,
    verbal_end_below,
)


def _items(*texts: str) -> list[tuple[str, str]]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [(i.code, i.title) for i in part.items]


def test_a_title_stopped_on_an_open_word_goes_on_below() -> None:
    assert _items(
        "1    Apologies",
        "",
        "2    Appointment of Co-opted Members - Recommendation to the",
        "     Joint Scrutiny Board",
        "",
        "3    Any other items which, in the view of the Chair, are of",
        "     such urgency as to need a decision",
    ) == [
        ("1", "Apologies"),
        ("2", "Appointment of Co-opted Members - Recommendation to the Joint Scrutiny Board"),
        (
            "3",
            "Any other items which, in the view of the Chair, are of such urgency as to "
            "need a decision",
        ),
    ]


def test_an_open_word_takes_no_description_or_flush_line() -> None:
    row = "4    Budget Monitoring - Report of the"
    assert open_title_end(row, "     Treasurer") == "Treasurer"
    assert open_title_end(row, "     To note the figures. Members are asked") is None
    assert open_title_end(row, "Treasurer") is None  # flush left: no wrap
    assert open_title_end("4    Budget Monitoring", "     Treasurer") is None


def test_a_second_line_opening_with_of_under_a_paged_row() -> None:
    item = ItemLine("5", "Review of Fees - Report", "12 - 15")
    assert title_past_pages("     of the Head of Finance", item) == "of the Head of Finance"
    assert title_past_pages("     on 4th March 2022", item) == "on 4th March 2022"
    assert title_past_pages("     of the meeting was noted", item) is None
    assert _items(
        "1.   Apologies",
        "2.   Notes of the Joint Committee meeting held          5 - 9",
        "     on 4th March 2022",
    ) == [("1", "Apologies"), ("2", "Notes of the Joint Committee meeting held on 4th March 2022")]


def test_a_page_reference_broken_after_one_space() -> None:
    assert _items(
        "1         Apologies",
        "2         Town Centre Parking Strategy - Consultation Results (Pages 9 -",
        "          24)",
    ) == [("1", "Apologies"), ("2", "Town Centre Parking Strategy - Consultation Results")]


def test_a_title_in_capitals_goes_on_in_capitals() -> None:
    item = ItemLine("4", "REVIEW OF THE LICENSING ACT 2003 STATEMENT OF", None)
    assert capitals_go_on("\tLICENSING POLICY", item) == "LICENSING POLICY"
    assert capitals_go_on("\tTo receive a report of the Clerk.", item) is None
    assert capitals_go_on("\tLICENSING POLICY", ItemLine("4", "Review", None)) is None
    assert _items(
        "1.\tAPOLOGIES",
        "2.\tREVIEW OF THE SAFER STREETS PARTNERSHIP AND COMMUNITY",
        "\tTRIGGER ARRANGEMENTS",
        "\tTo receive a report of the Clerk.",
    ) == [
        ("1", "APOLOGIES"),
        ("2", "REVIEW OF THE SAFER STREETS PARTNERSHIP AND COMMUNITY TRIGGER ARRANGEMENTS"),
    ]


def test_a_planning_applications_description_is_no_part_of_its_title() -> None:
    assert _items(
        "1.\tAPOLOGIES\t",
        "2.\tQ220417/F - LAND WEST OF MILL LANE, ORBURY\t11 - 30",
        "\tConversion of a barn into two dwellings with parking, cycle storage and",
        "\tbin stores.",
    ) == [("1", "APOLOGIES"), ("2", "Q220417/F - LAND WEST OF MILL LANE, ORBURY")]


def test_a_verbal_mark_ends_a_wrapped_title() -> None:
    """A verbal item has no pages: "- Verbal" on the indented line ends its title; a row
    with pages, a flush line or a longer line with no mark is no end of this kind."""
    row = "8.   Update on the Eastern Region Police and Crime Panels"
    assert verbal_end_below(row, "     Network - Verbal") == "Network - Verbal"
    assert verbal_end_below(row, "     Programme – Verbal Update") == "Programme – Verbal Update"
    assert verbal_end_below(row, "     Network (Verbal Report)") == "Network (Verbal Report)"
    assert verbal_end_below(row + "      3 - 8", "     Network - Verbal") is None
    assert verbal_end_below(row, "Network - Verbal") is None
    assert verbal_end_below(row, "     Network") is None
    assert verbal_end_below(row, "     The Chair will give a short verbal") is None


def test_an_index_of_titles_in_capitals_reads_each_line_as_an_item() -> None:
    """A web page's indented index of items in capitals: each numbered line starts its own
    item, not the end of the title above; a private mark in mixed case after a title in
    capitals is no part of it (a dash and "EXEMPT" in the title's own capitals is)."""
    item = ItemLine("1", "MINUTES", None)
    assert capitals_go_on("  2. DECLARATIONS OF INTEREST", item) is None
    assert _items(
        "Index to Agendas",
        "",
        "  1. MINUTES",
        "  2. DECLARATIONS OF INTEREST",
        "  3. HIGHWAYS - WINTER GRITTING ROUTES",
        "  4. PROPERTY - SALE OF THE OLD LIBRARY - Exempt",
        "  5. DECLARATIONS OF INTEREST - EXEMPT BUSINESS",
    ) == [
        ("1", "MINUTES"),
        ("2", "DECLARATIONS OF INTEREST"),
        ("3", "HIGHWAYS - WINTER GRITTING ROUTES"),
        ("4", "PROPERTY - SALE OF THE OLD LIBRARY"),
        ("5", "DECLARATIONS OF INTEREST - EXEMPT BUSINESS"),
    ]


def test_a_title_in_capitals_stopped_on_a_comma_goes_on_below() -> None:
    row = "2.    ITEMS FROM THE PUBLIC - TO RECEIVE DEPUTATIONS,"
    assert capitals_after_comma(row, "      PETITIONS OR QUESTIONS") == "PETITIONS OR QUESTIONS"
    assert capitals_after_comma(row, "      To receive any petitions.") is None
    assert capitals_after_comma("6.    Public Questions,", "      PETITIONS") is None
    assert _items(
        "1.    URGENT BUSINESS",
        "",
        row,
        "      PETITIONS OR QUESTIONS RELATING TO THE BUSINESS OF THIS",
        "      MEETING",
        "",
        "      None had been received at the time of publication.",
    ) == [
        ("1", "URGENT BUSINESS"),
        (
            "2",
            "ITEMS FROM THE PUBLIC - TO RECEIVE DEPUTATIONS, PETITIONS OR QUESTIONS "
            "RELATING TO THE BUSINESS OF THIS MEETING",
        ),
    ]


def test_who_brings_an_attached_paper_is_no_part_of_its_title() -> None:
    """A title's "- Report of the Clerk (attached).", the note on its line or on the
    indented line below: the reporter goes with the note; with no note the reporter
    stays in the title (some agendas title an item so)."""
    assert _items(
        "1.   Apologies for absence.",
        "",
        "2.   Hedgerow Survey – Report of the Head of Conservation",
        "     (attached).",
        "",
        "3.   Tree Preservation Orders – Report of the Chief Executive (attached).",
        "",
        "4.   Ward Budgets - Report of the Treasurer",
    ) == [
        ("1", "Apologies for absence."),
        ("2", "Hedgerow Survey"),
        ("3", "Tree Preservation Orders"),
        ("4", "Ward Budgets - Report of the Treasurer"),
    ]
