"""One record's failure is a diagnostic, never the end of the build.

Documents are untrusted and the rules are many: a paper that makes a parser, the resolver
or a page writer raise is reported, naming its file and line, with the error and the place
in Minutebook's code that raised it (so a maintainer can fix the rule), and the rest of the
archive builds without it. Only `Exception` is caught: an interrupt still stops a build.
"""

from __future__ import annotations

import traceback
from pathlib import Path

#: The kind of the page written in place of one that failed: the engine stage tolerates
#: missing anchors on it (it stands in for a page whose content could not be made).
STAND_IN_KIND = "stand-in"

PACKAGE_DIR = Path(__file__).resolve().parent


def describe(exc: BaseException) -> str:
    """'ValueError: year 10000 is out of range (rendering/calendars.py:81)': the error and
    the innermost line of Minutebook's own code it went through."""
    where = ""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        path = Path(frame.filename)
        if path.is_relative_to(PACKAGE_DIR):
            where = f" ({path.relative_to(PACKAGE_DIR).as_posix()}:{frame.lineno})"
            break
    message = str(exc)
    if len(message) > 200:  # an error can quote a whole line of the document
        message = message[:200] + "..."
    return f"{type(exc).__name__}: {message}{where}"
