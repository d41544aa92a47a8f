"""Curated data a maintainer keeps in `content/` where rules cannot know.

- `bodies.yaml`: the bodies whose meetings the archive records, and the phrases that name
  them in the documents.
- `topics.yaml`: the subjects readers follow across meetings (road safety, the precept ...)
  and the phrases that name them in titles and headings.
- `organisations.yaml`: organisations the documents speak of that no membership list names
  (Kent Police, the Commissioner's office, the inspectorate), and how the text names them.
- `sources.yaml`: the official record: who published each source file (matched by its
  sha256, never by its name, which a maintainer may change), where and when; each
  meeting's official page, and each body's, so pages can link the original.
- `people.yaml`: spellings of a person's name that rules cannot join (or a damaged name a
  maintainer has checked), with the name to show. Rules run first; these entries only add
  what they cannot see.

Every file is optional. A wrong entry is a `ContentError` naming the file, the line and
the entry, so the maintainer who added it knows exactly what to fix.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..body_names import names_body
from ..errors import ContentError, yaml_problem


@dataclass(frozen=True)
class BodyEntry:
    id: str
    name: str
    match: tuple[str, ...]
    #: Places the body's own papers name ("Kent", "Medway"). When listed, a paper that
    #: names the body only by a `match` phrase ("Police and Crime Panel") is this body's
    #: only if it names one of them: another county's panel printed so is not this one.
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonEntry:
    name: str
    spellings: tuple[str, ...]
    line: int  # where the entry starts in people.yaml, for messages


@dataclass(frozen=True)
class TopicEntry:
    id: str
    name: str
    match: tuple[str, ...]  # lower-case phrases; a title or heading containing one matches


@dataclass(frozen=True)
class OrganisationEntry:
    id: str
    name: str
    match: tuple[str, ...]  # phrases naming it in the text, as printed ("Kent Police", "OPCC")


@dataclass(frozen=True)
class PublishedSource:
    """Where a source file was published: the publisher, the original's URL and the date
    it was published (either may be unknown)."""

    sha256: str
    publisher: str
    url: str | None
    published: dt.date | None
    line: int  # where the entry starts in sources.yaml, for messages


@dataclass(frozen=True)
class OfficialPage:
    """The official web page of a meeting or of a body (`id` is its id in the archive)."""

    id: str
    url: str
    publisher: str | None
    line: int


@dataclass(frozen=True)
class OfficialRecord:
    sources: tuple[PublishedSource, ...] = field(default_factory=tuple)
    meetings: tuple[OfficialPage, ...] = field(default_factory=tuple)
    bodies: tuple[OfficialPage, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Curated:
    bodies: tuple[BodyEntry, ...] = field(default_factory=tuple)
    people: tuple[PersonEntry, ...] = field(default_factory=tuple)
    topics: tuple[TopicEntry, ...] = field(default_factory=tuple)
    organisations: tuple[OrganisationEntry, ...] = field(default_factory=tuple)
    #: phrases of procedural titles that recur at every meeting but are no subject
    #: ("Apologies and Substitutes"): never made into recurring topics
    not_topics: tuple[str, ...] = field(default_factory=tuple)
    official: OfficialRecord = field(default_factory=OfficialRecord)

    def body_matching(self, name: str) -> BodyEntry | None:
        """The first listed body the printed name names: equal to its name or one of its
        `match` phrases, or containing its full name (see `body_names`); a name that only
        contains a phrase ("Surrey Police and Crime Panel") names another body."""
        return next((e for e in self.bodies if names_body(name, e.name, e.match)), None)


def _entries(path: Path, key: str) -> list[tuple[int, dict[str, Any]]]:
    """The mappings listed under `key`, each with the line it starts on."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text) or {}
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML: {yaml_problem(exc)}") from exc
    if not isinstance(data, dict) or not isinstance(data.get(key, []), list):
        raise ContentError(f"{path}: expected a mapping with a '{key}' list")
    lines = [1] * len(data.get(key) or [])
    if isinstance(root, yaml.MappingNode):
        for name, value in root.value:
            if name.value == key and isinstance(value, yaml.SequenceNode):
                lines = [item.start_mark.line + 1 for item in value.value]
    found = []
    for line, raw in zip(lines, data.get(key) or [], strict=True):
        if not isinstance(raw, dict):
            raise ContentError(f"{path}:{line}: {key} entry is not a mapping")
        found.append((line, raw))
    return found


def _check_keys(
    path: Path, line: int, raw: dict[str, Any], required: set[str],
    optional: frozenset[str] = frozenset(),
) -> None:  # fmt: skip
    missing = sorted(required - set(raw))
    if missing:
        raise ContentError(f"{path}:{line}: entry lacks {', '.join(missing)}")
    unknown = sorted(set(raw) - required - optional)
    if unknown:
        raise ContentError(f"{path}:{line}: unknown keys {', '.join(unknown)}")


