"""Agenda items numbered on from earlier meetings, and a fire authority's flattened front
sheet (invented examples; the zoo holds a whole paper:
tests/fixtures/zoo/agenda-fire-authority-flattened-running-numbers.txt)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_run_on import title_before_pages
from minutebook.parsing.agenda_running import running_item, running_start
from minutebook.parsing.flattened_agendas import agenda_heading
from minutebook.parsing.flattened_lines import flattened_cuts, split_flattened_lines
from minutebook.parsing.membership import membership, name_list
from minutebook.parsing.membership_flat_groups import flattened_council_groups
from minutebook.parsing.membership_flat_tables import flattened_member_table
from minutebook.parsing.membership_labels import label_broken_beside


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_a_run_of_three_numbers_in_a_row_starts_the_numbering() -> None:
    lines = _lines("AGENDA", "201. Apologies.", "202. Minutes.", "203. Budget.")
    assert running_start(lines) == "201"
    assert running_start(_lines("25 High Street", "201. Apologies.", "203. Budget.")) is None


def test_a_running_item_keeps_its_first_sentence_without_notes_and_reporter() -> None:
    item = running_item("516. Minutes of the meeting held on 2 May (copy attached). 1", "510")
    assert item is not None and (item.code, item.title) == (
        "516",
        "Minutes of the meeting held on 2 May",
    )
    item = running_item("519. Fleet review – report of the Chief Fire Officer.", "510")
    assert item is not None and item.title == "Fleet review"
    item = running_item("517. Callover. CALLOVER: The Chairman will read out ...", "510")
    assert item is not None and item.title == "Callover"
    assert running_item("516. Minutes.", None) is None  # no run: no item
    assert running_item("409. Minutes.", "510") is None  # before the run


def test_an_agenda_numbered_on_reads_its_items_from_the_run() -> None:
    lines = _lines(
        "AGENDA", "", "88. To note the times of the buses.", "301. Apologies for absence.",
        "302. Public questions.", "303. Minutes of the last meeting.",
    )  # fmt: skip
    part = Part(DocumentKind.AGENDA, "", lines, Layout.AGENDA)
    parse_agenda(part, "x.txt", Diagnostics())
    assert [(i.code, i.title) for i in part.items] == [
        ("301", "Apologies for absence"),
        ("302", "Public questions"),
        ("303", "Minutes of the last meeting"),
    ]


def test_agenda_in_capitals_over_numbered_items_marks_a_flattened_agenda() -> None:
    text = "ASHCOMBE FIRE AUTHORITY " + "x " * 200 + "AGENDA 12. Apologies. 13. Minutes."
    at = text.index("12.")
    assert agenda_heading(text, [at]) == [text.index("AGENDA")]
    assert agenda_heading(text, []) == []
    cuts = flattened_cuts(text)
    assert cuts is not None and at in cuts[0]


def test_members_grouped_by_council_with_seats_on_a_flattened_line() -> None:
    text = (
        "ASHCOMBE FIRE AUTHORITY MONDAY 2 MARCH 2026 MEMBERS Ashcombe County Council (3) "
        "Councillors Abbot, Baines (Chairman) and Carver Easthaven and Lee Borough Council (2) "
        "Councillors Dunmore and Ellery. ****** You are invited to attend this meeting "
        + "to be held at the Service Headquarters "
        * 5
    )
    found = flattened_council_groups(Line(1, text), name_list)
    assert found is not None
    assert [(f.as_written, f.represents) for f in found] == [
        ("Abbot", "Ashcombe County Council"),
        ("Baines", "Ashcombe County Council"),
        ("Carver", "Ashcombe County Council"),
        ("Dunmore", "Easthaven and Lee Borough Council"),
        ("Ellery", "Easthaven and Lee Borough Council"),
    ]
    assert (
        flattened_council_groups(Line(1, "MEMBERS Ashcombe (3) Councillors A and B"), name_list)
        is None
    )


def test_a_member_authority_table_run_on_in_a_flattened_line() -> None:
    text = (
        "ASHCOMBE BOARD Date: Monday 2 March 2026 Membership Constituent Members Appointing "
        "Authority Jo Penrose (Chair) Mayor of the Ashcombe Combined Authority Councillor Ann "
        "Bell (Vice-Chair) Ashby Borough Council Councillor T J Varley Eastby City Council "
        "Non-Constituent Members Tom Frost Westshire Local Enterprise Partnership Councillor "
        "Carl Dunn Stratford-on-Wyre District Council Observers Awaiting Membership Councillor"
        " and more text to make the line as long as a flattened front sheet is."
    )
    found = flattened_member_table(Line(1, text))
    assert found is not None
    assert [(f.as_written, f.represents) for f in found] == [
        ("Jo Penrose", "Mayor of the Ashcombe Combined Authority"),
        ("Councillor Ann Bell", "Ashby Borough Council"),
        ("Councillor T J Varley", "Eastby City Council"),
        ("Tom Frost", "Westshire Local Enterprise Partnership"),
        ("Councillor Carl Dunn", "Stratford-on-Wyre District Council"),
    ]
    assert flattened_member_table(Line(1, text.replace("Appointing Authority", "were"))) is None


def test_a_label_broken_over_two_lines_beside_its_member() -> None:
    assert (
        label_broken_beside("Co-opted   Mr Ivo Gale (Ashby", "Member:    Rotary Club)")
        == "Co-opted Member: Mr Ivo Gale (Ashby Rotary Club)"
    )
    assert label_broken_beside("Co-opted   Mr Ivo Gale", "Contact: Jo Finch") is None
    assert label_broken_beside("Councillor Ivo Gale", "Member: Ashby") is None
    lines = _lines(
        "Membership:", "", "Councillor Ann Bell (Chair)", "Councillor Carl Dunn", "",
        "Co-opted    Mr Ivo Gale (Ashby", "Member:     Rotary Club)", "",
        "1.   Apologies for absence", "     Substitutes    Councillor (or co-optee) named",
    )  # fmt: skip
    assert [(f.as_written, f.represents, f.line) for f in membership(lines)] == [
        ("Councillor Ann Bell", "", 3),
        ("Councillor Carl Dunn", "", 4),
        ("Mr Ivo Gale", "Ashby Rotary Club", 6),
    ]


def test_a_page_range_in_brackets_closes_a_title_run_on_into_its_description() -> None:
    item = title_before_pages("2. Minutes of the last meeting (Pages 5 - 12) To confirm them.")
    assert item is not None and (item.code, item.title, item.pages) == (
        "2",
        "Minutes of the last meeting",
        "5 - 12",
    )
    assert title_before_pages("2. Minutes of the last meeting (Pages 5 - 12)") is None
    assert title_before_pages("Minutes (Pages 5 - 12) To confirm them.") is None


def test_agenda_in_mixed_case_before_timed_items_marks_a_flattened_agenda() -> None:
    text = "ASHCOMBE PANEL " + "x " * 200 + "Agenda Part I 2.00 pm 1. Apologies 2.05 pm 2. Minutes"
    assert agenda_heading(text, [text.index("1. ")]) == [text.index("Agenda")]


def _agenda(*texts: str) -> list[tuple[str, str]]:
    part = Part(DocumentKind.AGENDA, "Agenda", _lines(*texts), Layout.AGENDA)
    parse_agenda(part, "agenda.txt", Diagnostics())
    return [(item.code, item.title) for item in part.items]


def test_items_coded_through_the_year_with_the_year_after_the_number() -> None:
    """A parish's "61.31." alone on its line, the title below (the year's 61st item of
    2031), and numbered parts under an item: the run of codes starts the numbering, and
    each part is coded with its item's code and its number."""
    lines = _lines(
        "61.31.", "", "To receive apologies for absence", "",
        "62.31.", "", "To receive declarations of interest", "",
        "63.31.", "", "Minutes", "",
        "  1. To approve the minutes of the Council meeting of 2 March 2031",
        "  2. To approve the minutes of the Planning Committee of 9 March 2031",
        "64.31.", "", "Finance",
    )  # fmt: skip
    assert running_start(lines) == "61"
    assert _agenda(*(line.text for line in lines)) == [
        ("61.31", "To receive apologies for absence"),
        ("62.31", "To receive declarations of interest"),
        ("63.31", "Minutes"),
        ("63.31.1", "To approve the minutes of the Council meeting of 2 March 2031"),
        ("63.31.2", "To approve the minutes of the Planning Committee of 9 March 2031"),
        ("64.31", "Finance"),
    ]


