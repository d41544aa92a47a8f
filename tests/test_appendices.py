"""A report's appendices become papers of their own, and reports without '#' headings get
their heading hierarchy from their contents list: rule fixtures cut from the real
documents, then the real documents and the pages written from them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import frontmatter
import pytest

from conftest import CONTENT, quirk_lines
from minutebook.errors import Diagnostics
from minutebook.model import Archive, Document, DocumentKind
from minutebook.parsing.appendices import split_appendices
from minutebook.parsing.headings import contents_headings
from minutebook.parsing.papers import parse_report
from minutebook.pipeline import generate
from minutebook.rendering.urls import md_document, relative

REPORT = "2022-12-06-appointment-of-chief-constable"
#: label, title as listed, first line of the appendix in 002_*.txt
APPENDICES = [
    ("1", "Appendix 1: Report by the Independent Member, Ms Henu Cummins", 347,
     "Chief Constable of Kent Police"),
    ("A", "Appendix A: Chief Constable Application Pack", 430,
     "Introduction by the Kent Police and Crime Commissioner"),
    ("B", "Appendix B: Chief Constable advert", 581, "Chief Constable for Kent"),
    ("C", "Appendix C: Competency and Values Framework for policing", 610,
     "Competency and Values Framework for policing"),
    ("D", "Appendix D: Media Briefing exercise", 1039, "**Chief Constable Selection Process**"),
    ("E", "Appendix E: Presentation exercise", 1064, "Presentation"),
    ("F", "Appendix F: Rating mechanism", 1091,
     "Selection & Appointment Process - Rating Mechanism"),
    ("G", "Appendix G: Data protection and Equality Act Briefing", 1104,
     "Briefing note – Data Protection Act and Equality Act"),
    ("H", "Appendix H: Letter outlining details of Briefing Day", 1195, "Matthew Scott"),
]  # fmt: skip

#: A Markdown heading line, without the explicit id a contents link may give it.
HEADING_LINE = r"^(#{2,6}) (.+?)(?: \{#[\w-]+\})?$"


def test_appendices_start_at_their_title_a_signed_close_or_a_letterhead() -> None:
    """Cut from the Chief Constable appointment report: the report lists its appendices,
    whose bodies follow without "Appendix X" banners. A title's words find most starts
    (the cover lines above the first one go with it); the application pack starts after
    the Independent Member's signed and dated close; the letter at its letterhead; the
    advert ("Chief Constable for Kent"), which has no word of its own to find it by, at the
    first heading after the pack's closing "For any queries ... please contact ... by
    email" paragraph."""
    lines = quirk_lines("appendices-listed-without-banners.txt")
    from minutebook.parsing.splitting import split

    [report] = split(lines)
    diagnostics = Diagnostics()
    parse_report(report, "fixture.txt", diagnostics)
    parts = split_appendices(report, "fixture.txt", diagnostics)
    assert parts[0] is report and report.last_line < 28
    found = [(p.appendix_label, p.title, p.lines[0].text) for p in parts[1:]]
    assert found == [
        ("1", "Appendix 1: Report by the Independent Member, Ms Henu Cummins",
         "Chief Constable of Kent Police"),
        ("A", "Appendix A: Chief Constable Application Pack",
         "Introduction by the Kent Police and Crime Commissioner"),
        ("B", "Appendix B: Chief Constable advert", "Chief Constable for Kent"),
        ("C", "Appendix C: Competency and Values Framework for policing",
         "Competency and Values Framework for policing"),
        ("D", "Appendix D: Media Briefing exercise", "**Chief Constable Selection Process"),
        ("E", "Appendix E: Presentation exercise", "Presentation"),
        ("F", "Appendix F: Rating mechanism", "Selection & Appointment Process - Rating Mechanism"),
        ("G", "Appendix G: Data protection and Equality Act Briefing",
         "Briefing note – Data Protection Act and Equality Act"),
        ("H", "Appendix H: Letter outlining details of Briefing Day", "Matthew Scott"),
    ]  # fmt: skip
    assert all(p.parent is report and p.kind is DocumentKind.APPENDIX for p in parts[1:])
    assert report.appendices == parts[1:]
    # every line lands in exactly one part, in order
    assert [line for p in parts for line in p.lines] == lines
    assert not diagnostics.warnings


