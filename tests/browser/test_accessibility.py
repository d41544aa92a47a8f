"""Accessibility and devices, in a real browser: WCAG 2.2 AA checks on every page type.

- axe-core (vendored by the pinned PyPI package axe-playwright-python, injected from disk:
  never from a CDN) finds no serious or critical violation on any page type, at desktop and
  phone width, in the light and the dark scheme (a system preferring dark gets the dark
  one); lesser findings are printed, not failed.
- A keyboard alone gets through a meeting page: the skip link first, then the header search,
  then the content in reading order, with focus always visible; an agenda item's link is
  reached and followed with Enter, and its back-link lands on the item's anchor.
- On a phone (390x844) no page scrolls sideways; wide tables scroll inside their own wrapper.
- Printed, a meeting shows its content and its address without the site's chrome (a PDF is
  saved as a test artifact).
- A screenshot of each page type at desktop and phone width is saved under
  test-artifacts/screenshots/ for people to look at.

The pages under test are chosen from the built site's data/archive.json (and the generated
pages' front matter for alias pages), so they follow the archive rather than fixed URLs.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import frontmatter
import pytest

from .conftest import PHONE_VIEWPORT, BuiltSite

pytestmark = pytest.mark.browser

#: The axe-core release vendored by the pinned axe-playwright-python (pyproject.toml).
AXE_VERSION = "4.12.1"
#: WCAG 2.2 level A and AA rules, plus axe's best practices (reported; only serious and
#: critical findings fail).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
FAILING_IMPACTS = ("serious", "critical")

DESKTOP_VIEWPORT = {"width": 1280, "height": 800}
VIEWPORTS = {"desktop": DESKTOP_VIEWPORT, "phone": PHONE_VIEWPORT}
#: The system's preferred colour scheme (Playwright's emulation of prefers-color-scheme) ->
#: the Material scheme the site must then show.
SCHEMES = {"light": "default", "dark": "slate"}

#: Every kind of page the site has. Each name is resolved to a path by ``_page_types``.
PAGE_TYPES = (
    "home",
    "meetings-index",
    "meeting",  # the meeting with the most minutes
    "meeting-agenda",  # the meeting whose agenda lists the most items
    "board-notes",  # a meeting of the other body, recorded in board notes
    "report",
    "annual-report",
    "work-programme",
    "papers-index",
    "people-index",
    "person",
    "person-alias",
    "organisations-index",
    "organisation",
    "bodies-index",
    "body",
    "topics-index",
    "topic",  # the topic that gathers the most items, minutes and papers
    "source",  # a source file's readable text
    "not-found",
)

#: Screenshots stop this far down a page (long papers would make huge images).
SCREENSHOT_MAX_HEIGHT = 3000


@functools.cache
def _axe_source() -> str:
    """axe.min.js as shipped inside the axe-playwright-python wheel."""
    return (resources.files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def _most(counter: Counter[str], candidates: list[str]) -> str:
    """The candidate counted most often (ties broken by id, so the choice is stable)."""
    assert candidates, "no candidates to choose from"
    return max(sorted(candidates), key=lambda key: counter[key])


def _page_types(archive: dict[str, Any], pages_dir: Path) -> dict[str, str]:
    """A site path (``/meetings/x/``) for every name in PAGE_TYPES."""
    meetings = {m["id"]: m for m in archive["meetings"]}
    minutes = Counter(m["meeting"] for m in archive["minutes"])
    items = Counter(i["meeting"] for i in archive["agenda_items"])
    busiest = meetings[_most(minutes, list(meetings))]
    with_agenda = meetings[_most(items, list(meetings))]
    assert minutes[busiest["id"]] and items[with_agenda["id"]], "no minutes or agenda items"

    documents: dict[str, list[dict[str, Any]]] = {}
    for document in archive["documents"]:
        documents.setdefault(document["kind"], []).append(document)

    def paper(kind: str) -> str:
        pages = [d["url"] for d in documents.get(kind, []) if "#" not in d["url"]]
        assert pages, f"archive.json has no {kind} with a page of its own"
        return str(sorted(pages)[0])

    notes = sorted(
        meetings[d["meeting"]]["url"]
        for d in documents.get("minutes", [])
        if d["meeting"] and meetings[d["meeting"]]["body"] != busiest["body"]
    )
    assert notes, "no minutes or notes of a second body"

    attendance = Counter(a["person"] for a in archive["attendance"])
    people = {p["id"]: p for p in archive["people"]}
    memberships = Counter(m["organisation"] for m in archive["memberships"] if m["organisation"])
    organisations = {o["id"]: o for o in archive["organisations"]}
    meetings_per_body = Counter(m["body"] for m in archive["meetings"])
    bodies = {b["id"]: b for b in archive["bodies"]}
    topic_sizes = Counter(
        {
            t["id"]: len(t["agenda_items"]) + len(t["minutes"]) + len(t["documents"])
            for t in archive["topics"]
        }
    )
    topics = {t["id"]: t for t in archive["topics"]}

    aliases = sorted(
        f"/people/{path.stem}/"
        for path in (pages_dir / "people").glob("*.md")
        if frontmatter.load(path).get("kind") == "person-alias"
    )
    assert aliases, "the build wrote no person alias page"

    return {
        "home": "/",
        "meetings-index": "/meetings/",
        "meeting": busiest["url"],
        "meeting-agenda": with_agenda["url"],
        "board-notes": notes[0],
        "report": paper("report"),
        "annual-report": paper("annual_report"),
        "work-programme": paper("work_programme"),
        "papers-index": "/documents/",
        "people-index": "/people/",
        "person": people[_most(attendance, list(people))]["url"],
        "person-alias": aliases[0],
        "organisations-index": "/organisations/",
        "organisation": organisations[_most(memberships, list(organisations))]["url"],
        "bodies-index": "/bodies/",
        "body": bodies[_most(meetings_per_body, list(bodies))]["url"],
        "topics-index": "/topics/",
        "topic": topics[_most(topic_sizes, list(topics))]["url"],
        # the shortest source's page: every line is alike, and a full-page screenshot of
        # a 2,000-line file outlasts the browser's timeout
        "source": min(
            (s["html_url"] for s in archive["sources"]),
            key=lambda url: (pages_dir / url.strip("/") / "index.html").stat().st_size,
        ),
        # The static server answers a missing path with its own 404; the site's page is this.
        "not-found": "/404.html",
    }


@pytest.fixture(scope="session")
def page_types(built_site: BuiltSite, archive: dict[str, Any]) -> dict[str, str]:
    paths = _page_types(archive, built_site.root / "pages")
    assert set(paths) == set(PAGE_TYPES)
    return paths


@pytest.fixture(scope="session")
def screenshots_dir(artifacts_dir: Path) -> Path:
    folder = artifacts_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(
    params=[(size, scheme) for size in VIEWPORTS for scheme in SCHEMES],
    ids=lambda param: "-".join(param),
)
def sized_page(request: pytest.FixtureRequest, chromium: Any) -> Iterator[tuple[str, Any]]:
    """A fresh page at desktop (1280x800) or phone (390x844, mobile, touch) size, on a
    system that prefers the light or the dark scheme (the site follows it)."""
    size, scheme = request.param
    phone = size == "phone"
    context = chromium.new_context(
        viewport=VIEWPORTS[size],
        is_mobile=phone,
        has_touch=phone,
        device_scale_factor=1,
        color_scheme=scheme,
    )
    context.set_default_timeout(15_000)
    try:
        yield f"{size}-{scheme}", context.new_page()
    finally:
        context.close()


def _open(page: Any, url: str) -> None:
    response = page.goto(url, wait_until="networkidle")
    assert response is not None and response.ok, f"{url}: {response and response.status}"


def _screenshot(page: Any, path: Path) -> None:
    """The top of the page (up to SCREENSHOT_MAX_HEIGHT pixels) as a PNG."""
    width, height = page.evaluate(
        "[document.documentElement.clientWidth, document.documentElement.scrollHeight]"
    )
    page.screenshot(
        path=str(path),
        full_page=True,
        clip={"x": 0, "y": 0, "width": width, "height": min(height, SCREENSHOT_MAX_HEIGHT)},
    )


def _axe(page: Any) -> dict[str, Any]:
    """Run the vendored axe-core over the page with the WCAG 2.2 AA and best-practice rules."""
    page.add_script_tag(content=_axe_source())
    version = page.evaluate("axe.version")
    assert version == AXE_VERSION, f"axe-core {version} injected, expected {AXE_VERSION}"
    results: dict[str, Any] = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    return results


def _describe(violations: list[dict[str, Any]]) -> str:
    """Each violation with its id, impact, help text and the elements it was found on."""
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} [{violation['impact']}]: {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation["nodes"][:10]:
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"    target {node['target']}: {summary[:300]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more elements")
    return "\n".join(lines)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_axe_finds_no_serious_violation(
    page_type: str,
    sized_page: tuple[str, Any],
    site_url: str,
    page_types: dict[str, str],
    screenshots_dir: Path,
) -> None:
    size, page = sized_page
    path = page_types[page_type]
    _open(page, f"{site_url}{path}")
    if page_type != "source":  # a source page is Minutebook's own, with its own scheme
        shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert shown == SCHEMES[size.rsplit("-", 1)[1]], f"{path} ({size}): scheme {shown}"
    _screenshot(page, screenshots_dir / f"{page_type}-{size}.png")

    violations = _axe(page)["violations"]
    failing = [v for v in violations if v["impact"] in FAILING_IMPACTS]
    others = [v for v in violations if v["impact"] not in FAILING_IMPACTS]
    if others:  # reported with -rA / on failure, never failing the test
        print(f"{path} ({size}): axe-core findings below serious:\n{_describe(others)}")
    assert not failing, (
        f"{path} ({size}): {len(failing)} serious or critical axe-core violations:\n"
        + _describe(failing)
    )


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_page_scrolls_sideways_on_a_phone(
    page_type: str, phone_page: Any, site_url: str, page_types: dict[str, str]
) -> None:
    path = page_types[page_type]
    _open(phone_page, f"{site_url}{path}")
    scroll_width, client_width = phone_page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert client_width == PHONE_VIEWPORT["width"], f"{path}: layout is {client_width}px wide"
    assert scroll_width <= client_width, (
        f"{path} scrolls sideways on a phone: {scroll_width}px of content in {client_width}px"
    )
    # Long words and addresses wrap: no text outside a table runs past the screen's edge.
    overflowing = phone_page.evaluate(
        """width => [...document.querySelectorAll('article :is(p, li, a, h1, h2, h3, h4)')]
            .filter(el => !el.closest('.mb-table') && el.getClientRects().length)
            .filter(el => el.getBoundingClientRect().right > width + 1)
            .map(el => el.outerHTML.slice(0, 120))""",
        client_width,
    )
    assert not overflowing, f"{path}: text runs past a phone's screen:\n" + "\n".join(overflowing)


def test_wide_tables_scroll_inside_their_own_wrapper(
    phone_page: Any, site_url: str, page_types: dict[str, str]
) -> None:
    """On a phone, a table wider than the screen scrolls in its labelled, focusable wrapper."""
    seen: dict[str, int] = {}
    for page_type in ("report", "annual-report", "work-programme", "meeting-agenda"):
        path = page_types[page_type]
        _open(phone_page, f"{site_url}{path}")
        tables = phone_page.evaluate(
            """() => [...document.querySelectorAll('article table')].map(table => {
                const wrap = table.closest('.mb-table');
                return {
                    wrapped: !!wrap,
                    label: wrap && wrap.getAttribute('aria-label'),
                    tabindex: wrap && wrap.getAttribute('tabindex'),
                    role: wrap && wrap.getAttribute('role'),
                    overflow: wrap && getComputedStyle(wrap).overflowX,
                    wide: wrap ? wrap.scrollWidth > wrap.clientWidth : false,
                    right: wrap ? wrap.getBoundingClientRect().right : 0,
                };
            })"""
        )
        for table in tables:
            assert table["wrapped"], f"{path}: a table has no scrolling wrapper"
            assert table["role"] == "region" and table["tabindex"] == "0" and table["label"]
            assert table["overflow"] == "auto", f"{path}: wrapper does not scroll: {table}"
            assert table["right"] <= PHONE_VIEWPORT["width"], f"{path}: wrapper wider than screen"
        seen[path] = sum(table["wide"] for table in tables)
    # The check means something only if some table really is wider than a phone.
    assert any(seen.values()), f"no table is wider than a phone on {sorted(seen)}"


#: JavaScript: a description of the focused element and whether its focus can be seen.
FOCUS_STATE = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const header = document.querySelector('.md-header');
    return {
        tag: el.tagName.toLowerCase(),
        cls: el.className || '',
        href: el.getAttribute('href'),
        text: (el.textContent || '').trim().slice(0, 60),
        index: el.dataset.kbIndex === undefined ? null : Number(el.dataset.kbIndex),
        search: el.matches('.md-header [data-mb-search-open]'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none',
        top: box.top,
        bottom: box.bottom,
        headerBottom: header ? header.getBoundingClientRect().bottom : 0,
        viewport: window.innerHeight,
    };
}"""

