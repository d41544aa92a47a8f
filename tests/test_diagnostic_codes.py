"""Every diagnostic code in the registry (generator/minutebook/diagnostic_codes.py) has an
input that makes Minutebook report it (tests/fixtures/diagnostics/), so each code is known
to fire, and a code that can no longer be reached is noticed. Each report must name a file
of the input, so a maintainer is sent to the right place."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from minutebook import parsing
from minutebook.diagnostic_codes import BY_CODE
from minutebook.errors import Diagnostic, Diagnostics
from minutebook.parsing import reading
from minutebook.pipeline import generate, read_archive
from minutebook.rendering.pages.pages import PageWriter
from minutebook.resolving import _Resolver

FIXTURES = REPO / "tests" / "fixtures" / "diagnostics"
PAPER = FIXTURES / "unknown-body.txt"  # a plain set of minutes, the base of the made inputs
#: The paper faults are injected into (minutes of a meeting in 2214), beside PAPER.
FAULTY = FIXTURES / "implausible-date.txt"


def _content_with(tmp_path: Path, fixture: Path) -> Path:
    """A content folder holding the fixture: a file becomes its one document; a folder is
    the content folder itself."""
    content = tmp_path / "content"
    if fixture.is_dir():
        shutil.copytree(fixture, content)
    else:
        (content / "documents").mkdir(parents=True)
        shutil.copy(fixture, content / "documents" / fixture.name)
    return content


def _reported(content: Path, code: str) -> list[Diagnostic]:
    diagnostics = Diagnostics()
    read_archive(content, diagnostics, workers=1)
    return [d for d in diagnostics.items if d.code == code]


def _names_an_input(found: list[Diagnostic], content: Path) -> None:
    inputs = {p.name for p in content.rglob("*") if p.is_file()}
    assert found and all(d.file in inputs for d in found), [str(d) for d in found]


# -- inputs made by the test ----------------------------------------------------------------


def _large_document(documents: Path) -> None:
    paragraph = "The committee noted the report and thanked the officers for it.\n\n"
    text = PAPER.read_text(encoding="utf-8") + paragraph * 80_000  # just over 5 MB
    (documents / "long-minutes.txt").write_text(text, encoding="utf-8")


def _long_line(documents: Path) -> None:
    row = "\t".join(f"Cell {n}" for n in range(16_000))  # a table flattened onto one line
    text = PAPER.read_text(encoding="utf-8") + row + "\n"
    (documents / "flattened-table.txt").write_text(text, encoding="utf-8")


MADE: dict[str, Callable[[Path], None]] = {
    "large-document": _large_document,
    "long-line": _long_line,
}


# -- faults injected into Minutebook --------------------------------------------------------


def _parse_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    minutes = parsing.PARSERS["minutes"]

    def raising(part: Any, file: str, diagnostics: Diagnostics) -> None:
        if file == FAULTY.name:
            raise ZeroDivisionError("a rule's slip")
        minutes(part, file, diagnostics)

    monkeypatch.setitem(parsing.PARSERS, "minutes", raising)


def _resolve_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    add = _Resolver.add_meeting_facts

    def raising(self: _Resolver, meeting: Any, document: Any) -> None:
        if meeting.date.year == 2214:
            raise KeyError("no such record")
        add(self, meeting, document)

    monkeypatch.setattr(_Resolver, "add_meeting_facts", raising)


def _write_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    meeting_page = PageWriter.meeting_page

    def raising(self: PageWriter, meeting: Any) -> Any:
        if meeting.date.year == 2214:
            raise OverflowError("date value out of range")
        return meeting_page(self, meeting)

    monkeypatch.setattr(PageWriter, "meeting_page", raising)


def _unreadable_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions cannot stop root (CI) reading a file, so the read itself is made to fail."""

    read_bytes = Path.read_bytes

    def raising(self: Path) -> bytes:
        if self.name == FAULTY.name:
            raise PermissionError(13, "Permission denied")
        return read_bytes(self)

    monkeypatch.setattr(reading.Path, "read_bytes", raising)


INJECTED: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "parse-failed": _parse_failed,
    "resolve-failed": _resolve_failed,
    "write-failed": _write_failed,
    "unreadable-file": _unreadable_file,
}


def _fixture_codes() -> dict[str, Path]:
    return {p.name.removesuffix(".txt"): p for p in FIXTURES.iterdir() if p.name != "README.md"}


def test_every_registered_code_has_an_input_and_every_input_a_code() -> None:
    inputs = set(_fixture_codes()) | set(MADE) | set(INJECTED)
    assert inputs == set(BY_CODE), {
        "codes without an input": sorted(set(BY_CODE) - inputs),
        "inputs for no code": sorted(inputs - set(BY_CODE)),
    }


@pytest.mark.parametrize("code", sorted(_fixture_codes()))
def test_each_fixture_makes_its_code_reported(code: str, tmp_path: Path) -> None:
    content = _content_with(tmp_path, _fixture_codes()[code])
    _names_an_input(_reported(content, code), content)


@pytest.mark.parametrize("code", sorted(MADE))
def test_each_made_input_makes_its_code_reported(code: str, tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    MADE[code](content / "documents")
    _names_an_input(_reported(content, code), content)


@pytest.mark.parametrize("code", sorted(INJECTED))
def test_each_injected_fault_is_reported_and_the_archive_still_builds(
    code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = _content_with(tmp_path, PAPER)
    shutil.copy(FAULTY, content / "documents" / FAULTY.name)
    INJECTED[code](monkeypatch)
    result = generate(content, tmp_path / "pages", workers=1)
    found = [d for d in result.diagnostics.items if d.code == code]
    assert found and {d.file for d in found} == {FAULTY.name}, [str(d) for d in found]
    assert any(m.date.year == 2014 for m in result.archive.meetings.values())
