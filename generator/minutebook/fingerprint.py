"""A fingerprint of Minutebook's own code and of what it runs on.

The parse cache keys entries by it (a code change or an upgrade never serves a stale parse)
and the engine's build record by it (a site built by other code is rebuilt). Neither stage
owns it, so it lives here.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
import sys
from functools import cache
from pathlib import Path

from . import __version__

#: The whole package: parsing builds on model.py, dates.py and errors.py.
PACKAGE_DIR = Path(__file__).resolve().parent

#: The parse cache's entry layout; bump to drop every old entry (it is part of the key).
LAYOUT = "1"


def _dependency_versions() -> list[str]:
    """'name==version' of each installed direct dependency (parsers call dateutil, slugify...)."""
    try:
        requirements = importlib.metadata.requires("minutebook") or []
    except importlib.metadata.PackageNotFoundError:  # run from a source tree, not installed
        return []
    versions = []
    for requirement in requirements:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0]
        try:
            versions.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name}==missing")
    return sorted(versions)


@cache
def code_fingerprint() -> str:
    """A hash of every source file of the package, its version, Python's version and the
    dependencies' versions: anything that could change what parsing produces."""
    digest = hashlib.sha256()
    for part in (LAYOUT, __version__, sys.version, *_dependency_versions()):
        digest.update(part.encode() + b"\0")
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()
