"""The "On this page" block the site hook puts under a long page's title (phones have no
side bar of contents): built from the page's headings, escaped, left off short pages."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import markdown
from mkdocs.structure.toc import get_toc

from minutebook.engine.engine_config import DEFAULT_SITE_CONFIG


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("site_hooks", DEFAULT_SITE_CONFIG / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Page:
    def __init__(self, text: str) -> None:
        md = markdown.Markdown(extensions=["toc", "attr_list"])
        self.html = md.convert(text)
        self.toc = get_toc(md.toc_tokens)


def test_a_long_page_gets_its_sections_under_its_title_nested_and_escaped() -> None:
    page = _Page(
        "# Minutes of the Wrenfield Parish Council\n\nIntro.\n\n"
        "## Present {#present}\n\n## Minutes {#minutes}\n\n"
        "### 12. Roads &amp; <script>alert(1)</script> drains {#minute-12}\n\n"
        "#### Deep heading\n\n### 13. Allotments {#minute-13}\n"
    )
    html = _hooks().on_page_content(page.html, page, None, None)
    title_end = html.index("</h1>")
    block = html[title_end : html.index("</nav>")]
    assert html.index('<nav class="mb-contents"') == title_end + len("</h1>")
    assert '<a href="#present">Present</a>' in block
    assert '<li><a href="#minutes">Minutes</a><ul><li><a href="#minute-12">' in block
    assert "<script" not in block and "Roads &amp; " in block
    assert '<a href="#minute-13">13. Allotments</a>' in block
    assert "Deep heading" not in block  # two levels only


def test_a_short_page_gets_no_contents_block() -> None:
    page = _Page("# Jo Bloggs\n\n## Roles\n\n## Attendance\n")
    html = _hooks().on_page_content(page.html, page, None, None)
    assert "mb-contents" not in html