#: JavaScript: number the keyboard-reachable elements of the content in document order.
MARK_CONTENT_FOCUSABLES = """() => {
    const selector = ':is(a[href], button, input, select, textarea, [tabindex])';
    const items = [...document.querySelectorAll('article.md-content__inner ' + selector)]
        .filter(el => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length
                      && getComputedStyle(el).visibility !== 'hidden');
    items.forEach((el, i) => { el.dataset.kbIndex = String(i); });
    return items.length;
}"""


#: JavaScript: whether the focused element itself can be seen (on screen, not transparent,
#: not hidden). Material fades some controls in, so callers wait for this to become true.
FOCUS_SHOWN = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    if (box.right <= 0 || box.left >= window.innerWidth) return false;
    if (getComputedStyle(el).visibility !== 'visible') return false;
    let opacity = 1;
    for (let node = el; node instanceof Element; node = node.parentElement) {
        opacity *= Number(getComputedStyle(node).opacity);
    }
    return opacity > 0.5;
}"""


def _focus_is_visible(state: dict[str, Any]) -> bool:
    return bool(state["outline"] or state["shadow"])


def _wait_until_focus_shown(page: Any) -> None:
    """Fail unless the focused element becomes visible on screen (Material fades some in)."""
    try:
        page.wait_for_function(FOCUS_SHOWN, timeout=2_000)
    except Exception as exc:  # Playwright's TimeoutError: report what has focus instead
        state = page.evaluate(FOCUS_STATE)
        raise AssertionError(f"keyboard focus is on something invisible: {state}") from exc


def _obscured(state: dict[str, Any]) -> bool:
    """Whether the focused element is (partly) hidden: under the sticky header or off screen.

    WCAG 2.4.11: an element that fits between the header and the bottom of the screen must
    be wholly visible; a taller one (a table's scrolling wrapper) must at least show.
    """
    top, bottom, header, screen = (
        state["top"], state["bottom"], state["headerBottom"] - 1, state["viewport"] + 1
    )  # fmt: skip
    if bottom - top <= screen - header:
        return bool(top < header or bottom > screen)
    return bool(bottom <= header or top >= screen)


def test_keyboard_alone_reads_a_meeting_page_in_order(
    page: Any, site_url: str, page_types: dict[str, str]
) -> None:
    path = page_types["meeting-agenda"]
    _open(page, f"{site_url}{path}")
    content_count = page.evaluate(MARK_CONTENT_FOCUSABLES)
    assert content_count > 10, f"{path}: only {content_count} focusable elements in the content"

    page.keyboard.press("Tab")
    _wait_until_focus_shown(page)
    first = page.evaluate(FOCUS_STATE)
    assert "md-skip" in first["cls"], f"the first Tab stop is not the skip link: {first}"
    assert _focus_is_visible(first), f"the skip link's focus is invisible: {first}"

    search_seen = False
    reached: list[int] = []
    for _ in range(content_count + 100):
        page.keyboard.press("Tab")
        _wait_until_focus_shown(page)
        state = page.evaluate(FOCUS_STATE)
        assert _focus_is_visible(state), f"{path}: focus is invisible on {state}"
        if state["search"]:
            assert not reached, "the header search comes after content links"
            search_seen = True
        if state["index"] is not None:
            assert search_seen, f"content reached before the header search: {state}"
            assert not _obscured(state), f"{path}: focus is hidden by the header: {state}"
            reached.append(state["index"])
            if state["index"] == content_count - 1:
                break
    assert search_seen, "Tab never reached the header search"
    assert reached == list(range(content_count)), (
        f"content was not reached in reading order: {reached[:20]}... of {content_count}"
    )

    # The skip link skips: Enter on it, and the next Tab is the first thing in the content.
    _open(page, f"{site_url}{path}")
    page.evaluate(MARK_CONTENT_FOCUSABLES)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    after_skip = page.evaluate(FOCUS_STATE)
    assert after_skip["index"] == 0, f"after the skip link, Tab went to {after_skip}"


def _tab_to(page: Any, predicate: str, limit: int = 400) -> dict[str, Any]:
    """Press Tab until the focused element satisfies the JavaScript predicate ``el => bool``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        _wait_until_focus_shown(page)
        if page.evaluate(f"({predicate})(document.activeElement)"):
            state: dict[str, Any] = page.evaluate(FOCUS_STATE)
            assert _focus_is_visible(state), f"focus is invisible on {state}"
            return state
    raise AssertionError(f"Tab never reached an element matching {predicate}")


#: JavaScript: where the page's :target is, against the sticky header and the screen.
LANDED = """() => {
    const target = document.querySelector(':target');
    const box = target && target.getBoundingClientRect();
    const header = document.querySelector('.md-header').getBoundingClientRect();
    return {hash: location.hash, target: target && target.id,
            top: box && box.top, headerBottom: header.bottom, viewport: window.innerHeight};
}"""

#: JavaScript predicate: a link to ``path`` written under the agenda item heading ``anchor``.
UNDER_ITEM = """el => {
    if (el.tagName !== 'A' || new URL(el.href).pathname !== PATH) return false;
    for (let node = el.closest('.mb-page > *'); node; node = node.previousElementSibling) {
        // an item's heading sits in a row with its Cite link (div.mb-head)
        const heading = node.matches('.mb-head') ? node.querySelector('h3') : node;
        if (heading && heading.matches('h1, h2, h3.mb-item')) return heading.id === ANCHOR;
    }
    return false;
}"""


def _assert_landed(page: Any, anchor: str) -> None:
    landed = page.evaluate(LANDED)
    assert landed["hash"] == f"#{anchor}" and landed["target"] == anchor, landed
    assert landed["headerBottom"] - 1 <= landed["top"] < landed["viewport"], (
        f"#{anchor} is not in view below the header: {landed}"
    )


def test_keyboard_follows_an_agenda_item_and_lands_on_its_anchor(
    page: Any, site_url: str, archive: dict[str, Any]
) -> None:
    """An agenda item's own link (Enter) lands on it; its paper opens (Enter); the paper's
    "Agenda item" link (Enter) lands back on the item's anchor."""
    documents = {d["id"]: d for d in archive["documents"]}
    item, report = next(
        (i, documents[d])
        for i in sorted(archive["agenda_items"], key=lambda i: i["id"])
        for d in i["documents"]
        if documents[d]["kind"] == "report" and "#" not in documents[d]["url"]
    )
    meeting_path, anchor = item["url"].split("#")

    _open(page, f"{site_url}{meeting_path}")
    _tab_to(page, f"el => el.tagName === 'A' && el.getAttribute('href') === '#{anchor}'")
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => location.hash === '#{anchor}'")
    _assert_landed(page, anchor)

    # Tab goes on from the item: the next stops reach the link to its paper.
    under_item = UNDER_ITEM.replace("PATH", repr(report["url"])).replace("ANCHOR", repr(anchor))
    _tab_to(page, under_item, limit=10)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == f"{site_url}{report['url']}"

    _tab_to(
        page,
        f"el => el.tagName === 'A' && new URL(el.href).pathname === {meeting_path!r} "
        f"&& new URL(el.href).hash === '#{anchor}'",
    )
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_function("() => window.scrollY > 0")
    _assert_landed(page, anchor)


def test_keyboard_opens_the_navigation_on_a_phone(
    phone_page: Any, site_url: str, page_types: dict[str, str]
) -> None:
    """On a phone the closed drawer's links are out of the Tab order; its button opens it."""
    page = phone_page
    path = page_types["meeting"]
    _open(page, f"{site_url}{path}")
    page.keyboard.press("Tab")
    _wait_until_focus_shown(page)
    assert "md-skip" in page.evaluate(FOCUS_STATE)["cls"], "the first Tab stop is not the skip link"

    # Every stop is visible, and the closed drawer's links are never one of them.
    button = _tab_to(page, "el => el.matches('.mb-drawer-button')", limit=5)
    assert button["outline"], f"the navigation button's focus is invisible: {button}"
    attributes = page.evaluate(
        """() => [document.activeElement.tagName].concat(['aria-label', 'aria-expanded'].map(
            name => document.activeElement.getAttribute(name)))"""
    )
    assert attributes == ["BUTTON", "Navigation", "false"], attributes
    for _ in range(30):
        page.keyboard.press("Tab")
        _wait_until_focus_shown(page)
        inside = page.evaluate("() => !!document.activeElement.closest('.md-sidebar--primary')")
        assert not inside, "Tab reached a link of the closed navigation drawer"

    # Back to the button (Shift+Tab would do; reloading is quicker) and open the drawer.
    _open(page, f"{site_url}{path}")
    _tab_to(page, "el => el.matches('.mb-drawer-button')", limit=5)
    page.keyboard.press("Enter")
    opened = page.evaluate(
        """() => ({checked: document.getElementById('__drawer').checked,
                   expanded: document.querySelector('.mb-drawer-button')
                       .getAttribute('aria-expanded'),
                   inDrawer: !!document.activeElement.closest('.md-sidebar--primary'),
                   href: document.activeElement.getAttribute('href')})"""
    )
    assert opened["checked"] and opened["expanded"] == "true", opened
    assert opened["inDrawer"] and opened["href"], f"focus did not move into the drawer: {opened}"
    _wait_until_focus_shown(page)
    page.keyboard.press("Tab")
    _wait_until_focus_shown(page)
    assert page.evaluate("() => !!document.activeElement.closest('.md-sidebar--primary')")

    page.keyboard.press("Escape")
    closed = page.evaluate(
        """() => ({checked: document.getElementById('__drawer').checked,
                   onButton: document.activeElement.matches('.mb-drawer-button')})"""
    )
    assert closed == {"checked": False, "onButton": True}, closed


CHROME = (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary",
          ".mb-search-button", ".md-footer", ".md-skip", ".mb-cite", ".mb-permalink",
          ".headerlink")  # fmt: skip


@pytest.mark.parametrize("page_type", ["meeting", "report"])
def test_print_shows_the_content_and_its_address_without_the_chrome(
    page_type: str,
    page: Any,
    site_url: str,
    page_types: dict[str, str],
    artifacts_dir: Path,
) -> None:
    path = page_types[page_type]
    _open(page, f"{site_url}{path}")
    page.emulate_media(media="print")
    shown = page.evaluate(
        """selectors => Object.fromEntries(selectors.map(s => [s,
            [...document.querySelectorAll(s)].some(el => getComputedStyle(el).display !== 'none'
                && el.getClientRects().length > 0)]))""",
        list(CHROME),
    )
    assert not any(shown.values()), f"{path}: site chrome is printed: {shown}"

    printed = page.evaluate(
        """() => {
            const url = document.querySelector('.mb-print-url');
            const body = getComputedStyle(document.body);
            const shown = [...document.querySelectorAll('article p')]
                .filter(p => p.getClientRects().length && p.innerText.trim());
            const text = getComputedStyle(shown[0]);
            const links = [...document.querySelectorAll('article a[href]')]
                .filter(a => a.getClientRects().length);
            return {
                url: url && getComputedStyle(url).display !== 'none' ? url.innerText : null,
                color: text.color, background: body.backgroundColor,
                linkColors: [...new Set(links.map(a => getComputedStyle(a).color))],
                linkAfters: [...new Set(links.map(a => getComputedStyle(a, '::after').content))],
                h1: document.querySelector('article h1').innerText,
            };
        }"""
    )
    assert printed["url"] is not None, f"{path}: the page's address is not printed"
    assert printed["url"].rstrip().endswith(path), f"{path}: printed address {printed['url']!r}"
    assert printed["color"] == "rgb(0, 0, 0)", f"{path}: text is {printed['color']} on paper"
    assert printed["background"] in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"), printed
    assert printed["linkColors"] == ["rgb(0, 0, 0)"], f"{path}: links print as {printed}"
    # Link addresses are not printed after every link.
    assert set(printed["linkAfters"]) <= {"none", "normal"}, printed["linkAfters"]
    assert printed["h1"], f"{path}: no title on paper"

    pdf = artifacts_dir / f"print-{page_type}.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    assert pdf.read_bytes().startswith(b"%PDF"), f"{pdf} is not a PDF"
