"""Cite blocks: a conventional citation worded by the archive's `citation` setting, one
block of the page's own and a compact "Cite" beside each minute's heading, a block on
every paper's page, and an id for each question."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
from pathlib import Path

import frontmatter
import pytest

from minutebook.config import Settings, citation_problem, load_settings
from minutebook.errors import ContentError
from minutebook.pipeline import generate
from minutebook.rendering.pages.citations import (
    ACCESSED_PLACEHOLDER,
    Citation,
    compact_cite,
    conventional,
    paper_citation,
    record_citation,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _minute(**overrides: str) -> Citation:
    values = {
        "anchor": "cite-minute-103",
        "label": "minute 103",
        "record_title": "Annual <Report>",
        "body": "Wealdmoor Police and Crime Panel",
        "container": "minutes of 17 October 2023",
        "source": "minutes.txt, lines 80–96",
        "url": "https://example.org/meetings/x/#minute-103",
        **overrides,
    }
    return record_citation(date=dt.date(2023, 10, 17), **values)


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_the_citation_is_worded_by_the_setting() -> None:
    citation = _minute()
    default = _plain(conventional(citation, Settings(name="Wealdmoor archive")))
    assert default == (
        "Wealdmoor Police and Crime Panel, minutes of 17 October 2023, minute 103. "
        f"Wealdmoor archive. https://example.org/meetings/x/#minute-103. "
        f"Accessed {ACCESSED_PLACEHOLDER}."
    )
    other = Settings(name="Wealdmoor archive", citation="{cited} ({body}), {url} [{archive}]")
    assert _plain(conventional(citation, other)) == (
        "minutes of 17 October 2023, minute 103 (Wealdmoor Police and Crime Panel), "
        "https://example.org/meetings/x/#minute-103 [Wealdmoor archive]"
    )


def test_each_value_has_its_span_and_everything_is_escaped() -> None:
    citation = _minute(body="A <b>Body</b> & Co")
    markup = conventional(citation, Settings(citation="<i>{body}</i> {url}"))
    assert "<b>" not in markup and "<i>" not in markup
    assert '<span class="mb-cite-body">A &lt;b&gt;Body&lt;/b&gt; &amp; Co</span>' in markup
    assert '<span class="mb-cite-url">https://example.org/meetings/x/#minute-103</span>' in markup
    block = compact_cite(citation, Settings())
    assert "Annual &lt;Report&gt;" in block and "<Report>" not in block


def test_a_paper_without_a_body_starts_with_what_is_cited() -> None:
    citation = paper_citation(
        record_id="annual-report",
        title="Annual Report 2023 - 2024",
        kind="annual report",
        body="",
        meeting_date=None,
        date=dt.date(2024, 6, 1),
        source="report.txt, lines 1–400",
        url="https://example.org/documents/annual-report/",
    )
    text = _plain(conventional(citation, Settings(name="Wealdmoor archive")))
    assert text.startswith("“Annual Report 2023 - 2024”, annual report, 1 June 2024. ")
    assert citation.csl["type"] == "report" and "author" not in citation.csl


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("{body}, {cited}.", "must give the {url}"),
        ("{url} {title}", "names title"),
        ("{url!r}", "without formats"),
        ("{url:>40}", "without formats"),
        ("{url", "is not a template"),
    ],
)
def test_a_citation_template_that_cannot_be_used_is_refused(template: str, problem: str) -> None:
    found = citation_problem(template)
    assert found is not None and problem in found
    assert citation_problem(Settings().citation) is None


def test_a_wrong_citation_setting_stops_the_build(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_text("citation: '{body} {page}'\n", "utf-8")
    with pytest.raises(ContentError, match="citation names page"):
        load_settings(tmp_path)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("cite")
    content = tmp / "content"
    (content / "documents").mkdir(parents=True)
    (content / "bodies.yaml").write_text("bodies: []\n", "utf-8")
    (content / "site.yaml").write_text(
        "name: Wealdmoor papers archive\ncitation: '{body}: {cited} ({archive}) <{url}>'\n",
        "utf-8",
    )
    for name in ("minutes/item-code-on-its-own-line.txt", "attendance_rates/panel-2024-02.txt"):
        shutil.copy(FIXTURES / name, content / "documents" / Path(name).name)
    generate(content, tmp / "pages", workers=1)
    return tmp / "pages"


def _meeting_pages(built: Path) -> list[str]:
    pages = [frontmatter.load(p).content for p in sorted((built / "meetings").glob("*-*-*.md"))]
    return [p for p in pages if "### " in p]


def test_a_meeting_page_has_one_block_and_a_compact_cite_per_minute(built: Path) -> None:
    pages = _meeting_pages(built)
    assert pages
    for text in pages:
        blocks = re.findall(r'<details class="(mb-cite[^"]*)" id="cite-([^"]+)"', text)
        assert [anchor for kind, anchor in blocks if kind == "mb-cite"] == ["meeting"]
        minutes = re.findall(r"^### .*\{#(minute-[^}]+)\}$", text, re.M)
        compact = [anchor for kind, anchor in blocks if "mb-cite-compact" in kind]
        assert minutes and set(minutes) <= set(compact)
        # each minute is a block that starts at its heading, beside which its Cite sits
        assert text.count('<div class="mb-minute" markdown>') == len(minutes)
        assert text.count("<div") == text.count("</div>")
        for anchor in minutes:
            head = re.search(
                rf'<div class="mb-head" markdown>\n\n### [^\n]*\{{#{anchor}\}}\n\n'
                rf'<details class="mb-cite mb-cite-compact" id="cite-{anchor}"',
                text,
            )
            assert head, anchor


def test_the_citation_uses_the_archive_wording(built: Path) -> None:
    text = "\n".join(_meeting_pages(built))
    cited = re.search(r'id="cite-minute-[^"]+".*?<p class="mb-cite-text">(.*?)</p>', text)
    assert cited
    plain = _plain(cited[1])
    assert re.fullmatch(
        r"[^:]+: minutes of \d{1,2} \w+ \d{4}, minute \S+ \(Wealdmoor papers archive\) "
        r"<\S+#minute-\S+>",
        plain,
    ), plain


def test_each_question_has_an_id(built: Path) -> None:
    [page] = [p for p in _meeting_pages(built) if "Question 1" in p]
    questions = re.findall(r"\{: #(question-\d+) \.mb-question \}", page)
    assert questions and len(set(questions)) == len(questions)
    for anchor in questions:
        assert f"[¶](#{anchor})" in page
