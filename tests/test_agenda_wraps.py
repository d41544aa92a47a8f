"""An agenda title wrapped onto an indented line of its own (invented examples)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_wraps import (
    cut_title_end,
    long_title_end,
    pages_moved_down,
    title_end_below,
)


def test_page_reference_moved_down_with_the_last_words() -> None:
    row = "7    The Ombudsman's Code of Practice – Annual Compliance"
    below = "     Self-Assessment                                   (Pages 45 - 70)"
    assert pages_moved_down(row, below) == below.strip()
    gap = "     Review                                             12 - 19"
    assert pages_moved_down(row, gap) == gap.strip()


def test_no_page_move_when_the_row_has_pages_or_the_line_describes() -> None:
    row = "4    Pension Administration Performance Report          (Pages 9 - 26)"
    assert pages_moved_down(row, "     Self-Assessment                (Pages 27 - 30)") is None
    short = "2    Budget Monitoring"
    assert pages_moved_down(short, "     Report of the Treasurer       (Pages 5 - 9)") is None
    assert pages_moved_down(short, "     Self-Assessment") is None  # no pages: not this reader
    assert pages_moved_down(short, "Self-Assessment          (Pages 5 - 9)") is None  # flush


def test_long_title_ends_on_a_short_line() -> None:
    row = "E.\tRevenue Estimates 2011/12 and Apportionment of the Levy between the Member"
    assert long_title_end(row, "\tCouncils.") == "Councils."


def test_short_title_keeps_its_description_below() -> None:
    assert long_title_end("2    Declarations of interest", "     Members are asked.") is None
    row = "E.\tRevenue Estimates 2011/12 and Apportionment of the Levy between the Members."
    assert long_title_end(row, "\tCouncils.") is None  # the row ended its sentence
    row = "E.\tRevenue Estimates 2011/12 and Apportionment of the Levy between the Member"
    assert long_title_end(row, "\tThe Treasurer will present the figures to the meeting.") is None
    assert title_end_below(row, "") is None


def test_agenda_reads_the_wrapped_titles_whole() -> None:
    texts = [
        "1    Apologies for absence",
        "",
        "2    Harbour Dues – Review of the Charging Schedule and Exemptions for",
        "     Community Vessels                                      (Pages 3 - 10)",
        "",
        "3    Any other business",
    ]
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    assert [(i.code, i.title, i.pages) for i in part.items] == [
        ("1", "Apologies for absence", None),
        (
            "2",
            "Harbour Dues – Review of the Charging Schedule and Exemptions for Community Vessels",
            "3 - 10",
        ),
        ("3", "Any other business", None),
    ]


def test_a_flattened_pieces_title_stopped_open_ends_in_the_next_piece() -> None:
    assert (
        cut_title_end("6 Annual Review of", "Membership - Proportionality Rules 9 - 14")
        == "Membership - Proportionality Rules 9 - 14"
    )
    assert cut_title_end("6 Annual Review", "Membership - Proportionality Rules") is None
    assert cut_title_end("6 Review of", "Members: Cllr A, Cllr B and Cllr C") is None
