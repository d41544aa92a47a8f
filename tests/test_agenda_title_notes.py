"""A clerk's notes around an agenda item's title (invented parish notice in the genre's
layout): bracketed notes and a second sentence pointing to a paper are no part of it."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_title_notes import without_title_notes


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("[at 7.00 pm approximately] Apologies for absence.", "Apologies for absence."),
        ("Accounts for Payment [list enclosed].", "Accounts for Payment"),
        ("Declarations of interest. [See memorandum].", "Declarations of interest."),
        (
            "Any urgent matters. [Matters to be raised should be written out [if possible] and",
            "Any urgent matters.",
        ),
        ("Grant Aid 2031/32. See enclosed list of applicants.", "Grant Aid 2031/32"),
        ("Wentworth Bowls. Minute 4828d refers.", "Wentworth Bowls"),
        (
            "To receive declarations of interest. Members are reminded to repeat them later.",
            "To receive declarations of interest",
        ),
        (
            "Minutes of the meeting held on 10/07/07. Draft Resolution: That the minutes be",
            "Minutes of the meeting held on 10/07/07",
        ),
        (
            "BUS STATION REPAIRS (This item has been called in to Council by Councillors Ames"
            " and Irons) Submit:-",
            "BUS STATION REPAIRS",
        ),
        ("ROADS BUDGET There will be submitted:-", "ROADS BUDGET"),
        ("School Meals (The Report of the Director)", "School Meals (The Report of the Director)"),
        ("St. Mary's Churchyard Wall", "St. Mary's Churchyard Wall"),
        ("[Reserved item]", "[Reserved item]"),
    ],
)  # fmt: skip
def test_the_clerks_notes_leave_the_title(title: str, kept: str) -> None:
    assert without_title_notes(title) == kept


def test_a_parish_notice_with_notes_gives_its_titles() -> None:
    texts = [
        "1.  Declarations of interest. [See memorandum].",
        "",
        "2.  [at 7.00 pm approximately] Apologies for absence.",
        "",
        "3.  ‘Freedom of Fenby’. See proposal enclosed.",
    ]
    lines = [Line(k, t) for k, t in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    assert [(i.code, i.title) for i in part.items] == [
        ("1", "Declarations of interest."),
        ("2", "Apologies for absence."),
        ("3", "‘Freedom of Fenby’"),
    ]


def test_a_note_after_a_spaced_dash_is_no_part_of_the_title() -> None:
    assert (
        without_title_notes(
            "Public participation session with respect to items on the agenda - please note that "
            "names will be recorded and representations etc. minuted."
        )
        == "Public participation session with respect to items on the agenda"
    )
    assert without_title_notes("Budget – NB figures to follow") == "Budget"
    assert without_title_notes("Budget - Quarter 2 notes") == "Budget - Quarter 2 notes"
