"""The archive built from the real documents: open data contract, nothing lost, stable."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import CONTENT, QUIRKS
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Meeting
from minutebook.pipeline import generate, read_archive
from minutebook.rendering.data.open_data import archive_data
from minutebook.rendering.urls import md_document

#: builds whole archives or sites: left out of `make check`, run by `make test`
pytestmark = pytest.mark.slow

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WORD = re.compile(r"[A-Za-z0-9]+")
TAG = re.compile(r"<[^>]*>")


def test_open_data_contract(real_archive) -> None:
    archive, _, _ = real_archive
    data = json.loads(json.dumps(archive_data(archive)))
    assert data["schema_version"] == 1
    required = {
        "sources": {"file", "sha256", "document"},
        "bodies": {"id", "name", "url"},
        "organisations": {"id", "name", "url"},
        "people": {"id", "name", "aliases", "url"},
        "meetings": {"id", "body", "date", "time", "venue", "url", "documents"},
        "agenda_items": {"id", "meeting", "code", "title", "url", "minute"},
        "minutes": {"id", "meeting", "number", "title", "item_code", "resolution", "url"},
        "attendance": {"meeting", "person", "role", "capacity", "as_written"},
        "memberships": {"person", "body", "organisation", "meeting"},
        "questions": {"id", "meeting", "asker", "organisation", "text", "url"},
        "declarations": {"meeting", "person", "text", "url"},
        "documents": {
            "id",
            "source_file",
            "kind",
            "title",
            "date",
            "meeting",
            "agenda_item",
            "url",
        },
    }
    for collection, fields in required.items():
        assert data[collection], f"{collection} is empty"
        for record in data[collection]:
            assert fields <= set(record), (collection, fields - set(record))
        if "id" in fields:
            ids = [r["id"] for r in data[collection]]
            assert len(ids) == len(set(ids)), f"duplicate ids in {collection}"
    ids = {c: {r["id"] for r in data[c]} for c in required if "id" in required[c]}
    for m in data["meetings"]:
        assert m["body"] in ids["bodies"] and ISO_DATE.match(m["date"])
        assert m["time"] is None or re.fullmatch(r"\d{2}:\d{2}", m["time"])
        assert set(m["documents"]) <= ids["documents"]
    for item in data["agenda_items"]:
        assert item["meeting"] in ids["meetings"]
        assert item["minute"] is None or item["minute"] in ids["minutes"]
    for a in data["attendance"]:
        assert a["person"] in ids["people"] and a["meeting"] in ids["meetings"]
        assert a["role"] in {r.value for r in AttendanceRole}
    for q in data["questions"]:
        assert q["asker"] in ids["people"]
        assert q["organisation"] is None or q["organisation"] in ids["organisations"]
    for d in data["documents"]:
        assert d["kind"] in {k.value for k in DocumentKind}
        assert d["date"] is None or ISO_DATE.match(d["date"])
        assert d["meeting"] is None or d["meeting"] in ids["meetings"]
        assert d["agenda_item"] is None or d["agenda_item"] in ids["agenda_items"]
    for s in data["sources"]:
        assert s["document"] in ids["documents"] and len(s["sha256"]) == 64
    for p in data["people"]:
        assert p["aliases"] and not re.match(r"^(Mr|Mrs|Ms|Cllr|Councillor)\b", p["name"])


def test_one_meeting_per_body_and_date_and_minutes_land_on_their_own_meeting(real_archive) -> None:
    archive, _, _ = real_archive
    keys = [(m.body, m.date) for m in archive.meetings.values()]
    assert len(keys) == len(set(keys))
    for document in archive.documents.values():
        if document.kind is DocumentKind.MINUTES:
            meeting = archive.meetings[document.meeting or ""]
            assert meeting.date == document.date
            assert meeting.minutes_document == document.id


def test_every_source_line_reaches_a_page(tmp_path: Path) -> None:
    """Each line that is not furniture has all its words on the page of its paper."""
    result = generate(CONTENT, tmp_path / "pages")
    pages: dict[str, set[str]] = {}
    for document in result.archive.documents.values():
        path = md_document(result.archive, document).partition("#")[0]
        if path not in pages:
            pages[path] = set(WORD.findall((tmp_path / "pages" / path).read_text("utf-8")))
    placed = {
        (d.source_file, line.number): md_document(result.archive, d).partition("#")[0]
        for d in result.archive.documents.values()
        for line in d.part.lines
    }
    missing = []
    for source in result.documents:
        furniture = {f.line.number for f in source.furniture}
        for number, text in enumerate(source.text.split("\n"), start=1):
            if not text.strip() or number in furniture:
                continue
            page = placed.get((source.file, number))
            words = set(WORD.findall(TAG.sub("", text)))  # markup is not words
            if page is None or not words <= pages[page]:
                missing.append(f"{source.file}:{number}: {text[:60]!r}")
    assert not missing, "\n".join(missing[:20])


def test_same_text_under_other_names_gives_the_same_archive(tmp_path: Path, real_archive) -> None:
    archive, _, _ = real_archive
    renamed = tmp_path / "content"
    (renamed / "documents").mkdir(parents=True)
    for curated in CONTENT.glob("*.yaml"):
        shutil.copy(curated, renamed / curated.name)
    sources = sorted((CONTENT / "documents").iterdir())
    for n, path in enumerate(reversed(sources)):
        shutil.copy(path, renamed / "documents" / f"{n:02d}-renamed-{path.stem[-4:]}.md")
    other = generate(renamed, tmp_path / "pages").archive

    def without_file_names(data: dict) -> dict:
        data = json.loads(json.dumps(data))
        data.pop("sources")
        for d in data["documents"]:
            d.pop("source_file")
        return data

    assert without_file_names(archive_data(other)) == without_file_names(archive_data(archive))


def test_pages_are_byte_identical_across_builds(tmp_path: Path) -> None:
    generate(CONTENT, tmp_path / "a")
    generate(CONTENT, tmp_path / "b")
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*"))
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*.*"))
    assert files_a == files_b and files_a
    for rel in files_a:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel


def test_every_page_carries_its_record_in_front_matter(tmp_path: Path) -> None:
    import frontmatter

    from minutebook.rendering.pages.pages import RECORD_KEYS

    generate(CONTENT, tmp_path / "pages")
    pages = sorted((tmp_path / "pages").rglob("*.md"))
    assert len(pages) > 50
    for path in pages:
        meta = frontmatter.load(path).metadata
        assert [k for k, _ in RECORD_KEYS] == list(meta)[: len(RECORD_KEYS)], path
        assert meta["kind"] and meta["id"] and meta["title"], path
        year_page = str(meta["kind"]).endswith("-year")  # meetings/2024.md, people/x/2024.md
        if path.parent.name in {"meetings", "documents", "people"} and path.stem != "index":
            assert meta["id"] == path.stem or year_page, path


def test_every_paper_in_an_agenda_pack_is_filed_under_an_item(real_archive) -> None:
    archive, _, _ = real_archive
    items = {i.id: i for m in archive.meetings.values() for i in m.items}
    checked = 0
    for meeting in archive.meetings.values():
        if meeting.agenda is None:
            continue
        pack = archive.documents[meeting.agenda].source_file
        for doc_id in meeting.documents:
            document = archive.documents[doc_id]
            if document.source_file != pack or document.kind not in (
                DocumentKind.REPORT,
                DocumentKind.WORK_PROGRAMME,
            ):
                continue
            assert document.agenda_item, f"{doc_id} is not filed under an agenda item"
            assert doc_id in items[document.agenda_item].documents
            checked += 1
    assert checked >= 6


def test_a_minute_citing_item_a2_records_the_agenda_item_printed_as_2(tmp_path) -> None:
    """The 18 December 2024 agenda prints its opening items without a section letter
    ("2 Apologies and Substitutes"), while the Panel's minutes cite them as "(Item A2)".
    Fixture: that agenda, then the 10 October 2024 minutes' opening minutes with their
    header's date set to the agenda's (the archive has no minutes of a meeting whose
    agenda it also has), so both papers speak of one meeting."""
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    for curated in CONTENT.glob("*.yaml"):
        shutil.copy(curated, content / curated.name)
    shutil.copy(
        QUIRKS / "minutes-cite-lettered-code-of-unlettered-item.txt",
        content / "documents" / "pack.txt",
    )
    archive, _ = read_archive(content, Diagnostics())
    [meeting] = archive.meetings.values()
    recorded = {item.code: _minute_number(meeting, item.minute) for item in meeting.items}
    assert recorded["2"] == "118" and recorded["3"] == "119" and recorded["4"] == "120"
    assert recorded["B1"] is None  # minute 122 cites B1 of October's agenda: not in the cut
    minute = next(m for m in meeting.minutes if m.facts.number == "118")
    assert minute.facts.item_code == "A2"  # the citation stays as printed
    assert minute.item == f"{meeting.id}-item-2"


def _minute_number(meeting: Meeting, minute_id: str | None) -> str | None:
    return next((m.facts.number for m in meeting.minutes if m.id == minute_id), None)
