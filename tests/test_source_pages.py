"""Each source file as a readable HTML page: declared UTF-8, every line escaped and
anchored (#L80), the cited range (#L80-L96) reachable from every citation."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
import pytest

from minutebook.model import Source
from minutebook.pipeline import generate
from minutebook.rendering.source_pages import source_page
from minutebook.rendering.urls import md_source_page, url_of

PANEL = Path(__file__).parent / "fixtures" / "attendance_rates"
ASSETS = Path(__file__).parents[1] / "generator" / "minutebook" / "defaults" / "site_config"


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.ids += [v or "" for k, v in attrs if k == "id"]


def test_every_line_is_escaped_and_anchored() -> None:
    text = "Cost: £4.5m\r\n<script>alert(1)</script> & <b>bold</b>\n\nlast"
    source = Source("hostile.txt", "0" * 64, None, text, publisher='A "Council" <x>')
    page = source_page(source, text_href="../x.txt", home_href="../../", papers=[])
    assert page.startswith("<!doctype html>")
    assert '<meta charset="utf-8">' in page.split("</head>")[0]
    parsed = _Elements()
    parsed.feed(page)
    assert [i for i in parsed.ids if i.startswith("L")] == ["L1", "L2", "L3", "L4"]
    assert "script" not in parsed.tags[parsed.tags.index("main") :]
    assert "b" not in parsed.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;" in page
    assert "£4.5m</span>" in page  # no stray carriage return, the pound sign as it is
    assert "Published by A &quot;Council&quot; &lt;x&gt;" in page


def test_a_range_anchor_names_its_first_and_last_line() -> None:
    source = Source("a.txt", "0" * 64, None, "one\ntwo")
    assert md_source_page(source, 80, 96).endswith("/index.html#L80-L96")
    assert md_source_page(source, 80, 80).endswith("/index.html#L80")
    assert url_of(md_source_page(source)).endswith("/")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("sources")
    content = tmp / "content"
    (content / "documents").mkdir(parents=True)
    (content / "bodies.yaml").write_text("bodies: []\n", "utf-8")
    for paper in PANEL.iterdir():
        shutil.copy(paper, content / "documents" / paper.name)
    generate(content, tmp / "pages", ASSETS, workers=1)
    return tmp / "pages"


def test_each_source_has_a_page_beside_its_text(built: Path) -> None:
    data = json.loads((built / "data" / "archive.json").read_text("utf-8"))
    for source in data["sources"]:
        text = (built / source["url"].lstrip("/")).read_text("utf-8")
        page = (built / source["html_url"].lstrip("/") / "index.html").read_text("utf-8")
        parsed = _Elements()
        parsed.feed(page)
        lines = [i for i in parsed.ids if re.fullmatch(r"L\d+", i)]
        assert len(lines) == len(text.split("\n")), source["file"]
        assert '<script src="../../assets/source.js" defer></script>' in page
        assert (built / "assets" / "source.js").exists()
        digest = hashlib.sha256((PANEL / source["file"]).read_bytes()).hexdigest()
        assert digest in page


def test_citations_link_their_lines_on_the_source_page(built: Path) -> None:
    """The minutes' "Read from" line and every minute's citation lead to lines that
    exist on the source page, and the lines cited hold the minute's heading."""
    meetings = built / "meetings"
    meeting = frontmatter.load(meetings / "2024-02-08-wealdmoor-police-and-crime-panel.md")
    found = re.search(r"\[lines (\d+)–(\d+)\]\(\.\./(sources/\w+/index\.html)#L(\d+)-L(\d+)\)",
                      meeting.content)  # fmt: skip
    assert found and found[1] == found[4] and found[2] == found[5]
    page = (built / found[3]).read_text("utf-8")
    assert f'id="L{found[5]}"' in page
    cited = re.findall(r"Source: (\S+), lines (\d+)–(\d+) \(\S+/sources/(\w+)/#L(\d+)-L(\d+)\)",
                       meeting.content)  # fmt: skip
    assert cited
    for file, first, last, _, anchor_first, anchor_last in cited:
        assert (first, last) == (anchor_first, anchor_last)
        heading = (PANEL / file).read_text("utf-8").split("\n")[int(first) - 1]
        assert re.match(r"\d+\. ", heading), heading
