"""Parse every document of the content folder: one document to its facts at a time, in
worker processes when there are enough of them, through the parse cache.

Each parse sees one file only (`parse_document`); the results come back in file order
whatever order the workers finish in, so the archive never depends on the number of
processes.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..cpus import default_workers
from ..errors import ContentError, Diagnostics
from ..model import SourceDocument
from . import parse_document
from .cache import Entry, ParseCache, dump_entry, load_entry
from .reading import SourceText, read_sources

#: Fewer uncached documents than this are parsed in this process: starting worker
#: processes and sending the parsed documents back costs more than it saves.
PARALLEL_MIN_DOCUMENTS = 4


def _parse_alone(source: SourceText) -> Entry:
    """Parse one document with its own diagnostics (the unit a worker process runs)."""
    diagnostics = Diagnostics()
    document = parse_document(source, diagnostics)
    return document, diagnostics.items


def _parse_pickled(source: SourceText) -> bytes:
    """`_parse_alone` in a worker process: the entry pickled as the parse cache stores it,
    so the main process unpickles it once and caches these bytes as they are."""
    return dump_entry(_parse_alone(source))


def parse_all(sources: Sequence[SourceText], workers: int | None = None) -> list[Entry]:
    """Parse documents, in worker processes when there are enough of them; results come
    back in the order of `sources` whatever order the workers finish in."""
    return [entry for entry, _ in _parse_all(sources, workers)]


def _parse_all(
    sources: Sequence[SourceText], workers: int | None
) -> list[tuple[Entry, bytes | None]]:
    """`parse_all`, each entry with its pickled bytes when a worker process made it."""
    workers = default_workers() if workers is None else workers
    workers = min(workers, len(sources))
    if workers < 2 or len(sources) < PARALLEL_MIN_DOCUMENTS:
        return [(_parse_alone(source), None) for source in sources]
    # Largest first so one big pack does not start last and leave a core idle.
    by_size = sorted(range(len(sources)), key=lambda i: (-len(sources[i].text), i))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_parse_pickled, [sources[i] for i in by_size], chunksize=1))
    ordered: list[tuple[Entry, bytes | None] | None] = [None] * len(sources)
    for index, data in zip(by_size, results, strict=True):
        ordered[index] = (load_entry(data), data)
    return [entry for entry in ordered if entry is not None]


def read_documents(
    content_dir: Path,
    diagnostics: Diagnostics,
    cache: ParseCache | None = None,
    workers: int | None = None,
) -> list[SourceDocument]:
    """Read and parse every document, in file order. With a cache, only documents whose
    bytes, name or parsing code changed are parsed; the others, and the diagnostics they
    gave when parsed, come from the cache (so their warnings are reported every build)."""
    documents_dir = content_dir / "documents"
    if not documents_dir.is_dir():
        raise ContentError(f"{documents_dir}: no such folder (expected the source documents here)")
    sources = read_sources(documents_dir, diagnostics)
    entries: list[Entry | None] = [cache.get(s) if cache else None for s in sources]
    missing = [i for i, entry in enumerate(entries) if entry is None]
    parsed = _parse_all([sources[i] for i in missing], workers)
    for index, (fresh, data) in zip(missing, parsed, strict=True):
        entries[index] = fresh
        if cache is not None:
            cache.put(sources[index], fresh, data)
    documents = []
    for entry in entries:
        assert entry is not None
        document, found = entry
        diagnostics.replay(found)  # in file order, as a serial parse would report them
        documents.append(document)
    if cache is not None:
        cache.prune()
    return documents
