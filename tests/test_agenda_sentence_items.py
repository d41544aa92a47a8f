"""Agenda items printed as sentences, presenters after a title, a description whose
colon lists the item's parts, and an agenda cut before its first items (invented
examples; the zoo holds a whole paper:
tests/fixtures/zoo/agenda-authority-sentence-items-presenters.txt)."""

from __future__ import annotations

from minute_fixtures import agenda_items_of
from minutebook.errors import Diagnostics
from minutebook.model import AgendaItemFacts, DocumentKind, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_cut_start import cut_numbering_start
from minutebook.parsing.agenda_presenters import without_presenters
from minutebook.parsing.agenda_sentence_items import sentence_item


def test_a_sentence_is_an_item_when_its_number_comes_next() -> None:
    line = "7. Members are reminded to declare any interest they may have in an item below."
    found = sentence_item(line, (6, 0, ""))
    assert found is not None and found.code == "7" and found.title.startswith("Members are")
    assert sentence_item(line, (5, 0, "")) is None  # not the next number
    assert sentence_item(line, None) is None  # no item before it
    assert sentence_item("   " + line, (6, 0, "")) is None  # indented: a paragraph
    assert sentence_item(line, (6, 1, "")) is None  # after "6.1": no whole number before it


def test_a_stuck_number_and_a_first_sentence() -> None:
    found = sentence_item("12.Peatland Restoration Grant", (11, 0, ""))
    assert found is not None and found.title == "Peatland Restoration Grant"
    two = sentence_item("4.Report on the Review of Parking. The panel asks for views.", (3, 0, ""))
    assert two is not None and two.title == "Report on the Review of Parking."


def _items(*titles: str) -> list[AgendaItemFacts]:
    return [
        AgendaItemFacts(section=None, code=str(n), title=t, pages=None, line=n)
        for n, t in enumerate(titles, start=1)
    ]


def test_a_presenter_after_the_dash_is_no_part_of_the_title() -> None:
    items = _items(
        "Capital Programme 2021/22 – Director of Finance/Treasurer, Ruth Amory",
        "Fleet Strategy – Chief Fire Officer, Dan Pryce",
        "Fire Cover Review – Phase 2",
        "Appointment of Chief Fire Officer",
    )
    without_presenters(items)
    assert [i.title for i in items] == [
        "Capital Programme 2021/22",
        "Fleet Strategy",
        "Fire Cover Review – Phase 2",
        "Appointment of Chief Fire Officer",
    ]


def test_councillors_reporting_after_the_dash_are_no_part_of_the_title() -> None:
    items = _items(
        "Planning Committee Report – Cllr Ann Reid",
        "Parks Report – Cllr Dr B Moss / Cllr C Lowe/Cllr D Pym",
        "Highways - Councillor E Hart and Cllr O’Hara",
        "Police Report (Neighbourhood Watch) –",
        "Grants – Cllr Reid to report on the village hall",
        "Report of the Working Group – Councillors",
    )
    without_presenters(items)
    assert [i.title for i in items] == [
        "Planning Committee Report",
        "Parks Report",
        "Highways",
        "Police Report (Neighbourhood Watch)",
        "Grants – Cllr Reid to report on the village hall",
        "Report of the Working Group – Councillors",
    ]


def test_a_sentence_naming_the_reports_author_is_no_part_of_the_title() -> None:
    items = _items(
        "Crematorium Matters. Report by the Crematorium Manager",
        "2026/27 Budget, Fees and Charges. Report by Treasurer",
        "Memorial Gardens – Improvements 2026/27. Report",
        "Annual Report by the Chair",
    )
    without_presenters(items)
    assert [i.title for i in items] == [
        "Crematorium Matters",
        "2026/27 Budget, Fees and Charges",
        "Memorial Gardens – Improvements 2026/27",
        "Annual Report by the Chair",
    ]


def test_the_urgent_business_formula_is_an_item_though_a_sentence() -> None:
    assert agenda_items_of(
        "AGENDA\n\n1.  Apologies for Absence.\n\n3.  Items brought forward which, in the"
        " opinion of the Chairman, should be considered by the meeting as a matter of"
        " urgency.\n\n4.  Declarations of Interest.\n"
    )[1] == (
        "3",
        "Items brought forward which, in the opinion of the Chairman, should be considered by"
        " the meeting as a matter of urgency.",
    )


def test_lettered_committees_under_a_description_with_a_colon_are_no_items() -> None:
    text = (
        "Agenda\n\n1 Apologies\n\n2 Minutes of Committees\n\n"
        "To consider the minutes of the following committees:\n\n"
        "a) Audit Committee\n\nb) Planning Committee\n\n3 Questions\n"
    )
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout="agenda")
    parse_agenda(part, "inline.txt", Diagnostics())
    assert [i.code for i in part.items] == ["1", "2", "3"]


def test_an_agenda_cut_before_its_first_items_starts_where_it_was_cut() -> None:
    """Only the later items survived ("4.", "6."): read from the first, when nothing else
    reads; numbers that fall back ("3." under "6.") make no such agenda."""
    text = "Agenda\n\n4. Minutes of the meeting held on 2 May\n\n6. Budget Monitoring\n"
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    assert cut_numbering_start(lines) == "4"
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout="agenda")
    parse_agenda(part, "inline.txt", Diagnostics())
    assert [(i.code, i.title) for i in part.items] == [
        ("4", "Minutes of the meeting held on 2 May"),
        ("6", "Budget Monitoring"),
    ]
    fallen = [Line(1, "6. Budget Monitoring"), Line(2, "3. Footpaths")]
    assert cut_numbering_start(fallen) is None


def test_a_letters_date_glued_to_its_year_is_no_item_above_a_cut_agenda() -> None:
    """ "19 September2018" atop the letter is a date, not item 19 over "3." and "4."."""
    text = "19 September2031\n\nTo: All Members\n\n3. Minutes\n\n4. Finance Report\n"
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    assert cut_numbering_start(lines) == "3"


def test_a_tenth_sub_item_follows_the_ninth() -> None:
    """ "1.10" comes after "1.9": the part after the point is a whole number, not a decimal
    fraction (as a float, 1.10 is 1.1 and was refused as lower than 1.9)."""
    text = "AGENDA\n\n1. Items for approval\n" + "".join(
        f"1.{n} Report number {n}\n" for n in range(1, 13)
    )
    codes = [code for code, _ in agenda_items_of(text)]
    assert codes == ["1", *(f"1.{n}" for n in range(1, 13))]
