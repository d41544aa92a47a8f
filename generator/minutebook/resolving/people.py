"""Decide which printed names are the same person, on evidence, and say why.

"Mr P M Hill, OBE", "Mr M Hill OBE" and "Mr Mike Hill" are one person; "Cllr R Wells" and
"Ms Caroline Wells" are not. A name merges into a full name only when the surname matches
and its initials agree with the given name, and only when exactly one candidate fits;
otherwise it stays apart and is listed as ambiguous. Surnames alone never merge unless
exactly one known person carries that surname.

Who a short name means depends only on papers of its own body printed near its date: a full
name is one person wherever printed, but initials ("Cllr P Smith") or a surname alone
("Councillor Smith") join a person only of the same body seen within `WINDOW` of the
meeting. Adding papers of another body, or of the same body a decade away, can therefore
never change whom an existing name points to (see docs/people-and-records.md).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..slugs import RESERVED, slug, unique
from ..vocabulary import HONOURS as VOCABULARY_HONOURS
from ..vocabulary import STARTS_WITH_TITLE
from .curated import PersonEntry
from .name_keys import compact, fold, preference, visible

#: How far apart in time a short name ("Councillor Smith", "Cllr P Smith") and the person
#: it means may be printed: four years, one council term in England and Wales (and a Police
#: and Crime Commissioner's); a longer gap is more likely a namesake than the same member.
YEARS = 4
WINDOW = dt.timedelta(days=YEARS * 366)

#: Where a name was printed: the body's id and the meeting's date (None when unknown).
Context = tuple[str | None, dt.date | None]


@dataclass(frozen=True)
class Sighting:
    """A name as printed, and the body and date of the paper it was printed in."""

    spelling: str
    body: str | None = None
    date: dt.date | None = None
    capacity: str | None = None  # the office printed with it ("PCC's Chief Finance Officer")


#: Titles and honours come from the genre's vocabulary, the one list every reading rule
#: uses, so a rank printed before a name ("Chief Superintendent C Webb") is a title here
#: too. "The" is read as a title only here ("The Mayor" names no person by surname).
SMALL_TITLES = frozenset({"the"})
HONOURS = frozenset(h.lower() for h in VOCABULARY_HONOURS)


def leading_titles(spelling: str) -> tuple[list[str], str]:
    """The titles a spelling opens with, lower case without full stops ("cllr", "mrs",
    "chief superintendent"), and the rest of it."""
    found: list[str] = []
    rest = spelling.strip()
    while rest:
        match = STARTS_WITH_TITLE.match(rest)
        word = rest.split(maxsplit=1)[0]
        if match and not rest[match.end() :].strip(" ,."):
            break  # the last word is the surname, whatever it reads as ("Mr Sergeant")
        if match:
            found.append(" ".join(match.group().rstrip(".").lower().split()))
            rest = rest[match.end() :].lstrip(" ,")
        elif word.strip(".,").lower() in SMALL_TITLES:
            found.append(word.strip(".,").lower())
            rest = rest[len(word) :].lstrip(" ,")
        else:
            break
    return found, rest


@dataclass(frozen=True)
class NameParts:
    given: tuple[str, ...]  # full given names ("Mike")
    initials: tuple[str, ...]  # initials, from given names or printed ("P", "M")
    surname: str

    @property
    def is_full(self) -> bool:
        return bool(self.given)


def name_parts(as_written: str) -> NameParts | None:
    _, untitled = leading_titles(visible(as_written))
    words = [w.strip(".,") for w in re.split(r"[\s.]+", untitled) if w.strip(".,")]
    words = [w for w in words if w.lower() not in HONOURS]
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


@dataclass(eq=False)  # a person is itself, never equal to another with the same fields
class Cluster:
    """One person as the rules see them: the spellings that name them, the bodies and dates
    those spellings were printed at (`seen`), and, for a person known only by initials or a
    surname, the one body they belong to (`body`)."""

    canonical: NameParts
    spellings: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)
    surnames: set[str] = field(default_factory=set)  # folded surnames of its full names
    firsts: set[str] = field(default_factory=set)  # folded first given names
    seen: set[Context] = field(default_factory=set)
    #: each spelling, and where it was printed, that means this person
    claims: set[tuple[str, Context]] = field(default_factory=set)
    offices: set[tuple[Context, frozenset[str]]] = field(default_factory=set)

    @property
    def name(self) -> str:
        return display_name(self.canonical)

    @property
    def first_date(self) -> dt.date:
        return min((d for _, d in self.seen if d is not None), default=dt.date.max)


@dataclass
class PeopleIndex:
    """Maps every spelling met, where it was met, to a person id; built once from all
    documents. `by_spelling` holds the spellings that mean one person wherever printed."""

    by_spelling: dict[str, str]
    names: dict[str, str]
    aliases: dict[str, list[str]]
    evidence: dict[str, list[str]]
    unresolved: list[str]
    #: other URL slugs a person answers to: the slug each of their spellings would have had
    #: as a page of its own (so /people/m-scott/ survives when "Matthew Scott" arrives)
    alias_ids: dict[str, list[str]] = field(default_factory=dict)
    by_context: dict[tuple[str, Context], str] = field(default_factory=dict)
    #: every spelling and place met, resolved or not (a short name left unresolved where it
    #: was printed never borrows whom it means elsewhere)
    sighted: set[tuple[str, Context]] = field(default_factory=set)

    def person(self, spelling: str, body: str | None, date: dt.date | None) -> str | None:
        """Whom the spelling means when printed in a paper of `body` dated `date`."""
        if (spelling, (body, date)) in self.sighted:
            return self.by_context.get((spelling, (body, date)))
        return self.by_spelling.get(spelling)


#: Titles that say who someone is: a surname with one of these never joins a person known
#: without it ("Lord Nolan" is not "Councillor Connie Nolan").
RANKS = {"dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev"}
FEMALE = {"mrs", "ms", "miss"}


def titles(spelling: str) -> set[str]:
    """The titles a spelling is printed with, "councillor" read as "cllr"."""
    return {"cllr" if t == "councillor" else t for t in leading_titles(spelling)[0]}


def title_fits(spelling: str, theirs: set[str]) -> bool:
    """A surname-only spelling fits a person only if its titles do not contradict `theirs`
    (the titles the person is printed with): a rank must be theirs too, and "Mr" is never
    a person known only as "Mrs" or "Ms"."""
    mine = titles(spelling)
    if mine & RANKS and not mine & RANKS <= theirs:
        return False
    if "mr" in mine and theirs & FEMALE and "mr" not in theirs:
        return False
    return not (mine & FEMALE and "mr" in theirs)


def _join_short_given_names(clusters: list[Cluster]) -> list[Cluster]:
    """ "Matt Boughton" and "Matthew Boughton": where a given name is printed that is the
    start of the only other given name with that surname printed at the same body within
    `WINDOW`, it is a short form of it. Decided where each short form is printed, so a
    "Matthias Boughton" of another body is no rival to this body's Matthew."""
    by_surname = _by_surname(clusters)
    for short in sorted(clusters, key=lambda c: (c.name, sorted(c.spellings))):
        first = fold(short.canonical.given[0])
        if len(first) < 3:
            continue
        namesakes = {id(c): (c, where) for s in short.surnames for c, where in by_surname[s]}
        longer = [(c, where) for c, where in namesakes.values()
                  if c is not short
                  and any(f != first and f.startswith(first) for f in c.firsts)]  # fmt: skip
        for spelling, context in sorted(short.claims, key=_claim_order) if longer else ():
            fits = [c for c, where in longer if near(context, where)]
            if len(fits) != 1:
                continue
            target = fits[0]
            short.claims.discard((spelling, context))
            target.claims.add((spelling, context))
            if spelling not in target.spellings:
                target.spellings.add(spelling)
                target.evidence.append(
                    f"{spelling!r}: {short.canonical.given[0]} is the start of "
                    f"{target.canonical.given[0]}, the only such name surnamed "
                    f"{target.canonical.surname} at the same body within {YEARS} years"
                )
    for cluster in clusters:  # each is now what it claims
        cluster.spellings = {s for s, _ in cluster.claims}
        cluster.seen = {c for _, c in cluster.claims}
    return [c for c in clusters if c.claims]


