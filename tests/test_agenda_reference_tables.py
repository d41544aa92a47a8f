"""A parish's agenda table of running references with the year ("P001/24 | To receive
apologies | Chair"): each reference is an item's code, in its cell."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.agenda_items import Numbering, table_row

TABLE = (
    "Ref | Agenda Item | Lead |",
    "K001/25 | To receive apologies | Chair |",
    "K002/25 | To receive declarations of interest | Chair |",
    "K003/25 | To approve the minutes of the meeting held on 3 March 2025",
    "K004/25 | Planning applications | |",
    "K005/25 | To discuss the village hall lease | Clerk |",
    "K004/25contd | Planning applications",
)


def _items(texts: tuple[str, ...]) -> list[tuple[str, str]]:
    lines = [Line(0, "Agenda"), *(Line(k, t) for k, t in enumerate(texts, 1))]
    part = Part(DocumentKind.AGENDA, "Agenda", lines, Layout.AGENDA)
    parse_agenda(part, "agenda.txt", Diagnostics())
    return [(i.code, i.title) for i in part.items]


def test_a_running_reference_in_its_cell_is_the_item_s_code() -> None:
    row = table_row("K001/25 | To receive apologies | Chair |")
    assert row is not None and (row.code, row.title) == ("K001/25", "To receive apologies")


def test_a_row_that_lost_its_last_bars_keeps_its_reference_and_title() -> None:
    row = table_row("K003/25 | To approve the minutes of the meeting held on 3 March 2025")
    assert row is not None and row.code == "K003/25"
    assert table_row("Chair | apologies") is None  # one bar and no reference: no row


def test_an_item_carried_on_repeats_its_reference_once_only() -> None:
    numbering = Numbering()
    assert numbering.accepts("K004/25")
    assert numbering.accepts("K004/25contd")
    assert not numbering.accepts("K009/25contd")  # no such item above
    assert not numbering.accepts("K003/25")  # the references rise


def test_an_agenda_of_running_references_reads_every_item() -> None:
    codes = [code for code, _ in _items(TABLE)]
    assert codes == ["K001/25", "K002/25", "K003/25", "K004/25", "K005/25", "K004/25contd"]


def test_a_scottish_web_agenda_s_rows_and_lettered_papers() -> None:
    """A council's web agenda flattened into rows, "Number | Item" over "2 | TITLE
    Submit:-" and the papers to be submitted lettered in rows of their own, "(a) | Report
    by ...; View Papers": each row is an item, each lettered row a sub-item coded with its
    item's number, its closing stop or "; and" no part of its title. The rows' closing
    bars may be gone with the table's border."""
    rows = (
        "Number | Item |",
        "---|---|",
        "1 | MINUTES Submit:- |",
        "(a) | Minute of Meeting of Wyke Council held on 2 April 2031; View Papers |",
        "(b) | Minute Book 2031/2032; and |",
        "2 | BUS STATION REPAIRS (This item has been called in to Council by Councillors"
        " Ames and Irons) Submit:- |",
        "(a) | Extract of Minute of Meeting of the Transport Committee held on 6 March 2031;"
        " View Papers |",
        "(b) | Report by Director of Roads submitted to the meeting of the Transport"
        " Committee held on 6 March 2031. View Papers |",
    )
    expected = [
        ("1", "MINUTES"),
        ("1(a)", "Minute of Meeting of Wyke Council held on 2 April 2031"),
        ("1(b)", "Minute Book 2031/2032"),
        ("2", "BUS STATION REPAIRS"),
        ("2(a)", "Extract of Minute of Meeting of the Transport Committee held on 6 March 2031"),
        (
            "2(b)",
            "Report by Director of Roads submitted to the meeting of the Transport Committee"
            " held on 6 March 2031.",
        ),
    ]
    assert _items(rows) == expected
    assert _items(tuple(row.removesuffix(" |") for row in rows)) == expected
