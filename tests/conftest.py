"""Shared fixtures: the real documents in content/, read once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from minutebook.engine.engine_config import DEFAULT_CONFIG, DEFAULT_SITE_CONFIG
from minutebook.engine.site import build_site
from minutebook.errors import Diagnostics
from minutebook.model import Archive, Block, Line, SourceDocument
from minutebook.parsing.blocks import lay_out
from minutebook.pipeline import BuildResult, generate, read_archive
from minutebook.rendering.pages.body import render_blocks

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
QUIRKS = Path(__file__).parent / "fixtures" / "quirks"
HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


def site_names(result: BuildResult) -> dict[str, str]:
    """The archive's name and description (content/site.yaml) for `build_site`, as
    `minutebook build` passes them: the packaged engine config names no archive."""
    return {"site_name": result.settings.name, "site_description": result.settings.description}


def quirk_lines(name: str) -> list[Line]:
    """A fixture cut from a real document, as numbered lines."""
    text = (QUIRKS / name).read_text(encoding="utf-8")
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def render_lines(lines: list[Line], alone: dict[int, Block | None] | None = None) -> str:
    """Lines laid out as blocks (`alone`: blocks standing for lines) and written as the
    page writers write them, undressed."""
    return render_blocks(lay_out(lines, alone))


@pytest.fixture(scope="session")
def real_archive() -> tuple[Archive, list[SourceDocument], Diagnostics]:
    diagnostics = Diagnostics()
    archive, documents = read_archive(CONTENT, diagnostics)
    return archive, documents, diagnostics


def _add_hostile_files(documents: Path, outside: Path) -> None:
    """The hostile fixtures, the huge files made here, and what must never be read: links
    to files and folders outside content/ and hidden folders."""
    for path in HOSTILE.iterdir():
        shutil.copy(path, documents / path.name)
    (documents / "one-long-line.txt").write_text("word " * 220_000, "utf-8")
    crlf_bom = (CONTENT / "documents" / "001_78dbf443e4e88d81.txt").read_bytes()
    (documents / "minutes-crlf-bom.txt").write_bytes(
        b"\xef\xbb\xbf" + crlf_bom.replace(b"\n", b"\r\n")
    )
    secret = "MINUTES of a meeting of the Secret Panel DRAFT-NEVER-PUBLISH held on 1 May 2025\n"
    outside.mkdir()
    (outside / "config").write_text('[remote "origin"]\n\turl = https://token@example/\n')
    (outside / "minutes.txt").write_text(secret)
    os.symlink("/etc/passwd", documents / "passwd-link.txt")
    os.symlink(outside / "config", documents / "git-config-link.txt")
    os.symlink(outside, documents / "linked-folder")
    for hidden in (".drafts", ".git"):
        (documents / hidden).mkdir()
        (documents / hidden / "minutes.txt").write_text(secret)
    (documents / "..txt").write_text(secret)
    _add_worst_inputs(documents)


#: File names a warning must print escaped: a newline forging a line, an ANSI escape,
#: a right-to-left override hiding the real extension.
TRICK_NAMES = ("forged\nline.txt", "ansi-\x1b[31mred.txt", "report-\u202etxt.exe")
#: What the worst inputs' page must still say (they are real papers around the junk).
WORST_HEAD = (
    "MINUTES of a meeting of the Wessex Police and Crime Panel held at the Guildhall, "
    "Upper Wardle on Thursday, {day} February 2025.\n\n"
)


def _add_worst_inputs(documents: Path) -> None:
    """Files whose cost was worse than linear, at sizes a test can build (the benchmark
    benchmarks/bad_input.py runs them at full size), a '(copy)' of a real paper, and
    names that must be escaped when printed."""
    head = WORST_HEAD
    (documents / "bracket-name.txt").write_text(
        head.format(day=10) + "PRESENT: Cllr A Smith " + "[" * 200_000 + "\n", "utf-8"
    )
    (documents / "escaped-long-line.txt").write_text(
        head.format(day=11) + "1. Budget Monitoring (Item 1)\n\n" + "a<b [c " * 60_000 + "\n",
        "utf-8",
    )
    (documents / "flattened-table.txt").write_text(
        head.format(day=12)
        + "1. Budget Monitoring (Item 1)\n\n"
        + "Budget\t£40k\t<b>note</b>\t" * 40_000,
        "utf-8",
    )
    shutil.copy(
        CONTENT / "documents" / "002_bd05b0a29f0e0bbc.txt",
        documents / "002_bd05b0a29f0e0bbc (copy).txt",
    )
    for number, name in enumerate(TRICK_NAMES, start=1):
        # a NUL in each, so each is named in a warning
        (documents / name).write_text(f"To: Wessex Panel\n\nSubject: Trick name {number}\x00\n")


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Path]:
    """The real documents with every hostile fixture beside them, built into a site."""
    tmp = tmp_path_factory.mktemp("hostile")
    content = tmp / "content"
    shutil.copytree(CONTENT, content)
    _add_hostile_files(content / "documents", tmp / "outside")
    result = generate(content, tmp / "pages", DEFAULT_SITE_CONFIG)
    build_site(DEFAULT_CONFIG, tmp / "pages", tmp / "site", **site_names(result))
    return result, tmp
