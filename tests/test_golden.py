"""Snapshot (golden) tests: one page of each type, compared byte for byte.

When a change to parsing or rendering changes a page on purpose, regenerate with
`make golden` (MINUTEBOOK_UPDATE_GOLDEN=1 pytest tests/test_golden.py) and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import CONTENT
from minutebook.pipeline import generate

GOLDEN = Path(__file__).parent / "golden"
PAGES = [
    "index.md",
    "meetings/index.md",
    "meetings/2024-10-10-kent-and-medway-police-and-crime-panel.md",
    "meetings/2024-12-18-kent-and-medway-police-and-crime-panel.md",
    "documents/2024-12-18-road-safety.md",
    "documents/2022-12-06-appointment-of-chief-constable/appendix-h.md",
    "people/mike-hill.md",
    "people/mike-hill/2024.md",
    "meetings/2022.md",
    "organisations/swale-borough-council.md",
    "bodies/performance-and-delivery-board.md",
    "meetings/2022-09-27-kent-and-medway-police-and-crime-panel.md",
    "documents/2022-12-06-kent-and-medway-violence-reduction-unit-update/appendix-a.md",
]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("golden") / "pages"
    generate(CONTENT, out)
    return out


@pytest.mark.parametrize("page", PAGES)
def test_page_matches_golden(pages: Path, page: str) -> None:
    actual = (pages / page).read_text("utf-8")
    golden = GOLDEN / page
    if os.environ.get("MINUTEBOOK_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden}; run make golden"
    assert actual == golden.read_text("utf-8"), (
        f"{page} differs from {golden}; review, then make golden"
    )
