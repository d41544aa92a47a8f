"""Decide which printed names are the same person, on evidence, and say why.

"Mr P M Hill, OBE", "Mr M Hill OBE" and "Mr Mike Hill" are one person; "Cllr R Wells" and
"Ms Caroline Wells" are not. A name merges into a full name only when the surname matches
and its initials agree with the given name, and only when exactly one candidate fits;
otherwise it stays apart and is listed as ambiguous. Surnames alone never merge unless
exactly one known person carries that surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..slugs import RESERVED, slug, unique

TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "cllr",
    "councillor",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "professor",
    "rev",
    "the",
}
HONOURS = {"obe", "mbe", "cbe", "qpm", "kpm", "dl", "jp", "bem", "kc", "qc"}


@dataclass(frozen=True)
class NameParts:
    given: tuple[str, ...]  # full given names ("Mike")
    initials: tuple[str, ...]  # initials, from given names or printed ("P", "M")
    surname: str

    @property
    def is_full(self) -> bool:
        return bool(self.given)


def name_parts(as_written: str) -> NameParts | None:
    words = [w.strip(".,") for w in re.split(r"\s+", as_written) if w.strip(".,")]
    words = [w for w in words if w.lower() not in TITLES and w.lower() not in HONOURS]
    if not words:
        return None
    surname = words[-1]
    given: list[str] = []
    initials: list[str] = []
    for word in words[:-1]:
        if len(word) == 1 and word.isalpha():
            initials.append(word.upper())
        else:
            given.append(word)
            initials.append(word[0].upper())
    return NameParts(tuple(given), tuple(initials), surname)


@dataclass
class Cluster:
    canonical: NameParts
    spellings: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return display_name(self.canonical)


@dataclass
class PeopleIndex:
    """Maps every spelling met to a person id; built once from all documents."""

    by_spelling: dict[str, str]
    names: dict[str, str]
    aliases: dict[str, list[str]]
    evidence: dict[str, list[str]]
    unresolved: list[str]
    #: other URL slugs a person answers to: the slug each of their spellings would have had
    #: as a page of its own (so /people/m-scott/ survives when "Matthew Scott" arrives)
    alias_ids: dict[str, list[str]] = field(default_factory=dict)


def resolve_people(spellings: set[str]) -> PeopleIndex:
    parsed = {s: name_parts(s) for s in spellings}
    clusters: dict[tuple[str, str], Cluster] = {}
    unresolved: list[str] = []
    # 1. Full names (a given name and a surname) found the people.
    for spelling in sorted(spellings):
        parts = parsed[spelling]
        if parts and parts.is_full:
            key = (parts.given[0].lower(), parts.surname.lower())
            cluster = clusters.setdefault(key, Cluster(parts))
            if len(parts.given) > len(cluster.canonical.given):
                cluster.canonical = parts
            cluster.spellings.add(spelling)
    # 2. Initials + surname join the one full name whose given name they fit.
    for spelling in sorted(spellings):
        parts = parsed[spelling]
        if not parts or parts.is_full or not parts.initials:
            continue
        fits = [
            c
            for (first, surname), c in clusters.items()
            if surname == parts.surname.lower() and first[0].upper() in parts.initials
        ]
        if len(fits) == 1:
            fits[0].spellings.add(spelling)
            fits[0].evidence.append(
                f"{spelling!r}: initials {' '.join(parts.initials)} and "
                f"surname fit {fits[0].name!r}"
            )
            continue
        if len(fits) > 1:
            unresolved.append(f"{spelling}: fits {', '.join(sorted(c.name for c in fits))}")
        key = (parts.initials[0].lower(), parts.surname.lower())
        cluster = clusters.setdefault(key, Cluster(parts))
        cluster.spellings.add(spelling)
    # 3. A surname alone joins the only person with that surname, if there is one.
    for spelling in sorted(spellings):
        parts = parsed[spelling]
        if not parts or parts.initials:
            continue
        fits = [c for (_, surname), c in clusters.items() if surname == parts.surname.lower()]
        if len(fits) == 1:
            fits[0].spellings.add(spelling)
            fits[0].evidence.append(f"{spelling!r}: the only person surnamed {parts.surname}")
        else:
            unresolved.append(
                f"{spelling}: "
                + (
                    f"surname shared by {', '.join(sorted(c.name for c in fits))}"
                    if fits
                    else "surname only, matches nobody"
                )
            )
            key = ("", parts.surname.lower())
            clusters.setdefault(key, Cluster(parts)).spellings.add(spelling)
    # Ids: slugs of canonical names, offered in name order so they never depend on file order.
    taken: set[str] = set()
    index = PeopleIndex({}, {}, {}, {}, sorted(unresolved))
    for cluster in sorted(clusters.values(), key=lambda c: (c.name, sorted(c.spellings))):
        person_id = unique(slug(cluster.name), taken)
        index.names[person_id] = cluster.name
        index.aliases[person_id] = sorted(cluster.spellings)
        index.evidence[person_id] = sorted(cluster.evidence)
        for spelling in cluster.spellings:
            index.by_spelling[spelling] = person_id
    claims: dict[str, set[str]] = {}
    for spelling, person_id in index.by_spelling.items():
        parts = parsed[spelling]
        if parts is not None:
            claims.setdefault(slug(display_name(parts)), set()).add(person_id)
    for alias, owners in sorted(claims.items()):
        if len(owners) == 1 and alias not in index.names and alias not in RESERVED:
            index.alias_ids.setdefault(next(iter(owners)), []).append(alias)
    return index


def display_name(parts: NameParts) -> str:
    """The name without titles or honours: given names (or initials) and surname."""
    return " ".join(
        (*parts.given, parts.surname) if parts.given else (*parts.initials, parts.surname)
    )
