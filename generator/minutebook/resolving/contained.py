"""Resolving when a paper makes it raise: find the papers that fail on their own, leave
them out with a warning naming their file and first line, and resolve the rest.

Only run after `build_archive` has raised over the whole archive, so a normal build pays
nothing for it. Resolving changes the parts it is given (it retitles them), so each
trial works on a copy, and the caller passes documents no resolving has touched.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from ..errors import Diagnostics
from ..failures import describe
from ..model import Archive, Part, SourceDocument
from . import build_archive
from .curated import Curated


def _failure(document: SourceDocument, curated: Curated) -> Exception | None:
    """The error resolving this document alone raises (None: it resolves)."""
    try:
        build_archive([copy.deepcopy(document)], curated, Diagnostics())
    except Exception as exc:
        return exc
    return None


def _papers(document: SourceDocument) -> list[list[Part]]:
    """The document's parts as papers: a report with its appendices (resolving an
    appendix needs its report), and every other part on its own, in document order."""
    within = {id(part) for part in document.parts}
    papers = []
    for part in document.parts:
        if part.parent is not None and id(part.parent) in within:
            continue  # with its report
        papers.append([part, *(a for a in part.appendices if id(a) in within)])
    return papers


def resolve_leaving_out_failures(
    documents: list[SourceDocument], curated: Curated, diagnostics: Diagnostics
) -> tuple[Archive, list[SourceDocument]]:
    """The archive of every paper that resolves, and the documents with only those
    papers; each paper left out is warned about. A failure that no paper gives on its own
    (two papers that only fail together), or that every paper gives (the fault is not in
    the papers), is raised as it is."""
    kept_documents = []
    first: Exception | None = None
    for document in documents:
        if _failure(document, curated) is None:
            kept_documents.append(document)
            continue
        kept: list[Part] = []
        for paper in _papers(document):
            exc = _failure(replace(document, parts=paper), curated)
            if exc is None:
                kept += paper
                continue
            first = first or exc
            diagnostics.warn(
                document.file,
                paper[0].first_line,
                "resolve-failed",
                f"{describe(exc)}; the paper from this line is left out of the archive",
            )
        ids = {id(part) for part in kept}
        kept_documents.append(replace(document, parts=[p for p in document.parts if id(p) in ids]))
    if first is not None and not any(d.parts for d in kept_documents):
        raise first  # every paper fails: the fault is not in a paper (curated data, code)
    return build_archive(kept_documents, curated, diagnostics), kept_documents
