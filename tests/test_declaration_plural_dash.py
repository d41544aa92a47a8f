"""Members after a plural title, a dash and their interest's kind, listed under the
agenda item they concern (declarations.plural_then_kind, minute_headings.item_word)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.declarations import plural_then_kind
from minutebook.parsing.minute_headings import item_word


def test_members_after_a_plural_title_and_a_dash_each_declared() -> None:
    line = Line(7, "Councillors Alun Bevan, Carys Dole and Rhodri Watkin – Personal – Governor.")
    found = [(d.as_written, d.line, d.minute_number) for d in plural_then_kind(line, "42")]
    assert found == [("Alun Bevan", 7, "42"), ("Carys Dole", 7, "42"), ("Rhodri Watkin", 7, "42")]


def test_members_of_an_outside_body_after_the_dash_declared() -> None:
    line = Line(23, "Cllrs Bevan and Dole – Members of the Rivers Trust")
    assert [d.as_written for d in plural_then_kind(line, "4")] == ["Bevan", "Dole"]


def test_a_plural_title_and_a_dash_without_an_interest_declares_nothing() -> None:
    assert plural_then_kind(Line(1, "Councillors Bevan and Dole – Ward Members"), "4") == []
    assert plural_then_kind(Line(1, "Councillor Bevan – Personal – Governor"), "4") == []


def test_an_agenda_item_under_the_declarations_lead_is_no_minute() -> None:
    lines = [
        Line(1, "The following declarations were made:"),
        Line(2, ""),
        Line(3, "Agenda Item 6 – Revenue Outturn"),
    ]
    assert item_word(lines, 2, lines[2].text) is None
    alone = [Line(1, "The Chair opened the meeting."), Line(2, ""), lines[2]]
    heading = item_word(alone, 2, lines[2].text)
    assert heading is not None and heading.number == "6"


def test_items_under_the_declarations_heading_are_no_minutes() -> None:
    texts = [
        "(2) Members’ Disclosures of Pecuniary and Non-Pecuniary Interests",
        "Item 12 (1) Children’s Centres Consultation",
        "Councillor Ann Reid declared an interest as a school governor.",
        "Item 12 (2) Public Sector Pay",
        "Councillor Bob Moss declared an interest as an employee of the NHS.",
        "Item 12 (4) New Offices Proposal",
    ]
    lines = [Line(n, t) for n, t in enumerate(texts, start=1)]
    assert [item_word(lines, k, lines[k].text) for k in (1, 3, 5)] == [None, None, None]
    # a report's paragraph between ends the declarations: the item there is a minute again
    lines[4] = Line(5, "The Council then turned to its business.")
    heading = item_word(lines, 5, lines[5].text)
    assert heading is not None and heading.number == "12"