def test_an_appendix_whose_start_is_not_found_stays_inside_the_previous_one() -> None:
    """Without the pack's closing contact paragraph nothing marks where the advert starts:
    its text stays inside the pack, and a warning names the list's line for it."""
    lines = [
        line
        for line in quirk_lines("appendices-listed-without-banners.txt")
        if not line.text.startswith("For any queries")
    ]
    from minutebook.parsing.splitting import split

    [report] = split(lines)
    diagnostics = Diagnostics()
    parse_report(report, "fixture.txt", diagnostics)
    parts = split_appendices(report, "fixture.txt", diagnostics)
    assert [p.appendix_label for p in parts[1:]] == ["1", "A", "C", "D", "E", "F", "G", "H"]
    pack = parts[2]
    assert "Chief Constable for Kent" in [line.text for line in pack.lines]
    assert [line for p in parts for line in p.lines] == lines
    [warning] = diagnostics.warnings
    assert (warning.file, warning.line, warning.code) == ("fixture.txt", 14, "appendix-not-found")
    assert "Appendix B: Chief Constable advert" in warning.message


def test_a_paper_that_lists_no_appendices_is_left_alone() -> None:
    lines = quirk_lines("appendices-listed-without-banners.txt")
    from minutebook.parsing.splitting import split

    [report] = split([line for line in lines if not line.text.startswith("Appendix")])
    diagnostics = Diagnostics()
    parse_report(report, "fixture.txt", diagnostics)
    assert split_appendices(report, "fixture.txt", diagnostics) == [report]
    assert not report.appendices and not diagnostics.warnings


def test_headings_come_from_the_contents_list_with_its_levels() -> None:
    """Cut from the annual report: no '#' headings, but a Contents list whose bulleted
    entries sit inside the plain ones. A line that leads into a list ("My priorities for
    the Chief Constable:" over "- Work with ...") is not the heading; the section's own
    line is, as printed ("... to deliver", "(VAWG)"); an entry with no line ("How to
    contact me") gets no heading."""
    headings = contents_headings(quirk_lines("headings-from-contents-list.txt"))
    assert [(h.level, h.title) for h in headings] == [
        (2, "Commissioner's Introduction"),
        (2, "My priorities for the Chief Constable to deliver"),
        (3, "Work with residents, communities and businesses to prevent crime and "
            "anti-social behaviour"),
        (3, "Tackle violence against women and girls (VAWG)"),
        (2, "My commitments as PCC"),
        (3, "Community engagement"),
        (2, "National expectations"),
        (3, "The Strategic Policing Requirement"),
    ]  # fmt: skip
    assert [h.line for h in headings][:2] == [30, 51]


def test_short_lines_heading_text_inside_a_section_are_one_level_below_it() -> None:
    """Cut from the annual report: its projects and their results are headed by short
    lines the Contents list does not name. A signature ("Matthew Scott" over "Kent Police
    and Crime Commissioner" over the next section) heads nothing, and "In 2023/24" leads
    into its list; both stay text."""
    from minutebook.parsing.headings import minor_headings

    lines = quirk_lines("minor-headings-inside-sections.txt")
    sections = contents_headings(lines)
    assert [(h.line, h.level) for h in sections] == [(8, 2), (16, 2), (20, 3)]
    assert [(h.line, h.level, h.title) for h in minor_headings(lines, sections)] == [
        (22, 4, "Violence Reduction Unit (VRU)"),
        (26, 4, "Young Peoples Prevention Service (£75,000)"),
        (37, 4, "Outcomes"),
        (47, 4, "Outcomes"),
        (55, 4, "Reduce murder and other homicides"),
        (59, 4, "Reduce serious violence"),
    ]
    assert minor_headings(lines, []) == []  # no sections, no minor headings


# -- the real documents ----------------------------------------------------------------


def _appendices(archive: Archive) -> list[Document]:
    return [d for d in archive.documents.values() if d.kind is DocumentKind.APPENDIX]


