"""A lead's cell of a word or two beside an item's title, at the columns the agenda's longer
rows share (`_short_cell_row` in `agenda_beside`); invented examples."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_beside import titles_beside_descriptions


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def _titles(*texts: str) -> list[tuple[str, str]]:
    part = Part(kind=DocumentKind.AGENDA, title="", lines=_lines(*texts), layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [(i.code, i.title) for i in part.items]


ROWS = (
    "1.    Welcome and apologies                         Chair",
    "2.    Minutes of the meeting held on 4 March 2024   Chair",
    "3.    Treasury management outturn 2023/24           Director of Finance",
    "4.    Internal audit annual opinion                 Head of Internal Audit",
    "5.    Code of conduct complaints                    Monitoring Officer",
    "6.    Work programme                                Clerk",
)


def test_every_row_of_the_layout_loses_its_lead() -> None:
    assert _titles(*ROWS) == [
        ("1", "Welcome and apologies"),
        ("2", "Minutes of the meeting held on 4 March 2024"),
        ("3", "Treasury management outturn 2023/24"),
        ("4", "Internal audit annual opinion"),
        ("5", "Code of conduct complaints"),
        ("6", "Work programme"),
    ]


def test_a_short_cell_row_is_cut_into_cells() -> None:
    out = titles_beside_descriptions(_lines(*ROWS))
    assert out[0].text == "1\tWelcome and apologies\tChair"
    assert out[4].text == "5\tCode of conduct complaints\tMonitoring Officer"


def test_short_cells_alone_make_no_layout() -> None:
    rows = (
        "1.    Welcome and apologies                         Chair",
        "2.    Work programme                                Clerk",
    )
    assert [line.text for line in titles_beside_descriptions(_lines(*rows))] == list(rows)


def test_a_short_cell_at_another_column_is_left() -> None:
    rows = (*ROWS[2:5], "6.    Work programme      Clerk")
    out = titles_beside_descriptions(_lines(*rows))
    assert out[-1].text == "6.    Work programme      Clerk"
