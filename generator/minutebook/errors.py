"""The small exception hierarchy, and the diagnostics every stage reports through.

A document that cannot be read fully is not an exception: it is a `Diagnostic` naming the
file and line, and the rest of the archive still builds. Exceptions are for a build that
cannot go on at all (no content folder, MkDocs failing, `--strict` with warnings).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .diagnostic_codes import Severity as Severity  # re-exported: the stages import it here
from .diagnostic_codes import registered


class MinutebookError(Exception):
    """Base class of every error Minutebook raises on purpose."""


class ContentError(MinutebookError):
    """The content folder or a curated data file cannot be used."""


class SiteBuildError(MinutebookError):
    """The site engine failed, or --strict found warnings."""


@dataclass(frozen=True)
class Diagnostic:
    """One thing worth telling a maintainer about a document, with where it is."""

    file: str
    line: int | None
    code: str
    message: str
    severity: Severity = Severity.WARNING

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.file, -1 if self.line is None else self.line, self.code, self.message)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return printable(f"{where}: {self.severity}: {self.message} [{self.code}]")


def printable(text: str) -> str:
    """Text safe to print on a terminal or in a log: every control, format or separator
    character (a newline or ANSI escape in a file name, a right-to-left override in a
    name) shown as its Python escape, so a document cannot forge or hide a line."""
    if text.isprintable():  # nearly always: one C-level scan
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


@dataclass
class Diagnostics:
    """Collects diagnostics from every stage; sorted output keeps builds deterministic."""

    items: list[Diagnostic] = field(default_factory=list)
    #: Called with each diagnostic as it is reported (the CLI prints warnings as they
    #: happen, so a build that stops later has still said what it found).
    listener: Callable[[Diagnostic], None] | None = field(default=None, compare=False)

    def add(self, diagnostic: Diagnostic) -> None:
        self.items.append(diagnostic)
        if self.listener is not None:
            self.listener(diagnostic)

    def replay(self, diagnostics: Iterable[Diagnostic]) -> None:
        """Report diagnostics found elsewhere (a worker process, the parse cache)."""
        for diagnostic in diagnostics:
            self.add(diagnostic)

    def warn(self, file: str, line: int | None, code: str, message: str) -> None:
        self.add(Diagnostic(file, line, _registered(code, Severity.WARNING), message))

    def info(self, file: str, line: int | None, code: str, message: str) -> None:
        code = _registered(code, Severity.INFO)
        self.add(Diagnostic(file, line, code, message, Severity.INFO))

    def extend(self, other: Diagnostics) -> None:
        self.replay(other.items)

    @property
    def warnings(self) -> list[Diagnostic]:
        return sorted(
            (d for d in self.items if d.severity is Severity.WARNING), key=Diagnostic.sort_key
        )

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=Diagnostic.sort_key)


def _registered(code: str, severity: Severity) -> str:
    """`code`, refused unless the registry lists it at this severity: a new code must be
    documented (and given a fixture) before it can be reported."""
    if not registered(code, severity):
        raise ValueError(f"diagnostic code {code!r} ({severity}) is not in diagnostic_codes.py")
    return code


def yaml_problem(exc: Exception) -> str:
    """A YAML parser's error as one line, "line L, column C: what": PyYAML's own message
    spans several lines and quotes the text with a caret under it."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return " ".join(f"{where}{problem}".split())


def one_line(message: str) -> str:
    """`message` with its line breaks and runs of spaces folded: a failure is one line."""
    return " ".join(message.split())
