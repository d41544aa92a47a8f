"""Minutes read in the genre's other forms reach their meeting page and the open data with
anchors that resolve: a session-numbered minute ("12/21") and one headed by its title
alone."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import CONTENT
from minutebook.pipeline import generate
from minutebook.rendering.data.open_data import archive_data

MINUTES = """\
MINUTES of a meeting of the Kent and Medway Police and Crime Panel held in the Council \
Chamber, Sessions House, County Hall, Maidstone on Tuesday, 14 September 2021.

PRESENT: Mr A Forde (Chairman), Cllr B Gill

12/21 Apologies for absence

There were none.

13/21. Budget Monitoring Report

RESOLVED: that the report be noted.
"""

BOLD = """\
MINUTES of a meeting of the Kent and Medway Police and Crime Panel held in the Council \
Chamber, Sessions House, County Hall, Maidstone on Tuesday, 9 November 2021.

PRESENT: Mr A Forde (Chairman), Cllr B Gill

**Apologies for Absence**

1.1 There were none.
"""


def test_session_numbered_minutes_get_anchors_that_resolve(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    for curated in CONTENT.glob("*.yaml"):
        shutil.copy(curated, content / curated.name)
    (content / "documents" / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    (content / "documents" / "minutes-bold.txt").write_text(BOLD, encoding="utf-8")
    result = generate(content, tmp_path / "pages", workers=1)
    data = archive_data(result.archive)
    minutes = [(m["number"], m["title"], m["resolution"], m["url"]) for m in data["minutes"]]
    assert [m[:3] for m in minutes] == [
        ("12/21", "Apologies for absence", None),
        ("13/21", "Budget Monitoring Report", "RESOLVED: that the report be noted."),
        (None, "Apologies for Absence", None),  # headed by its title alone: none printed
    ]
    paragraphs = [p["url"] for m in data["minutes"] for p in m["paragraphs"]]
    assert len(paragraphs) == 1
    for *_, url in [*minutes, *((p,) for p in paragraphs)]:
        page, anchor = url.split("#")
        assert "/" not in anchor
        text = (tmp_path / "pages" / f"{page.strip('/')}.md").read_text(encoding="utf-8")
        assert re.search(rf"\{{:? ?#{re.escape(anchor)} ?\}}", text), anchor
    assert [m["resolution_line"] for m in data["minutes"]] == [None, 11, None]
    bold = tmp_path / "pages" / "meetings" / "2021-11-09-kent-and-medway-police-and-crime-panel.md"
    assert "### Apologies for Absence {#minute-1}" in bold.read_text(encoding="utf-8")
