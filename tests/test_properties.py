"""Property-based tests (hypothesis): the parsers never raise on arbitrary text and never
lose its words; CRLF and BOM variants of every real document give the same archive."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CONTENT
from minutebook.errors import Diagnostics
from minutebook.parsing import parse_document
from minutebook.parsing.cleaning import ORDINAL_SUP
from minutebook.parsing.reading import SourceText
from minutebook.pipeline import generate
from minutebook.rendering.data.open_data import archive_data

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow

#: Fragments that trigger the layout rules, mixed with arbitrary text.
TRIGGERS = [
    "AGENDA", "MINUTES of a meeting of the X held in Y on 1 May 2024", "PRESENT: Mr A B, ",
    "To: Panel", "Subject: S", "Date: 2 June 2023", "Meeting Notes", "Title:\tT",
    "Attendees:\t", "Apologies", "118. Title (Item A2)", "(Item)", "1. ", "- ", " - a. ",
    "RESOLVED: ", "(Cllr A B, C Council)", "Question 1", "**", "### Item 3",
    "This page is intentionally left blank", "<b>", "</b>", "<sup>th</sup>", "\t",
    "Future Work Programme – 3 March 2024", "declared that", "Membership",
    "- B1 Item (Pages 1 - 2)",
    "substituted for", "Apologies were received from Mr X and Mr Y.", "{{", "{%", "(", ")",
]  # fmt: skip
line = st.lists(st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=30)), max_size=8).map("".join)
document = st.lists(line, max_size=40).map("\n".join)
WORD = re.compile(r"[A-Za-z0-9]+")
TAG = re.compile(r"<[^>]*>")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_parsers_never_raise_and_never_lose_words(text: str) -> None:
    diagnostics = Diagnostics()
    parsed = parse_document(SourceText("fuzz.txt", "0" * 64, text), diagnostics)
    kept = [line.text for part in parsed.parts for line in part.lines]
    removed = {f.line.number for f in parsed.furniture}
    # the ordinal repair joins "14<sup>th</sup>" into "14th": words modulo that named rule
    lines = [ORDINAL_SUP.sub(r"\1\2", t) for t in text.split("\n")]
    source_words = {
        w for n, t in enumerate(lines, 1) if n not in removed for w in WORD.findall(TAG.sub("", t))
    }
    kept_words = {w for t in kept for w in WORD.findall(TAG.sub("", t))}
    assert source_words <= kept_words, source_words - kept_words


def test_crlf_and_bom_copies_give_the_same_archive(tmp_path: Path, real_archive) -> None:
    archive, _, _ = real_archive
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    for curated in CONTENT.glob("*.yaml"):
        shutil.copy(curated, content / curated.name)
    for path in (CONTENT / "documents").iterdir():
        data = path.read_bytes()
        (content / "documents" / path.name).write_bytes(
            b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")
        )
    variant = generate(content, tmp_path / "pages").archive
    generate(CONTENT, tmp_path / "original")
    pages = sorted(p.relative_to(tmp_path / "pages") for p in (tmp_path / "pages").rglob("*.md"))
    assert pages == sorted(
        p.relative_to(tmp_path / "original") for p in (tmp_path / "original").rglob("*.md")
    )
    for rel in pages:  # the very same pages, byte for byte
        assert (tmp_path / "pages" / rel).read_bytes() == (tmp_path / "original" / rel).read_bytes()

    def without_hashes(data: dict) -> dict:
        data = json.loads(json.dumps(data))
        for source in data["sources"]:
            source.pop("sha256")
        return data

    assert without_hashes(archive_data(variant)) == without_hashes(archive_data(archive))
