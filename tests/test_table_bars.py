"""A table's cell border closing nearly every line is the conversion's, not the text's
(quirk: table-bordered-lines)."""

from __future__ import annotations

from pathlib import Path

from minutebook.model import Line
from minutebook.parsing.cleaning import clean
from minutebook.parsing.table_bars import strip_table_bars

QUIRK = Path(__file__).parent / "fixtures" / "quirks" / "table-bordered-lines.txt"


def test_the_border_is_taken_off_every_line_numbers_kept() -> None:
    lines, _ = clean(QUIRK.read_text("utf-8"))
    texts = {line.number: line.text for line in lines}
    assert texts[5] == "Licensing Sub-Committee"
    assert texts[8] == "Wednesday 4 March 2009 at 10 am"
    assert not any(line.text.strip() == "|" for line in lines)


def test_a_few_barred_rows_in_a_paper_are_left() -> None:
    text = ["Report of the Treasurer", "| Year | Amount |", "| 2020 | 5 |"] + ["Text."] * 10
    lines = [Line(k + 1, t) for k, t in enumerate(text)]
    assert strip_table_bars(lines)[0] == lines


def test_markdown_table_rows_keep_their_bars() -> None:
    rows = ["| Name | Role |", "|---|---|"] + [f"| Member {n} | Councillor |" for n in range(12)]
    lines = [Line(k + 1, t) for k, t in enumerate(rows)]
    assert strip_table_bars(lines)[0] == lines


def test_label_cells_and_their_values_lose_their_bars_in_a_paper_of_text() -> None:
    """ "Date: |" over "Friday, 25th February, 2022 |", "1. |": stacked label cells; a
    boxed minute number ("41 |") keeps its bar for its own rule, and so does other text."""
    text = ["Notice of a public meeting of", "Date: |", "Friday, 25th February, 2022 |", "1. |"]
    text += ["Welcome and Apologies", "41 |", "Text ending in a bar |"] + ["Text."] * 10
    lines = [Line(k + 1, t) for k, t in enumerate(text)]
    assert [li.text for li in strip_table_bars(lines)[0][:7]] == [
        "Notice of a public meeting of",
        "Date:",
        "Friday, 25th February, 2022",
        "1.",
        "Welcome and Apologies",
        "41 |",
        "Text ending in a bar |",
    ]


def test_a_table_of_minutes_flattened_a_row_at_a_time_loses_its_bars() -> None:
    """quirk: table-numbered-rows ("2. | Election of Chairman:" over its text, " |")."""
    lines, _ = clean((QUIRK.parent / "table-numbered-rows.txt").read_text("utf-8"))
    texts = {line.number: line.text for line in lines}
    assert texts[4] == "2. Election of Chairman:"
    assert texts[5].endswith("elected unopposed.")
    assert (
        texts[3] == "1. All Councillors present signed their Declaration of Acceptance of Office."
    )


def test_two_numbered_rows_or_rows_out_of_order_keep_their_bars() -> None:
    two = [Line(1, "Report"), Line(2, "1. | Budget |"), Line(3, "2. | Staffing |")]
    assert strip_table_bars(two)[0] == two
    unordered = [Line(k + 1, f"{n}. | Row {n} |") for k, n in enumerate((4, 1, 7))]
    assert strip_table_bars(unordered)[0] == unordered
