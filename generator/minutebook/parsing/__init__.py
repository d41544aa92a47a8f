"""Parse each part of a document into facts, exactly as written, with line numbers.

One parser per layout (the layout names come from `splitting`). Parsers see one document
only: deciding which meeting or person a fact refers to is `resolving`'s job.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from ..errors import Diagnostics
from ..failures import describe
from ..model import ContentsLink, DocumentKind, Layout, Part, SourceDocument
from .agenda import parse_agenda
from .appendices import split_appendices
from .blocks import lay_out, part_blocks
from .cleaning import clean
from .covers import join_covers
from .damage import report_damage
from .dated_headings import dated_title_heading
from .decision_references import decisions_in_tables
from .figures import find_figures
from .headings import contents_sections, minor_headings, printed_headings
from .host_chrome import join_host_title
from .issue_pages import with_site_authority
from .lengths import cap_lengths
from .markdown_syntax import report_markdown_syntax
from .mentions import find_mentions
from .minutes import parse_minutes
from .pack_names import with_pack_names
from .papers import (
    parse_annual_report,
    parse_board_notes,
    parse_report,
    parse_standalone_report,
    parse_unrecognised,
    parse_work_programme,
)
from .plausible_dates import report_implausible_dates
from .printed_kind_titles import printed_kind_title
from .reading import SourceText
from .references import find_appendix_mentions, find_references
from .splitting import split

Parser = Callable[[Part, str, Diagnostics], None]

PARSERS: dict[Layout, Parser] = {
    Layout.AGENDA: parse_agenda,
    Layout.MINUTES: parse_minutes,
    Layout.REPORT_HEADER: parse_report,
    Layout.WORK_PROGRAMME: parse_work_programme,
    Layout.BOARD_NOTES: parse_board_notes,
    Layout.ANNUAL_REPORT: parse_annual_report,
    Layout.STANDALONE_REPORT: parse_standalone_report,
    Layout.UNRECOGNISED: parse_unrecognised,
}


def parse_appendix(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """An appendix is titled by its report's list and dated by its report."""
    if part.parent is not None:
        part.date = part.parent.date


def parse_document(source: SourceText, diagnostics: Diagnostics) -> SourceDocument:
    """Clean, split and parse one source file. A paper whose parsing raises is reported
    (naming its first line) and kept as full text; a file that cannot even be cleaned or
    split is reported and kept with no papers: one document never stops the archive."""
    try:
        lines, furniture = clean(source.text)
        document = SourceDocument(
            file=source.file,
            sha256=source.sha256,
            text=source.text,
            lines=lines,
            furniture=furniture,
        )
        report_markdown_syntax(lines, source.file, diagnostics)
        papers = join_host_title(join_covers(split(lines)), furniture)
    except Exception as exc:
        diagnostics.warn(
            source.file, None, "parse-failed", f"{describe(exc)}; no paper read from the file"
        )
        return SourceDocument(
            file=source.file, sha256=source.sha256, text=source.text, lines=[], furniture=[]
        )
    for paper in papers:
        try:
            document.parts += _parse_paper(paper, source.file, diagnostics)
        except Exception as exc:
            diagnostics.warn(
                source.file,
                paper.first_line,
                "parse-failed",
                f"{describe(exc)}; the paper from this line is published as full text",
            )
            document.parts.append(_as_full_text(paper, source.file))
    with_site_authority(document.parts)  # an issue's page: its later meetings' council
    with_pack_names(document.parts)  # enclosed minutes naming the committee alone
    return document


def _parse_paper(paper: Part, file: str, diagnostics: Diagnostics) -> list[Part]:
    """One paper's facts, and its appendices' (each a part of its own)."""
    parts = []
    PARSERS[paper.layout](paper, file, diagnostics)
    if paper.kind in (DocumentKind.AGENDA, DocumentKind.MINUTES) and paper.heading is None:
        # "Notice of Meeting", "Council Summons"; a web page's title over its date line
        paper.heading = printed_kind_title(paper) or dated_title_heading(paper)
    # the report's title is read first: its words do not tell its appendices apart
    for part in split_appendices(paper, file, diagnostics):
        if part.kind is DocumentKind.APPENDIX:
            parse_appendix(part, file, diagnostics)
        part.references = find_references(part.lines)
        if part.kind is not DocumentKind.MINUTES:  # a minute's own are read with it
            part.decisions = decisions_in_tables(part.lines)
        part.appendix_mentions = find_appendix_mentions(part.lines)
        part.mentions = find_mentions(part.lines)
        part.figures = find_figures(part.lines)
        report_damage(part.lines, file, diagnostics)
        report_implausible_dates(part, file, diagnostics)
        pairs = contents_sections(part.lines)  # its contents list's entries and headings
        sections = [heading for _, heading in pairs]
        known = [*sections, *minor_headings(part.lines, sections)]
        part.headings = sorted([*known, *printed_headings(part.lines, known)], key=lambda h: h.line)
        cap_lengths(part, file, diagnostics)
        part.blocks = part_blocks(part)
        part.contents = [ContentsLink(entry.line, heading.line) for entry, heading in pairs]
        parts.append(part)
    return parts


def _as_full_text(paper: Part, file: str) -> Part:
    """A paper whose parsing failed: its lines, untitled facts, titled by its first line."""
    part = Part(DocumentKind.OTHER, "Untitled document", paper.lines, Layout.UNRECOGNISED)
    with contextlib.suppress(Exception):  # failing too, it stays "Untitled document"
        parse_unrecognised(part, file, Diagnostics())  # its own warning would say less
    part.blocks = lay_out(part.lines)
    return part
