"""The third held-out set (tests/fixtures/heldout3/): eleven papers written blind to the
readers, the zoo and the earlier held-out sets, not yet measured and never tuned against.
Here only what must hold whatever the reading: every paper parses, every line lands in one
part, no body is filed under a curated one."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark_scripts import benchmark
from minutebook.model import Archive, SourceDocument

accuracy = benchmark("accuracy")

HELDOUT3: Path = accuracy.REPO / "tests" / "fixtures" / "heldout3"


@pytest.fixture(scope="module")
def heldout3(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[SourceDocument], Archive]:
    _, documents, archive = accuracy.read_zoo(HELDOUT3, tmp_path_factory.mktemp("heldout3"))
    return documents, archive


def test_every_paper_parses_and_keeps_every_line(
    heldout3: tuple[list[SourceDocument], Archive],
) -> None:
    documents, _ = heldout3
    assert len(documents) == len(list(HELDOUT3.glob("*.txt"))) == 11
    for document in documents:
        assert document.parts, document.file
        assert [line for part in document.parts for line in part.lines] == document.lines


def test_every_paper_has_its_annotation() -> None:
    papers = {path.stem for path in HELDOUT3.glob("*.txt")}
    annotations = {path.stem for path in (HELDOUT3 / "annotations").glob("*.yaml")}
    assert papers == annotations


def test_no_meeting_is_filed_under_a_curated_body(
    heldout3: tuple[list[SourceDocument], Archive],
) -> None:
    _, archive = heldout3
    curated = {"kent-and-medway-police-and-crime-panel", "performance-and-delivery-board"}
    assert not {m.body for m in archive.meetings.values()} & curated
