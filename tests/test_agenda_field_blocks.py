"""Agenda items printed as blocks of labelled fields, "Item Number:2" over "Heading:..."
(invented example of an old committee system's agenda details page)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_field_blocks import field_block_items

PAGE = (
    "Westmere Borough Council Licensing Committee",
    "Tuesday, 4th March, 2014",
    "",
    "Agenda Details",
    "",
    "Item Number:0",
    "Status:Public",
    "Heading:Agenda",
    "Item:",
    "Reports and Attachments:",
    "",
    "Item Number:1",
    "Status:Public",
    "Heading:Apologies for Absence",
    "Item:To receive any apologies for absence.",
    "",
    "Item Number:2",
    "Status:Public",
    "Heading:Minutes",
    "Item:To confirm the minutes of the meeting held on 2 February 2014.",
    "",
    "Item Number:3",
    "Status:Exempt",
    "Heading:Review of a Premises Licence",
)


def _lines(texts: tuple[str, ...]) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_each_block_gives_its_number_and_heading_and_block_0_is_the_paper() -> None:
    part = Part(kind=DocumentKind.AGENDA, title="", lines=_lines(PAGE), layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    assert [(i.code, i.title, i.line) for i in part.items] == [
        ("1", "Apologies for Absence", 12),
        ("2", "Minutes", 17),
        ("3", "Review of a Premises Licence", 22),
    ]


def test_a_lone_block_or_a_number_without_a_heading_is_no_agenda() -> None:
    assert field_block_items(_lines(PAGE[:16])) is None  # block 1 alone
    assert field_block_items(_lines(("Item Number:1", "Status:Public", "Item Number:2"))) is None
