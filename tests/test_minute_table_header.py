"""A minutes table's column header flattened into its text (`strip_minute_table_headers`)."""

from __future__ import annotations

from conftest import QUIRKS
from minutebook.model import Line
from minutebook.parsing.cleaning import clean
from minutebook.parsing.minute_table_header import strip_minute_table_headers


def test_header_run_into_the_first_heading_and_a_page_break() -> None:
    lines = [
        Line(7, "Minute Report Business No. No. 204 APOLOGIES FOR ABSENCE"),
        Line(9, "The Treasurer reported the spending to date, in Minute Report Business No. No."),
        Line(10, "Minute Description/Decision Action No. By/Deadline PROCEDURAL ITEMS"),
    ]
    kept, furniture = strip_minute_table_headers(lines)
    assert [(x.number, x.text) for x in kept] == [
        (7, "204 APOLOGIES FOR ABSENCE"),
        (9, "The Treasurer reported the spending to date, in "),
        (10, "PROCEDURAL ITEMS"),
    ]
    assert [f.line.number for f in furniture] == [7, 9, 10]


def test_a_sentence_citing_a_minute_number_is_kept() -> None:
    lines = [
        Line(1, "Minute No. 5 of the last meeting was amended."),
        Line(2, "See Minute Report No. 12 for the Business."),
    ]
    kept, furniture = strip_minute_table_headers(lines)
    assert kept == lines and furniture == []


def test_the_quirk_fixture_reads_its_first_minute_and_whole_sentence() -> None:
    lines, furniture = clean((QUIRKS / "minutes-table-header-run-in.txt").read_text("utf-8"))
    texts = [x.text for x in lines]
    assert "2041 DECLARATIONS OF INTEREST" in texts
    assert any("end of July, in comparison with" in t for t in texts)
    assert [f.rule for f in furniture].count("minute-table-header") == 2
