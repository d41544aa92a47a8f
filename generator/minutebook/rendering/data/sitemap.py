"""sitemap.xml of every record page, dated from the content.

Minutebook writes the sitemap itself, like every other machine-readable output, rather than
leaving it to MkDocs: the engine's sitemap dates every page with the build date, while here
each page's <lastmod> is the latest date of what it shows (a meeting and its papers, a
person's latest meeting, ...). An empty `sitemap.xml` template in site_config/overrides
stops MkDocs from writing its own over this one. Alias pages (old addresses of a person)
are left out: they are not the canonical page of anything.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable

from ...model import Archive, DocumentKind
from ..pages.pages import Page
from ..publication import Publication
from ..urls import url_of

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
SITEMAP = "sitemap.xml"
DOCUMENT_KINDS = {kind.value for kind in DocumentKind}
#: Page kinds that are not a page of their own in the sitemap.
NOT_LISTED = {"person-alias"}


def latest_content_date(archive: Archive) -> dt.date | None:
    dates = [m.date for m in archive.meetings.values()]
    dates += [d.date for d in archive.documents.values() if d.date]
    return max(dates, default=None)


def page_date(
    page: Page, archive: Archive, latest: Callable[[], dt.date | None] | None = None
) -> dt.date | None:
    """The latest content date a page shows; None when its record carries no date.
    `latest` gives `latest_content_date(archive)`, for a caller that has it already."""
    kind = page.meta.get("kind")
    record = page.meta.get("id")
    if kind in DOCUMENT_KINDS:
        document = archive.documents.get(str(record))
        return document.date if document else None
    if kind == "meeting":
        meeting = archive.meetings[str(record)]
        papers = (archive.documents[d].date for d in meeting.documents)
        return max([meeting.date, *(d for d in papers if d)])
    if kind in {"person", "body"}:
        dates = [archive.meetings[m].date for m in page.meta.get("meetings", [])]
        return max(dates, default=None)
    if kind == "organisation":
        dates = [
            m.date
            for m in archive.meetings.values()
            if any(x.organisation == record for x in m.membership)
            or any(q.organisation == record for q in m.questions)
        ]
        return max(dates, default=None)
    # the home page, the index pages and any other listing: the archive as a whole
    return latest() if latest is not None else latest_content_date(archive)


SitemapRow = tuple[str, dt.date | None]  # a page's absolute URL and its last content date


class SitemapRows:
    """What the sitemap says of each page of one archive (None: a page it does not list).
    The archive's latest date, which every listing and year page carries, is worked out
    once rather than from every meeting and paper for each such page."""

    def __init__(self, archive: Archive, publication: Publication) -> None:
        self.archive = archive
        self.publication = publication
        self.latest = latest_content_date(archive)

    def __call__(self, page: Page) -> SitemapRow | None:
        if page.meta.get("kind") in NOT_LISTED:
            return None
        lastmod = page_date(page, self.archive, lambda: self.latest)
        return self.publication.absolute(url_of(page.path)), lastmod


def sitemap_xml(pages: Iterable[Page], archive: Archive, publication: Publication) -> str:
    """The sitemap document, URLs in a fixed order."""
    return sitemap_document(map(SitemapRows(archive, publication), pages))


def sitemap_document(rows: Iterable[SitemapRow | None]) -> str:
    """The sitemap document of the pages' rows (`sitemap_row`), URLs in a fixed order."""
    urlset = ET.Element("urlset", xmlns=SITEMAP_NS)
    for loc, lastmod in sorted(row for row in rows if row is not None):
        url = ET.SubElement(urlset, "url")
        ET.SubElement(url, "loc").text = loc
        if lastmod:
            ET.SubElement(url, "lastmod").text = lastmod.isoformat()
    ET.indent(urlset)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(urlset, "unicode") + "\n"