def _claim_order(claim: tuple[str, Context]) -> tuple[str, str, dt.date]:
    spelling, context = claim
    return (spelling, *_context_order(context))


def _context_order(context: Context) -> tuple[str, dt.date]:
    body, date = context
    return (body or "", date or dt.date.min)


def _by_surname(clusters: Iterable[Cluster]) -> dict[str, list[tuple[Cluster, set[Context]]]]:
    """Clusters by folded surname, each with where it had been seen so far (so a step
    decides on the previous step's state, and looks only at namesakes: linear, not
    quadratic, in the number of people)."""
    index: dict[str, list[tuple[Cluster, set[Context]]]] = {}
    for cluster in clusters:
        snapshot = set(cluster.seen)
        for surname in cluster.surnames:
            index.setdefault(surname, []).append((cluster, snapshot))
    return index


def _absorb(target: Cluster, source: Cluster) -> None:
    target.spellings |= source.spellings
    target.evidence += source.evidence
    target.surnames |= source.surnames
    target.firsts |= source.firsts
    target.seen |= source.seen
    target.claims |= source.claims
    target.offices |= source.offices


def near(context: Context, seen: set[Context]) -> bool:
    """Whether a person seen at `seen` may be the one a short name printed at `context`
    means: the same body, and dates at most `WINDOW` apart (an unknown date is near). A
    paper of no meeting (a Commissioner's annual report) has no body of its own: any body
    is near it."""
    body, date = context
    return any(
        (b == body or body is None) and (date is None or d is None or abs(date - d) <= WINDOW)
        for b, d in seen
    )


