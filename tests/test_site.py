"""The built site: MkDocs strict succeeds, every archive.json url resolves, no third party."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import CONTENT, site_names
from minutebook.engine.engine_config import DEFAULT_CONFIG, DEFAULT_SITE_CONFIG
from minutebook.engine.search_index import SIGNATURE, build_search_index
from minutebook.engine.site import build_site
from minutebook.pipeline import content_epoch, generate

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") in {"canonical", "alternate"}:
            return  # names the page's own address or its feed: loads nothing
        if values.get("id"):
            self.ids.add(values["id"] or "")
        for attr in ("href", "src"):
            if values.get(attr):
                self.refs.append((tag, attr, values[attr] or ""))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("site")
    result = generate(CONTENT, tmp / "pages", DEFAULT_SITE_CONFIG)
    build_site(DEFAULT_CONFIG, tmp / "pages", tmp / "site", **site_names(result))
    build_search_index(tmp / "site")
    return tmp / "site"


def _page(site: Path, url: str) -> _Collector:
    path = urlsplit(url).path
    file = site / path.lstrip("/") / "index.html" if path.endswith("/") else site / path.lstrip("/")
    assert file.exists(), f"{url}: no page {file}"
    collector = _Collector()
    collector.feed(file.read_text("utf-8"))
    return collector


def test_archive_json_is_published_and_every_url_resolves(site: Path) -> None:
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    urls = [
        r["url"]
        for key, records in data.items()
        if isinstance(records, list)
        for r in records
        if isinstance(r, dict) and "url" in r
    ]
    assert len(urls) > 100
    for url in urls:
        fragment = urlsplit(url).fragment
        page = _page(site, url)
        if fragment:
            assert fragment in page.ids, f"{url}: no element with id {fragment!r}"


def test_pages_for_every_meeting_and_document(site: Path) -> None:
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    for meeting in data["meetings"]:
        _page(site, meeting["url"])
    for document in data["documents"]:
        _page(site, document["url"])
    assert {d["kind"] for d in data["documents"]} >= {
        "agenda",
        "minutes",
        "report",
        "annual_report",
        "work_programme",
    }


def test_no_page_loads_anything_from_another_host(site: Path) -> None:
    offenders = []
    for html in site.rglob("*.html"):
        collector = _Collector()
        collector.feed(html.read_text("utf-8"))
        for tag, attr, value in collector.refs:
            loads = tag in {"script", "img", "iframe", "link", "source", "video", "audio"}
            if loads and re.match(r"^(https?:)?//", value):
                offenders.append(f"{html.relative_to(site)}: <{tag} {attr}={value}>")
    assert not offenders, "\n".join(offenders[:10])


def test_internal_links_and_anchors_resolve(site: Path) -> None:
    broken = []
    pages = {p: None for p in site.rglob("*.html")}
    cache: dict[Path, set[str]] = {}
    for html in pages:
        collector = _Collector()
        collector.feed(html.read_text("utf-8"))
        for tag, _attr, value in collector.refs:
            if tag != "a" or re.match(r"^[a-z]+:", value) or value.startswith("//"):
                continue
            path, _, fragment = value.partition("#")
            if path.startswith("/"):
                target = (site / path.lstrip("/")).resolve()
            else:
                target = (html.parent / path).resolve() if path else html
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{html.relative_to(site)} -> {value}")
                continue
            if fragment and target.suffix == ".html":
                if target not in cache:
                    c = _Collector()
                    c.feed(target.read_text("utf-8"))
                    cache[target] = c.ids
                # a range of a source's lines (#L80-L96): both of its lines must exist
                lines = re.fullmatch(r"L(\d+)-L(\d+)", fragment)
                needed = {f"L{lines[1]}", f"L{lines[2]}"} if lines else {fragment}
                if not needed <= cache[target]:
                    broken.append(f"{html.relative_to(site)} -> {value} (no anchor)")
    assert not broken, "\n".join(broken[:20])


def test_two_builds_give_byte_identical_sites(site: Path, tmp_path: Path) -> None:
    result = generate(CONTENT, tmp_path / "pages", DEFAULT_SITE_CONFIG)
    build_site(DEFAULT_CONFIG, tmp_path / "pages", tmp_path / "site", **site_names(result))
    build_search_index(tmp_path / "site")
    first = sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    second = sorted(
        p.relative_to(tmp_path / "site") for p in (tmp_path / "site").rglob("*") if p.is_file()
    )
    assert first == second
    assert any(rel.parts[0] == "pagefind" for rel in first), "no search index was built"
    differing = [
        str(rel)
        for rel in first
        if (site / rel).read_bytes() != (tmp_path / "site" / rel).read_bytes()
    ]
    assert not differing, differing[:10]


def test_content_epoch_is_the_latest_date_in_the_archive(real_archive) -> None:
    archive, _, _ = real_archive
    latest = max(m.date for m in archive.meetings.values())
    assert content_epoch(archive) == int(
        dt.datetime.combine(latest, dt.time(), tzinfo=dt.UTC).timestamp()
    )


def test_json_sidecar_beside_every_meeting_and_person_page(site: Path) -> None:
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    for collection, key in (("meetings", "meeting"), ("people", "person")):
        for record in data[collection]:
            sidecar = site / record["url"].strip("/") / "index.json"
            assert sidecar.exists(), sidecar
            loaded = json.loads(sidecar.read_text("utf-8"))
            assert loaded[key] == record
    hill = json.loads((site / "people" / "mike-hill" / "index.json").read_text("utf-8"))
    assert {a["meeting"] for a in hill["attendance"]} == {
        a["meeting"] for a in data["attendance"] if a["person"] == "mike-hill"
    }


def test_every_cite_block_parses_and_its_url_leads_to_its_record(site: Path) -> None:
    """Each meeting, agenda item, minute and paper has a Cite block whose CSL-JSON parses
    and whose URL is the page and anchor of the thing cited; a meeting page has one block
    of its own ("Cite this meeting"), its minutes and items compact ones, and a paper page
    one ("Cite this paper")."""
    blocks = 0
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    meeting_pages = {site / m["url"].strip("/") / "index.html": "meeting" for m in data["meetings"]}
    paper_pages = {
        site / d["url"].strip("/") / "index.html": "paper"
        for d in data["documents"]
        if "#" not in d["url"]
    }
    assert paper_pages
    for html_file, own in sorted({**meeting_pages, **paper_pages}.items()):
        text = html_file.read_text("utf-8")
        ids = _ids(text)
        found = re.findall(
            r'<details class="mb-cite([^"]*)"[^>]*\bid="cite-([^"]+)"[^>]*>.*?<code>(.*?)</code>',
            text,
            re.S,
        )
        for compact, anchor, code in found:
            [csl] = json.loads(unescape(code))
            parts = urlsplit(csl["URL"])
            path, fragment = parts.path, parts.fragment
            assert (site / path.strip("/") / "index.html") == html_file, csl["URL"]
            assert fragment == ("" if anchor == own else anchor)
            assert not fragment or fragment in ids, csl["URL"]
            assert (anchor == own) == (compact == ""), (html_file, anchor)
            blocks += 1
        assert [anchor for compact, anchor, _ in found if not compact] == [own], html_file
    assert blocks > 50


def _ids(html: str) -> set[str]:
    collector = _Collector()
    collector.feed(html)
    return collector.ids


class _SearchMarks(HTMLParser):
    """What the indexer reads from a page: is it indexed, its meta and filters, and the
    ids of its headings (the places results can point at)."""

    def __init__(self) -> None:
        super().__init__()
        self.indexed = False
        self.meta: dict[str, str] = {}
        self.filters: dict[str, set[str]] = {}
        self.heading_ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if "data-pagefind-body" in values:
            self.indexed = True
        if re.fullmatch(r"h[1-6]", tag) and values.get("id"):
            self.heading_ids.add(values["id"] or "")
        for attr, into in (("data-pagefind-meta", "meta"), ("data-pagefind-filter", "filter")):
            key = (values.get(attr) or "").removesuffix("[data-value]")
            if key:
                value = values.get("data-value") or ""
                if into == "meta":
                    self.meta[key] = value
                else:
                    self.filters.setdefault(key, set()).add(value)


def _marks(site: Path, url: str) -> _SearchMarks:
    path = urlsplit(url).path
    marks = _SearchMarks()
    marks.feed((site / path.lstrip("/") / "index.html").read_text("utf-8"))
    return marks


def test_search_index_is_pagefind_over_the_record_pages_only(site: Path) -> None:
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    assert not (site / "search").exists(), "Material's search_index.json is still built"
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    records = [
        *data["meetings"],
        *(d for d in data["documents"] if "#" not in d["url"]),
        *data["people"],
        *data["organisations"],
        *data["bodies"],
    ]
    assert entry["languages"]["en"]["page_count"] == len(records)
    for record in records:
        assert _marks(site, record["url"]).indexed, f"{record['url']} is not indexed"
    people_urls = {p["url"] for p in data["people"]}
    not_indexed = [
        html.relative_to(site)
        for html in site.rglob("index.html")
        if html.parent.relative_to(site).parts[:1] != ("pagefind",)
        and "/" + str(html.parent.relative_to(site)).strip(".") + "/"
        not in {r["url"] for r in records}
    ]
    aliases = [p for p in not_indexed if p.parts[0] == "people" and len(p.parts) == 3]
    assert aliases, "expected alias pages at old person addresses"
    assert all(f"/{p.parent}/" not in people_urls for p in aliases)
    for rel in not_indexed:  # home, index pages, alias pages
        marks = _SearchMarks()
        marks.feed((site / rel).read_text("utf-8"))
        assert not marks.indexed, f"{rel} should not be indexed"


def test_results_carry_the_meeting_item_date_and_filters(site: Path) -> None:
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    bodies = {b["id"]: b["name"] for b in data["bodies"]}
    people = {p["id"]: p["name"] for p in data["people"]}
    items = {i["id"]: i for i in data["agenda_items"]}
    meetings = {m["id"]: m for m in data["meetings"]}
    for document in (d for d in data["documents"] if "#" not in d["url"] and d["agenda_item"]):
        marks = _marks(site, document["url"])
        meeting = meetings[document["meeting"]]
        item = items[document["agenda_item"]]
        assert marks.meta["item"] == f"{item['code']} {item['title']}"
        assert marks.meta["meeting"].startswith(bodies[meeting["body"]])
        assert marks.filters["body"] == {bodies[meeting["body"]]}
        assert marks.filters["year"] == {document["date"][:4]}
    for meeting in data["meetings"]:
        marks = _marks(site, meeting["url"])
        named = {people[a["person"]] for a in data["attendance"] if a["meeting"] == meeting["id"]}
        assert named <= marks.filters.get("person", set()), meeting["id"]
        assert marks.filters["year"] == {meeting["date"][:4]}
        assert "Meeting" in marks.filters["kind"]


def test_items_minutes_and_report_sections_are_headings_with_ids(site: Path) -> None:
    """Search results point at the heading a hit falls under: items and minutes must be
    headings (with the ids archive.json gives), and so must a report's sections."""
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    for record in [*data["agenda_items"], *data["minutes"]]:
        fragment = urlsplit(record["url"]).fragment
        assert fragment in _marks(site, record["url"]).heading_ids, record["url"]
    report = next(d for d in data["documents"] if d["title"] == "Road Safety")
    assert {"introduction", "recommendation"} <= _marks(site, report["url"]).heading_ids


