"""The hostile archive in a real browser: no page that quotes a payload runs script.

The static scan in tests/test_hostile.py reads the HTML as a parser does; this loads each
page that carries a payload's words in Chromium, with `alert`, `confirm`, `prompt` and
`print` hooked before any script of the page runs, and fails on any call or dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import _serve

pytestmark = pytest.mark.browser

#: Recorded on the page itself: a payload calling any of these is caught without a dialog.
HOOK = """
window.__calls = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = (...args) => { window.__calls.push(name + ":" + String(args[0])); };
}
"""


@pytest.fixture(scope="module")
def hostile_site_url(hostile_build: Any) -> Iterator[str]:
    _, tmp = hostile_build
    with _serve(tmp / "site", []) as origin:
        yield origin


def _pages_with_payloads(site: Path) -> list[str]:
    """Site paths of every page whose HTML mentions a payload (escaped or not)."""
    found = []
    for html in sorted(site.rglob("*.html")):
        text = html.read_text("utf-8")
        if "alert(" in text or "plaintext" in text:
            found.append("/" + html.relative_to(site).as_posix())
    return found


def test_no_hostile_page_runs_script(
    chromium: Any, hostile_build: Any, hostile_site_url: str
) -> None:
    _, tmp = hostile_build
    paths = _pages_with_payloads(tmp / "site")
    assert len(paths) >= 5, paths  # the fixtures' papers, meetings and people at least
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(HOOK)
    dialogs: list[str] = []
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    ran: list[str] = []
    try:
        for path in paths:
            page.goto(hostile_site_url + path)
            page.wait_for_load_state("load")
            calls = page.evaluate("window.__calls")
            ran += [f"{path}: {call}" for call in calls]
            # a title's "<plaintext" stays text: no element swallows the rest of the page
            assert page.locator("plaintext, xmp").count() == 0, path
    finally:
        context.close()
    assert not ran and not dialogs, ran[:10] + dialogs[:10]
