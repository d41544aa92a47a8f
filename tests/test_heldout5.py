"""The fifth held-out set (tests/fixtures/heldout5/): ten papers written blind to the
readers, the zoo and the earlier held-out sets' papers; not yet measured, and not to be
tuned against (its README says how to use it). Here only what must hold whatever the
reading: every paper parses and has its annotation, every line lands in one part, no
body is filed under a curated one."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark_scripts import benchmark
from minutebook.model import Archive, SourceDocument

accuracy = benchmark("accuracy")

HELDOUT5: Path = accuracy.REPO / "tests" / "fixtures" / "heldout5"


@pytest.fixture(scope="module")
def heldout5(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[SourceDocument], Archive]:
    _, documents, archive = accuracy.read_zoo(HELDOUT5, tmp_path_factory.mktemp("heldout5"))
    return documents, archive


def test_every_paper_parses_and_keeps_every_line(
    heldout5: tuple[list[SourceDocument], Archive],
) -> None:
    documents, _ = heldout5
    assert len(documents) == len(list(HELDOUT5.glob("*.txt"))) == 10
    annotated = {p.stem for p in (HELDOUT5 / "annotations").glob("*.yaml")}
    assert annotated == {p.stem for p in HELDOUT5.glob("*.txt")}
    for document in documents:
        assert document.parts, document.file
        assert [line for part in document.parts for line in part.lines] == document.lines


def test_no_meeting_is_filed_under_a_curated_body(
    heldout5: tuple[list[SourceDocument], Archive],
) -> None:
    _, archive = heldout5
    curated = {"kent-and-medway-police-and-crime-panel", "performance-and-delivery-board"}
    assert not {m.body for m in archive.meetings.values()} & curated
