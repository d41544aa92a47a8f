"""The open data a client can reuse: schema-valid, resolvable under a sub-path, sourced to
a line, and readable as CSV by people who use spreadsheets."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import CONTENT
from minutebook.engine.engine_config import DEFAULT_SITE_CONFIG
from minutebook.pipeline import generate
from minutebook.rendering.data.csv_files import collection_csv

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow

SUB_PATH = "https://example.org/archive/"
#: The collections whose every row is a fact read from a document.
FACT_COLLECTIONS = (
    "minutes",
    "attendance",
    "memberships",
    "questions",
    "declarations",
    "decisions",
    "actions",
)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pages and data of the real archive, built for a site under a sub-path."""
    pages = tmp_path_factory.mktemp("open-data") / "pages"
    generate(CONTENT, pages, DEFAULT_SITE_CONFIG, site_url=SUB_PATH)
    return pages


def _json(path: Path) -> Any:
    return json.loads(path.read_text("utf-8"))


def test_archive_json_validates_against_the_published_schema(published: Path) -> None:
    schema = _json(published / "data" / "archive.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(_json(published / "data" / "archive.json"), schema)


def test_the_schema_holds_the_contract(published: Path) -> None:
    """Not a schema that accepts anything: a row missing a contract field, a wrong role
    or a date in another form is refused."""
    schema = _json(published / "data" / "archive.schema.json")
    data = _json(published / "data" / "archive.json")
    broken = json.loads(json.dumps(data))
    del broken["minutes"][0]["resolution"]
    wrong_role = json.loads(json.dumps(data))
    wrong_role["attendance"][0]["role"] = "sleeping"
    wrong_date = json.loads(json.dumps(data))
    wrong_date["meetings"][0]["date"] = "17/10/2023"
    for bad in (broken, wrong_role, wrong_date):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


def test_every_url_resolves_from_the_stated_base(published: Path) -> None:
    data = _json(published / "data" / "archive.json")
    assert data["site_url"] == SUB_PATH
    assert data["data_licence"] == "OGL-UK-3.0"
    seen = 0
    for rows in data.values():
        for row in rows if isinstance(rows, list) else []:
            if "url" in row and row["url"] is not None:
                assert row["permalink"] == SUB_PATH + row["url"].lstrip("/"), row
                seen += 1
    assert seen > 500
    sidecar = next((published / "meetings").glob("*/index.json"))
    record = _json(sidecar)
    assert record["site_url"] == SUB_PATH
    assert record["meeting"]["permalink"].startswith(SUB_PATH + "meetings/")


def test_every_fact_row_names_its_document_and_line(published: Path) -> None:
    data = _json(published / "data" / "archive.json")
    documents = {d["id"]: d for d in data["documents"]}
    missing = []
    for name in FACT_COLLECTIONS:
        for row in data[name]:
            if row["document"] not in documents or not isinstance(row["line"], int):
                missing.append((name, row))
                continue
            first, last = documents[row["document"]]["source_lines"]
            assert first <= row["line"] <= last, (name, row)
    assert not missing, missing[:5]


def test_each_collection_is_a_csv_table(published: Path) -> None:
    data = _json(published / "data" / "archive.json")
    for name, rows in data.items():
        if not isinstance(rows, list):
            continue
        raw = (published / "data" / "csv" / f"{name}.csv").read_bytes()
        assert raw.startswith("\ufeff".encode()), name
        table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert len(table) == len(rows), name
        if rows and "id" in rows[0]:
            assert [r["id"] for r in table] == [r["id"] for r in rows], name


def test_a_cell_a_spreadsheet_would_run_is_written_as_text() -> None:
    rows = [
        {"text": '=HYPERLINK("http://x.example","click")', "n": 3, "aliases": ["A", "B"]},
        {"text": "@SUM(1)", "n": None, "aliases": []},
        {"text": "Plain", "n": -1, "aliases": ["-x"]},
    ]
    table = list(csv.reader(io.StringIO(collection_csv(rows).lstrip("\ufeff"), newline="")))
    assert table[0] == ["text", "n", "aliases"]
    assert table[1] == ['\'=HYPERLINK("http://x.example","click")', "3", "A; B"]
    assert table[2] == ["'@SUM(1)", "", ""]
    assert table[3] == ["Plain", "-1", "'-x"]  # the joined cell starts with '-'
