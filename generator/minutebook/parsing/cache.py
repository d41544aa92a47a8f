"""The parse cache: each document's parsed form, keyed by its content and by Minutebook's code.

Parsing (clean, split, parse) is the part of Minutebook's own work that grows with every
document, and a document's parse depends only on its bytes, its file name (diagnostics and
records name it) and the code that parses it. So a rebuild after adding or changing one
document re-parses only that one: every other document comes back from here with the
diagnostics it gave, which are replayed so its warnings are still reported.

The key includes a fingerprint of the package's own source files and of the installed
versions of its dependencies, so a code change or an upgrade never serves a stale parse.
Entries are pickles written and read only by this module in the build folder (never
shipped, never taken from a document); an unreadable or damaged entry is a miss, whatever
the error unpickling it raises (a flipped byte can name a module that does not exist).
"""

from __future__ import annotations

import gc
import hashlib
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import Diagnostic
from ..fingerprint import code_fingerprint
from ..model import SourceDocument
from .reading import SourceText

Entry = tuple[SourceDocument, list[Diagnostic]]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while. Unpickling a parsed document
    makes tens of thousands of objects, none of them garbage, and the collector would scan
    them again and again as they are made: loading takes two to four times as long."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def dump_entry(entry: Entry) -> bytes:
    """An entry as the cache stores it (parsing processes send their results this way, so
    the cache can store them without pickling them again)."""
    return pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)


def load_entry(data: bytes) -> Entry:
    """An entry from `dump_entry`'s bytes (written and read only by Minutebook itself)."""
    with _collector_paused():
        document, diagnostics = pickle.loads(data)
    return document, list(diagnostics)


class ParseCache:
    """Parsed documents in `directory`, one file per document (named by its key)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.used: set[str] = set()

    def key(self, source: SourceText) -> str:
        digest = hashlib.sha256()
        for part in (code_fingerprint(), source.file, source.sha256):
            digest.update(part.encode() + b"\0")
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.pickle"

    def get(self, source: SourceText) -> Entry | None:
        """The parsed document and its diagnostics, or None if not cached (or unreadable)."""
        key = self.key(source)
        try:
            data = self._path(key).read_bytes()
            document, diagnostics = load_entry(data)
        except Exception:  # a damaged entry, whatever unpickling it raised, is a miss
            return None
        if not isinstance(document, SourceDocument) or document.sha256 != source.sha256:
            return None
        if not all(isinstance(d, Diagnostic) for d in diagnostics):
            return None
        self.used.add(key)
        return document, list(diagnostics)

    def put(self, source: SourceText, entry: Entry, data: bytes | None = None) -> None:
        """Store an entry (before resolving touches it: resolving retitles parts); `data`:
        the entry already pickled by `dump_entry`, if it was."""
        key = self.key(source)
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self._path(key)
        partial = path.with_suffix(".tmp")
        partial.write_bytes(dump_entry(entry) if data is None else data)
        partial.replace(path)  # atomic: a build killed mid-write leaves no half entry
        self.used.add(key)

    def prune(self) -> int:
        """Delete entries this build did not use (documents removed or changed, old code),
        so the cache holds one entry per current document; return how many went."""
        removed = 0
        if self.directory.is_dir():
            for path in sorted(self.directory.iterdir()):
                if path.suffix in (".pickle", ".tmp") and path.stem not in self.used:
                    path.unlink()
                    removed += 1
        return removed
