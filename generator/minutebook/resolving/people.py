"""Decide which printed names are the same person, on evidence, and say why.

"Mr P M Hill, OBE", "Mr M Hill OBE" and "Mr Mike Hill" are one person; "Cllr R Wells" and
"Ms Caroline Wells" are not. A name merges into a full name only when the surname matches
and its initials agree with the given name, and only when exactly one candidate fits;
otherwise it stays apart and is listed as ambiguous. Surnames alone never merge unless
exactly one known person carries that surname.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..slugs import RESERVED, slug, unique
from .curated import PersonEntry

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


#: Titles that say who someone is: a surname with one of these never joins a person known
#: without it ("Lord Nolan" is not "Councillor Connie Nolan").
RANKS = {"dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev"}
FEMALE = {"mrs", "ms", "miss"}


def titles(spelling: str) -> set[str]:
    """The titles a spelling is printed with, "councillor" read as "cllr"."""
    found = set()
    for word in re.split(r"\s+", spelling.strip()):
        word = word.strip(".,").lower()
        if word not in TITLES:
            break
        found.add("cllr" if word == "councillor" else word)
    return found


def title_fits(spelling: str, cluster: Cluster) -> bool:
    """A surname-only spelling fits a person only if its titles do not contradict theirs:
    a rank must be theirs too, and "Mr" is never a person known only as "Mrs" or "Ms"."""
    mine = titles(spelling)
    theirs = set().union(*(titles(s) for s in cluster.spellings))
    if mine & RANKS and not mine & RANKS <= theirs:
        return False
    if "mr" in mine and theirs & FEMALE and "mr" not in theirs:
        return False
    return not (mine & FEMALE and "mr" in theirs)


def _merge_short_given_names(clusters: dict[tuple[str, str], Cluster]) -> None:
    """ "Matt Boughton" and "Matthew Boughton": a given name that is the start of the only
    other given name with that surname is a short form of it."""
    for key in sorted(clusters):
        first, surname = key
        if key not in clusters or len(first) < 3:
            continue
        longer = [k for k in clusters
                  if k[1] == surname and k != key and k[0].startswith(first)]  # fmt: skip
        if len(longer) == 1:
            target = clusters[longer[0]]
            source = clusters.pop(key)
            target.spellings |= source.spellings
            target.evidence += source.evidence
            target.evidence.append(
                f"{sorted(source.spellings)[0]!r}: {source.canonical.given[0]} is the start "
                f"of {target.canonical.given[0]}, the only such name surnamed "
                f"{target.canonical.surname}"
            )


def resolve_people(
    spellings: set[str],
    attach_only: frozenset[str] = frozenset(),
    curated: Sequence[PersonEntry] = (),
) -> PeopleIndex:
    """`attach_only` spellings (a surname met in running text: "Mr Paul") join a person
    when the evidence says which, and never make a person of their own. `curated` entries
    (content/people.yaml) come first: their spellings are that person, whatever the rules
    would say."""
    spellings = spellings | attach_only
    parsed = {s: name_parts(s) for s in spellings}
    clusters: dict[tuple[str, str], Cluster] = {}
    unresolved: list[str] = []
    # 0. What a maintainer has said, in content/people.yaml.
    settled: set[str] = set()
    for entry in curated:
        parts = name_parts(entry.name)
        if parts is None:
            continue
        key = ((parts.given or parts.initials or ("",))[0].lower(), parts.surname.lower())
        cluster = clusters.setdefault(key, Cluster(parts))
        cluster.canonical = parts
        for spelling in entry.spellings:
            if spelling in spellings:
                cluster.spellings.add(spelling)
                cluster.evidence.append(
                    f"{spelling!r}: content/people.yaml (line {entry.line}) says this is "
                    f"{entry.name}"
                )
                settled.add(spelling)
    spellings = spellings - settled
    # 1. Full names (a given name and a surname) found the people.
    for spelling in sorted(spellings):
        parts = parsed[spelling]
        if parts and parts.is_full:
            key = (parts.given[0].lower(), parts.surname.lower())
            cluster = clusters.setdefault(key, Cluster(parts))
            if len(parts.given) > len(cluster.canonical.given):
                cluster.canonical = parts
            cluster.spellings.add(spelling)
    _merge_short_given_names(clusters)
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
        fitting = [c for c in fits if title_fits(spelling, c)]
        same_title = [
            c for c in fitting
            if titles(spelling) and titles(spelling) <= set().union(*map(titles, c.spellings))
        ]  # fmt: skip
        if len(fitting) == 1:
            fitting[0].spellings.add(spelling)
            fitting[0].evidence.append(
                f"{spelling!r}: the only person surnamed {parts.surname}"
                + (" whose title fits" if len(fits) > 1 else "")
            )
        elif len(same_title) == 1:
            same_title[0].spellings.add(spelling)
            same_title[0].evidence.append(
                f"{spelling!r}: the only person surnamed {parts.surname} printed with that title"
            )
        elif spelling in attach_only:
            unresolved.append(
                f"{spelling}: named in the text; "
                + (f"fits {', '.join(sorted(c.name for c in fitting))}" if fitting
                   else "matches nobody in attendance or membership")
            )  # fmt: skip
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
