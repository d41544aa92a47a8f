"""The sixth held-out set (tests/fixtures/heldout6/): eight papers written blind to the
readers, the zoo and the earlier held-out sets, to be measured once and not tuned against. Its
figures will be in docs/benchmarks.md; here only what must hold whatever the reading: every
paper parses, every line lands in one part, no body is filed under a curated one."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark_scripts import benchmark
from minutebook.model import Archive, SourceDocument

accuracy = benchmark("accuracy")

HELDOUT6: Path = accuracy.REPO / "tests" / "fixtures" / "heldout6"


@pytest.fixture(scope="module")
def heldout6(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[SourceDocument], Archive]:
    _, documents, archive = accuracy.read_zoo(HELDOUT6, tmp_path_factory.mktemp("heldout6"))
    return documents, archive


def test_every_paper_parses_and_keeps_every_line(
    heldout6: tuple[list[SourceDocument], Archive],
) -> None:
    documents, _ = heldout6
    assert len(documents) == len(list(HELDOUT6.glob("*.txt"))) == 8
    for document in documents:
        assert document.parts, document.file
        assert [line for part in document.parts for line in part.lines] == document.lines


def test_no_meeting_is_filed_under_a_curated_body(
    heldout6: tuple[list[SourceDocument], Archive],
) -> None:
    _, archive = heldout6
    curated = {"kent-and-medway-police-and-crime-panel", "performance-and-delivery-board"}
    assert not {m.body for m in archive.meetings.values()} & curated


def test_every_paper_has_its_annotation() -> None:
    papers = {p.stem for p in HELDOUT6.glob("*.txt")}
    annotations = {p.stem for p in (HELDOUT6 / "annotations").glob("*.yaml")}
    assert papers == annotations
