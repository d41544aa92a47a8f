"""Where the site is published: the one setting behind every absolute URL.

Feeds, calendars, the sitemap, JSON-LD and Open Graph need absolute URLs, which the pages
themselves never do (their links are relative, and archive.json's are site-root-relative).
The public base URL comes from `minutebook build --site-url` (or MINUTEBOOK_SITE_URL), else
from `site_url` in content/site.yaml, and is handed to the engine as its `site_url`, so the
engine's canonical links agree with ours. A publication also carries the archive's
`Settings` (name, timezone, locale), which feeds, calendars and structured data print.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..config import DEFAULT_SITE_URL, Settings

#: The environment variable the CLI reads when --site-url is not given.
SITE_URL_ENV = "MINUTEBOOK_SITE_URL"

#: Characters XML 1.0 and iCalendar text cannot carry (C0 controls but tab and newlines,
#: unpaired surrogates, U+FFFE/U+FFFF); lxml refuses them, so they are dropped first.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def plain(text: str) -> str:
    """Untrusted document text made safe to hand to an XML or iCalendar writer: characters
    neither format can represent are removed; escaping is left to the writer library."""
    return _NOT_XML.sub("", unicodedata.normalize("NFC", text))


def normalise_site_url(value: str) -> str:
    """'https://example.org/archive' -> 'https://example.org/archive/'.

    Only absolute http(s) URLs without query or fragment are accepted: the value is joined
    to page paths, so anything else would give broken links everywhere.
    """
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ValueError(f"site URL {value!r} is not an absolute http(s) URL")
    if parts.query or parts.fragment:
        raise ValueError(f"site URL {value!r} must not have a query or fragment")
    return value if value.endswith("/") else value + "/"


@dataclass(frozen=True)
class Publication:
    """The public base URL of the built site, and how to make absolute URLs from it."""

    site_url: str = DEFAULT_SITE_URL
    settings: Settings = field(default_factory=Settings)

    def __post_init__(self) -> None:
        object.__setattr__(self, "site_url", normalise_site_url(self.site_url))

    def absolute(self, url: str) -> str:
        """A site-root-relative URL ('/meetings/x/#agenda') or a site path ('feed.xml')
        made absolute under the base URL (which may itself have a path)."""
        return self.site_url + url.lstrip("/")

    @property
    def host(self) -> str:
        """The base URL's host name, which makes calendar UIDs globally unique."""
        return urlsplit(self.site_url).hostname or ""
