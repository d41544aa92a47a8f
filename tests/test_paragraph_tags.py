"""A paragraph's HTML tags round a line are markup: the line is read without them."""

from __future__ import annotations

from pathlib import Path

from minutebook.errors import Diagnostics
from minutebook.model import Line
from minutebook.parsing import parse_document
from minutebook.parsing.cleaning import clean
from minutebook.parsing.paragraph_tags import unwrap_paragraph_tags, unwrapped
from minutebook.parsing.reading import SourceText


def test_a_heading_wrapped_in_paragraph_tags_is_read_as_its_text() -> None:
    assert unwrapped("<p>4 DECLARATIONS OF INTEREST</p>") == "4 DECLARATIONS OF INTEREST"


def test_a_paragraph_over_several_lines_loses_each_end_tag_on_its_own_line() -> None:
    lines = [
        Line(1, "<p>PRESENT: Cllrs A Brook, C Dale"),
        Line(2, "APOLOGIES: Cllr E Fenn</p>"),
        Line(3, '<p class="body">The Clerk read the notice.</p>'),
    ]
    out, furniture = unwrap_paragraph_tags(lines)
    assert [(line.number, line.text) for line in out] == [
        (1, "PRESENT: Cllrs A Brook, C Dale"),
        (2, "APOLOGIES: Cllr E Fenn"),
        (3, "The Clerk read the notice."),
    ]
    assert furniture == []


def test_the_indent_before_the_tag_is_kept() -> None:
    assert unwrapped("   <p>(a) the budget</p>") == "   (a) the budget"


def test_a_line_holding_another_tag_keeps_its_markup_for_the_cell_rules() -> None:
    cell = "<p>Officers:</p> <ul><li>G Hale - Clerk</li></ul>"
    assert unwrapped(cell) is None
    assert unwrapped("<p>One</p> <p>Two</p>") is None


def test_a_line_without_paragraph_tags_is_left_alone() -> None:
    assert unwrapped("RESOLVED that the report be noted.") is None
    assert unwrapped("Spend < budget by 4%") is None
    assert unwrapped("<b>Bold heading</b>") is None


def test_cleaning_reads_a_wrapped_numbered_heading_as_a_heading_line() -> None:
    lines, _ = clean("<p>2 DECLARATIONS OF INTEREST</p>\n<p>None were made.</p>")
    assert [line.text for line in lines] == ["2 DECLARATIONS OF INTEREST", "None were made."]


QUIRK = Path(__file__).parent / "fixtures" / "quirks" / "paragraph-tags.txt"


def test_a_paper_kept_in_paragraph_tags_reads_its_minutes_and_attendance() -> None:
    text = QUIRK.read_text("utf-8")
    document = parse_document(SourceText(file="f.txt", sha256="0", text=text), Diagnostics())
    (part,) = document.parts
    assert [(m.number, m.title) for m in part.minutes] == [
        ("1", "DECLARATIONS OF INTEREST"),
        ("2", "MINUTES"),
        ("3", "BUDGET 2016/17"),
    ]
    assert [(a.role.value, a.as_written) for a in part.attendance][-2:] == [
        ("apologies", "J Kerr"),
        ("apologies", "L Moss"),
    ]
    assert "<p>" not in " ".join(a.as_written for a in part.attendance)


def test_paragraphs_run_together_on_one_line_are_parted_a_line_each() -> None:
    """A host that stored the paper as HTML on one line: each paragraph on a line of its
    own (a blank line between), all keeping the source line's number."""
    text = "<p>Minutes of the meeting </p><p>Present: Cllr A Brook </p> <p>1. APOLOGIES</p>"
    line = Line(1, text)
    out, _ = unwrap_paragraph_tags([line])
    assert [(li.number, li.text) for li in out] == [
        (1, "Minutes of the meeting"),
        (1, ""),
        (1, "Present: Cllr A Brook"),
        (1, ""),
        (1, "1. APOLOGIES"),
    ]


def test_table_cells_apart_by_tabs_stay_one_row() -> None:
    row = "<p>3</p>\t<p>Minutes of the meeting held on 16 June 2021</p>\t<p>1 - 8</p>"
    out, _ = unwrap_paragraph_tags([Line(7, row)])
    assert [li.text for li in out] == [row]
