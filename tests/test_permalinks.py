"""Adding documents never breaks a URL: build from a subset, then from all of content/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import CONTENT
from minutebook.pipeline import generate
from minutebook.rendering.data.open_data import archive_data

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow

SUBSETS = [
    ["001_78dbf443e4e88d81.txt"],
    ["001_78dbf443e4e88d81.txt", "004_ada734c92f91376f.txt"],
    ["000_0ff52443d89633af.txt", "003_c42fe58c380151c9.txt"],
]
CONTENT_FIELDS = {
    "minutes": ("number", "title", "resolution", "item_code"),
    "agenda_items": ("code", "title"),
    "documents": ("kind", "title", "date"),
    "questions": ("text",),
}


def _page_of(pages: Path, url: str) -> Path:
    path = url.split("#")[0]
    if not path.endswith("/"):  # a file published as it is (a source text)
        return pages / path.lstrip("/")
    return pages / (path.strip("/") + ".md")


@pytest.mark.parametrize("subset", SUBSETS, ids=lambda s: "+".join(n[:3] for n in s))
def test_every_url_of_a_subset_build_survives_the_full_build(
    subset: list[str], tmp_path: Path, real_archive
) -> None:
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    for curated in CONTENT.glob("*.yaml"):
        shutil.copy(curated, content / curated.name)
    for name in subset:
        shutil.copy(CONTENT / "documents" / name, content / "documents" / name)
    small = archive_data(generate(content, tmp_path / "small").archive)
    full_archive, _, _ = real_archive
    generate(CONTENT, tmp_path / "full")
    full = archive_data(full_archive)
    for collection, records in small.items():
        if not isinstance(records, list) or not records or "url" not in records[0]:
            continue
        by_id = {r["id"]: r for r in full[collection]} if "id" in records[0] else {}
        for record in records:
            page = _page_of(tmp_path / "full", record["url"])
            assert page.exists(), f"{collection}: {record['url']} is gone in the full build"
            if collection == "people" or not by_id:
                continue
            later = by_id.get(record["id"])
            assert later is not None, f"{collection}: {record['id']} is gone"
            assert later["url"] == record["url"], record["id"]
            for key in CONTENT_FIELDS.get(collection, ()):
                assert later[key] == record[key], (record["id"], key)
