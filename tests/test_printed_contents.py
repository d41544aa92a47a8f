"""A paper's printed contents list links to its sections (issue 17): parsing pairs each
entry with the heading it names (`parsing.headings.contents_sections`, the rule that also
finds those headings), and the page links the entry to that heading's id, the id the
Markdown `toc` extension gives it, so no existing link to a section changes."""

from __future__ import annotations

import re

import markdown

from minutebook.errors import Diagnostics
from minutebook.model import Part
from minutebook.parsing import parse_document
from minutebook.parsing.reading import SourceText
from minutebook.rendering.pages.body import Dressing, render_blocks
from minutebook.rendering.pages.section_ids import contents_links

#: An invented annual report: entries with page numbers, a group label without one,
#: bullets, a labelled entry and one that names no heading; two sections share a heading.
REPORT = """\
Dunmere Community Safety Partnership

Annual Report 2024 - 2025

Contents

Introduction\t2
Our priorities:\t
• Safer streets\t3
• Reducing reoffending\t4
Theme: Young people and families\t5
How to contact us\t9

Introduction

This report sets out what the partnership did in its second year.

Our priorities:

Safer streets

Street lighting was repaired in four wards.

Outcomes

Fewer burglaries were reported.

Reducing reoffending

Two new projects began.

Young people and families

The youth forum met six times.

Outcomes

Attendance at youth clubs rose.
"""
LINES = REPORT.split("\n")


def _line(text: str, after: int = 0) -> int:
    return next(n for n, t in enumerate(LINES, start=1) if n > after and t == text)


def _part() -> Part:
    document = parse_document(SourceText("report.txt", "x", REPORT), Diagnostics())
    [part] = [p for p in document.parts if p.contents]
    return part


def test_each_entry_is_paired_with_the_heading_it_names() -> None:
    contents_end = _line("How to contact us\t9")
    pairs = [(e.line, e.heading) for e in _part().contents]
    assert pairs == [
        (_line("Introduction\t2"), _line("Introduction", contents_end)),
        (_line("Our priorities:\t"), _line("Our priorities:", contents_end)),
        (_line("• Safer streets\t3"), _line("Safer streets", contents_end)),
        (_line("• Reducing reoffending\t4"), _line("Reducing reoffending", contents_end)),
        (_line("Theme: Young people and families\t5"), _line("Young people and families")),
    ]  # "How to contact us" names no heading: left unlinked, never matched to a wrong one


def test_a_paper_without_a_contents_list_has_no_entries() -> None:
    text = REPORT.replace("Contents\n", "Summary\n")
    document = parse_document(SourceText("report.txt", "x", text), Diagnostics())
    assert all(part.contents == [] for part in document.parts)


def test_the_page_links_entries_to_the_ids_toc_gives_their_headings() -> None:
    part = _part()
    heading_ids, entries = contents_links(part, ["Dunmere report"])
    page = "# Dunmere report\n\n" + render_blocks(
        part.blocks, Dressing(heading_ids=heading_ids, contents=entries)
    )
    html = markdown.markdown(page, extensions=["toc", "attr_list"])
    targets = re.findall(r'href="#([^"]+)"', html)
    assert targets == [
        "introduction",
        "our-priorities",
        "safer-streets",
        "reducing-reoffending",
        "young-people-and-families",
    ]
    assert set(targets) <= set(re.findall(r' id="([^"]+)"', html))
    # the same ids toc gives the headings when told nothing: links made before still work
    untold = "# Dunmere report\n\n" + render_blocks(part.blocks, Dressing())
    ids = r"<h\d[^>]*id=\"([^\"]+)\""
    assert re.findall(ids, html) == re.findall(ids, markdown.markdown(untold, extensions=["toc"]))
    assert "outcomes_1" in re.findall(ids, html)  # the repeated heading, numbered as toc does


def test_a_bracket_in_an_entry_cannot_close_its_link() -> None:
    text = REPORT.replace("Introduction", "Introduction] (x")
    document = parse_document(SourceText("report.txt", "x", text), Diagnostics())
    [part] = [p for p in document.parts if p.contents]
    heading_ids, entries = contents_links(part, [])
    html = markdown.markdown(
        render_blocks(part.blocks, Dressing(heading_ids=heading_ids, contents=entries)),
        extensions=["toc", "attr_list"],
    )
    assert '<a href="#introduction-x">Introduction] (x</a>' in html
