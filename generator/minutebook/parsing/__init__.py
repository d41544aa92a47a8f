"""Parse each part of a document into facts, exactly as written, with line numbers.

One parser per layout (the layout names come from `splitting`). Parsers see one document
only: deciding which meeting or person a fact refers to is `resolving`'s job.
"""

from __future__ import annotations

from collections.abc import Callable

from ..appendices import split_appendices
from ..cleaning import clean
from ..errors import Diagnostics
from ..model import DocumentKind, Part, SourceDocument
from ..reading import SourceText
from ..splitting import split
from .agenda import parse_agenda
from .damage import report_damage
from .figures import find_figures
from .headings import contents_headings, minor_headings, printed_headings
from .markdown_syntax import report_markdown_syntax
from .mentions import find_mentions
from .minutes import parse_minutes
from .papers import (
    parse_annual_report,
    parse_board_notes,
    parse_report,
    parse_standalone_report,
    parse_unrecognised,
    parse_work_programme,
)
from .plausible_dates import report_implausible_dates
from .references import find_references

Parser = Callable[[Part, str, Diagnostics], None]

PARSERS: dict[str, Parser] = {
    "agenda": parse_agenda,
    "minutes": parse_minutes,
    "report-header": parse_report,
    "work-programme": parse_work_programme,
    "board-notes": parse_board_notes,
    "annual-report": parse_annual_report,
    "standalone-report": parse_standalone_report,
    "unrecognised": parse_unrecognised,
}


def parse_appendix(part: Part, file: str, diagnostics: Diagnostics) -> None:
    """An appendix is titled by its report's list and dated by its report."""
    if part.parent is not None:
        part.date = part.parent.date


def parse_document(source: SourceText, diagnostics: Diagnostics) -> SourceDocument:
    """Clean, split and parse one source file."""
    lines, furniture = clean(source.text)
    document = SourceDocument(
        file=source.file, sha256=source.sha256, text=source.text, lines=lines, furniture=furniture
    )
    report_markdown_syntax(lines, source.file, diagnostics)
    for paper in split(lines):
        PARSERS[paper.layout](paper, source.file, diagnostics)
        # the report's title is read first: its words do not tell its appendices apart
        for part in split_appendices(paper, source.file, diagnostics):
            if part.kind is DocumentKind.APPENDIX:
                parse_appendix(part, source.file, diagnostics)
            part.references = find_references(part.lines)
            part.mentions = find_mentions(part.lines)
            part.figures = find_figures(part.lines)
            report_damage(part.lines, source.file, diagnostics)
            report_implausible_dates(part, source.file, diagnostics)
            sections = contents_headings(part.lines)
            known = [*sections, *minor_headings(part.lines, sections)]
            part.headings = sorted(
                [*known, *printed_headings(part.lines, known)], key=lambda h: h.line
            )
            document.parts.append(part)
    return document
