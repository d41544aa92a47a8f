"""One build at a time per folder: two builds writing one site, pages or cache folder at
once race (files half written, stale files removed under the other build's feet, a site
that differs from a clean build, both exiting 0).

Each folder a build writes is locked with an advisory lock (`fcntl.flock`) on a file
named by the folder's resolved path, in the temporary folder: not in the folder itself
(the site engine empties the site folder) nor beside it (no litter in a checkout). The
operating system releases a lock when its process ends, however it ends, so a killed
build never leaves a folder locked. Where `fcntl` is missing (not on a POSIX system),
builds are not locked.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from .errors import MinutebookError

try:
    import fcntl
except ImportError:  # pragma: no cover - not on a POSIX system
    fcntl = None  # type: ignore[assignment]


class BuildLocked(MinutebookError):
    """Another build is writing one of this build's folders."""


def lock_file(folder: Path) -> Path:
    """The lock file of a folder (the same for every spelling of its path)."""
    key = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]
    user = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"minutebook-{user}-{key}.lock"


@contextmanager
def folders_locked(*folders: Path) -> Iterator[None]:
    """Hold a lock on each folder while the block runs; if another build holds one,
    raise `BuildLocked` naming it at once (waiting could wait for a build that hangs)."""
    with ExitStack() as stack:
        if fcntl is not None:
            for folder in dict.fromkeys(f.resolve() for f in folders):
                handle = stack.enter_context(lock_file(folder).open("a"))
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise BuildLocked(
                        f"{folder}: another build is writing this folder; "
                        "run again when it has finished"
                    ) from None
        yield
