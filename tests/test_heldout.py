"""The held-out set (tests/fixtures/heldout/): twelve papers of the genre, written and
annotated by hand, that no reading rule is tuned against (see its annotations/README.md).
It has no floors: these tests check that every paper parses, keeps every source line in
exactly one part, and files no meeting under a curated body, and they print the F1 per
category so a new rule can be measured on papers it has never seen."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from benchmark_scripts import benchmark
from minutebook.model import Archive, SourceDocument

accuracy = benchmark("accuracy")

HELDOUT: Path = accuracy.REPO / "tests" / "fixtures" / "heldout"


def heldout_files() -> list[str]:
    return sorted(p.name for p in HELDOUT.glob("*.txt"))


@pytest.fixture(scope="module")
def heldout(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, list[SourceDocument], Archive]:
    content: Path
    content, documents, archive = accuracy.read_zoo(HELDOUT, tmp_path_factory.mktemp("heldout"))
    return content, documents, archive


def test_the_set_is_twelve_annotated_papers_of_their_own() -> None:
    """Eight minutes and four agendas, each annotated with its layout, none a zoo paper."""
    files = heldout_files()
    assert len(files) == 12
    annotated = {g["document"]: g for g in accuracy.zoo_annotations(HELDOUT)}
    assert set(annotated) == set(files)
    kinds = sorted(g["parts"][0]["kind"] for g in annotated.values())
    assert kinds == ["agenda"] * 4 + ["minutes"] * 8
    zoo = {p.name for p in accuracy.ZOO.glob("*.txt")}
    assert not zoo & set(files)
    for name, golden in annotated.items():
        assert golden.get("layout"), name
        for category in accuracy.ZOO_CATEGORIES:
            if category != "bodies":
                assert isinstance(golden.get(category), list), (name, category)
        lines = (HELDOUT / name).read_text(encoding="utf-8").count("\n")
        assert 40 <= lines <= 150, (name, lines)
    layouts = [g["layout"] for g in annotated.values()]
    assert len(set(layouts)) == len(layouts), "each paper is in a layout of its own"


@pytest.mark.parametrize("name", heldout_files())
def test_every_heldout_file_parses_and_keeps_every_line(
    heldout: tuple[Path, list[SourceDocument], Archive], name: str
) -> None:
    _, documents, _ = heldout
    [document] = [d for d in documents if d.file == name]
    assert document.parts, name
    # every source line lands in exactly one part, in order
    assert [line for part in document.parts for line in part.lines] == document.lines


def test_no_heldout_meeting_is_filed_under_a_curated_body(
    heldout: tuple[Path, list[SourceDocument], Archive],
) -> None:
    """Every held-out body is one of its own: none may resolve to a body of
    content/bodies.yaml (the Kent panel, or any other curated id)."""
    content, _, archive = heldout
    known = {body_id for body_id, _ in accuracy.load_bodies(content)}
    assert known, "content/bodies.yaml names no body"
    for golden in accuracy.zoo_annotations(HELDOUT):
        assert not any(m.get("body_id") for m in golden["meetings"]), golden["document"]
    filed = accuracy.archive_bodies(archive)
    wrong = [
        (file, meeting["body_id"], str(meeting["date"]))
        for file, meetings in filed.items()
        for meeting in meetings
        if meeting["body_id"] in known
    ]
    assert not wrong


def test_print_the_heldout_f1_per_category(
    heldout: tuple[Path, list[SourceDocument], Archive],
) -> None:
    """No floors: the F1 per category and per layout, printed for whoever measures a rule
    (`pytest -s tests/test_heldout.py`). Only the bookkeeping is checked."""
    content, documents, archive = heldout
    measured = accuracy.compare_zoo(documents, archive, HELDOUT, content)
    print("\nheld-out set:\n" + accuracy.table(measured.overall))
    print(accuracy.layout_table(measured))
    assert set(measured.overall) == set(accuracy.ZOO_CATEGORIES)
    for category, tally in measured.overall.items():
        assert tally.matched <= min(tally.annotated, tally.found), category
        assert len(tally.misses) == tally.annotated - tally.matched, category
        assert len(tally.extras) == tally.found - tally.matched, category
    assert measured.overall["minutes"].annotated > 0
    assert measured.overall["agenda_items"].annotated > 0


def test_the_benchmark_measures_another_folder(tmp_path: Path) -> None:
    """`accuracy.py --zoo --zoo-dir DIR --results FILE` measures DIR like the zoo and writes
    its results where asked; without --results they go beside the zoo's, named after DIR."""
    results = tmp_path / "heldout.json"
    assert accuracy.main(["--zoo", "--zoo-dir", str(HELDOUT), "--results", str(results)]) == 0
    report: dict[str, Any] = json.loads(results.read_text(encoding="utf-8"))
    annotated = sum(len(g["minutes"]) for g in accuracy.zoo_annotations(HELDOUT))
    assert report["categories"]["minutes"]["annotated"] == annotated
    assert set(report["layouts"]) == {g["layout"] for g in accuracy.zoo_annotations(HELDOUT)}
    default = accuracy.zoo_results(HELDOUT)
    assert default.name == "accuracy-heldout.json"
    assert default.parent == accuracy.ZOO_RESULTS.parent
    assert accuracy.zoo_results(accuracy.ZOO) == accuracy.ZOO_RESULTS


def test_a_folder_without_annotations_is_refused(tmp_path: Path) -> None:
    (tmp_path / "paper.txt").write_text("MINUTES\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="annotations"):
        accuracy.main(["--zoo", "--zoo-dir", str(tmp_path), "--results", str(tmp_path / "r")])
