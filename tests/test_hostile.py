"""Hostile and broken files beside the real documents: the archive builds, nothing runs.

The fixtures in tests/fixtures/hostile/ put scripts, event handlers, javascript:/data: URLs,
front-matter and template injection in every position a document can reach; the huge ones
are made here. Each bad file must be named in a warning, no page may carry executable
markup, and the five real documents must give the same archive as without them.
"""

from __future__ import annotations

import json
import re
import xml.dom.minidom
from html.parser import HTMLParser

import feedparser
import frontmatter
import pytest
from icalendar import Calendar

from conftest import TRICK_NAMES
from minutebook.errors import printable
from minutebook.parsing.lengths import NAME_CHARACTERS
from minutebook.rendering.data.open_data import MEETING_COLLECTIONS, archive_data
from minutebook.rendering.folding import FOLD_CHARACTERS

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow

DANGEROUS_TAGS = {"iframe", "object", "embed", "base", "frame", "svg", "math", "style"}
#: Tags that must appear nowhere on a page, theme included: <plaintext> turns the rest of
#: the page into source text, <xmp> likewise for its content.
NEVER_TAGS = {"plaintext", "xmp"}
DANGEROUS_URL = re.compile(r"^\s*(javascript|vbscript|data):", re.IGNORECASE)


