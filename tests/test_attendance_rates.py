"""Attendance the minutes bear out: a member is expected at every meeting of the body with
minutes here from their first to their last known membership; not being recorded as
present counts as absent, and every rate states what it counts."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

import frontmatter
import pytest
import yaml

from benchmark_scripts import benchmark
from conftest import CONTENT
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


#: How a person's year pages word what the minutes say of them at a meeting.
STATUS_WORDS = {"Present": "present", "Present as a substitute": "present",
                "Apologies": "apologies", "Absent (not recorded as present)": "absent"}  # fmt: skip
PRESENT = {"present", "also_present", "in_attendance", "substitute"}


def _annotated_roles(data: dict[str, Any]) -> dict[tuple[str, str], set[str]]:
    """(meeting, person) -> the roles the hand annotation of the five documents
    (tests/annotations/) gives them, through the archive's entry for the same printed name
    on the same line. An entry the annotation lacks counts only if it is an item's own
    attendance ("... attended for this item") whose name is printed on its line."""
    accuracy = benchmark("accuracy")
    annotated: set[tuple[str, int, str, str]] = set()
    for file in sorted(accuracy.ANNOTATIONS.glob("*.yaml")):
        annotation = yaml.safe_load(file.read_text("utf-8"))
        for a in annotation["attendance"] or []:
            annotated.add(
                (annotation["document"], a["line"], a["role"], accuracy.norm_name(a["name"]))
            )
    sources = {d["id"]: d["source_file"] for d in data["documents"]}
    texts = {
        f: (CONTENT / "documents" / f).read_text("utf-8").splitlines()
        for f in set(sources.values())
    }
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    matched = set()
    for entry in data["attendance"]:
        file = sources[entry["document"]]
        key = (file, entry["line"], entry["role"], accuracy.norm_name(entry["as_written"]))
        if key not in annotated:
            assert entry["minute"] and entry["as_written"] in texts[file][entry["line"] - 1], entry
        matched.add(key)
        roles[entry["meeting"], entry["person"]].add(entry["role"])
    assert not annotated - matched, f"annotated, not in the archive: {annotated - matched}"
    return roles


def _status(roles: set[str]) -> str:
    if roles & PRESENT:
        return "present"
    return "apologies" if "apologies" in roles else "absent"


def test_rates_match_the_minutes_for_every_member_of_the_five_documents(
    tmp_path: Path,
) -> None:
    """Every person with a rate: each meeting their year pages count says what the hand
    annotation of the minutes says of them, every meeting the minutes record them at is
    counted, and the rate's figures are those rows."""
    generate(CONTENT, tmp_path / "pages", workers=1)
    data = json.loads((tmp_path / "pages" / "data" / "archive.json").read_text("utf-8"))
    roles = _annotated_roles(data)
    meetings = {m["id"]: m for m in data["meetings"]}
    bodies = {b["id"]: b["name"] for b in data["bodies"]}
    checked = 0
    for person in data["people"]:
        pid = person["id"]
        home = frontmatter.load(tmp_path / "pages" / "people" / f"{pid}.md").content
        year_pages = sorted((tmp_path / "pages" / "people" / pid).glob("*.md"))
        years = "\n".join(frontmatter.load(p).content for p in year_pages)
        rows = re.findall(
            r"^\| \[[^]]*\]\([./]*meetings/([^).]+)\.md#minutes\) \| ([^|]+?) \|", years, re.M
        )
        rates = re.findall(
            r"present at (\d+) of (\d+) meetings? of the (.+?) (?:on|between) ", home
        )
        sat = {(m, _status(r)) for (m, p), r in roles.items() if p == pid}
        for meeting, said in rows:
            assert (meeting, STATUS_WORDS[said]) in sat or (
                STATUS_WORDS[said] == "absent" and not {s for m, s in sat if m == meeting}
            ), (pid, meeting, said)
        assert {m for m, s in sat if s == "present"} <= {m for m, _ in rows}, pid
        for present, total, body in rates:
            counted = [(m, s) for m, s in rows if bodies[meetings[m]["body"]] == body]
            assert int(total) == len(counted), (pid, body, counted)
            assert int(present) == sum(STATUS_WORDS[s] == "present" for _, s in counted), pid
            checked += 1
    assert checked >= 40, f"only {checked} rates checked"
