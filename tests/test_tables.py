"""Tab-separated tables: which have a header row, and how a table without one renders."""

from __future__ import annotations

from conftest import quirk_lines, render_lines
from minutebook.parsing.cleaning import clean
from minutebook.parsing.tables import first_row_is_header


def _tables(name: str) -> list[list[list[str]]]:
    tables: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in quirk_lines(name):
        if "\t" in line.text:
            current.append([c.strip() for c in line.text.split("\t")])
        elif current:
            tables.append(current)
            current = []
    return tables + ([current] if current else [])


def test_first_rows_that_are_data_and_first_rows_that_are_headers() -> None:
    contents, programme, election, board_notes, detentions = _tables("headerless-tables.txt")
    assert not first_row_is_header(contents)  # "Introduction" 3: a row like the others
    assert not first_row_is_header(programme)  # "PCC" recurs below: not a label
    assert not first_row_is_header(election)  # columns empty throughout
    assert not first_row_is_header(board_notes)  # "Title:" / "Date & time:"
    assert first_row_is_header(detentions)  # years over "Jan 146"


def test_figure_tables_keep_their_header_row(real_archive) -> None:
    """Every table of figures (three or more columns, figures below the first row) in the
    documents has a header row of labels: the rule never takes a real header for data."""
    _, documents, _ = real_archive
    tables = 0
    for source in documents:
        rows: list[list[str]] = []
        for line in [*source.text.split("\n"), ""]:
            if "\t" in line:
                rows.append([c.strip() for c in line.split("\t")])
                continue
            wide = rows and max(len(r) for r in rows) > 2
            if (
                wide
                and len(rows) > 2
                and sum(c[:1].isdigit() for r in rows[1:] for c in r[1:]) > 10
            ):
                assert first_row_is_header(rows), rows[0]
                tables += 1
            rows = []
    assert tables == 18  # the figure tables of the five documents


def test_a_table_without_a_header_renders_as_a_list_with_every_cell() -> None:
    lines, _ = clean("\n".join(line.text for line in quirk_lines("headerless-tables.txt")))
    markdown = render_lines(lines)
    assert "- Introduction — 3" in markdown
    assert "- Draft Plan and Precept Proposal — Statutory Requirement — PCC" in markdown
    assert "- Title: Bespoke HMICFRS PEEL Inspection - Performance and Delivery Board" in markdown
    assert "\nElection of Chair\n" in markdown  # trailing tabs are whitespace: no table
    assert "| 2020 | 2021 | 2022 |\n|---|---|---|\n| Jan 146 |" in markdown
    assert "| Introduction |" not in markdown
