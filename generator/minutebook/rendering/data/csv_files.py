"""`data/csv/<collection>.csv`: each collection of archive.json as a spreadsheet table.

For people who open data in a spreadsheet rather than a program. Cut from the same open data
as archive.json, one file per collection, one row per record, columns in the order of the
record's fields. A list (a person's aliases, a meeting's documents) is one cell, its items
joined by "; "; nested records (a minute's paragraphs) stay in archive.json only. The text is
UTF-8 with a byte-order mark (so spreadsheet programs read it as UTF-8) and CRLF line ends,
as RFC 4180 has them.

Document text is untrusted, and a spreadsheet runs a cell that starts with "=", "+", "-" or
"@" as a formula: such a cell is written with a leading apostrophe, which spreadsheets show
as text (OWASP's advice on CSV injection). archive.json keeps the text exactly as written.
"""

from __future__ import annotations

import csv
import io
from typing import Any

#: What starts a formula in common spreadsheet programs (tab and CR too, per OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value if not isinstance(v, dict))
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    """Every field of the rows, in first-seen order, but fields holding nested records."""
    columns: dict[str, None] = {}
    for row in rows:
        for key, value in row.items():
            if isinstance(value, list) and any(isinstance(v, dict) for v in value):
                continue
            columns.setdefault(key, None)
    return list(columns)


def collection_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    columns = _columns(rows)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return "\ufeff" + out.getvalue()


def csv_files(data: dict[str, Any]) -> dict[str, str]:
    """Site path -> CSV text, one per collection of the open data."""
    return {
        f"data/csv/{name}.csv": collection_csv(rows)
        for name, rows in data.items()
        if isinstance(rows, list)
    }