def _indexed(site: Path) -> dict[str, dict[str, Any]]:
    """What Pagefind stored for each indexed page (its fragment files: gzipped JSON after
    a signature), by page URL."""
    fragments = {}
    for file in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(file.read_bytes()).removeprefix(SIGNATURE)
        fragment = json.loads(data)
        fragments[fragment["url"]] = fragment
    return fragments


def test_search_index_holds_the_words_not_the_page_furniture(site: Path) -> None:
    """Excerpts come from the words of the records: the address printed at the foot of
    each page, and the facts box naming the source file, are left out of the index."""
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    indexed = _indexed(site)
    assert indexed
    for url, fragment in indexed.items():
        assert "Printed from" not in fragment["content"], url
    records = [*data["meetings"], *(d for d in data["documents"] if "#" not in d["url"])]
    sources = {d["id"]: d["source_file"] for d in data["documents"]}
    for record in records:
        files = [sources[d] for d in record.get("documents", [])] or [record["source_file"]]
        for file in files:
            assert file not in indexed[record["url"]]["content"], (record["url"], file)


def test_every_numbered_paragraph_is_a_place_search_can_point_at(site: Path) -> None:
    """A hit deep in a minute links to its paragraph, not the minute's heading: each
    paragraph with an address in archive.json is an anchor in its page's index entry."""
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    indexed = _indexed(site)
    paragraphs = [p for m in data["minutes"] for p in m["paragraphs"]]
    assert paragraphs
    for paragraph in paragraphs:
        page, _, anchor = paragraph["url"].partition("#")
        anchors = {a["id"]: a["element"] for a in indexed[page]["anchors"]}
        # a numbered paragraph is a <p>; a minute's bullet (board notes) its <li>
        assert anchors.get(anchor) in {"p", "li"}, paragraph["url"]


