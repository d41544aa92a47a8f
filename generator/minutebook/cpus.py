"""How many processes a stage may start: parsing and page writing both ask."""

from __future__ import annotations

import os


def default_workers() -> int:
    """The CPUs this process may use (a container's or scheduler's limit, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