def _phrases(path: Path, line: int, raw: dict[str, Any], key: str) -> tuple[str, ...]:
    value = raw[key]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip()
                                                             for v in value):  # fmt: skip
        raise ContentError(f"{path}:{line}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def load_bodies(content_dir: Path) -> tuple[BodyEntry, ...]:
    path = content_dir / "bodies.yaml"
    entries = []
    for line, raw in _entries(path, "bodies"):
        _check_keys(path, line, raw, {"id", "name", "match"}, frozenset({"places"}))
        match = _phrases(path, line, raw, "match")
        places = _phrases(path, line, raw, "places") if "places" in raw else ()
        entries.append(
            BodyEntry(str(raw["id"]), str(raw["name"]), tuple(m.lower() for m in match), places)
        )
    return tuple(entries)


def load_people(content_dir: Path) -> tuple[PersonEntry, ...]:
    path = content_dir / "people.yaml"
    entries = []
    owner: dict[str, str] = {}
    for line, raw in _entries(path, "people"):
        _check_keys(path, line, raw, {"name", "spellings"})
        name = raw["name"]
        if not isinstance(name, str) or not name.strip():
            raise ContentError(f"{path}:{line}: 'name' must be a non-empty string")
        spellings = _phrases(path, line, raw, "spellings")
        for spelling in spellings:
            if spelling in owner and owner[spelling] != name:
                raise ContentError(
                    f"{path}:{line}: spelling {spelling!r} is listed for both "
                    f"{owner[spelling]!r} and {name!r}"
                )
            owner[spelling] = name
        entries.append(PersonEntry(name.strip(), spellings, line))
    return tuple(entries)


def _id_name_match(path: Path, key: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """Entries of an id (part of a URL: lower-case words and '-', each used once), a
    display name and the phrases that name the thing in the documents."""
    found = []
    seen: set[str] = set()
    for line, raw in _entries(path, key):
        _check_keys(path, line, raw, {"id", "name", "match"})
        entry_id = str(raw["id"])
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", entry_id):
            raise ContentError(f"{path}:{line}: id {entry_id!r} must be lower-case words and '-'")
        if entry_id in seen:
            raise ContentError(f"{path}:{line}: id {entry_id!r} is used twice")
        seen.add(entry_id)
        found.append((entry_id, str(raw["name"]), _phrases(path, line, raw, "match")))
    return found


def load_topics(content_dir: Path) -> tuple[tuple[TopicEntry, ...], tuple[str, ...]]:
    path = content_dir / "topics.yaml"
    entries = tuple(
        TopicEntry(topic_id, name, tuple(m.lower() for m in match))
        for topic_id, name, match in _id_name_match(path, "topics")
    )
    not_topics: tuple[str, ...] = ()
    if path.exists():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if "not_topics" in data:
            not_topics = _phrases(path, 1, data, "not_topics")
    return entries, tuple(p.lower() for p in not_topics)


def load_organisations(content_dir: Path) -> tuple[OrganisationEntry, ...]:
    path = content_dir / "organisations.yaml"
    return tuple(OrganisationEntry(*entry) for entry in _id_name_match(path, "organisations"))


#: A published address: http(s) only (never "javascript:" or a local file), with no space
#: or character that would need escaping in Markdown or HTML.
WEB_ADDRESS = re.compile(
    r"https?://[A-Za-z0-9.-]{1,253}(?::\d{1,5})?(?:/[^\s<>\"'`()\[\]]{0,1000})?"
)
SHA256 = re.compile(r"[0-9a-f]{64}")
RECORD_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _string(path: Path, line: int, raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{path}:{line}: '{key}' must be a non-empty string")
    return value.strip()


def _web_address(path: Path, line: int, raw: dict[str, Any], key: str) -> str | None:
    value = _string(path, line, raw, key)
    if value is not None and not WEB_ADDRESS.fullmatch(value):
        raise ContentError(f"{path}:{line}: '{key}' {value!r} is not an http(s) address")
    return value


def _official_pages(path: Path, key: str, id_key: str) -> tuple[OfficialPage, ...]:
    found: list[OfficialPage] = []
    seen: set[str] = set()
    for line, raw in _entries(path, key):
        _check_keys(path, line, raw, {id_key, "url"}, frozenset({"publisher"}))
        record_id = str(raw[id_key])
        if not RECORD_ID.fullmatch(record_id):
            raise ContentError(f"{path}:{line}: {id_key} {record_id!r} is not an id")
        if record_id in seen:
            raise ContentError(f"{path}:{line}: {id_key} {record_id!r} is listed twice")
        seen.add(record_id)
        url = _web_address(path, line, raw, "url")
        assert url is not None  # a required key
        found.append(OfficialPage(record_id, url, _string(path, line, raw, "publisher"), line))
    return tuple(found)


def load_official(content_dir: Path) -> OfficialRecord:
    """`sources.yaml`: each source file's publisher (by sha256), original and date; each
    meeting's and body's official page."""
    path = content_dir / "sources.yaml"
    sources: list[PublishedSource] = []
    seen: set[str] = set()
    for line, raw in _entries(path, "sources"):
        _check_keys(path, line, raw, {"sha256", "publisher"}, frozenset({"url", "published"}))
        digest = str(raw["sha256"]).lower()
        if not SHA256.fullmatch(digest):
            raise ContentError(f"{path}:{line}: sha256 {raw['sha256']!r} is not 64 hex digits")
        if digest in seen:
            raise ContentError(f"{path}:{line}: sha256 {digest[:12]}... is listed twice")
        seen.add(digest)
        published = raw.get("published")
        if published is not None and not isinstance(published, dt.date):
            raise ContentError(f"{path}:{line}: 'published' must be a date (YYYY-MM-DD)")
        publisher = _string(path, line, raw, "publisher")
        assert publisher is not None  # a required key
        url = _web_address(path, line, raw, "url")
        sources.append(PublishedSource(digest, publisher, url, published, line))
    return OfficialRecord(
        tuple(sources),
        _official_pages(path, "meetings", "meeting"),
        _official_pages(path, "bodies", "body"),
    )


def load_curated(content_dir: Path) -> Curated:
    topics, not_topics = load_topics(content_dir)
    return Curated(
        bodies=load_bodies(content_dir),
        people=load_people(content_dir),
        topics=topics,
        not_topics=not_topics,
        organisations=load_organisations(content_dir),
        official=load_official(content_dir),
    )
