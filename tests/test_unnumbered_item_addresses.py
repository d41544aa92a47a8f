"""An agenda item printed without a number (a web agenda whose number column was lost) is
anchored by its title and named by its title alone: no "item-" anchor, no ". Title"."""

from __future__ import annotations

import shutil
from pathlib import Path

from minutebook.errors import Diagnostics
from minutebook.pipeline import read_archive

ZOO = Path(__file__).parent / "fixtures" / "zoo"
PAPER = "agenda-web-page-items-table-numbers-lost.txt"


def _items(tmp_path: Path, name: str) -> list[tuple[str, str, str, str]]:
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    (content / "bodies.yaml").write_text("bodies: []\n", "utf-8")
    (content / "people.yaml").write_text("people: []\n", "utf-8")
    shutil.copy(ZOO / PAPER, content / "documents" / name)
    archive, _ = read_archive(content, Diagnostics())
    [meeting] = archive.meetings.values()
    return [(i.id.removeprefix(meeting.id), i.label, i.cited, i.headline) for i in meeting.items]


def test_an_unnumbered_item_is_anchored_and_named_by_its_title(tmp_path: Path) -> None:
    items = _items(tmp_path, "paper.txt")
    unnumbered = [i for i in items if not i[1][:1].isdigit()]
    assert ("-item-election-of-mayor", "Election of Mayor") in [i[:2] for i in unnumbered]
    assert ("item Election of Mayor", "Item: Election of Mayor") in [i[2:] for i in unnumbered]
    for anchor, label, cited, headline in items:
        assert anchor.startswith("-item-") and len(anchor) > len("-item-"), anchor
        assert not label.startswith("."), label
        assert "  " not in cited and not headline.startswith("Item :"), headline
    assert len({i[0] for i in items}) == len(items)  # every anchor its own


def test_the_anchors_do_not_depend_on_the_file_name(tmp_path: Path) -> None:
    first = _items(tmp_path / "a", "paper.txt")
    assert _items(tmp_path / "b", "zz-another-name.txt") == first
