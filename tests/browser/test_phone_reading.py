"""Reading long pages on a phone, and the light/dark switch, in a real browser.

- At 390 px every long page (2.5 screens or more) of each kind (a meeting's minutes,
  board notes, a report, an annual report, a person, a topic's year) offers an "On this
  page" list under its title; each of its links leads to a heading on the page, and
  following one scrolls that heading into view below the sticky header. At 1280 px the
  list gives way to Material's side bar.
- The light/dark button: pressed, the page turns dark, says so (aria-pressed) and stays
  dark on the next page; a system that prefers dark gets the dark scheme untouched.
"""

from __future__ import annotations

from typing import Any

import pytest

from .test_accessibility import _open, page_types  # noqa: F401  (page_types: a fixture)

pytestmark = pytest.mark.browser

LONG_PAGES = ("meeting", "board-notes", "report", "annual-report", "person", "topic")
#: A page this many phone screens long (or longer) must offer its sections.
LONG = 2.5

#: JavaScript: the contents block, whether it shows, and where each of its links leads.
CONTENTS = """() => {
    const nav = document.querySelector('article nav.mb-contents');
    if (!nav) return null;
    const links = [...nav.querySelectorAll('a[href^="#"]')];
    return {
        shown: nav.getClientRects().length > 0 && getComputedStyle(nav).display !== 'none',
        afterTitle: nav.previousElementSibling && nav.previousElementSibling.tagName,
        label: nav.getAttribute('aria-label'),
        targets: links.map(a => a.getAttribute('href').slice(1)),
        missing: links.map(a => a.getAttribute('href').slice(1))
            .filter(id => !document.getElementById(id)),
        headings: [...document.querySelectorAll('article h2[id], article h3[id]')]
            .filter(h => !h.closest('nav, .mb-search')).map(h => h.id),
    };
}"""


@pytest.mark.parametrize("page_type", LONG_PAGES)
def test_a_long_page_offers_its_sections_on_a_phone(
    page_type: str,
    phone_page: Any,
    site_url: str,
    page_types: dict[str, str],  # noqa: F811
) -> None:
    page = phone_page
    path = page_types[page_type]
    _open(page, f"{site_url}{path}")
    if page_type == "topic":  # a topic's own page lists ten entries; its years run long
        year = page.evaluate("() => document.querySelector('#years ~ p a[href]').href")
        path = page.evaluate("href => new URL(href).pathname", year)
        _open(page, f"{site_url}{path}")
    screens = page.evaluate("document.documentElement.scrollHeight / innerHeight")
    contents = page.evaluate(CONTENTS)
    if page_type in ("meeting", "board-notes", "annual-report"):
        assert screens >= LONG, f"{path}: only {screens:.1f} screens: the test means nothing"
    if contents is None:  # a page of few sections: it must be short
        assert screens < LONG, f"{path}: {screens:.1f} screens long, and no contents list"
        return
    assert contents["shown"] and contents["label"] == "On this page", contents
    assert contents["afterTitle"] == "H1", f"{path}: the list is not under the title"
    assert not contents["missing"], f"{path}: links to nothing: {contents['missing']}"
    # every section the page has (h2), and the h3 inside them, is listed
    assert contents["targets"] == contents["headings"], (
        f"{path}: the list and the page's headings differ:\n"
        f"{contents['targets']}\n{contents['headings']}"
    )

    # Open the list, follow its last entry: that heading is in view below the header.
    page.click("nav.mb-contents summary")
    target = contents["targets"][-1]
    page.click(f'nav.mb-contents a[href="#{target}"]')
    page.wait_for_function(f"() => location.hash === '#{target}'")
    page.wait_for_timeout(300)
    landed = page.evaluate(
        """id => {
            const box = document.getElementById(id).getBoundingClientRect();
            const header = document.querySelector('.md-header').getBoundingClientRect();
            return {top: box.top, headerBottom: header.bottom, viewport: innerHeight};
        }""",
        target,
    )
    assert landed["headerBottom"] - 1 <= landed["top"] < landed["viewport"], landed


def test_the_list_gives_way_to_the_side_bar_on_a_desktop(
    page: Any,
    site_url: str,
    page_types: dict[str, str],  # noqa: F811
) -> None:
    path = page_types["meeting"]
    _open(page, f"{site_url}{path}")
    contents = page.evaluate(CONTENTS)
    assert contents is not None and not contents["shown"], f"{path}: {contents}"
    side_bar = page.evaluate(
        """() => [...document.querySelectorAll('.md-sidebar--secondary a.md-nav__link')]
            .filter(a => a.getClientRects().length).length"""
    )
    assert side_bar >= len(contents["targets"]), f"{path}: side bar shows {side_bar} links"


def test_a_short_page_has_no_list(phone_page: Any, site_url: str, archive: dict[str, Any]) -> None:
    """A page of fewer than three sections (a person's alias, the people index) has none."""
    _open(phone_page, f"{site_url}/people/")
    assert phone_page.evaluate(CONTENTS) is None


#: JavaScript: the scheme the page shows and what the button says about it.
SCHEME = """() => ({
    scheme: document.body.getAttribute('data-md-color-scheme'),
    pressed: document.querySelector('.mb-scheme-button').getAttribute('aria-pressed'),
    shown: !document.querySelector('.mb-scheme-button').hidden,
    background: getComputedStyle(document.body).backgroundColor,
})"""


def _luminance(rgb: str) -> float:
    """Relative luminance (WCAG) of a CSS "rgb(r, g, b)" or "rgba(...)" colour."""
    parts = [float(x) for x in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4
              for c in parts]  # fmt: skip
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_the_scheme_button_turns_the_site_dark_and_remembers(
    page: Any,
    site_url: str,
    page_types: dict[str, str],  # noqa: F811
) -> None:
    _open(page, f"{site_url}{page_types['meeting']}")
    light = page.evaluate(SCHEME)
    assert light["scheme"] == "default" and light["pressed"] == "false" and light["shown"]
    assert _luminance(light["background"]) > 0.8, light

    page.click(".mb-scheme-button")
    dark = page.evaluate(SCHEME)
    assert dark["scheme"] == "slate" and dark["pressed"] == "true", dark
    assert _luminance(dark["background"]) < 0.05, dark

    _open(page, f"{site_url}{page_types['report']}")
    assert page.evaluate(SCHEME)["scheme"] == "slate", "the choice was not remembered"
    page.click(".mb-scheme-button")
    _open(page, f"{site_url}/")
    assert page.evaluate(SCHEME)["scheme"] == "default"


def test_a_system_that_prefers_dark_gets_the_dark_scheme(
    chromium: Any,
    site_url: str,
    page_types: dict[str, str],  # noqa: F811
) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    try:
        page = context.new_page()
        _open(page, f"{site_url}{page_types['topic']}")
        assert page.evaluate(SCHEME)["scheme"] == "slate"
        assert page.evaluate(SCHEME)["pressed"] == "true"
        page.emulate_media(color_scheme="light")  # the system changes; no choice was made
        page.wait_for_function("() => document.body.dataset.mdColorScheme === 'default'")
    finally:
        context.close()
