"""Which body a printed name means: the paper's own, a curated one, or a body of its own.

A paper speaks of its own body. A pack from Surrey saying "the Police and Crime Panel" means
the Surrey panel its agenda names, even when the archive's curated bodies hold another
county's panel under the phrase "police and crime panel". So a curated body named in full
comes first; then the body of the same file's agenda or minutes that the name shortens;
then a curated body whose phrase the name is (`Curated.body_matching`), when the paper
names one of the body's `places` (if it lists any: a Hertfordshire paper printing only
"Police and Crime Panel" is not Kent's panel); else the name is a body of its own, reported
once with the `bodies.yaml` entry that would name it.
"""

from __future__ import annotations

import re

from ..body_names import names_in_full, shortens
from ..errors import Diagnostics
from ..model import Body
from ..parsing.text import title_case
from ..slugs import RESERVED, slug
from .curated import Curated


def own_body(name: str, own: list[tuple[Body, str]]) -> Body | None:
    """The one body of the file's agenda or minutes (with the name they print) that the
    name shortens; None when none or several do."""
    found = {
        body.id: body
        for body, printed in own
        if shortens(name, body.name) or shortens(name, printed)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def new_body(name: str) -> Body:
    """A body no curated entry names: its name as printed (capitals in title case), its id
    the slug of that name."""
    display = title_case(name)
    body_id = slug(display)
    if body_id in RESERVED:
        body_id = f"{body_id}-body"
    return Body(body_id, display)


def warn_unknown(body: Body, file: str, line: int | None, diagnostics: Diagnostics) -> None:
    """One warning per body not in `bodies.yaml`, with the entry to add."""
    diagnostics.warn(
        file,
        line,
        "unknown-body",
        f"body {body.name!r} is not in content/bodies.yaml; filed as a body of its own "
        f"({body.id}). To name it, add: - {{id: {body.id}, name: {body.name!r}, "
        f"match: [{body.name.lower()!r}]}}",
    )


def places_named(text: str, curated: Curated) -> frozenset[str]:
    """The curated bodies' places that the text names as words ("Kent" in "Kent Police",
    not in "Kentish")."""
    return frozenset(
        place
        for entry in curated.bodies
        for place in entry.places
        if re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text, re.IGNORECASE)
    )


def curated_body(name: str, curated: Curated, places: frozenset[str]) -> Body | None:
    """The curated body whose phrase the name is, if the paper names one of its places
    (or it lists none)."""
    entry = curated.body_matching(name)
    if entry is None or (entry.places and not places.intersection(entry.places)):
        return None
    return Body(entry.id, entry.name)


def body_meant(
    name: str, own: list[tuple[Body, str]], curated: Curated, places: frozenset[str]
) -> Body | None:
    """A curated body named in full; else the file's own body the name shortens; else a
    curated body whose phrase the name is (a generic phrase means the paper's own body
    first: a Surrey pack's "Police and Crime Panel" is Surrey's, whatever is curated)."""
    full = next((e for e in curated.bodies if names_in_full(name, e.name)), None)
    if full is not None:
        return Body(full.id, full.name)
    return own_body(name, own) or curated_body(name, curated, places)