def test_the_real_report_has_its_appendices_with_titles_and_first_lines(real_archive) -> None:
    archive, _, diagnostics = real_archive
    report = archive.documents[REPORT]
    appendices = [archive.documents[a] for a in report.appendices]
    assert [
        d for d in sorted(_appendices(archive), key=lambda d: d.part.first_line)
        if d.parent == REPORT
    ] == appendices  # fmt: skip
    assert [
        (d.appendix_label, d.title, d.part.first_line, d.part.lines[0].text) for d in appendices
    ] == APPENDICES
    for d in appendices:
        assert d.parent == REPORT and d.id == f"{REPORT}-appendix-{d.appendix_label.lower()}"
        assert (d.meeting, d.agenda_item, d.date) == (
            report.meeting,
            report.agenda_item,
            report.date,
        )
    assert report.part.last_line < 347  # the report ends with its list of appendices
    assert not [w for w in diagnostics.warnings if w.code == "appendix-not-found"]


def test_the_performance_report_keeps_its_numbered_hierarchy(real_archive) -> None:
    """'3.1 Victim Based Crime' inside '3. Work with Residents ...' (issue 3)."""
    archive, _, _ = real_archive
    [report] = [
        d for d in archive.documents.values() if d.title.startswith("Making Kent Safer Plan")
    ]
    headings = [f"{'#' * h.level} {h.title}" for h in report.part.headings]
    three = headings.index(
        "## 3. Work with Residents, Communities and Businesses to Prevent Crime and "
        "Anti-Social Behaviour."
    )
    assert headings[three + 1] == "### 3.1 Victim Based Crime"
    assert headings.index("## 4. Tackle Violence Against Women.") > three


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Archive, Path]:
    out = tmp_path_factory.mktemp("appendix-pages")
    result = generate(CONTENT, out)
    return result.archive, out


def test_appendix_pages_and_their_report_link_both_ways(pages) -> None:
    archive, out = pages
    report = archive.documents[REPORT]
    report_md = md_document(archive, report)
    report_text = (out / report_md).read_text("utf-8")
    for appendix_id in report.appendices:
        appendix = archive.documents[appendix_id]
        here = md_document(archive, appendix)
        assert here == f"documents/{REPORT}/appendix-{appendix.appendix_label.lower()}.md"
        text = (out / here).read_text("utf-8")
        assert f"- **Appendix to:** [{report.title}]({relative(here, report_md)})" in text
        assert f"parent: {REPORT}" in text
        meta = frontmatter.loads(text).metadata
        assert meta["jsonld"]["isPartOf"]["name"] == report.title  # schema.org: part of it
        link = f"[{appendix.title}]({relative(report_md, here)})"
        # listed under "Appendices", and the report's own list line is that link too,
        # except where the line names a person: then its label links, the name to them
        if appendix.appendix_label == "1":
            assert report_text.count(link) == 1
            assert (
                f"[Appendix 1]({relative(report_md, here)}): Report by the Independent "
                "Member, [Ms Henu Cummins](../people/henu-cummins.md)"
            ) in report_text
        else:
            assert report_text.count(link) == 2, appendix.title
    # the running text's "attached as Appendix A" links too, here and between appendices
    assert f"attached as [Appendix A]({REPORT}/appendix-a.md)" in report_text
    imr = (out / f"documents/{REPORT}/appendix-1.md").read_text("utf-8")
    assert "attached as [appendix A](appendix-a.md)" in imr
    assert "([appendix B](appendix-b.md))" in imr


def test_an_attachment_at_the_end_of_a_report_is_its_appendix(pages) -> None:
    """The PEEL report lists no appendices but says "A copy of the Temporary Chief
    Constable's presentation ... can be found at the end of this paper": the presentation
    starts at the first heading after the report's recommendation, and that phrase links
    to it."""
    archive, out = pages
    peel = archive.documents["2022-12-06-hmicfrs-peel-inspection-2021-22"]
    [attachment] = [archive.documents[a] for a in peel.appendices]
    assert attachment.id == f"{peel.id}-appendix" and attachment.appendix_label is None
    assert attachment.title == "PCC HMICFRS PEEL Report 21/22 Improvement Plan Meeting"
    assert (attachment.part.first_line, peel.part.last_line) == (1359, 1358)
    here = md_document(archive, peel)
    text = (out / here).read_text("utf-8")
    target = relative(here, md_document(archive, attachment))
    assert f"[can be found at the end of this paper]({target})" in text


