"""Feeds, calendars, sitemap and structured data of the site built from content/.

The site is built with a public base URL that has a path (as a GitHub project site has),
so every absolute URL must keep that path. Feeds are read back with feedparser and
calendars with icalendar, the way a feed reader and a calendar app read them; what they
say is compared with data/archive.json.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import feedparser
import pytest
from click.testing import CliRunner
from icalendar import Calendar

from conftest import CONTENT, site_names
from minutebook.cli import main
from minutebook.engine.engine_config import DEFAULT_CONFIG, DEFAULT_SITE_CONFIG
from minutebook.engine.site import build_site
from minutebook.pipeline import content_epoch, generate
from minutebook.rendering.publication import (
    DEFAULT_SITE_URL,
    SITE_URL_ENV,
    Publication,
    normalise_site_url,
)

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow

SITE_URL = "https://panel.example.org/archive/"
LONDON = ZoneInfo("Europe/London")
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("following")
    result = generate(CONTENT, tmp / "pages", DEFAULT_SITE_CONFIG, SITE_URL)
    build_site(
        DEFAULT_CONFIG,
        tmp / "pages",
        tmp / "site",
        content_epoch(result.archive),
        SITE_URL,
        **site_names(result),
    )
    return tmp / "site"


@pytest.fixture(scope="module")
def data(site: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((site / "data" / "archive.json").read_text("utf-8"))
    return loaded


def page_file(site: Path, url: str) -> Path:
    """The HTML file of an absolute or site-root-relative page URL."""
    path = urlsplit(url).path
    if path.startswith(urlsplit(SITE_URL).path):
        path = path[len(urlsplit(SITE_URL).path) :]
    return site / path.strip("/") / "index.html" if path.strip("/") else site / "index.html"


def feed_files(site: Path) -> list[Path]:
    return [site / "feed.xml", *sorted((site / "feeds").glob("*.xml"))]


class Head(HTMLParser):
    """What a crawler reads in a page's head: meta tags, links and JSON-LD."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: list[dict[str, str]] = []
        self.jsonld: list[Any] = []
        self._buffer: str | None = None
        self.anchors: list[tuple[str, str]] = []
        self._anchor: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta" and ("property" in values or "name" in values):
            self.meta[values.get("property") or values["name"]] = values.get("content", "")
        elif tag == "link":
            self.links.append(values)
        elif tag == "script" and values.get("type") == "application/ld+json":
            self._buffer = ""
        elif tag == "a" and "href" in values:
            self._anchor = values["href"]
            self.anchors.append((values["href"], ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._buffer is not None:
            self.jsonld.append(json.loads(self._buffer))
            self._buffer = None
        if tag == "a":
            self._anchor = None

    def handle_data(self, data: str) -> None:
        if self._buffer is not None:
            self._buffer += data
        elif self._anchor is not None:
            href, text = self.anchors[-1]
            self.anchors[-1] = (href, text + data)

    def link(self, rel: str, type_: str | None = None) -> str:
        (href,) = [
            x["href"]
            for x in self.links
            if rel in (x.get("rel") or "").split() and type_ in (None, x.get("type"))
        ]
        return href


def head(path: Path) -> Head:
    parser = Head()
    parser.feed(path.read_text("utf-8"))
    return parser


# -- feeds ------------------------------------------------------------------------------


def test_every_feed_parses_and_lists_the_bodys_meetings_and_dated_papers(
    site: Path, data: dict[str, Any]
) -> None:
    meetings = {m["id"]: m for m in data["meetings"]}
    for body in [None, *data["bodies"]]:
        name = f"feeds/{body['id']}.xml" if body else "feed.xml"
        feed = feedparser.parse((site / name).read_bytes())
        assert feed.bozo == 0, (name, feed.get("bozo_exception"))
        assert feed.feed.id == SITE_URL + name
        expected = {
            SITE_URL + m["url"].lstrip("/"): m["date"]
            for m in data["meetings"]
            if body is None or m["body"] == body["id"]
        }
        expected |= {
            SITE_URL + d["url"].lstrip("/"): d["date"]
            for d in data["documents"]
            if d["date"]
            and (body is None or (d["meeting"] and meetings[d["meeting"]]["body"] == body["id"]))
        }
        got = {e.id: e.updated[:10] for e in feed.entries}
        assert got == expected, name
        assert all(e.link == e.id for e in feed.entries)
        dates = [e.updated for e in feed.entries]
        assert dates == sorted(dates, reverse=True), f"{name}: not newest first"
        assert feed.feed.updated == dates[0]
        for entry in feed.entries:
            assert entry.title and entry.summary
            assert entry.summary_detail.type == "text/plain"
            assert page_file(site, entry.link).is_file(), entry.link
    # the undated annual report is in no feed: Atom entries need a date and none is guessed
    undated = [d for d in data["documents"] if d["date"] is None]
    assert undated
    everything = feedparser.parse((site / "feed.xml").read_bytes())
    assert not {SITE_URL + d["url"].lstrip("/") for d in undated} & {
        e.id for e in everything.entries
    }


def test_feed_dates_come_from_the_content_not_the_clock(site: Path, data: dict[str, Any]) -> None:
    latest = max(m["date"] for m in data["meetings"])
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert feed.feed.updated == f"{latest}T00:00:00+00:00"


def _latest_links(path: Path) -> list[str]:
    """The links of a page's "Latest" list, resolved to absolute URLs, in order."""
    html = path.read_text("utf-8")
    start = html.index('id="latest"')
    section = html[start : html.index("<h2", start)]
    parser = Head()
    parser.feed(section)
    base = SITE_URL + str(path.parent.relative_to(path.parents[2])) + "/"
    links = [href for href, _ in parser.anchors if not href.endswith(".xml")]
    return [urljoin(base, href) for href in links if not href.startswith("#")]


def test_each_topic_has_a_feed_of_its_records_newest_first(
    site: Path, data: dict[str, Any]
) -> None:
    items = {i["id"]: i for i in data["agenda_items"]}
    minutes = {m["id"]: m for m in data["minutes"]}
    assert data["topics"]
    for topic in data["topics"]:
        name = f"feeds/topics/{topic['id']}.xml"
        feed = feedparser.parse((site / name).read_bytes())
        assert feed.bozo == 0, (name, feed.get("bozo_exception"))
        assert feed.feed.id == SITE_URL + name
        ids = [e.id for e in feed.entries]
        assert len(ids) == len(set(ids)), f"{name}: an entry twice"
        wanted = {SITE_URL + items[i]["url"].lstrip("/") for i in topic["agenda_items"]}
        wanted |= {SITE_URL + minutes[m]["url"].lstrip("/") for m in topic["minutes"]}
        assert wanted <= set(ids), f"{name} misses {wanted - set(ids)}"
        dates = [e.updated for e in feed.entries]
        assert dates == sorted(dates, reverse=True), f"{name}: not newest first"
        for entry in feed.entries:
            assert entry.title and entry.summary_detail.type == "text/plain"
            assert page_file(site, entry.link).is_file(), entry.link

        # the page names the feed in its head, links it, and lists its newest entries
        path = page_file(site, topic["url"])
        assert (path.parent / head(path).link("alternate", "application/atom+xml")).resolve() == (
            site / name
        ).resolve()
        assert _latest_links(path) == ids[:10], topic["id"]


def test_each_person_has_a_feed_of_where_the_papers_record_them(
    site: Path, data: dict[str, Any]
) -> None:
    meetings = {m["id"]: m for m in data["meetings"]}
    attended: dict[str, set[str]] = {}
    for row in data["attendance"]:
        url = SITE_URL + meetings[row["meeting"]]["url"].lstrip("/") + "#minutes"
        attended.setdefault(row["person"], set()).add(url)
    asked: dict[str, set[str]] = {}
    for question in data["questions"]:
        if question["asker"]:
            asked.setdefault(question["asker"], set()).add(SITE_URL + question["url"].lstrip("/"))
    for person in data["people"]:
        name = f"feeds/people/{person['id']}.xml"
        feed = feedparser.parse((site / name).read_bytes())
        assert feed.bozo == 0, (name, feed.get("bozo_exception"))
        ids = [e.id for e in feed.entries]
        assert len(ids) == len(set(ids)), f"{name}: an entry twice"
        wanted = attended.get(person["id"], set()) | asked.get(person["id"], set())
        assert wanted <= set(ids), f"{name} misses {wanted - set(ids)}"
        dates = [e.updated for e in feed.entries]
        assert dates == sorted(dates, reverse=True), f"{name}: not newest first"
        path = page_file(site, person["url"])
        href = head(path).link("alternate", "application/atom+xml")
        assert (path.parent / href).resolve() == (site / name).resolve()
        if ids:
            assert _latest_links(path) == ids[:10], person["id"]
    assert any(attended.values()) and any(asked.values())


# -- calendars ---------------------------------------------------------------------------


def test_every_calendar_holds_its_bodys_meetings(site: Path, data: dict[str, Any]) -> None:
    for body in [None, *data["bodies"]]:
        name = f"calendars/{body['id']}.ics" if body else "calendar.ics"
        calendar = Calendar.from_ical((site / name).read_bytes())
        events = {str(e["url"]): e for e in calendar.walk("VEVENT")}
        meetings = [m for m in data["meetings"] if body is None or m["body"] == body["id"]]
        assert len(calendar.walk("VEVENT")) == len(meetings), name
        assert {SITE_URL + m["url"].lstrip("/") for m in meetings} == set(events)
        uids = [str(e["uid"]) for e in calendar.walk("VEVENT")]
        assert len(set(uids)) == len(uids)
        for meeting in meetings:
            event = events[SITE_URL + meeting["url"].lstrip("/")]
            assert str(event["uid"]) == f"{meeting['id']}@panel.example.org"
            start = event.decoded("dtstart")
            date = dt.date.fromisoformat(meeting["date"])
            if meeting["time"]:
                assert isinstance(start, dt.datetime)
                assert str(start.tzinfo) == "Europe/London"
                assert start.date() == date
                assert start.strftime("%H:%M") == meeting["time"]
                assert event["dtstart"].params["TZID"] == "Europe/London"
            else:
                assert not isinstance(start, dt.datetime) and start == date
            assert (
                str(event.get("location")) == meeting["venue"]
                if meeting["venue"]
                else ("location" not in event)
            )
            stamp = event.decoded("dtstamp")
            assert stamp.tzinfo is not None and stamp.date() >= date
        timed = any(m["time"] for m in meetings)
        zones = [str(z["tzid"]) for z in calendar.walk("VTIMEZONE")]
        assert zones == (["Europe/London"] if timed else [])


def test_a_known_start_time_is_london_time(site: Path, data: dict[str, Any]) -> None:
    """6 December 2022 at 10:00 is GMT; the calendar must not shift it."""
    calendar = Calendar.from_ical((site / "calendar.ics").read_bytes())
    (event,) = [
        e
        for e in calendar.walk("VEVENT")
        if str(e["uid"]).startswith("2022-12-06-kent-and-medway-police-and-crime-panel@")
    ]
    assert event.decoded("dtstart") == dt.datetime(2022, 12, 6, 10, 0, tzinfo=LONDON)
    assert event.decoded("dtstart").utcoffset() == dt.timedelta(0)


# -- sitemap -----------------------------------------------------------------------------


def test_sitemap_lists_every_record_page_dated_from_its_content(
    site: Path, data: dict[str, Any]
) -> None:
    root = ET.parse(site / "sitemap.xml").getroot()
    rows = {
        url.findtext("s:loc", namespaces=SITEMAP_NS): url.findtext(
            "s:lastmod", namespaces=SITEMAP_NS
        )
        for url in root.findall("s:url", SITEMAP_NS)
    }
    assert not (site / "sitemap.xml.gz").exists(), "MkDocs wrote its own sitemap"
    pages = {
        SITE_URL + r["url"].split("#")[0].lstrip("/")
        for key in ("meetings", "documents", "people", "organisations", "bodies")
        for r in data[key]
    }
    assert pages <= set(rows), sorted(pages - set(rows))[:5]
    for loc in rows:
        assert page_file(site, str(loc)).is_file(), loc
    documents = {d["id"]: d for d in data["documents"]}
    for meeting in data["meetings"]:
        dates = [meeting["date"]] + [
            documents[d]["date"] for d in meeting["documents"] if documents[d]["date"]
        ]
        assert rows[SITE_URL + meeting["url"].lstrip("/")] == max(dates)
    for document in data["documents"]:
        if document["url"].startswith("/documents/"):
            assert rows[SITE_URL + document["url"].lstrip("/")] == document["date"]
    latest = max(m["date"] for m in data["meetings"])
    assert rows[SITE_URL] == latest
    assert len(set(rows.values())) > 3, "every page has the same date: not from the content"


# -- structured data and link previews ---------------------------------------------------


def expected_types(data: dict[str, Any]) -> dict[str, str]:
    """Page URL -> the schema.org type its JSON-LD must have."""
    types = {SITE_URL: "WebSite"}
    types |= {SITE_URL + m["url"].lstrip("/"): "Event" for m in data["meetings"]}
    types |= {SITE_URL + p["url"].lstrip("/"): "Person" for p in data["people"]}
    for key in ("bodies", "organisations"):
        types |= {SITE_URL + r["url"].lstrip("/"): "GovernmentOrganization" for r in data[key]}
    for d in data["documents"]:
        if d["url"].startswith("/documents/"):
            kind = "Report" if d["kind"] in {"report", "annual_report"} else "DigitalDocument"
            types[SITE_URL + d["url"].lstrip("/")] = kind
    for folder in ("meetings", "documents", "people", "organisations", "bodies"):
        types[f"{SITE_URL}{folder}/"] = "CollectionPage"
    return types


def test_each_page_kind_has_its_json_ld_type(site: Path, data: dict[str, Any]) -> None:
    for url, kind in expected_types(data).items():
        parsed = head(page_file(site, url))
        (ld,) = parsed.jsonld
        assert ld["@context"] == "https://schema.org"
        assert ld["@type"] == kind, url
        assert ld["url"] == url == parsed.link("canonical")
        assert ld["description"]


def test_meeting_events_say_when_where_and_who(site: Path, data: dict[str, Any]) -> None:
    bodies = {b["id"]: b for b in data["bodies"]}
    for meeting in data["meetings"]:
        (ld,) = head(page_file(site, meeting["url"])).jsonld
        if meeting["time"]:
            start = dt.datetime.fromisoformat(ld["startDate"])
            local = dt.datetime.combine(
                dt.date.fromisoformat(meeting["date"]),
                dt.time.fromisoformat(meeting["time"]),
                tzinfo=LONDON,
            )
            assert start == local and start.utcoffset() == local.utcoffset()
        else:
            assert ld["startDate"] == meeting["date"]
        if meeting["venue"]:
            assert ld["location"] == {
                "@type": "Place",
                "name": meeting["venue"],
                "address": meeting["venue"],
            }
            assert ld["eventAttendanceMode"].endswith(
                "MixedEventAttendanceMode"
                if "broadcast" in meeting["venue"]
                else "OfflineEventAttendanceMode"
            )
        else:
            assert "location" not in ld and "eventAttendanceMode" not in ld
        assert ld["organizer"]["@type"] == "GovernmentOrganization"
        assert ld["organizer"]["name"] == bodies[meeting["body"]]["name"]


def test_pages_carry_open_graph_and_twitter_card_meta(site: Path, data: dict[str, Any]) -> None:
    for url, kind in expected_types(data).items():
        parsed = head(page_file(site, url))
        meta = parsed.meta
        assert meta["og:url"] == parsed.link("canonical") == url
        assert meta["og:title"] and meta["og:description"]
        assert meta["og:site_name"] == "Kent and Medway Police and Crime Panel archive"
        assert meta["og:type"] == {"Person": "profile", "Event": "article"}.get(
            kind, "article" if kind in {"Report", "DigitalDocument"} else "website"
        )
        assert meta["twitter:card"] == "summary"


def test_each_page_names_the_feed_of_its_body(site: Path, data: dict[str, Any]) -> None:
    for meeting in data["meetings"]:
        path = page_file(site, meeting["url"])
        href = head(path).link("alternate", "application/atom+xml")
        feed = (path.parent / href).resolve()
        assert feed == (site / "feeds" / f"{meeting['body']}.xml").resolve()
    home = head(site / "index.html").link("alternate", "application/atom+xml")
    assert (site / home).resolve() == (site / "feed.xml").resolve()


def test_home_and_body_pages_link_to_every_feed_and_calendar(
    site: Path, data: dict[str, Any]
) -> None:
    home = {(site / href).resolve() for href, _ in head(site / "index.html").anchors}
    for body in data["bodies"]:
        wanted = {
            (site / "feeds" / f"{body['id']}.xml").resolve(),
            (site / "calendars" / f"{body['id']}.ics").resolve(),
        }
        assert wanted <= home
        path = page_file(site, body["url"])
        links = {(path.parent / href).resolve() for href, _ in head(path).anchors}
        assert wanted <= links
    assert {(site / "feed.xml").resolve(), (site / "calendar.ics").resolve()} <= home


# -- the setting -------------------------------------------------------------------------


def test_site_url_is_normalised_and_checked() -> None:
    assert normalise_site_url("https://example.org/archive") == "https://example.org/archive/"
    assert Publication("https://example.org").absolute("/meetings/x/") == (
        "https://example.org/meetings/x/"
    )
    for bad in ("example.org", "ftp://example.org/", "https://example.org/?q=1", "/archive/"):
        with pytest.raises(ValueError):
            normalise_site_url(bad)


def test_cli_takes_the_site_url_from_the_option_or_the_environment(tmp_path: Path) -> None:
    runner = CliRunner()
    pages = tmp_path / "pages"
    args = ["build", "--content", str(CONTENT), "--pages-dir", str(pages), "--pages-only"]

    def feed_id(env: dict[str, str], *extra: str) -> str:
        result = runner.invoke(main, [*args, *extra], env=env)
        assert result.exit_code == 0, result.output
        return str(feedparser.parse((pages / "feed.xml").read_bytes()).feed.id)

    assert feed_id({SITE_URL_ENV: ""}) == DEFAULT_SITE_URL + "feed.xml"
    assert feed_id({SITE_URL_ENV: "https://env.example/x"}) == "https://env.example/x/feed.xml"
    assert (
        feed_id({SITE_URL_ENV: "https://env.example/x"}, "--site-url", "https://opt.example/")
        == "https://opt.example/feed.xml"
    )
    bad = runner.invoke(main, [*args, "--site-url", "not a url"])
    assert bad.exit_code != 0 and "--site-url" in bad.output
