"""Page ranges pressed against their titles by one space (invented examples): read as
pages when the agenda's ranges run on, left in a title when they do not."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda


def _items(*texts: str) -> list[tuple[str, str, str | None]]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [(i.code, i.title, i.pages) for i in part.items]


def test_ranges_that_run_on_are_the_items_pages() -> None:
    assert _items(
        "1. Apologies for Absence",
        "",
        "2. Minutes of the meeting held 12th January 2016 3 - 10",
        "",
        "3. Capital Programme 2016 to 2019 11 - 34",
        "",
        "4. Station Cover Review - report to follow",
        "",
        "5. Update on the shared control room 35 - 40 project with the county",
    ) == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes of the meeting held 12th January 2016", "3 - 10"),
        ("3", "Capital Programme 2016 to 2019", "11 - 34"),
        ("4", "Station Cover Review", None),
        ("5", "Update on the shared control room project with the county", "35 - 40"),
    ]


def test_a_range_between_a_dates_month_and_year_is_taken_out() -> None:
    assert _items(
        "4. Minutes of the Council held on 24 January 2031 5 - 24",
        "5. Minutes of the Planning Committee held on 5 February 25 - 36 2031",
    ) == [
        ("4", "Minutes of the Council held on 24 January 2031", "5 - 24"),
        ("5", "Minutes of the Planning Committee held on 5 February 2031", "25 - 36"),
    ]


def test_a_lone_range_or_ranges_that_do_not_run_on_stay_in_the_title() -> None:
    assert _items("1. Apologies", "", "2. School Results at Key Stage 1 - 2") == [
        ("1", "Apologies", None),
        ("2", "School Results at Key Stage 1 - 2", None),
    ]
    assert _items("1. Key Stage 3 - 4 Results", "", "2. Key Stage 1 - 2 Results") == [
        ("1", "Key Stage 3 - 4 Results", None),
        ("2", "Key Stage 1 - 2 Results", None),
    ]


def test_a_bare_to_follow_note_and_a_doubled_stop_in_a_sub_item_code() -> None:
    """A bare "– to follow" is the same status note; a converter's doubled stop ("3..1")
    still numbers a sub-item of item 3 (invented example)."""
    assert _items(
        "1. APOLOGIES FOR ABSENCE",
        "2. MINUTES OF THE LAST MEETING",
        "3. TO RECEIVE THE REPORTS OF THE CHIEF FIRE OFFICER",
        "3..1 Station Cover Review – to follow",
        "3..2 Fleet Strategy 2026/27",
        "4. ANY OTHER BUSINESS",
    ) == [
        ("1", "APOLOGIES FOR ABSENCE", None),
        ("2", "MINUTES OF THE LAST MEETING", None),
        ("3", "TO RECEIVE THE REPORTS OF THE CHIEF FIRE OFFICER", None),
        ("3..1", "Station Cover Review", None),
        ("3..2", "Fleet Strategy 2026/27", None),
        ("4", "ANY OTHER BUSINESS", None),
    ]


def test_a_range_split_by_the_titles_wrap_is_taken_out() -> None:
    """A range split ("the 41 -" / "Harm ... 48") by a wrapped title (invented example)."""
    assert _items(
        "1. Minutes of the last meeting 3 - 10",
        "2. Work Programme 11 - 40",
        "3. Plan Priority Theme 2 - Reduce the 41 - Harm from Rural Crime 48",
    ) == [
        ("1", "Minutes of the last meeting", "3 - 10"),
        ("2", "Work Programme", "11 - 40"),
        ("3", "Plan Priority Theme 2 - Reduce the Harm from Rural Crime", "41 - 48"),
    ]


def test_lettered_heads_after_a_colon_are_the_items_parts() -> None:
    assert _items(
        "1. Apologies for Absence",
        "2. Declarations of Interests by Members and Officers: - (see note below) (a) "
        "Disclosable Pecuniary Interests (b) Other Registrable Interests",
        "3. To (a) confirm the register of interests and (b) invite declarations",
    ) == [
        ("1", "Apologies for Absence", None),
        ("2", "Declarations of Interests by Members and Officers", None),
        ("2(a)", "Disclosable Pecuniary Interests", None),
        ("2(b)", "Other Registrable Interests", None),
        ("3", "To (a) confirm the register of interests and (b) invite declarations", None),
    ]


def test_items_numbered_through_the_year_keep_their_codes() -> None:
    """An agenda numbered as its minutes will be ("23/26 ...", invented example)."""
    assert _items(
        "23/26 Apologies for Absence",
        "24/26 Declarations of Interest",
        "25/26 Minutes of the meeting held on 3 March 2026",
    ) == [
        ("23/26", "Apologies for Absence", None),
        ("24/26", "Declarations of Interest", None),
        ("25/26", "Minutes of the meeting held on 3 March 2026", None),
    ]


def test_report_references_under_numbered_items_are_no_numbering_of_their_own() -> None:
    """One scheme an agenda: "29/20" after items 1 and 2 is the reference of a report the
    last item lists, not an item numbered through the year; it is an item coded with its
    reference under the list's colon (`agenda_report_numbers`), and starts none without
    one (invented example)."""
    assert _items(
        "1. Apologies for absence",
        "2. To consider the following reports:",
        "29/20 Recovery Plan for the Park's visitor centres",
        "30/20 Review of the scheme of delegation",
    ) == [
        ("1", "Apologies for absence", None),
        ("2", "To consider the following reports:", None),
        ("29/20", "Recovery Plan for the Park's visitor centres", None),
        ("30/20", "Review of the scheme of delegation", None),
    ]
    assert _items(
        "1. Apologies for absence",
        "2. Reports",
        "29/20 Recovery Plan for the Park's visitor centres",
    ) == [("1", "Apologies for absence", None), ("2", "Reports", None)]


def test_a_description_after_the_range_is_no_part_of_the_title() -> None:
    """A printed agenda's description under the title runs on after the range once
    flattened: the title ends at the range (invented example)."""
    assert _items(
        "1. Apologies for Absence",
        "2. Minutes of the meeting held on 4 March 2025 1 - 6 For approval as a correct record",
        "3. Minutes of the Special Meeting held on 9 March 2025 7 - 8 (Harbour Lease) For "
        "approval as a correct record",
        "4. Library Opening Hours 9 - 14 To note the report of the Head of Culture",
        "5. Review of the Wexcombe Conservation 15 - 30 Area Appraisal",
    ) == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes of the meeting held on 4 March 2025", "1 - 6"),
        ("3", "Minutes of the Special Meeting held on 9 March 2025", "7 - 8"),
        ("4", "Library Opening Hours", "9 - 14"),
        ("5", "Review of the Wexcombe Conservation Area Appraisal", "15 - 30"),
    ]


def test_a_description_after_a_range_that_does_not_run_on_stays() -> None:
    """One range alone may be a title's own: nothing is cut (invented example)."""
    assert _items(
        "1. Apologies",
        "2. Results at Key Stage 1 - 2 For information",
    ) == [
        ("1", "Apologies", None),
        ("2", "Results at Key Stage 1 - 2 For information", None),
    ]


def test_a_range_cut_after_its_dash_keeps_its_first_page_among_running_ranges() -> None:
    """ "Annual Report 2022-23 45 -" at the agenda's end, the range's last page lost: the
    first page is the paper's, the title ends before it."""
    assert _items(
        "1 Minutes 3 - 12",
        "",
        "2 Budget 13 - 44",
        "",
        "3 Annual Report 2022-23 45 -",
    ) == [
        ("1", "Minutes", "3 - 12"),
        ("2", "Budget", "13 - 44"),
        ("3", "Annual Report 2022-23", "45"),
    ]


def test_a_cut_range_that_does_not_run_on_stays_in_its_title() -> None:
    assert _items("1 Minutes 3 - 12", "", "2 Budget 13 - 44", "", "3 Phase 2 -")[2] == (
        "3",
        "Phase 2 -",
        None,
    )
    assert _items("1 Minutes", "", "2 Annual Report 45 -")[1] == ("2", "Annual Report 45 -", None)
