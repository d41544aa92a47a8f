"""An attendance list's slot that names no one.

A list copied out of a table keeps the table's traces: a slot whose name was lost between
two commas, or a bracket alone after the last comma of its line:

    OFFICERS: Mr A Reid, Mrs B Moss (Legal)
    Mr C Lowe, , Mr D Ash, (Finance)

The empty slots name nobody; they are no attendee with an empty name.
"""

from __future__ import annotations


def printed_name(as_written: str) -> str | None:
    """The name as written, stripped; None for an empty slot."""
    return as_written.strip() or None