def test_numbers_in_headings_weigh_like_the_words_of_the_text(site: Path) -> None:
    """A minute's number and an item's code stand in headings, which the indexer ranks
    above text unless told otherwise: each carries the weight of text (1), so "101" in
    the minutes' words is not outranked by minute 101's heading."""
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    numbered = [(m["url"], f"{m['number']}.") for m in data["minutes"] if m["number"]]
    coded = [(i["url"], i["code"]) for i in data["agenda_items"] if i["code"]]
    assert numbered and coded
    for url, shown in numbered + coded:
        page, _, anchor = url.partition("#")
        html = (site / page.strip("/") / "index.html").read_text("utf-8")
        heading = re.search(rf'<h3[^>]* id="{re.escape(anchor)}"[^>]*>(.*?)</h3>', html, re.S)
        assert heading, url
        weighted = f'<span data-pagefind-weight="1">{escape(shown, quote=False)}</span>'
        assert heading.group(1).startswith(weighted), (url, heading.group(1)[:120])


def test_annual_report_and_appendix_pages_in_the_built_site(site: Path) -> None:
    """The annual report reads as h2 sections with h3 sections inside, each with an id its
    table of contents links to; an appendix has its page under its report's address, and
    the two link to each other."""
    data = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    annual = next(d for d in data["documents"] if d["kind"] == "annual_report")
    html = (site / annual["url"].strip("/") / "index.html").read_text("utf-8")
    article = html.split('<article class="md-content__inner', 1)[1]
    headings = re.findall(r'<h([23]) id="([^"]+)"', article)
    assert ("2", "my-priorities-for-the-chief-constable-to-deliver") in headings
    assert [level for level, _ in headings].count("3") >= 15
    toc = html.split('data-md-component="toc"', 1)[1].split('class="md-content"', 1)[0]
    for _, anchor in headings:
        assert f'href="#{anchor}"' in toc, anchor
    appendix = next(d for d in data["documents"] if d["kind"] == "appendix")
    report = next(d for d in data["documents"] if d["id"] == appendix["parent"])
    assert appendix["url"].startswith(report["url"])
    page = (site / appendix["url"].strip("/") / "index.html").read_text("utf-8")
    assert 'href="../"' in page  # back to its report
    report_page = (site / report["url"].strip("/") / "index.html").read_text("utf-8")
    name = appendix["url"].rstrip("/").rsplit("/", 1)[1]
    assert f'href="{name}/"' in report_page