def test_archive_json_lists_appendices_with_their_report(pages) -> None:
    _, out = pages
    data = json.loads((out / "data" / "archive.json").read_text("utf-8"))
    listed = [d for d in data["documents"] if d["kind"] == "appendix" and d["parent"] == REPORT]
    assert len(listed) == len(APPENDICES)
    for entry in listed:
        assert entry["parent"] == REPORT
        assert entry["appendix_label"] in {label for label, *_ in APPENDICES}
        assert entry["url"] == (f"/documents/{REPORT}/appendix-{entry['appendix_label'].lower()}/")
    assert [d["parent"] for d in data["documents"] if d["kind"] == "appendix"].count(
        "2022-12-06-hmicfrs-peel-inspection-2021-22"
    ) == 1
    others = [d for d in data["documents"] if d["kind"] != "appendix"]
    assert all(d["parent"] is None and d["appendix_label"] is None for d in others)


def test_annual_report_page_has_an_h2_h3_hierarchy(pages) -> None:
    archive, out = pages
    [report] = [d for d in archive.documents.values() if d.kind is DocumentKind.ANNUAL_REPORT]
    text = (out / md_document(archive, report)).read_text("utf-8")
    headings = re.findall(HEADING_LINE, text, flags=re.MULTILINE)
    levels = [(len(h), t) for h, t in headings if len(h) <= 3 and t != "Referred to from"]
    assert (2, "My priorities for the Chief Constable to deliver") in levels
    priorities = levels.index((2, "My priorities for the Chief Constable to deliver"))
    assert levels[priorities + 1] == (
        3,
        "Work with residents, communities and businesses to prevent crime and anti-social "
        "behaviour",
    )
    assert sum(1 for level, _ in levels if level == 2) >= 6
    assert sum(1 for level, _ in levels if level == 3) >= 15


def test_archive_json_gives_each_paper_its_heading_hierarchy(pages) -> None:
    """documents[].sections: the headings of each paper with a page of its own, with
    their levels and source lines, the same ones its page shows."""
    archive, out = pages
    data = json.loads((out / "data" / "archive.json").read_text("utf-8"))
    by_title = {d["title"]: d for d in data["documents"]}
    performance = by_title["Making Kent Safer Plan: Delivery and Performance"]["sections"]
    titles = [s["title"] for s in performance]
    three = titles.index(
        "3. Work with Residents, Communities and Businesses to Prevent Crime and "
        "Anti-Social Behaviour."
    )
    assert performance[three]["level"] == 2
    assert (performance[three + 1]["title"], performance[three + 1]["level"]) == (
        "3.1 Victim Based Crime",
        3,
    )
    annual = next(d for d in data["documents"] if d["kind"] == "annual_report")["sections"]
    assert {"title": "Outcomes", "level": 4, "line": 488} in annual
    for entry in data["documents"]:
        document = archive.documents[entry["id"]]
        if not entry["url"].startswith("/documents/"):
            assert entry["sections"] == []  # read on the meeting page: items and minutes
            continue
        page = (out / md_document(archive, document)).read_text("utf-8")
        shown = [
            (len(hashes), re.sub(r"[*\\]", "", text))
            for hashes, text in re.findall(HEADING_LINE, page, flags=re.MULTILINE)
        ]
        for section in entry["sections"]:
            assert (section["level"], section["title"]) in shown, section
            first, last = entry["source_lines"]
            assert first <= section["line"] <= last


def test_an_overlong_appendix_list_is_reported_and_left_alone() -> None:
    """Hostile input: a 'report' listing hundreds of appendices is not cut up."""
    from minutebook.model import Line
    from minutebook.parsing.splitting import split

    text = ["To: Panel", "Subject: Many", "Date: 1 May 2024", ""]
    text += [f"Appendix {n}: Part {n}" for n in range(1, 100)] * 3
    text += ["", "Part 1", "", "Some text."]
    lines = [Line(n, t) for n, t in enumerate(text, start=1)]
    [report] = split(lines)
    diagnostics = Diagnostics()
    parse_report(report, "hostile.txt", diagnostics)
    assert split_appendices(report, "hostile.txt", diagnostics) == [report]
    assert [w.code for w in diagnostics.warnings] == ["appendix-list-too-long"]
