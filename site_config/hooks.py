"""MkDocs hooks: they only dress pages, never make content.

Everything a reader or a machine depends on is written by Minutebook before MkDocs runs;
a replacement engine that ignores hooks loses only this dressing and the safety net below
(Minutebook already escapes every tag a document contains when it writes the Markdown).
"""

from __future__ import annotations

from typing import Any

from minutebook.sanitising import sanitise_html


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Safety net: the HTML rendered from a page's Markdown passes an allow-list sanitiser."""
    return sanitise_html(html)


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Expose the page's record kind to templates (front matter holds it)."""
    context["minutebook_kind"] = (page.meta or {}).get("kind")
    return context
