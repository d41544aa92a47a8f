"""The small exception hierarchy, and the diagnostics every stage reports through.

A document that cannot be read fully is not an exception: it is a `Diagnostic` naming the
file and line, and the rest of the archive still builds. Exceptions are for a build that
cannot go on at all (no content folder, MkDocs failing, `--strict` with warnings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class MinutebookError(Exception):
    """Base class of every error Minutebook raises on purpose."""


class ContentError(MinutebookError):
    """The content folder or a curated data file cannot be used."""


class SiteBuildError(MinutebookError):
    """The site engine failed, or --strict found warnings."""


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"


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
        return f"{where}: {self.severity}: {self.message} [{self.code}]"


@dataclass
class Diagnostics:
    """Collects diagnostics from every stage; sorted output keeps builds deterministic."""

    items: list[Diagnostic] = field(default_factory=list)

    def warn(self, file: str, line: int | None, code: str, message: str) -> None:
        self.items.append(Diagnostic(file, line, code, message, Severity.WARNING))

    def info(self, file: str, line: int | None, code: str, message: str) -> None:
        self.items.append(Diagnostic(file, line, code, message, Severity.INFO))

    def extend(self, other: Diagnostics) -> None:
        self.items.extend(other.items)

    @property
    def warnings(self) -> list[Diagnostic]:
        return sorted(
            (d for d in self.items if d.severity is Severity.WARNING), key=Diagnostic.sort_key
        )

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=Diagnostic.sort_key)


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
