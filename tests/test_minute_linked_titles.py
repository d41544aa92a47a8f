"""A committee system's "Agenda and minutes" page that numbers no items: each title closed
by its report's link label heads a minute (invented example)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.parsing import parse_document
from minutebook.parsing.minute_linked_titles import linked_title
from minutebook.parsing.reading import SourceText

PAGE = """Agenda and minutes

Cabinet - Monday, 9th March, 2031 10.00 am

Declarations of Interest pdf icon PDF 120 KB

To receive any declarations of interest from Members.

There were no declarations of interest.

Record of Decisions pdf icon PDF 212 KB

The decisions of the meeting held on 9 February 2031 are attached.

It was agreed that the decisions be approved as a correct record.

Parking Charges Review pdf icon PDF 310 KB

To consider the attached report of the Head of Place.

It was agreed that the revised charges be adopted from 1 April 2031.
"""


def test_a_line_closed_by_a_link_label_is_a_title() -> None:
    assert linked_title("Record of Decisions pdf icon PDF 248 KB") == "Record of Decisions"
    assert linked_title("2031/32 Budget PDF 1.2 MB") == "2031/32 Budget"
    assert linked_title("Record of Decisions") is None  # no label
    assert linked_title("the report was noted. pdf icon PDF 40 KB") is None  # a sentence
    assert linked_title("See the minutes attached. PDF 40 KB") is None
    assert linked_title("Minutes of 4 May PDF 94 KB Minutes of 4 May PDF 94 KB") is None


def test_the_linked_titles_head_the_minutes_and_their_decisions() -> None:
    document = parse_document(SourceText(file="f.txt", sha256="0", text=PAGE), Diagnostics())
    (part,) = document.parts
    assert [(m.numbered, m.title) for m in part.minutes] == [
        (False, "Declarations of Interest"),
        (False, "Record of Decisions"),
        (False, "Parking Charges Review"),
    ]
    assert [m.resolution for m in part.minutes[1:]] == [
        "It was agreed that the decisions be approved as a correct record.",
        "It was agreed that the revised charges be adopted from 1 April 2031.",
    ]


def test_one_linked_line_heads_nothing() -> None:
    one = PAGE.split("Record of Decisions")[0]
    document = parse_document(SourceText(file="f.txt", sha256="0", text=one), Diagnostics())
    assert all(m.title != "Declarations of Interest" for p in document.parts for m in p.minutes)