#: Words of an office that say nothing about which office it is.
OFFICE_NOISE = frozenset({"the", "of", "and", "for", "to", "s", "opcc", "pcc", "pccs"})


def office_words(capacity: str | None) -> frozenset[str]:
    """The words of an office as printed, folded, without bracketed asides and noise
    ("PCC's Chief Finance Officer, OPCC" and "Chief Finance Officer (CFO)": the same)."""
    if not capacity:
        return frozenset()
    words = re.split(r"[^\w]+", fold(re.sub(r"\([^()]*\)", " ", capacity[:200])))
    return frozenset(w for w in words if w and w not in OFFICE_NOISE)


def same_office(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Two offices agree when one's words (two at least) are all the other's."""
    small, large = sorted((mine, theirs), key=len)
    return len(small) >= 2 and small <= large


def office_fits(
    mine: set[frozenset[str]], context: Context, theirs: set[tuple[Context, frozenset[str]]]
) -> bool:
    """Whether a person was printed holding the same office, at any body, within `WINDOW`
    of `context`: an officer serves several bodies under one title."""
    _, date = context
    return any(
        same_office(office, other) and (date is None or when is None or abs(date - when) <= WINDOW)
        for office in mine
        for (_, when), other in theirs
    )


def _where(context: Context) -> str:
    body, date = context
    if body is None:
        return ""
    return f" ({body}{f', {date.isoformat()}' if date else ''})"


class _Sightings:
    """Spellings with the places (body, date) they were printed at, and the offices."""

    def __init__(self, sightings: Iterable[str | Sighting]) -> None:
        self.contexts: dict[str, set[Context]] = {}
        self.offices: dict[str, set[tuple[Context, frozenset[str]]]] = {}
        for s in sightings:
            s = Sighting(s) if isinstance(s, str) else s
            self.contexts.setdefault(s.spelling, set()).add((s.body, s.date))
            if office_words(s.capacity):
                self.offices.setdefault(s.spelling, set()).add(
                    ((s.body, s.date), office_words(s.capacity))
                )

    def ordered(self, spelling: str) -> list[Context]:
        return sorted(self.contexts[spelling], key=_context_order)

    def first(self, spellings: Iterable[str]) -> dt.date | None:
        dates = [d for s in spellings for _, d in self.contexts.get(s, ()) if d is not None]
        return min(dates, default=None)

    def best(self, spellings: Iterable[str], parsed: dict[str, NameParts | None]) -> str:
        """The spelling whose name a person is shown by (see `name_keys.preference`):
        spellings showing the same name ("Cllr Mike Hill", "Mr Mike Hill") count together."""
        shown: dict[str, list[str]] = {}
        for spelling in spellings:
            shown.setdefault(display_name(_parts(parsed, spelling)), []).append(spelling)

        def rank(name: str) -> tuple[int, int, str, int, int, str]:
            where = set().union(*(self.contexts[s] for s in shown[name]))
            letters = _letters(_parts(parsed, shown[name][0]))
            return preference(name, len(where), self.first(shown[name]), letters)

        return min(shown[min(shown, key=rank)])


def _full_name_clusters(
    spellings: list[str],
    parsed: dict[str, NameParts | None],
    seen: _Sightings,
    alone: dict[str, set[Context]],
) -> list[Cluster]:
    """People founded by full names: spellings whose folded words run together are equal
    ("Shane Mochrie Cox", "Shane Mochrie-Cox"), or whose first given name and surname are
    equal, are one person, whatever order they are met in. Places where a spelling is a
    compound surname `alone` are not theirs."""
    where = {s: seen.contexts[s] - alone.get(s, set()) for s in spellings}
    spellings = [s for s in spellings if where[s]]
    parent = {s: s for s in spellings}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    owner: dict[str, str] = {}
    for spelling in spellings:
        parts = parsed[spelling]
        assert parts is not None
        keys = (
            "w:" + compact((*parts.given, parts.surname)),
            f"k:{fold(parts.given[0])}|{compact([parts.surname])}",
        )
        for key in keys:
            other = owner.setdefault(key, spelling)
            parent[root(other)] = root(spelling)
    groups: dict[str, list[str]] = {}
    for spelling in spellings:
        groups.setdefault(root(spelling), []).append(spelling)
    clusters = []
    for members in groups.values():
        best = seen.best(members, parsed)
        cluster = Cluster(_parts(parsed, best), set(members))
        for spelling in members:
            parts = _parts(parsed, spelling)
            cluster.surnames.add(compact([parts.surname]))
            cluster.firsts.add(fold(parts.given[0]))
            cluster.seen |= where[spelling]
            cluster.claims |= {(spelling, c) for c in where[spelling]}
            cluster.offices |= seen.offices.get(spelling, set())
        clusters.append(cluster)
    return clusters


def _compound_surnames_alone(
    spellings: list[str], parsed: dict[str, NameParts | None], seen: _Sightings
) -> dict[str, set[Context]]:
    """ "Mr Mochrie Cox": a compound surname printed without its hyphen reads as a given
    name and a surname. Where the hyphenated surname ("Cllr S Mochrie-Cox", "Shane
    Mochrie-Cox") is printed at the same body within `WINDOW`, it is that surname alone:
    the places (body, date) where each such spelling is, by spelling."""
    compound: dict[str, set[Context]] = {}
    for spelling in spellings:
        parts = parsed[spelling]
        if parts is not None and fold(parts.surname).count(" "):
            compound.setdefault(compact([parts.surname]), set()).update(seen.contexts[spelling])
    alone: dict[str, set[Context]] = {}
    for spelling in spellings:
        parts = parsed[spelling]
        if parts is None or len(parts.given) != 1 or len(parts.initials) != 1:
            continue
        where = compound.get(compact((*parts.given, parts.surname)))
        if where and not fold(parts.surname).count(" "):
            places = {c for c in seen.contexts[spelling] if near(c, where)}
            if places:
                alone[spelling] = places
    return alone


def _letters(parts: NameParts) -> int:
    return len(compact((*parts.given, parts.surname)))


def _parts(parsed: dict[str, NameParts | None], spelling: str) -> NameParts:
    parts = parsed[spelling]
    assert parts is not None
    return parts


def resolve_people(
    spellings: Iterable[str | Sighting],
    attach_only: frozenset[str] = frozenset(),
    curated: Sequence[PersonEntry] = (),
) -> PeopleIndex:
    """`spellings` are names as printed, each with the body and date of the paper it was
    printed in (a plain string: no body, no date). Full names are one person wherever they
    are printed; initials and surnames alone mean a person of the same body seen within
    `WINDOW` of the meeting, only when exactly one fits (otherwise they are listed as
    unresolved), so documents of another body or another decade never change whom they
    mean. `attach_only` spellings (a surname met in running text: "Mr Paul") join a person
    when the evidence says which, and never make a person of their own. `curated` entries
    (content/people.yaml) come first: their spellings are that person, whatever the rules
    would say."""
    seen = _Sightings(spellings)
    for spelling in attach_only - seen.contexts.keys():
        seen.contexts[spelling] = {(None, None)}
    everything = set(seen.contexts)
    parsed = {s: name_parts(s) for s in everything}
    unresolved: list[str] = []
    # 0. What a maintainer has said, in content/people.yaml.
    curated_clusters: list[Cluster] = []
    settled: set[str] = set()
    for entry in curated:
        parts = name_parts(entry.name)
        if parts is None:
            continue
        cluster = Cluster(parts)
        for spelling in entry.spellings:
            if spelling in everything:
                cluster.spellings.add(spelling)
                cluster.seen |= seen.contexts[spelling]
                cluster.claims |= {(spelling, c) for c in seen.contexts[spelling]}
                cluster.evidence.append(
                    f"{spelling!r}: content/people.yaml (line {entry.line}) says this is "
                    f"{entry.name}"
                )
                settled.add(spelling)
        cluster.surnames.add(compact([parts.surname]))
        if parts.given:
            cluster.firsts.add(fold(parts.given[0]))
        curated_clusters.append(cluster)
    rest = sorted(everything - settled)
    alone = _compound_surnames_alone(rest, parsed, seen)
    # 1. Full names (a given name and a surname) found the people, wherever printed.
    full = [s for s in rest if (p := parsed[s]) is not None and p.is_full]
    people = _join_short_given_names(_full_name_clusters(full, parsed, seen, alone))
    for cluster in curated_clusters:  # the curated name may also be printed in full
        for twin in [c for c in people
                     if c.firsts & cluster.firsts and c.surnames & cluster.surnames]:  # fmt: skip
            _absorb(cluster, twin)
            people.remove(twin)
    people += curated_clusters
    assigned = {claim: cluster for cluster in people for claim in cluster.claims}
    scoped: dict[tuple[str, str, str | None], Cluster] = {}

    def own_person(key: tuple[str, str, str | None], parts: NameParts, spelling: str,
                   context: Context) -> None:  # fmt: skip
        cluster = scoped.setdefault(key, Cluster(parts))
        cluster.spellings.add(spelling)
        cluster.surnames.add(compact([parts.surname]))
        cluster.seen.add(context)
        assigned[(spelling, context)] = cluster
        cluster.claims.add((spelling, context))

    # 2. Initials and a surname join the one full name of the same body, seen within the
    #    window, whose given name they fit.
    #    Failing that, the one such name printed within the window, at any body, holding
    #    the same office.
    step_one = _by_surname(people)
    for spelling in rest:
        parts = parsed[spelling]
        if not parts or parts.is_full or not parts.initials:
            continue
        surname = compact([parts.surname])
        named = [(c, where) for c, where in step_one.get(surname, [])
                 if any(f[:1].upper() in parts.initials for f in c.firsts)]  # fmt: skip
        for context in seen.ordered(spelling):
            fits = [c for c, where in named if near(context, where)]
            held = {o for where, o in seen.offices.get(spelling, ()) if where == context}
            by_office = [c for c, _ in named if held and office_fits(held, context, c.offices)]
            if len(fits) == 1:
                _join(fits[0], spelling, context, assigned,
                      f"initials {' '.join(parts.initials)} and surname fit "
                      f"{fits[0].name!r}, the only such name at the same body within "
                      f"{YEARS} years")  # fmt: skip
                continue
            if not fits and len(by_office) == 1:
                _join(by_office[0], spelling, context, assigned,
                      f"initials {' '.join(parts.initials)} and surname fit "
                      f"{by_office[0].name!r}, printed in the same office")  # fmt: skip
                continue
            if len(fits) > 1:
                unresolved.append(
                    f"{spelling}{_where(context)}: fits {', '.join(sorted(c.name for c in fits))}"
                )
            own_person((parts.initials[0], surname, context[0]), parts, spelling, context)
    # 3. A surname alone joins the only person of the same body, seen within the window,
    #    with that surname (and a title that fits).
    step_two = _by_surname((*people, *scoped.values()))
    printed = {id(c): frozenset(c.claims) for c in (*people, *scoped.values())}

    def titled(cluster: Cluster, context: Context) -> set[str]:
        """The titles a person is printed with near `context` (a "Mr Smith" of 2022 says
        nothing about whether the Smith of 2010 was a Mrs)."""
        return set().union(
            *(titles(s) for s, where in printed[id(cluster)] if near(context, {where}))
        )

    surnames_alone: list[tuple[str, NameParts, list[Context]]] = [
        (s, p, seen.ordered(s)) for s in rest if (p := parsed[s]) and not p.initials
    ]
    for spelling, where in sorted(alone.items()):
        parts = _parts(parsed, spelling)
        compound = NameParts((), (), " ".join((*parts.given, parts.surname)))
        surnames_alone.append((spelling, compound, sorted(where, key=_context_order)))
    for spelling, parts, places in surnames_alone:
        surname = compact([parts.surname])
        mine = titles(spelling)
        for context in places:
            fits = [c for c, where in step_two.get(surname, []) if near(context, where)]
            fitting = [c for c in fits if title_fits(spelling, titled(c, context))]
            same_title = [c for c in fitting if mine and mine <= titled(c, context)]
            if len(fitting) == 1:
                _join(fitting[0], spelling, context, assigned,
                      f"the only person surnamed {parts.surname}"
                      + (" whose title fits" if len(fits) > 1 else "")
                      + f" at the same body within {YEARS} years")  # fmt: skip
            elif len(same_title) == 1:
                why = (
                    f"the only person surnamed {parts.surname} printed with that title at "
                    f"the same body within {YEARS} years"
                )
                _join(same_title[0], spelling, context, assigned, why)
            elif spelling in attach_only:
                unresolved.append(
                    f"{spelling}{_where(context)}: named in the text; "
                    + (f"fits {', '.join(sorted(c.name for c in fitting))}" if fitting
                       else "matches nobody in attendance or membership")
                )  # fmt: skip
            else:
                unresolved.append(
                    f"{spelling}{_where(context)}: "
                    + (f"surname shared by {', '.join(sorted(c.name for c in fits))}"
                       if fits else "surname only, matches nobody")
                )  # fmt: skip
                own_person(("", surname, context[0]), parts, spelling, context)
    # 4. A spelling with no name in it at all (only titles) is a person of its own.
    for spelling in rest:
        if parsed[spelling] is None and spelling not in attach_only:
            bare = visible(spelling).strip() or "unnamed"
            for context in seen.ordered(spelling):
                own_person(("?", fold(bare), context[0]), NameParts((), (), bare),
                           spelling, context)  # fmt: skip
    index = _index(people + list(scoped.values()), assigned, parsed, sorted(set(unresolved)))
    index.sighted = {(s, c) for s, where in seen.contexts.items() for c in where}
    return index


def _join(
    cluster: Cluster,
    spelling: str,
    context: Context,
    assigned: dict[tuple[str, Context], Cluster],
    why: str,
) -> None:
    assigned[(spelling, context)] = cluster
    cluster.seen.add(context)
    cluster.claims.add((spelling, context))
    if spelling not in cluster.spellings:
        cluster.spellings.add(spelling)
        cluster.evidence.append(f"{spelling!r}: {why}")


def _index(
    clusters: list[Cluster],
    assigned: dict[tuple[str, Context], Cluster],
    parsed: dict[str, NameParts | None],
    unresolved: list[str],
) -> PeopleIndex:
    """Ids: slugs of display names, offered earliest meeting first (then by name), so a
    person keeps their URL when a namesake from a later meeting arrives."""
    taken: set[str] = set()
    index = PeopleIndex({}, {}, {}, {}, unresolved)
    ids: dict[int, str] = {}
    live = [c for c in clusters if c.spellings]
    for cluster in sorted(live, key=lambda c: (c.first_date, c.name, sorted(c.spellings))):
        person_id = unique(slug(cluster.name), taken)
        ids[id(cluster)] = person_id
        index.names[person_id] = cluster.name
        index.aliases[person_id] = sorted(cluster.spellings)
        index.evidence[person_id] = sorted(cluster.evidence)
    meaning: dict[str, set[str]] = {}
    for (spelling, context), cluster in assigned.items():
        person_id = ids[id(cluster)]
        index.by_context[(spelling, context)] = person_id
        meaning.setdefault(spelling, set()).add(person_id)
    for spelling, owners in meaning.items():
        if len(owners) == 1:
            index.by_spelling[spelling] = next(iter(owners))
    claims: dict[str, set[str]] = {}
    for spelling, owners in meaning.items():
        parts = parsed[spelling]
        if parts is not None:
            claims.setdefault(slug(display_name(parts)), set()).update(owners)
    for alias, owners in sorted(claims.items()):
        if len(owners) == 1 and alias not in index.names and alias not in RESERVED:
            index.alias_ids.setdefault(next(iter(owners)), []).append(alias)
    return index


def display_name(parts: NameParts) -> str:
    """The name without titles or honours: given names (or initials) and surname."""
    return " ".join(
        (*parts.given, parts.surname) if parts.given else (*parts.initials, parts.surname)
    )
