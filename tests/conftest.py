"""Shared fixtures: the real documents in content/, read once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import Archive, Line, SourceDocument
from minutebook.pipeline import read_archive

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
QUIRKS = Path(__file__).parent / "fixtures" / "quirks"


def quirk_lines(name: str) -> list[Line]:
    """A fixture cut from a real document, as numbered lines."""
    text = (QUIRKS / name).read_text(encoding="utf-8")
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


@pytest.fixture(scope="session")
def real_archive() -> tuple[Archive, list[SourceDocument], Diagnostics]:
    diagnostics = Diagnostics()
    archive, documents = read_archive(CONTENT, diagnostics)
    return archive, documents, diagnostics