def test_items_coded_through_the_year_with_the_year_first() -> None:
    """ "31.004 Apologies" (the year, then the item in three figures), and its parts
    "1." and "2." when a flattened line ran them together: cut apart (the pieces keep
    the line's number), then read."""
    text = (
        "Members are hereby summoned to attend the meeting of the Parish Council on Thursday "
        "9 January 2031 at 7.30pm in the Village Hall for the purpose of transacting the "
        "following business. AGENDA 31.001 Apologies for absence 1. Members 2. Others "
        "31.002 Declarations of Interest 31.003 Casual vacancy 31.004 Planning 1. "
        "Planning applications 2. Decision notices 31.005 Correspondence received by the "
        "Clerk since May"
    )
    assert len(text) > 400  # long enough to be a flattened page
    pieces = split_flattened_lines([Line(1, text)])[0]
    assert running_start(pieces) == "31"
    part = Part(DocumentKind.AGENDA, "Agenda", pieces, Layout.AGENDA)
    parse_agenda(part, "agenda.txt", Diagnostics())
    assert [(item.code, item.title) for item in part.items] == [
        ("31.001", "Apologies for absence"),
        ("31.001.1", "Members"),
        ("31.001.2", "Others"),
        ("31.002", "Declarations of Interest"),
        ("31.003", "Casual vacancy"),
        ("31.004", "Planning"),
        ("31.004.1", "Planning applications"),
        ("31.004.2", "Decision notices"),
        ("31.005", "Correspondence received by the Clerk since May"),
    ]
    assert running_start(_lines("31.001 Apologies", "31.003 Minutes", "31.004 Budget")) is None