class _Scanner(HTMLParser):
    def __init__(self, content_only_checks: bool) -> None:
        super().__init__()
        self.problems: list[str] = []
        self._in_script = False
        self._content = content_only_checks  # the theme's own icons are inline <svg>
        #: the text of each JSON-LD script: data, not code, so it may quote a payload; it
        #: must still parse as JSON (text that closed the element early would not)
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if (self._content and tag in DANGEROUS_TAGS) or tag in NEVER_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self._in_jsonld = True
            self.jsonld.append("")
        elif tag == "script":
            self._in_script = True
            src = dict(attrs).get("src")
            if src and not src.startswith(("../", "assets/", "./")) and "/assets/" not in src:
                self.problems.append(f"<script src={src}>")
        if tag == "meta" and dict(attrs).get("http-equiv"):
            self.problems.append("<meta http-equiv>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            if (
                name in {"href", "src", "action", "formaction", "data"}
                and value
                and DANGEROUS_URL.match(value)
            ):
                self.problems.append(f"<{tag} {name}={value[:30]}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = self._in_jsonld = False

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld[-1] += data
        if self._in_script and "alert(" in data:
            self.problems.append("payload inside a <script>")


def test_each_bad_file_is_named_in_a_warning(hostile_build) -> None:
    result, _ = hostile_build
    warned = {d.file for d in result.diagnostics.warnings}
    for name in [
        "binary.bin",
        "empty.txt",
        "windows-1252.txt",
        "undecodable.txt",
        "one-long-line.txt",
        "minutes-crlf-bom.txt",
        "front-matter-injection.txt",
        "passwd-link.txt",
        "git-config-link.txt",
        "linked-folder",
        ".drafts",
        "..txt",
        "far-future-date.txt",
        "markdown-link-syntax.txt",
        "nul-byte.txt",
        "bom-only.txt",
        "invisible-only.txt",
        "bracket-name.txt",
        "escaped-long-line.txt",
        "flattened-table.txt",
        "002_bd05b0a29f0e0bbc (copy).txt",
    ]:
        assert name in warned, f"{name} is not named in any warning"


def test_each_hostile_fault_is_named_by_file_line_and_code(hostile_build) -> None:
    result, _ = hostile_build
    found = {(d.file, d.line, d.code) for d in result.diagnostics.warnings}
    for expected in [
        ("far-future-date.txt", 1, "implausible-date"),
        ("markdown-link-syntax.txt", 7, "markdown-syntax"),
        ("markdown-link-syntax.txt", 8, "markdown-syntax"),
        ("markdown-link-syntax.txt", 13, "markdown-syntax"),
        ("nul-byte.txt", 3, "nul-byte"),
        ("nul-byte.txt", 8, "nul-byte"),
        ("bom-only.txt", None, "invisible-file"),
        ("bracket-name.txt", 3, "long-field"),
        ("escaped-long-line.txt", 5, "long-line"),
        ("002_bd05b0a29f0e0bbc (copy).txt", None, "duplicate-document"),
    ]:
        assert expected in found, expected


def test_a_copy_is_never_taken_for_the_original(hostile_build) -> None:
    result, _ = hostile_build
    files = {s.file for s in result.archive.sources}
    assert "002_bd05b0a29f0e0bbc.txt" in files
    assert "002_bd05b0a29f0e0bbc (copy).txt" not in files


def test_unicode_and_nul_documents_are_read(hostile_build) -> None:
    result, tmp = hostile_build
    titles = {d.source_file: d.title for d in result.archive.documents.values()}
    assert titles["utf-16-le.txt"] == "Estates Review in UTF-16"
    assert titles["utf-16-be.txt"] == "Fleet Review in UTF-16"
    assert titles["nul-byte.txt"] == "Victim Services Commissioning"
    for path in (tmp / "site").rglob("*.html"):
        assert "\x00" not in path.read_text("utf-8"), path
    assert "bom-only.txt" not in {s.file for s in result.archive.sources}


def test_trick_file_names_are_escaped_when_printed(hostile_build) -> None:
    result, _ = hostile_build
    printed = "\n".join(str(d) for d in result.diagnostics.warnings)
    assert "\x1b" not in printed and "\u202e" not in printed
    for name in TRICK_NAMES:
        assert f"{printable(name)}:3: warning: NUL character removed" in printed, name
    assert not any(line.startswith("line.txt") for line in printed.splitlines())


def test_markdown_link_syntax_is_shown_as_text(hostile_build) -> None:
    result, tmp = hostile_build
    [meeting] = [
        m
        for m in result.archive.meetings.values()
        if any(
            result.archive.documents[d].source_file == "markdown-link-syntax.txt"
            for d in m.documents
        )
    ]
    page = (tmp / "site" / "meetings" / meeting.id / "index.html").read_text("utf-8")
    assert "[Item B4]: withdrawn" in page and "[1]: budget-2026.pdf" in page
    assert "[chart]: https://tracker.example/pixel.png" in page
    assert 'tracker.example/pixel.png"' not in page  # never an image's or link's URL
    assert "[Click here](java" in page


def test_worst_inputs_build_bounded_and_named(hostile_build) -> None:
    result, tmp = hostile_build
    names = [a.as_written for m in result.archive.meetings.values() for a in m.attendance]
    assert max(len(n) for n in names) <= NAME_CHARACTERS
    for paper in ("bracket-name.txt", "escaped-long-line.txt", "flattened-table.txt"):
        [document] = [d for d in result.archive.documents.values() if d.source_file == paper]
        assert document.meeting is not None
        page = (tmp / "pages" / "meetings" / f"{document.meeting}.md").read_text("utf-8")
        longest = max(len(line) for line in page.split("\n"))
        assert longest <= FOLD_CHARACTERS + 200, (paper, longest)  # + a permalink


def test_every_chart_is_valid_xml(hostile_build) -> None:
    _, tmp = hostile_build
    charts = sorted((tmp / "site").rglob("*.svg"))
    assert any("okonkwo" in str(path) for path in charts)
    for path in charts:
        xml.dom.minidom.parse(str(path))


def test_no_page_carries_executable_markup(hostile_build) -> None:
    _, tmp = hostile_build
    problems = []
    for html in sorted((tmp / "site").rglob("*.html")):
        page = html.read_text("utf-8")
        start, end = page.find("<article"), page.find("</article>")
        assert 0 <= start < end, f"{html}: no <article>"
        for text, content_only in ((page, False), (page[start:end], True)):
            scanner = _Scanner(content_only)
            scanner.feed(text)
            problems += [f"{html.relative_to(tmp / 'site')}: {p}" for p in scanner.problems]
            for data in scanner.jsonld:
                json.loads(data)  # the whole script element is one JSON value
    assert not problems, "\n".join(problems[:20])


def test_hostile_text_is_shown_as_text(hostile_build) -> None:
    _, tmp = hostile_build
    pages = [p.read_text("utf-8") for p in (tmp / "site" / "documents").rglob("index.html")]
    text = "\n".join(pages)
    assert "&lt;script&gt;alert('paragraph')&lt;/script&gt;" in text
    assert "{{ config.site_name }}" in text


def test_front_matter_cannot_be_injected(hostile_build) -> None:
    result, tmp = hostile_build
    for path in (tmp / "pages").rglob("*.md"):
        meta = frontmatter.load(path).metadata
        assert meta.get("title") != "Hijacked", path
        assert all(isinstance(k, str) for k in meta), path
    injected = [
        d
        for d in result.archive.documents.values()
        if d.source_file == "front-matter-injection.txt"
    ]
    assert injected, "the injection file must still be published as a document"


def test_real_documents_give_the_same_archive(hostile_build, real_archive) -> None:
    result, _ = hostile_build
    real, _, _ = real_archive
    real_files = {s.file for s in real.sources}

    def real_part(data: dict) -> dict:
        """The records that the real documents give: their papers, the meetings those
        papers speak of, and the people, bodies and organisations those meetings name."""
        data = json.loads(json.dumps(data))
        data["sources"] = [s for s in data["sources"] if s["file"] in real_files]
        data["documents"] = [d for d in data["documents"] if d["source_file"] in real_files]
        docs = {d["id"] for d in data["documents"]}
        data["meetings"] = [m for m in data["meetings"] if set(m["documents"]) & docs]
        meetings = {m["id"] for m in data["meetings"]}
        for meeting in data["meetings"]:
            meeting["documents"] = [d for d in meeting["documents"] if d in docs]
        for key in MEETING_COLLECTIONS:
            data[key] = [r for r in data[key] if r["meeting"] in meetings]
        for key in ("mentions", "references", "organisation_mentions"):
            data[key] = [r for r in data[key] if r["document"] in docs]
        for item in data["agenda_items"]:
            item["documents"] = [d for d in item["documents"] if d in docs]
        named = {
            r.get("person") or r.get("asker")
            for key in ("attendance", "memberships", "questions", "declarations", "mentions")
            for r in data[key]
        }
        data["people"] = [p for p in data["people"] if p["id"] in named]
        data["bodies"] = [
            b for b in data["bodies"] if b["id"] in {m["body"] for m in data["meetings"]}
        ]
        orgs = {r.get("organisation") for key in ("memberships", "questions") for r in data[key]}
        data["organisations"] = [o for o in data["organisations"] if o["id"] in orgs]
        # a topic's records from the real documents (another paper may share a topic)
        real = {r["id"] for key in ("agenda_items", "minutes", "documents") for r in data[key]}
        for topic in data["topics"]:
            for key in ("agenda_items", "minutes", "documents"):
                topic[key] = [r for r in topic[key] if r in real]
        data["topics"] = [
            t for t in data["topics"] if t["agenda_items"] or t["minutes"] or t["documents"]
        ]
        return data

    assert real_part(archive_data(result.archive)) == real_part(archive_data(real))


def test_records_named_like_the_site_never_replace_its_index_pages(hostile_build) -> None:
    result, tmp = hostile_build
    for folder in ("documents", "people", "bodies", "meetings", "organisations"):
        meta = frontmatter.load(tmp / "pages" / folder / "index.md").metadata
        assert meta["kind"] == folder, folder
    assert "index" not in result.archive.people
    assert "index" not in result.archive.documents
    assert "index" not in result.archive.bodies


class _Head(HTMLParser):
    """The og:title and the JSON-LD of a page, as a browser or a crawler reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.og: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.title = ""
        self._in_jsonld = self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and (values.get("property") or "").startswith("og:"):
            self.og[values["property"] or ""] = values.get("content") or ""
        if tag == "script" and values.get("type") == "application/ld+json":
            self._in_jsonld = True
            self.jsonld.append("")
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_jsonld = self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld[-1] += data
        if self._in_title:
            self.title += data


def test_feed_calendar_and_structured_data_carry_hostile_text_as_text(hostile_build) -> None:
    """feed-breakers.txt puts ']]>', '&', quotes, unclosed '</script' and '</title', and control
    characters in a report title and a venue: the feed and the calendar parse, the JSON-LD
    stays one JSON value, and each shows the text as written (less the control characters,
    which XML and iCalendar cannot carry)."""
    _, tmp = hostile_build
    site = tmp / "site"
    report = next(
        d
        for d in json.loads((site / "data" / "archive.json").read_text("utf-8"))["documents"]
        if d["source_file"] == "feed-breakers.txt" and d["kind"] == "report"
    )
    title = 'Road ]]> & "Safety" </script </title Review Part 2'
    venue = 'Hall ]]> & "Annex" </script Room'
    assert report["title"] == 'Road ]]> & "Safety" </script </title Review\x0b\x01 Part 2'

    for feed_file in ("feed.xml", "feeds/kent-and-medway-police-and-crime-panel.xml"):
        feed = feedparser.parse((site / feed_file).read_bytes())
        assert feed.bozo == 0, (feed_file, feed.get("bozo_exception"))
        assert f"Report: {title}" in [e.title for e in feed.entries]
        meeting = next(
            e
            for e in feed.entries
            if e.id.endswith("/2024-01-01-kent-and-medway-police-and-crime-panel/")
        )
        assert venue in meeting.summary

    # every feed, a topic's and a person's too, stays well-formed XML around that text
    for feed_file in sorted((site / "feeds").rglob("*.xml")):
        feed = feedparser.parse(feed_file.read_bytes())
        assert feed.bozo == 0, (feed_file, feed.get("bozo_exception"))

    for ics_file in ("calendar.ics", "calendars/kent-and-medway-police-and-crime-panel.ics"):
        calendar = Calendar.from_ical((site / ics_file).read_bytes())
        event = next(
            e
            for e in calendar.walk("VEVENT")
            if str(e["uid"]).startswith("2024-01-01-kent-and-medway-police-and-crime-panel@")
        )
        assert str(event["location"]) == venue

    head = _Head()
    head.feed((site / report["url"].strip("/") / "index.html").read_text("utf-8"))
    assert head.og["og:title"] == title
    assert head.title == f"{report['title']} - Kent and Medway Police and Crime Panel archive"
    (data,) = [json.loads(text) for text in head.jsonld]
    assert data["name"] == report["title"]
    assert data["@type"] == "Report"

    head = _Head()
    meeting_page = site / "meetings" / "2024-01-01-kent-and-medway-police-and-crime-panel"
    head.feed((meeting_page / "index.html").read_text("utf-8"))
    (data,) = [json.loads(text) for text in head.jsonld]
    assert data["location"]["name"] == venue


def test_nothing_outside_the_documents_folder_is_published(hostile_build) -> None:
    """Links (to /etc/passwd, to the checkout's .git/config, to a folder) and hidden
    folders are skipped: no paper, no source file, no row in archive.json comes from them,
    and no page of the site quotes what they hold."""
    result, tmp = hostile_build
    files = {s.file for s in result.archive.sources}
    assert not any(
        f.startswith((".drafts/", "linked-folder/")) or f.endswith("-link.txt") or f == "..txt"
        for f in files
    ), sorted(files)
    secret = "DRAFT-NEVER-PUBLISH"
    for path in (tmp / "site").rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".xml", ".ics", ".txt"}:
            text = path.read_text("utf-8", errors="replace")
            assert secret not in text, path
            assert "root:x:0:0" not in text, path
            assert "[remote" not in text, path


def test_unclosed_and_long_tags_in_titles_stay_text(hostile_build) -> None:
    """A subject with a tag that never closes, or with a closed tag of 700 characters,
    reaches the header and <title> as text: escaped, never a tag."""
    _, tmp = hostile_build
    data = json.loads((tmp / "site" / "data" / "archive.json").read_text("utf-8"))
    papers = {d["source_file"]: d for d in data["documents"] if d["kind"] == "report"}
    unclosed = papers["unclosed-tags.txt"]
    assert "<img src=x onerror=alert('unclosed')//" in unclosed["title"]
    assert "<img" not in papers["long-closed-tag.txt"]["title"]
    page = (tmp / "site" / unclosed["url"].strip("/") / "index.html").read_text("utf-8")
    assert "&lt;img src=x onerror=alert(&#39;unclosed&#39;)//" in page
    assert "<img src=x onerror" not in page