class _Text(HTMLParser):
    """The text a reader sees on a page (not scripts, styles or code), and its links."""

    HIDDEN = frozenset({"script", "style", "code", "pre", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.hrefs: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        href = dict(attrs).get("href")
        if tag == "a" and href is not None:
            self.hrefs.append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.text.append(data)


#: Markup of the conversions that must never reach a reader as text.
SHOWN_MARKUP = re.compile(r"\*\*|</?(?:b|p|ul|ol|li|i|sup|br)\s*/?>", re.IGNORECASE)


def test_no_page_shows_conversion_markup_furniture_or_links_to_nowhere(site: Path) -> None:
    """Every built page: no link to a bare '#', no literal '**', no '<b>' or '<p>' shown
    as text, no "This page is intentionally left blank", no running "Item 3" header."""
    problems: list[str] = []
    # a source's own page (sources/<hash>/) shows the file exactly as converted, markup
    # and all, as its plain text beside it does: that is what readers check pages against
    pages = sorted(p for p in site.rglob("*.html") if not {"pagefind", "sources"} & set(p.parts))
    for page in pages:
        parser = _Text()
        parser.feed(page.read_text("utf-8"))
        text = "".join(parser.text)
        name = page.relative_to(site).as_posix()
        problems += [f"{name}: link to nowhere" for href in parser.hrefs if href == "#"]
        problems += [f"{name}: shows {m.group(0)!r}" for m in SHOWN_MARKUP.finditer(text)]
        if "intentionally left blank" in text.lower():
            problems.append(f"{name}: blank-page notice")
        if re.search(r"(?m)^\s*#*\s*Item \d+\s*$", text):
            problems.append(f"{name}: running page header")
    assert len(pages) > 100
    assert not problems, "\n".join(problems[:20])


def test_footnote_markers_link_to_their_footnotes_on_the_built_page(site: Path) -> None:
    """The road-safety paper's "Vision Zero'.¹" links to footnote 1 on the same page."""
    linked = 0
    for page in sorted((site / "documents").rglob("index.html")):
        html = page.read_text("utf-8")
        for mark in re.findall(r'href="#footnote-(\d+)"', html):
            assert f'id="footnote-{mark}"' in html, page
            linked += 1
    assert linked >= 1
