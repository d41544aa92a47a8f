"""Resolve the facts of every document into one archive.

Pelican's lesson: read every source first, then resolve across the whole set, then write.
Here one meeting per body and date is made from whatever papers speak of it, papers are
linked to the agenda items they were filed under, minutes to the items they record, and
printed names to people. Ids are derived from content and offered in content order, so the
same documents under any file names give the same archive.
"""

from __future__ import annotations

from ..errors import Diagnostics
from ..model import Archive, SourceDocument
from .curated import Curated
from .linking import Resolver, item_cited
from .official import apply_official
from .organisations import resolve_organisations
from .references import resolve_appendix_references, resolve_references
from .topics import resolve_topics

#: The resolver, by the name tests and earlier code use.
_Resolver = Resolver

__all__ = ["Resolver", "_Resolver", "build_archive", "item_cited"]


def build_archive(
    documents: list[SourceDocument], curated: Curated, diagnostics: Diagnostics
) -> Archive:
    resolver = Resolver(curated, diagnostics)
    resolver.add_documents(documents)
    resolver.settle_meetings()
    resolver.link()
    resolver.people()
    resolve_references(resolver.archive, resolver.known_body)
    resolve_appendix_references(resolver.archive)
    resolve_topics(resolver.archive, curated)
    resolve_organisations(resolver.archive, curated)
    apply_official(resolver.archive, curated.official, diagnostics)
    return resolver.archive
