"""Curated data a maintainer keeps in `content/` where rules cannot know (bodies, for now).

The file is optional; a wrong entry is a `ContentError` naming the file and the entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ContentError


@dataclass(frozen=True)
class BodyEntry:
    id: str
    name: str
    match: tuple[str, ...]


@dataclass(frozen=True)
class Curated:
    bodies: tuple[BodyEntry, ...] = field(default_factory=tuple)

    def body_matching(self, name: str) -> BodyEntry | None:
        """The first listed body one of whose `match` phrases the name contains."""
        lowered = name.lower()
        return next((e for e in self.bodies if any(p in lowered for p in e.match)), None)


def load_curated(content_dir: Path) -> Curated:
    path = content_dir / "bodies.yaml"
    if not path.exists():
        return Curated()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("bodies", []), list):
        raise ContentError(f"{path}: expected a mapping with a 'bodies' list")
    entries = []
    for n, raw in enumerate(data.get("bodies", []), start=1):
        if not isinstance(raw, dict):
            raise ContentError(f"{path}: bodies entry {n} is not a mapping")
        missing = [k for k in ("id", "name", "match") if k not in raw]
        if missing:
            raise ContentError(f"{path}: bodies entry {n} lacks {', '.join(missing)}")
        match = raw["match"]
        if not isinstance(match, list) or not all(isinstance(m, str) and m for m in match):
            raise ContentError(
                f"{path}: bodies entry {n} ({raw['id']}): 'match' must be a list "
                "of non-empty phrases"
            )
        unknown = set(raw) - {"id", "name", "match"}
        if unknown:
            raise ContentError(
                f"{path}: bodies entry {n} ({raw['id']}): unknown keys {', '.join(sorted(unknown))}"
            )
        entries.append(BodyEntry(str(raw["id"]), str(raw["name"]), tuple(m.lower() for m in match)))
    return Curated(bodies=tuple(entries))
