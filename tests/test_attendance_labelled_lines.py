"""An attendance label and its names in a paragraph of their own head no minute."""

from __future__ import annotations

import pytest

from minutebook.model import Line
from minutebook.parsing.attendance_labelled_lines import labelled_names
from minutebook.parsing.minute_headings import spaced_unnumbered


@pytest.mark.parametrize(
    "text",
    [
        "Officers Present: Dai Hart and Eve Pym.",
        "Apologies: Councillors Fay Ward and Gil Yorke.",
        "Present: Cllr A Reid (Chairman), Cllr B Moss.",
    ],
)
def test_a_label_with_its_names(text: str) -> None:
    assert labelled_names(text)
    lines = [Line(1, ""), Line(2, text), Line(3, "")]
    assert spaced_unnumbered(lines, 1, "") is None


@pytest.mark.parametrize(
    "text", ["Apologies for Absence: None", "Apologies for Absence", "Present: the Chairman"]
)
def test_no_names_no_block(text: str) -> None:
    assert not labelled_names(text)


def test_a_plain_title_is_still_a_title() -> None:
    lines = [Line(1, ""), Line(2, "Town Centre Parking"), Line(3, "")]
    assert spaced_unnumbered(lines, 1, "") is not None
