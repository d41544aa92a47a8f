"""Attendance the minutes bear out: a member is expected at every meeting of the body with
minutes here from their first to their last known membership; not being recorded as
present counts as absent, and every rate states what it counts."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import frontmatter
import pytest

from minutebook.pipeline import generate

PANEL = Path(__file__).parent / "fixtures" / "attendance_rates"
BODY = "Wealdmoor Police and Crime Panel"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("attendance")
    content = tmp / "content"
    (content / "documents").mkdir(parents=True)
    (content / "bodies.yaml").write_text("bodies: []\n", "utf-8")
    (content / "people.yaml").write_text("people: []\n", "utf-8")
    for paper in PANEL.iterdir():
        shutil.copy(paper, content / "documents" / paper.name)
    generate(content, tmp / "pages", workers=1)
    return tmp / "pages"


def _rate(built: Path, person_id: str) -> tuple[int, int, str]:
    page = frontmatter.load(built / "people" / f"{person_id}.md").content
    found = re.search(r"present at (\d+) of (\d+) meetings? of the (.+?) \((\d+)%\)", page)
    assert found, page
    return int(found[1]), int(found[2]), found[3]


def test_a_member_who_misses_a_meeting_without_apologies_is_not_full(built: Path) -> None:
    """Cllr Venn chairs the first and last meetings and is not named at the second."""
    present, expected, said = _rate(built, "harriet-venn")
    assert (present, expected) == (2, 3)
    assert said == f"{BODY} between 15 June 2023 and 8 February 2024"
    years = "\n".join(
        frontmatter.load(p).content
        for p in sorted((built / "people" / "harriet-venn").glob("*.md"))
    )
    assert "| Absent (not recorded as present) |" in years


@pytest.mark.parametrize(
    ("person_id", "present", "expected"),
    [
        ("owen-talbot", 3, 3),  # present at every meeting
        ("priya-lakhani", 1, 3),  # apologies; then a question put when she was not present
        ("ruth-ingle", 2, 3),  # first known by her apologies: expected from then
        ("graham-otway", 2, 3),  # last known by his apologies: expected until then
        ("simon-reade", 2, 2),  # an officer is counted only where the minutes name him
    ],
)
def test_the_denominator_is_every_meeting_of_the_span(
    built: Path, person_id: str, present: int, expected: int
) -> None:
    assert _rate(built, person_id)[:2] == (present, expected)


def test_each_square_of_the_chart_carries_its_meeting_and_date(built: Path) -> None:
    svg = ET.fromstring((built / "people" / "harriet-venn" / "attendance.svg").read_text("utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    labels = [g.get("aria-label") for g in svg.iter(f"{ns}g")]
    assert labels == [
        f"{BODY}, 15 June 2023: present",
        f"{BODY}, 12 October 2023: a member then, not recorded as present",
        f"{BODY}, 8 February 2024: present",
    ]
    years = [t.text for t in svg.iter(f"{ns}text") if t.get("class") == "y"]
    assert years == ["2023", "2024"]


def test_the_body_page_lists_current_members_with_their_attendance(built: Path) -> None:
    """The newest agenda's membership, grouped by what they represent, each with a rate;
    Cllr Lakhani, whom it no longer lists, is not a current member."""
    page = frontmatter.load(built / "bodies" / "wealdmoor-police-and-crime-panel.md").content
    current = page.split("## Current members", 1)[1].split("\n## ", 1)[0]
    assert "6 June 2024" in current
    groups = re.findall(r"^\*\*(.+)\*\*$", current, re.M)
    assert len(groups) == 3 and "Fernbridge District Council" in groups[0], groups
    assert "Priya Lakhani" not in current
    venn = next(line for line in current.splitlines() if "Harriet Venn" in line)
    assert "present at 2 of 3 meetings" in venn
    assert current.index("Fernbridge District Council") < current.index("Wealdmoor County Council")
