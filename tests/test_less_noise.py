"""A meeting page says each thing once: the attendance header folds into a closed "as
printed" block under the structured attendance, and an item citation printed alone under
a heading that already shows it is not repeated."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import frontmatter
import pytest

from minutebook.model import Line
from minutebook.pipeline import generate
from minutebook.rendering.pages.as_printed import (
    attendance_as_printed,
    repeated_item_citation,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_only_a_citation_of_the_same_item_alone_on_its_line_is_dropped() -> None:
    lines = _lines("88. Apologies", "*(Item A2)*", "", "89. Budget", "", "(item b1).", "text")
    assert repeated_item_citation(lines, 1, "A2") == 2
    assert repeated_item_citation(lines, 4, "B1") == 6
    assert repeated_item_citation(lines, 1, "A3") is None  # another item: kept
    prose = _lines("90. Budget", "The plan was considered under (Item A5) last time.")
    assert repeated_item_citation(prose, 1, "A5") is None
    far = _lines("91. Budget", "", "", "", "(Item B1)")
    assert repeated_item_citation(far, 1, "B1") is None


def test_the_header_folds_from_its_first_to_its_last_attendance_line() -> None:
    lines = _lines("MINUTES of ...", "PRESENT: Cllr A", "", "ALSO PRESENT: Mr B", "", "1. Item")
    folded = attendance_as_printed(lines, {2, 4}, 6, {})
    assert set(folded) == {2, 3, 4}
    assert folded[2].startswith('<details class="mb-as-printed" markdown>')
    assert "PRESENT: Cllr A" in folded[2] and "ALSO PRESENT: Mr B" in folded[2]
    assert folded[3] == folded[4] == ""
    # attendance recorded inside a minute (apologies in minute 1) is not the header
    assert attendance_as_printed(lines, {7}, 6, {}) == {}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("noise")
    content = tmp / "content"
    (content / "documents").mkdir(parents=True)
    (content / "bodies.yaml").write_text("bodies: []\n", "utf-8")
    for name in ("minutes/item-code-on-its-own-line.txt", "attendance_rates/panel-2023-06.txt"):
        shutil.copy(FIXTURES / name, content / "documents" / Path(name).name)
    generate(content, tmp / "pages", workers=1)
    return tmp / "pages"


def test_an_item_code_is_shown_once(built: Path) -> None:
    [page] = (built / "meetings").glob("2023-04-04-*.md")
    text = frontmatter.load(page).content
    shown = re.sub(r"<[^>]+>", "", text)  # (the spans weighting numbers for search)
    assert "### 88. Apologies and Substitutes (Item A2)" in shown
    assert "### 89. Commissioner's Draft Budget (Item B1)" in shown
    assert not re.search(r"(?m)^\*?\(Item (A2|B1)\)\*?$", text)
    assert "considered under (Item A5)" in text  # a citation in a sentence stays


def test_the_printed_attendance_is_one_click_away(built: Path) -> None:
    page = built / "meetings" / "2023-06-15-wealdmoor-police-and-crime-panel.md"
    text = frontmatter.load(page).content
    structured = text.index("**Present:**")
    folded = re.search(r'<details class="mb-as-printed" markdown>\n(.*?)</details>', text, re.S)
    assert folded and structured < folded.start()
    assert "<summary>Attendance as printed</summary>" in folded[1]
    for printed in ("PRESENT: Cllr Harriet Venn", "ALSO PRESENT:", "IN ATTENDANCE:"):
        assert printed in folded[1]
        assert text.count(printed) == 1
