"""The archive's settings: one object, read from `content/site.yaml`, never fixed in code.

What differs between one archive and the next (its name and description, the timezone its
bodies meet in, the language of its documents, where it is published, the licence of its
data) is the maintainer's to say, in the content folder beside the documents. Every stage
that needs one of these reads it from `Settings`; nothing in the package names a body.
A missing file gives the neutral defaults below, so a bare folder of documents still builds.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from .errors import ContentError, yaml_problem

#: The file, inside the content folder.
SETTINGS_FILE = "site.yaml"
#: The base URL of an unconfigured build: a local preview (`python3 -m http.server -d site`
#: and `minutebook serve` both listen on port 8000), so feeds and calendars still validate.
DEFAULT_SITE_URL = "http://localhost:8000/"
#: What a citation's template may name (docs/settings.md): the body, what is cited
#: ("minutes of 17 October 2023, minute 103"), the archive's name, the permalink and the
#: date the reader accessed it (filled in by the reader's browser).
CITATION_FIELDS = ("body", "cited", "archive", "url", "accessed")


@dataclass(frozen=True)
class Settings:
    """One archive's settings (`content/site.yaml`; each key is documented in docs/)."""

    #: the archive's name: the site's name, the home page heading, feed and calendar titles
    name: str = "Minutebook archive"
    #: one sentence on what the archive holds: the home page and its structured data
    description: str = "Meetings, minutes, reports and people of a public body."
    #: the IANA timezone the bodies meet in; documents print local times
    timezone: str = "Europe/London"
    #: the BCP 47 language tag of the documents ("en-GB")
    locale: str = "en-GB"
    #: the public base URL when `--site-url` / MINUTEBOOK_SITE_URL do not give one
    site_url: str = DEFAULT_SITE_URL
    #: the licence of the published data (an SPDX id or a URL), or None when unstated
    data_licence: str | None = None
    #: the site engine that turns the pages into HTML: "mkdocs" or "properdocs"
    engine: str = "mkdocs"
    #: the wording of the conventional citation on every Cite block, with {body}, {cited},
    #: {archive}, {url} and {accessed} standing for their values
    citation: str = "{body}, {cited}. {archive}. {url}. Accessed {accessed}."

    @property
    def language(self) -> str:
        """The primary language subtag ("en"), for the engine's theme."""
        return self.locale.split("-")[0].lower()

    @property
    def og_locale(self) -> str:
        """The locale as Open Graph spells it ("en_GB")."""
        language, _, region = self.locale.partition("-")
        return f"{language.lower()}_{region.upper()}" if region else language.lower()


_KEYS = {
    "name": "name",
    "description": "description",
    "timezone": "timezone",
    "locale": "locale",
    "site_url": "site_url",
    "data_licence": "data_licence",
    "engine": "engine",
    "citation": "citation",
}
#: The values `engine` may take (the engine package's name; see docs/engines.md).
ENGINES = ("mkdocs", "properdocs")


def load_settings(content_dir: Path) -> Settings:
    """The settings in `content_dir/site.yaml`; the defaults when there is no such file.
    A wrong value is a `ContentError` naming the file and the key."""
    path = content_dir / SETTINGS_FILE
    if not path.is_file():
        return Settings()
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path}: not readable YAML ({yaml_problem(exc)})") from exc
    if not isinstance(data, dict):
        raise ContentError(f"{path}: expected a mapping of settings")
    unknown = sorted(set(map(str, data)) - set(_KEYS))
    if unknown:
        raise ContentError(f"{path}: unknown setting(s) {', '.join(unknown)}")
    values: dict[str, str | None] = {}
    for key, field_name in _KEYS.items():
        if key not in data:
            continue
        value = data[key]
        if value is not None and not isinstance(value, str):
            raise ContentError(f"{path}: {key} must be text")
        if value is None and key != "data_licence":
            raise ContentError(f"{path}: {key} must not be empty")
        values[field_name] = value.strip() if isinstance(value, str) else None
    settings = Settings(**values)  # type: ignore[arg-type]
    try:
        ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ContentError(f"{path}: timezone {settings.timezone!r} is not known") from exc
    if settings.engine not in ENGINES:
        raise ContentError(f"{path}: engine {settings.engine!r} is not one of {', '.join(ENGINES)}")
    problem = citation_problem(settings.citation)
    if problem:
        raise ContentError(f"{path}: citation {problem}")
    return settings


def citation_problem(template: str) -> str | None:
    """Why a citation template cannot be used (a field it may not name, a stray brace),
    or None."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"is not a template ({exc})"
    fields = [name for _, name, _, _ in parsed if name is not None]
    if any(spec or conversion for _, _, spec, conversion in parsed):
        return "may only name fields, as {url}, without formats"
    unknown = sorted({f for f in fields if f not in CITATION_FIELDS})
    if unknown:
        return f"names {', '.join(unknown)}: only {', '.join(CITATION_FIELDS)} may be used"
    if "url" not in fields:
        return "must give the {url}"
    return None
