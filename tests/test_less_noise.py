"""A meeting page says each thing once: the attendance header folds into a closed "as
printed" block under the structured attendance, and an item citation printed alone under
a heading that already shows it is not repeated."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import frontmatter
import pytest

from minutebook.model import (
    AttendanceFacts,
    AttendanceHeaderBlock,
    AttendanceRole,
    DocumentKind,
    Layout,
    Line,
    MinuteFacts,
    Part,
)
from minutebook.parsing.blocks import part_blocks
from minutebook.parsing.record_lines import attendance_header, item_citation
from minutebook.pipeline import generate
from minutebook.rendering.pages.body import Dressing, render_blocks

FIXTURES = Path(__file__).parent / "fixtures"


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_only_a_citation_alone_on_its_line_under_a_heading_is_read() -> None:
    lines = _lines("88. Apologies", "*(Item A2)*", "", "89. Budget", "", "(item b1).", "text")
    first = item_citation(lines, 0, 1)
    assert first is not None and (first.line.number, first.heading, first.code) == (2, 1, "A2")
    second = item_citation(lines, 3, 4)
    assert second is not None and (second.line.number, second.code) == (6, "b1")
    prose = _lines("90. Budget", "The plan was considered under (Item A5) last time.")
    assert item_citation(prose, 0, 1) is None
    far = _lines("91. Budget", "", "", "", "(Item B1)")
    assert item_citation(far, 0, 1) is None


def test_a_citation_is_dropped_only_under_a_heading_that_shows_its_item() -> None:
    citation = item_citation(_lines("88. Apologies", "*(Item A2)*"), 0, 1)
    assert citation is not None
    assert render_blocks([citation], Dressing(shown_codes={1: "a2"})) == "\n"
    assert "(Item A2)" in render_blocks([citation], Dressing(shown_codes={1: "A3"}))
    assert "(Item A2)" in render_blocks([citation])  # a page showing no heading keeps it


def test_the_header_folds_from_its_first_to_its_last_attendance_line() -> None:
    lines = _lines(
        "MINUTES of ...", "PRESENT: Cllr A", "", "ALSO PRESENT: Mr B", "", "1. Item", "x"
    )
    present = [
        AttendanceFacts(AttendanceRole.PRESENT, "Cllr A", None, 2),
        AttendanceFacts(AttendanceRole.ALSO_PRESENT, "Mr B", None, 4),
    ]
    minute = MinuteFacts("1", "Item", None, 6, 7)
    part = Part(DocumentKind.MINUTES, "", lines, Layout.MINUTES, attendance=present)
    part.minutes = [minute]
    assert attendance_header(part, []) == (2, 4)
    assert attendance_header(part, [3]) is None  # a line a record of its own stands for
    blocks = part_blocks(part)
    assert [type(b) for b in blocks].count(AttendanceHeaderBlock) == 1
    folded = render_blocks(blocks, Dressing(fold_attendance=True))
    assert '<details class="mb-as-printed" markdown>' in folded
    assert folded.index("PRESENT: Cllr A") < folded.index("ALSO PRESENT: Mr B")
    assert folded.index("ALSO PRESENT: Mr B") < folded.index("</details>")
    shown = render_blocks(blocks)  # a page that does not show the attendance
    assert "<details" not in shown and "PRESENT: Cllr A" in shown
    # attendance recorded inside a minute (apologies in minute 1) is not the header
    part.attendance = [AttendanceFacts(AttendanceRole.APOLOGIES, "Cllr C", None, 7)]
    assert attendance_header(part, []) is None


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
