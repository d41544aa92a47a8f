"""A web agenda's link label around an item's title (`without_link_label`)."""

from __future__ import annotations

import pytest

from minutebook.parsing.agenda_items import coded_line, sub_item_line
from minutebook.parsing.agenda_link_labels import without_link_label


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "icon Housing Strategy Review [250Kb] - Report by the Director",
            "Housing Strategy Review",
        ),
        ("pdf icon Annual Accounts 2011/12 (1.2Mb)", "Annual Accounts 2011/12"),
        ("icon 2025 Boundary Review", "2025 Boundary Review"),
        ("pdf Tree Preservation Orders (41Kb)", "Tree Preservation Orders"),
        ("PDF Accessibility Statement", "PDF Accessibility Statement"),
        ("Budget - Report of the Treasurer", "Budget - Report of the Treasurer"),
        ("Reservoir Capacity to 30 Mb", "Reservoir Capacity to 30 Mb"),  # no brackets
        ("icons of the Town", "icons of the Town"),
        (
            "Minute of Meeting of 4 May 2026 for noting (PDF, 88 KB)",
            "Minute of Meeting of 4 May 2026 for noting",
        ),
        ("Play Strategy (PDF, 1.2 MB) (copy herewith)", "Play Strategy"),
        ("Budget (DOCX, 40 KB) - Report by the Treasurer", "Budget"),
        ("Grants (copy herewith)", "Grants (copy herewith)"),  # no size: no label
        ("Minutes (PDF, 88 KB) Finance", "Minutes (PDF, 88 KB) Finance"),
    ],
)
def test_link_label_around_a_title(text: str, title: str) -> None:
    assert without_link_label(text) == title


def test_an_item_line_with_its_link_label_and_description() -> None:
    line = coded_line(
        "4.    icon Road Safety Plan [310Kb] - Report by the Director (copy herewith 12/31)"
        " (Pages 9-20)"
    )
    assert line is not None and (line.code, line.title, line.pages) == (
        "4",
        "Road Safety Plan",
        "9 - 20",
    )


def test_an_item_line_with_its_file_type_alone_before_the_title() -> None:
    """CMIS prints "pdf" before the linked title and the file's size after it."""
    line = coded_line("7 pdf Minutes (87Kb)")
    assert line is not None and (line.code, line.title) == ("7", "Minutes")


def test_a_sub_item_with_its_file_type_and_size() -> None:
    """A web agenda's sub-item carries the label too: "(PDF, 88 KB) (copy herewith)"."""
    line = sub_item_line(
        "(i) Minute of Meeting of 4 May 2026 (PDF, 88 KB) (copy herewith)", "4", None
    )
    assert line is not None and (line.code, line.title) == (
        "4(i)",
        "Minute of Meeting of 4 May 2026",
    )
