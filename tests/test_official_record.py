"""The official record (content/sources.yaml): each source file's publisher, matched by its
sha256 and never by its name; each meeting's and body's official page; pages, citations
and "not in this archive" link them; a wrong entry is one clear line."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import frontmatter
import pytest

from conftest import CONTENT
from minutebook.errors import ContentError, Diagnostics
from minutebook.pipeline import generate, read_archive
from minutebook.resolving.curated import load_official

PANEL = Path(__file__).parent / "fixtures" / "attendance_rates"
MINUTES = "panel-2023-10.txt"
AGENDA = "agenda-2024-06.txt"
ORIGINAL = "https://democracy.wealdmoor.example/documents/s4410/Minutes%2012%20October.pdf"
MEETING_PAGE = "https://democracy.wealdmoor.example/ieListDocuments.aspx?CId=12&MId=3301"
BODY_PAGE = "https://www.wealdmoor.example/police-and-crime-panel"
#: a meeting the archive lacks, whose minutes the 15 June 2023 minutes approve
MARCH_PAGE = "https://democracy.wealdmoor.example/ieListDocuments.aspx?CId=12&MId=3288"


def _digest(name: str) -> str:
    return hashlib.sha256((PANEL / name).read_bytes()).hexdigest()


def _sources_yaml() -> str:
    return (
        "sources:\n"
        f"  - sha256: {_digest(MINUTES)}\n"
        "    publisher: Wealdmoor County Council\n"
        f"    url: {ORIGINAL}\n"
        "    published: 2023-10-20\n"
        f"  - sha256: {_digest(AGENDA)}\n"
        "    publisher: Wealdmoor County Council\n"
        "meetings:\n"
        "  - meeting: 2023-10-12-wealdmoor-police-and-crime-panel\n"
        f"    url: {MEETING_PAGE}\n"
        "    publisher: Wealdmoor County Council\n"
        "  - meeting: 2023-03-09-wealdmoor-police-and-crime-panel\n"
        f"    url: {MARCH_PAGE}\n"
        "bodies:\n"
        "  - body: wealdmoor-police-and-crime-panel\n"
        f"    url: {BODY_PAGE}\n"
        "    publisher: Wealdmoor County Council\n"
    )


def _content(tmp: Path, rename: bool = False) -> Path:
    content = tmp / "content"
    (content / "documents").mkdir(parents=True)
    (content / "bodies.yaml").write_text("bodies: []\n", "utf-8")
    (content / "sources.yaml").write_text(_sources_yaml(), "utf-8")
    for paper in PANEL.iterdir():
        name = f"renamed-{paper.name}" if rename else paper.name
        shutil.copy(paper, content / "documents" / name)
    return content


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("official")
    generate(_content(tmp), tmp / "pages", workers=1)
    return tmp / "pages"


def _page(built: Path, path: str) -> str:
    return frontmatter.load(built / path).content


def test_meeting_pages_name_the_publisher_and_link_the_original(built: Path) -> None:
    page = _page(built, "meetings/2023-10-12-wealdmoor-police-and-crime-panel.md")
    assert (
        f"*Published by Wealdmoor County Council on 20 October 2023: "
        f"[original document]({ORIGINAL}). Read from [" in page
    )
    card = page.split("</div>", 1)[0]
    assert f"- **Official record:** [this meeting's page at Wealdmoor County Council]" \
        f"({MEETING_PAGE})" in card  # fmt: skip
    cite = re.search(r'id="cite-minute-2".*?</details>', page)
    assert cite and "Published by Wealdmoor County Council: " in cite[0]
    assert ORIGINAL.replace("&", "&amp;") in cite[0]


def test_a_meeting_without_its_minutes_points_to_the_official_page(built: Path) -> None:
    """The 6 June 2024 agenda is here, its minutes are not: the body's page is where to
    look (no page of that meeting's own is recorded)."""
    page = _page(built, "meetings/2024-06-06-wealdmoor-police-and-crime-panel.md")
    assert (
        "- **Decisions:** the minutes of this meeting are not in this archive; see "
        f"[the Wealdmoor Police and Crime Panel's page at Wealdmoor County Council]({BODY_PAGE})"
    ) in page
    assert "*Published by Wealdmoor County Council. Read from [" in page


def test_a_reference_to_a_meeting_not_here_links_its_official_page(built: Path) -> None:
    page = _page(built, "meetings/2023-06-15-wealdmoor-police-and-crime-panel.md")
    assert (
        f"the meeting held on 9 March 2023 *(not in this archive: [official record]({MARCH_PAGE}))*"
        in page
    )


def test_an_entry_for_a_meeting_only_referred_to_is_no_warning(tmp_path: Path) -> None:
    diagnostics = Diagnostics()
    read_archive(_content(tmp_path), diagnostics)
    assert not [d for d in diagnostics.warnings if d.code == "unmatched-official-entry"]


def test_a_file_without_an_entry_claims_no_publisher(built: Path) -> None:
    page = _page(built, "meetings/2024-02-08-wealdmoor-police-and-crime-panel.md")
    assert "Published by" not in page
    assert "*Published in [panel-2024-02.txt" in page


def test_the_open_data_carries_the_official_record(built: Path) -> None:
    data = json.loads((built / "data" / "archive.json").read_text("utf-8"))
    sources = {s["file"]: s for s in data["sources"]}
    assert sources[MINUTES]["publisher"] == "Wealdmoor County Council"
    assert sources[MINUTES]["published_url"] == ORIGINAL
    assert sources[MINUTES]["published"] == "2023-10-20"
    assert sources["panel-2024-02.txt"]["publisher"] is None
    meetings = {m["id"]: m for m in data["meetings"]}
    assert meetings["2023-10-12-wealdmoor-police-and-crime-panel"]["official_url"] == MEETING_PAGE
    [body] = data["bodies"]
    assert body["official_url"] == BODY_PAGE


def test_entries_follow_the_bytes_not_the_file_name(tmp_path: Path) -> None:
    """Renamed, a file keeps its publisher; edited, it no longer claims to be the original
    and its entry is a warning."""
    content = _content(tmp_path, rename=True)
    archive, _ = read_archive(content, Diagnostics())
    publishers = {s.file: s.publisher for s in archive.sources}
    assert publishers[f"renamed-{MINUTES}"] == "Wealdmoor County Council"
    edited = content / "documents" / f"renamed-{MINUTES}"
    edited.write_text(edited.read_text("utf-8") + "\nA line added later.\n", "utf-8")
    diagnostics = Diagnostics()
    archive, _ = read_archive(content, diagnostics)
    assert {s.file: s.publisher for s in archive.sources}[f"renamed-{MINUTES}"] is None
    [warning] = [d for d in diagnostics.warnings if d.code == "unmatched-official-entry"]
    assert (warning.file, warning.line) == ("sources.yaml", 2)


def test_a_copy_with_other_line_endings_is_the_same_document(tmp_path: Path) -> None:
    """Saved with CRLF line endings and a byte-order mark, the text is the same: so is
    its publisher."""
    content = _content(tmp_path)
    copy = content / "documents" / MINUTES
    copy.write_bytes(b"\xef\xbb\xbf" + copy.read_bytes().replace(b"\n", b"\r\n"))
    archive, _ = read_archive(content, Diagnostics())
    assert {s.file: s.publisher for s in archive.sources}[MINUTES] == "Wealdmoor County Council"


GOOD = "a" * 64


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources:\n  - sha256: abc\n    publisher: X\n", "sources.yaml:2: sha256 'abc' is not"),
        (f"sources:\n  - sha256: {GOOD}\n", "sources.yaml:2: entry lacks publisher"),
        (f"sources:\n  - sha256: {GOOD}\n    publisher: X\n    url: javascript:alert(1)\n",
         "sources.yaml:2: 'url' 'javascript:alert(1)' is not an http(s) address"),
        (f"sources:\n  - sha256: {GOOD}\n    publisher: X\n    url: https://a.example/x y\n",
         "is not an http(s) address"),
        (f"sources:\n  - sha256: {GOOD}\n    publisher: X\n    published: soon\n",
         "sources.yaml:2: 'published' must be a date"),
        (f"sources:\n  - sha256: {GOOD}\n    publisher: X\n  - sha256: {GOOD}\n    publisher: Y\n",
         "sources.yaml:4: sha256 aaaaaaaaaaaa... is listed twice"),
        (f"sources:\n  - sha256: {GOOD}\n    publisher: X\n    file: a.txt\n",
         "sources.yaml:2: unknown keys file"),
        ("meetings:\n  - meeting: 2024-01-01-x\n    url: ftp://a.example/\n",
         "sources.yaml:2: 'url' 'ftp://a.example/' is not an http(s) address"),
        ("bodies:\n  - body: Not An Id\n    url: https://a.example/\n",
         "sources.yaml:2: body 'Not An Id' is not an id"),
        ("sources: [", "not valid YAML"),
    ],
)  # fmt: skip
def test_a_wrong_entry_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "sources.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(message)):
        load_official(tmp_path)


def test_a_report_gives_its_pages_in_the_agenda_pack(tmp_path: Path) -> None:
    """A reader holding the published pack finds the paper by the pages its agenda item
    gives ("Pages 21 - 26")."""
    generate(CONTENT, tmp_path / "pages", workers=1)
    data = json.loads((tmp_path / "pages" / "data" / "archive.json").read_text("utf-8"))
    items = {i["id"]: i for i in data["agenda_items"]}
    checked = 0
    for document in data["documents"]:
        item = items.get(document["agenda_item"] or "")
        if item is None or "#" in document["url"]:
            continue
        page = _page(tmp_path / "pages", document["url"].strip("/") + ".md")
        said = "- **Pages in the agenda pack:**"
        assert (f"{said} {item['pages']}" in page) if item["pages"] else said not in page
        checked += bool(item["pages"])
    assert checked >= 3


def test_a_body_page_links_its_official_page(built: Path) -> None:
    page = _page(built, "bodies/wealdmoor-police-and-crime-panel.md")
    title, rest = page.split("\n\n", 1)
    assert title.startswith("# Wealdmoor Police and Crime Panel")
    assert rest.startswith(
        f"*Official record: [its page at Wealdmoor County Council]({BODY_PAGE}).*"
    ), rest[:200]
