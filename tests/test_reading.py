"""Reading untrusted files: bad ones are reported by name and skipped, the rest still build."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import CONTENT
from minutebook.errors import Diagnostics
from minutebook.parsing.reading import decode
from minutebook.pipeline import generate
from minutebook.rendering.urls import md_document


def test_bom_and_crlf_read_as_the_same_text() -> None:
    original = (CONTENT / "documents" / "001_78dbf443e4e88d81.txt").read_bytes()
    variant = b"\xef\xbb\xbf" + original.replace(b"\n", b"\r\n")
    diagnostics = Diagnostics()
    assert decode(variant, "x", diagnostics) == decode(original, "y", diagnostics)
    assert not diagnostics.items


def test_windows_code_page_is_decoded_and_reported() -> None:
    diagnostics = Diagnostics()
    assert decode("Caf\u00e9 \u2013 agenda".encode("cp1252"), "w.txt", diagnostics) == (
        "Caf\u00e9 \u2013 agenda"
    )
    assert [d.code for d in diagnostics.warnings] == ["not-utf8"]


def test_bad_files_are_named_and_the_archive_still_builds(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "documents" / "empty.txt").write_bytes(b"")
    (content / "documents" / "binary.pdf").write_bytes(b"%PDF-1.7\x00\x01\x02")
    shutil.copy(
        content / "documents" / "001_78dbf443e4e88d81.txt", content / "documents" / "copy.txt"
    )
    result = generate(content, tmp_path / "pages")
    codes = {(d.file, d.code) for d in result.diagnostics.warnings}
    assert ("empty.txt", "empty-file") in codes
    assert ("binary.pdf", "binary-file") in codes
    assert ("copy.txt", "duplicate-document") in codes
    assert len(result.archive.meetings) == 8


def test_a_second_copy_of_an_agenda_keeps_its_own_page(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    pack = (content / "documents" / "000_0ff52443d89633af.txt").read_text("utf-8")
    (content / "documents" / "reissued.txt").write_text(pack + "\nReissued.\n", "utf-8")
    result = generate(content, tmp_path / "pages")
    assert any(d.code == "second-agenda" for d in result.diagnostics.warnings)
    agendas = [
        d
        for d in result.archive.documents.values()
        if d.kind.value == "agenda" and d.date and d.date.isoformat() == "2024-12-18"
    ]
    assert len(agendas) == 2
    paths = {md_document(result.archive, d) for d in agendas}
    assert any(p.startswith("documents/") for p in paths)
    for p in paths:
        assert (tmp_path / "pages" / p.partition("#")[0]).exists()
