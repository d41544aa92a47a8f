"""MkDocs hooks: they only dress pages, never make content.

Everything a reader or a machine depends on is written by Minutebook before MkDocs runs;
a replacement engine that ignores hooks loses only this dressing.
"""

from __future__ import annotations

from typing import Any


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Expose the page's record kind to templates (front matter holds it)."""
    context["minutebook_kind"] = (page.meta or {}).get("kind")
    return context
