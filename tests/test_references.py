"""References in the text: found as written, resolved across documents, shown as links
(or as "not in this archive"), and listed as back-links on the page they lead to."""

from __future__ import annotations

import shutil
from pathlib import Path

import frontmatter
import pytest

from conftest import CONTENT, quirk_lines
from minutebook.model import Archive, Document, DocumentKind, Layout, Line, Part, ReferenceKind
from minutebook.parsing.references import find_appendix_mentions, find_references, year_range
from minutebook.pipeline import generate
from minutebook.rendering.pages.pages import PageWriter
from minutebook.rendering.urls import md_document, md_target
from minutebook.resolving.references import resolve_appendix_references


def test_references_are_found_exactly_as_written() -> None:
    found = [(f.line, f.kind, f.text, f.key, f.body_hint)
             for f in find_references(quirk_lines("references-in-text.txt"))]  # fmt: skip
    assert found == [
        (1, ReferenceKind.MEETING, "Minutes of the Police and Crime Panel held on 10 October 2024",
         "2024-10-10", "Police and Crime Panel"),
        (2, ReferenceKind.MEETING,
         "Minutes of the Commissioner's Governance Board Meeting held on 2 October 2024",
         "2024-10-02", "Commissioner's Governance Board"),
        (3, ReferenceKind.MEETING, "minutes of the meeting held on 16 July 2024", "2024-07-16",
         None),
        (4, ReferenceKind.ITEM, "Item C2", "C2", None),
        (4, ReferenceKind.DECISION, "Decision OPCC.D.033.23", "OPCC.D.033.23", None),
        (5, ReferenceKind.ANNUAL_REPORT,
         "Police and Crime Commissioner's Annual Report for 2023-24", "2023-2024", None),
        # "Complaints against the Commissioner - Annual Report" is another report: no match
        (6, ReferenceKind.ITEM, "Item B1", "B1", None),
        # line 7: "was held on" names no minutes or meeting; line 8 labels the paper itself
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2023-24", "2023-2024"), ("2021/22", "2021-2022"), ("2023 - 2024", "2023-2024"),
     ("2023-25", None), ("no years", None)],
)  # fmt: skip
def test_year_ranges_are_normalised(text: str, expected: str | None) -> None:
    assert year_range(text) == expected


def test_resolved_references_lead_to_records_of_the_archive(real_archive) -> None:
    archive, _, _ = real_archive
    assert archive.references, "the real documents refer to other records"
    for reference in archive.references:
        target = reference.target
        if target is None:
            continue
        if target.kind == "meeting":
            meeting = archive.meetings[target.id]
            assert (
                meeting.date.isoformat() in reference.text
                or meeting.date.strftime("%-d %B %Y") in reference.text
            )
        elif target.kind == "document":
            assert target.id in archive.documents
        else:
            assert target.meeting in archive.meetings
            if target.kind == "decision":
                assert target.id in reference.text
                assert any(d.reference == target.id
                           for d in archive.meetings[target.meeting].decisions)  # fmt: skip
            else:
                item = next(i for i in archive.meetings[target.meeting].items
                            if i.id == target.id)  # fmt: skip
                assert reference.text.endswith(item.code)


def test_a_named_board_meeting_resolves_through_the_curated_body_names(real_archive) -> None:
    """The 18 December 2024 agenda calls the Board's 2 October 2024 meeting the
    "Governance Board"; content/bodies.yaml says which body that is."""
    archive, _, _ = real_archive
    [reference] = [r for r in archive.references if "Governance Board" in r.text]
    assert reference.target is not None
    meeting = archive.meetings[reference.target.id]
    assert meeting.body == "performance-and-delivery-board"
    assert meeting.minutes_document is not None


def _page(pages: Path, md: str) -> str:
    return frontmatter.load(pages / md.partition("#")[0]).content


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PageWriter]:
    out = tmp_path_factory.mktemp("pages")
    result = generate(CONTENT, out)
    return out, PageWriter(result.archive)


def test_each_reference_is_a_link_or_says_it_is_not_in_this_archive(pages) -> None:
    out, writer = pages
    archive = writer.archive
    for reference in archive.references:
        document = archive.documents[reference.document]
        here = md_document(archive, document)
        text = _page(out, here)
        if reference.target is not None:
            target = md_target(archive, reference.target)
            assert writer.link(here, target, reference.text) in text, reference
        elif reference.kind is not ReferenceKind.ITEM:
            # and, when content/sources.yaml says where, it links the official record
            official = reference.official_url
            said = f": [official record]({official})" if official else ""
            assert f"{reference.text} *(not in this archive{said})*" in text, reference
        else:  # the page says once that the agenda those item numbers belong to is missing
            assert "agenda of this meeting is not in this archive" in text, reference


