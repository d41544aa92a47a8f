"""The JSON Schema of `data/archive.json`, published beside it as `data/archive.schema.json`.

It states the open-data contract (docs/open-data.md) in a form clients can check against:
every collection and field the contract names is required, with its type; fields beyond
the contract are allowed (the contract is extended, never broken). The tests validate every
build's archive.json against it.
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ID = "archive.schema.json"

_TEXT = {"type": "string"}
_TEXT_OR_NULL = {"type": ["string", "null"]}
_DATE = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_DATE_OR_NULL = {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_TIME_OR_NULL = {"type": ["string", "null"], "pattern": "^[0-2][0-9]:[0-5][0-9]$"}
_URL = {"type": "string", "pattern": "^/"}  # site-root-relative
_LINE_OR_NULL = {"type": ["integer", "null"], "minimum": 1}
_IDS = {"type": "array", "items": _TEXT}
#: the contract's roles, and `absent` (listed as absent without apologies), an extension
ROLES = ["present", "also_present", "in_attendance", "apologies", "substitute", "absent"]
KINDS = ["agenda", "minutes", "report", "appendix", "work_programme", "annual_report", "other"]


def _records(properties: dict[str, Any]) -> dict[str, Any]:
    """An array of records, each required to carry every named field."""
    return {
        "type": "array",
        "items": {
            "type": "object",
            "required": sorted(properties),
            "properties": properties,
            "additionalProperties": True,
        },
    }


#: Where a fact was read: the document (a `documents` id) and its line in the source file.
_SOURCE = {"document": _TEXT_OR_NULL, "line": _LINE_OR_NULL}

ARCHIVE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": SCHEMA_ID,
    "title": "Minutebook archive",
    "description": "One public body's meetings, papers and people, as published by Minutebook.",
    "type": "object",
    "required": [
        "schema_version",
        "sources",
        "bodies",
        "organisations",
        "people",
        "meetings",
        "agenda_items",
        "minutes",
        "attendance",
        "memberships",
        "questions",
        "declarations",
        "documents",
    ],
    "properties": {
        "schema_version": {"const": 1},
        "site_url": {"type": ["string", "null"]},
        "data_licence": _TEXT_OR_NULL,
        "sources": _records(
            {
                "file": _TEXT,
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "document": _TEXT_OR_NULL,
            }
        ),
        "bodies": _records({"id": _TEXT, "name": _TEXT, "url": _URL}),
        "organisations": _records({"id": _TEXT, "name": _TEXT, "url": _URL}),
        "people": _records({"id": _TEXT, "name": _TEXT, "aliases": _IDS, "url": _URL}),
        "meetings": _records(
            {
                "id": _TEXT,
                "body": _TEXT,
                "date": _DATE,
                "time": _TIME_OR_NULL,
                "venue": _TEXT_OR_NULL,
                "url": _URL,
                "documents": _IDS,
            }
        ),
        "agenda_items": _records(
            {
                "id": _TEXT,
                "meeting": _TEXT,
                "code": _TEXT,
                "title": _TEXT,
                "url": _URL,
                "minute": _TEXT_OR_NULL,
            }
        ),
        "minutes": _records(
            {
                "id": _TEXT,
                "meeting": _TEXT,
                "number": _TEXT_OR_NULL,  # null: a minute printed without a number
                "title": _TEXT,
                "item_code": _TEXT_OR_NULL,
                "resolution": _TEXT_OR_NULL,
                "url": _URL,
                **_SOURCE,
            }
        ),
        "attendance": _records(
            {
                "meeting": _TEXT,
                "person": _TEXT,
                "role": {"enum": ROLES},
                "capacity": _TEXT_OR_NULL,
                "as_written": _TEXT,
                **_SOURCE,
            }
        ),
        "memberships": _records(
            {
                "person": _TEXT,
                "body": _TEXT,
                "organisation": _TEXT_OR_NULL,
                "meeting": _TEXT,
                **_SOURCE,
            }
        ),
        "questions": _records(
            {
                "id": _TEXT,
                "meeting": _TEXT,
                "asker": _TEXT_OR_NULL,
                "organisation": _TEXT_OR_NULL,
                "text": _TEXT,
                "url": _URL,
                **_SOURCE,
            }
        ),
        "declarations": _records(
            {"meeting": _TEXT, "person": _TEXT_OR_NULL, "text": _TEXT, "url": _URL, **_SOURCE}
        ),
        "documents": _records(
            {
                "id": _TEXT,
                "source_file": _TEXT,
                "kind": {"enum": KINDS},
                "title": _TEXT,
                "date": _DATE_OR_NULL,
                "meeting": _TEXT_OR_NULL,
                "agenda_item": _TEXT_OR_NULL,
                "url": _URL,
            }
        ),
    },
    "additionalProperties": True,
}


def schema_json() -> str:
    """The schema as published: indented, keys in a stable order, one newline at the end."""
    return json.dumps(ARCHIVE_SCHEMA, indent=2, ensure_ascii=False) + "\n"
