"""Every paper of the layout zoo and of the held-out sets, built together as one archive and
one site: no paper of the genre may stop a build, whatever else is in the archive.

The zoo's and held-out sets' own tests read each folder as an archive of its own and
measure the facts; this one goes on through resolving and rendering with all of them at
once (several hundred papers of many bodies and years), as a maintainer who starts an
archive from another body's back catalogue would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import CONTENT
from minutebook.pipeline import BuildResult, generate
from minutebook.rendering.urls import md_meeting

#: builds a whole site: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures"


def genre_folders() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.name == "zoo" or p.name.startswith("heldout"))


@pytest.fixture(scope="module")
def genre_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path, list[str]]:
    root = tmp_path_factory.mktemp("genre")
    documents = root / "content" / "documents"
    documents.mkdir(parents=True)
    (root / "content" / "bodies.yaml").write_bytes((CONTENT / "bodies.yaml").read_bytes())
    names = []
    for folder in genre_folders():
        for paper in sorted(folder.glob("*.txt")):
            name = f"{folder.name}-{paper.name}"  # held-out sets reuse file names
            (documents / name).write_bytes(paper.read_bytes())
            names.append(name)
    return generate(root / "content", root / "pages"), root / "pages", names


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_genre_builds_as_one_site_with_every_paper_published(
    genre_site: tuple[BuildResult, Path, list[str]],
) -> None:
    result, pages, names = genre_site
    assert len(names) > 300, "the zoo and the held-out sets together"
    assert sorted(d.file for d in result.documents) == sorted(names)
    published = {d["source_file"] for d in _json(pages / "data" / "archive.json")["documents"]}
    assert published == set(names)


def test_the_genre_site_open_data_is_schema_valid(
    genre_site: tuple[BuildResult, Path, list[str]],
) -> None:
    _, pages, _ = genre_site
    schema = _json(pages / "data" / "archive.schema.json")
    jsonschema.validate(_json(pages / "data" / "archive.json"), schema)


def test_every_meeting_of_the_genre_has_its_page(
    genre_site: tuple[BuildResult, Path, list[str]],
) -> None:
    result, pages, _ = genre_site
    assert len(result.archive.meetings) > 200
    missing = [m for m in result.archive.meetings if not (pages / md_meeting(m)).is_file()]
    assert not missing, missing[:10]
