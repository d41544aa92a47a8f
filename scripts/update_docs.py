"""Rewrite the generated parts of docs/ from the registries in code (`make docs`).

Today that is the diagnostic code tables of docs/diagnostics.md; tests/test_docs.py fails
when they are out of date, so run this after adding or changing a code.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "generator"))

from minutebook.diagnostic_codes import with_tables  # noqa: E402


def main() -> None:
    path = REPO / "docs" / "diagnostics.md"
    text = path.read_text(encoding="utf-8")
    updated = with_tables(text)
    if updated != text:
        path.write_text(updated, encoding="utf-8")
        print(f"updated {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