def test_every_page_lists_where_it_is_referred_to_from(pages) -> None:
    out, writer = pages
    archive = writer.archive
    checked = 0
    for reference in archive.references:
        if reference.target is None:
            continue
        target_page = md_target(archive, reference.target).partition("#")[0]
        source_page = md_document(archive, archive.documents[reference.document])
        if source_page.partition("#")[0] == target_page:
            continue
        where, label = writer.where(reference.document, reference.line)
        section = _page(out, target_page).split("## Referred to from", 1)
        assert len(section) == 2, f"{target_page} has no 'Referred to from' section"
        assert writer.link(target_page, where, label) in section[1]
        checked += 1
    assert checked >= 3


def test_a_reference_becomes_a_link_when_its_target_arrives(tmp_path: Path) -> None:
    """Built without the annual report, the 10 October 2024 minutes say it is not in this
    archive; with it, the same phrase links to it and its page links back."""
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    for curated in CONTENT.glob("*.yaml"):
        shutil.copy(curated, content / curated.name)
    full = generate(CONTENT, tmp_path / "full").archive
    [report] = [d for d in full.documents.values() if d.kind.value == "annual_report"]
    for source in (CONTENT / "documents").iterdir():
        if source.name != report.source_file:
            shutil.copy(source, content / "documents" / source.name)
    partial = generate(content, tmp_path / "partial").archive
    [before] = [r for r in partial.references if r.kind is ReferenceKind.ANNUAL_REPORT
                and r.target is None and "2023-24" in r.text]  # fmt: skip
    [after] = [r for r in full.references if (r.document, r.line) == (before.document, before.line)
               and r.kind is ReferenceKind.ANNUAL_REPORT]  # fmt: skip
    assert after.target is not None and after.target.id == report.id
    page = md_document(full, full.documents[before.document])
    assert f"{before.text} *(not in this archive)*" in _page(tmp_path / "partial", page)
    assert "## Referred to from" in _page(tmp_path / "full", md_document(full, report))


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


def test_appendix_mentions_are_found_with_their_labels_and_lines() -> None:
    lines = _lines(
        "The draft delivery plan is attached as Appendix A and the budget at appendix C.",
        "Members are asked to note the figures (see Appendix 2).",
        "Appendix 10 sets out the wards; an appendix is attached; Appendixes follow.",
        "Nothing here names one.",
    )
    found = [(f.line, f.kind, f.text, f.key) for f in find_appendix_mentions(lines)]
    assert found == [
        (1, ReferenceKind.APPENDIX, "Appendix A", "A"),
        (1, ReferenceKind.APPENDIX, "appendix C", "C"),
        (2, ReferenceKind.APPENDIX, "Appendix 2", "2"),
        (3, ReferenceKind.APPENDIX, "Appendix 10", "10"),  # not "Appendix 1"
    ]


def _paper(doc_id: str, text: str, parent: Document | None = None, label: str | None = None):
    part = Part(DocumentKind.APPENDIX if parent else DocumentKind.REPORT, doc_id,
                _lines(text), Layout.APPENDIX if parent else Layout.REPORT_HEADER)  # fmt: skip
    part.appendix_mentions = find_appendix_mentions(part.lines)
    document = Document(doc_id, part.kind, doc_id, None, "papers.txt", part,
                        parent=parent.id if parent else None, appendix_label=label)  # fmt: skip
    if parent:
        parent.appendices.append(doc_id)
    return document


def test_appendix_mentions_resolve_to_their_own_reports_appendices_only() -> None:
    """A report's "Appendix A" is its own appendix A, an appendix's "appendix B" its
    sibling; a label no appendix has, another report's appendix, or the paper naming
    itself has no target."""
    report = _paper("ward-review", "Appendix A is the map; Appendix B the costs; Appendix D.")
    a = _paper("ward-review-appendix-a", "This Appendix A draws on appendix B.", report, "A")
    b = _paper("ward-review-appendix-b", "Costs, as in Appendix A.", report, "B")
    other = _paper("parking-review", "Appendix A is the parking map.")
    archive = Archive(documents={d.id: d for d in (report, a, b, other)})
    resolve_appendix_references(archive)

    def targets(document: Document) -> list[tuple[str, str | None]]:
        return [(r.text, r.target.id if r.target else None) for r in document.appendix_references]

    assert targets(report) == [("Appendix A", a.id), ("Appendix B", b.id), ("Appendix D", None)]
    assert targets(a) == [("Appendix A", None), ("appendix B", b.id)]
    assert targets(b) == [("Appendix A", a.id)]
    assert targets(other) == [("Appendix A", None)]
    assert all(r.line == 1 and r.kind is ReferenceKind.APPENDIX
               for r in report.appendix_references)  # fmt: skip
    assert archive.references == []  # kept on the paper, apart from the archive's references
