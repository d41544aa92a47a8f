"""Every diagnostic code Minutebook reports, in one registry: code, severity, stage,
meaning and what a maintainer should do.

The registry is the single source: `Diagnostics.warn` and `.info` refuse a code that is
not here (or at another severity), and the tables of `docs/diagnostics.md` are written
from it (`make docs`), which `tests/test_docs.py` checks. `tests/test_diagnostic_codes.py`
holds one small input per code that makes Minutebook report it, so a code nothing can
trigger any more is noticed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"


class Stage(StrEnum):
    """Where a diagnostic arises; each is a table of its own in the docs."""

    FILES = "Reading files"
    PAPERS = "Reading papers"
    ARCHIVE = "Resolving the archive"


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity
    stage: Stage
    meaning: str
    todo: str


REGISTRY: tuple[Code, ...] = (
    Code(
        "empty-file",
        Severity.WARNING,
        Stage.FILES,
        "the file is empty or only whitespace; skipped",
        "remove it, or convert the PDF again",
    ),
    Code(
        "binary-file",
        Severity.WARNING,
        Stage.FILES,
        "a NUL byte near the start (offset given): not a text file; skipped",
        "put the text conversion there, not the PDF or a word-processor file",
    ),
    Code(
        "not-utf8",
        Severity.WARNING,
        Stage.FILES,
        "the bytes are not UTF-8 (first bad offset given); decoded as Windows-1252",
        "check the accents and dashes on the pages; re-save the file as UTF-8",
    ),
    Code(
        "undecodable-bytes",
        Severity.WARNING,
        Stage.FILES,
        "bytes that are neither UTF-8 nor Windows-1252; replaced with U+FFFD",
        "convert the PDF again; the replaced characters show as `�`",
    ),
    Code(
        "large-document",
        Severity.WARNING,
        Stage.FILES,
        "more than 5,000,000 bytes; read in full",
        "check the conversion (a file concatenated twice, a flattened table)",
    ),
    Code(
        "long-line",
        Severity.WARNING,
        Stage.FILES,
        "a line of more than 100,000 characters (its byte offset given); read in full",
        "check the conversion: a table or a page flattened onto one line",
    ),
    Code(
        "skipped-file",
        Severity.WARNING,
        Stage.FILES,
        "not read: a symbolic link, a hidden file or folder, or not a regular file",
        "copy the document itself into `content/documents/` under a visible name",
    ),
    Code(
        "duplicate-document",
        Severity.WARNING,
        Stage.FILES,
        "the same text as another file (named); skipped",
        "remove one of the two copies",
    ),
    Code(
        "parse-failed",
        Severity.WARNING,
        Stage.PAPERS,
        (
            "a reading rule raised on this paper; the paper is kept as full text and the error "
            "names the place in Minutebook's code"
        ),
        "report it with the file; the rest of the archive is built",
    ),
    Code(
        "resolve-failed",
        Severity.WARNING,
        Stage.PAPERS,
        "resolving this paper across the archive raised; it is left out and the rest is resolved",
        "report it with the file",
    ),
    Code(
        "write-failed",
        Severity.WARNING,
        Stage.PAPERS,
        (
            "a page could not be written; a stand-in page is published at its address so links "
            "still work"
        ),
        "report it with the file and line named",
    ),
    Code(
        "implausible-date",
        Severity.WARNING,
        Stage.PAPERS,
        (
            "a date before 1900 or after 2100; kept as written, and a start time on it is left "
            "out of calendars"
        ),
        "check the date in the source",
    ),
    Code(
        "markdown-syntax",
        Severity.WARNING,
        Stage.PAPERS,
        (
            "a line would have formed a Markdown link, image or reference definition; it is shown"
            " as text"
        ),
        "nothing: the text is kept as written",
    ),
    Code(
        "long-field",
        Severity.WARNING,
        Stage.PAPERS,
        (
            "a name, title or fact longer than Minutebook carries into other pages; cut there, "
            "kept whole on its own page"
        ),
        "check the conversion: usually a table flattened onto one line",
    ),
    Code(
        "nul-byte",
        Severity.WARNING,
        Stage.PAPERS,
        "a NUL character in the text; removed, the document kept",
        "check the conversion",
    ),
    Code(
        "invisible-file",
        Severity.WARNING,
        Stage.PAPERS,
        "a file holding only a byte-order mark or invisible characters; skipped",
        "remove the file or replace it with the document's text",
    ),
    Code(
        "unreadable-file",
        Severity.WARNING,
        Stage.PAPERS,
        "a document file could not be read (permissions, a vanished file); skipped",
        "check the file's permissions",
    ),
    Code(
        "unrecognised-structure",
        Severity.WARNING,
        Stage.PAPERS,
        (
            "no agenda, minutes, report or notes layout recognised; the paper is published as "
            "full text, titled by its first line"
        ),
        (
            "run `minutebook check`; if the layout is common, add a detector "
            "([architecture](architecture.md))"
        ),
    ),
    Code(
        "agenda-without-meeting",
        Severity.WARNING,
        Stage.PAPERS,
        "an agenda whose notice of meeting cannot be read, so it belongs to no meeting",
        (
            'check the notice ("Notice is hereby given that a meeting of ... will be held ...") '
            "in the source"
        ),
    ),
    Code(
        "notice-without-date",
        Severity.WARNING,
        Stage.PAPERS,
        "the notice of meeting has no date that can be read",
        "check the date as printed (a typo, a date split over lines)",
    ),
    Code(
        "notice-without-venue",
        Severity.WARNING,
        Stage.PAPERS,
        "the notice of meeting names no venue; the venue is left unknown",
        "nothing, if the notice really names none",
    ),
    Code(
        "minutes-header-unread",
        Severity.WARNING,
        Stage.PAPERS,
        'a minutes header ("MINUTES of a meeting of ...") without a body and date that can be read',
        "check the header line; the minutes belong to no meeting until it reads",
    ),
    Code(
        "minutes-without-minutes",
        Severity.WARNING,
        Stage.PAPERS,
        'minutes in which no minute heading was read ("N numbered lines, 0 minutes read")',
        (
            "check the minute headings with `minutebook check`; the minutes are still published "
            "as text"
        ),
    ),
    Code(
        "declarations-unread",
        Severity.WARNING,
        Stage.PAPERS,
        (
            'a declarations minute has text, but no declaration and no "no declarations" '
            "statement was read from it"
        ),
        (
            "read the minute in the source; if its wording is common, add a form to "
            "`parsing/declarations.py`"
        ),
    ),
    Code(
        "attendance-without-names",
        Severity.WARNING,
        Stage.PAPERS,
        'an attendance label ("Apologies:", "Present:") with no name read under it',
        'read the list in the source; "None" or "Nil" give no warning',
    ),
    Code(
        "unclosed-bracket",
        Severity.WARNING,
        Stage.PAPERS,
        (
            "a name in an attendance list opens a bracket it never closes; read as closed before "
            "the next name"
        ),
        "check the source; the name and capacity are kept as written",
    ),
    Code(
        "unknown-body",
        Severity.WARNING,
        Stage.PAPERS,
        (
            "a paper names a body that `content/bodies.yaml` does not list; it becomes a body of "
            "its own (the message gives the entry to add)"
        ),
        "add the suggested entry to `content/bodies.yaml` if the body belongs in this archive",
    ),
    Code(
        "invisible-characters-in-name",
        Severity.WARNING,
        Stage.PAPERS,
        (
            "a name holds zero-width or direction-changing characters; they are ignored for "
            "matching and kept as written"
        ),
        (
            "check the source: usually a conversion artefact, sometimes a spelling made to look "
            "like another"
        ),
    ),
    Code(
        "minute-number-out-of-order",
        Severity.WARNING,
        Stage.PAPERS,
        "a minute numbered at or below the one before it; kept as printed",
        "nothing: journalists cite the printed number, and the source may be wrong",
    ),
    Code(
        "damaged-name",
        Severity.WARNING,
        Stage.PAPERS,
        (
            'a name in an attendance list with no title or first name ("Cllr D Keers, Makinson");'
            " kept as written"
        ),
        "check the source; add the spelling to `content/people.yaml` if it is a known person",
    ),
    Code(
        "report-without-date",
        Severity.WARNING,
        Stage.PAPERS,
        "a report (or a paper on its own) with no date that can be read",
        "check the report's header; it is filed under no date",
    ),
    Code(
        "notes-without-date",
        Severity.WARNING,
        Stage.PAPERS,
        "meeting notes (a board's notes) with no date that can be read",
        "check the notes' title line; they belong to no meeting until it reads",
    ),
    Code(
        "list-ends-unfinished",
        Severity.WARNING,
        Stage.PAPERS,
        'a list whose last item ends "...; and" or "..., or" with no item after it',
        "nothing: the text is kept as written; the source probably lost an item",
    ),
    Code(
        "doubled-word",
        Severity.WARNING,
        Stage.PAPERS,
        'a short word printed twice in a row ("the the"); kept as written',
        "nothing: it is the source's typo",
    ),
    Code(
        "appendix-list-too-long",
        Severity.WARNING,
        Stage.PAPERS,
        "a report lists more appendices than the limit (40), so none is cut off",
        "check the list; the appendices stay inside the report",
    ),
    Code(
        "appendix-not-found",
        Severity.WARNING,
        Stage.PAPERS,
        "the start of a listed appendix was not found; its text stays in the paper before it",
        (
            "check the appendix's first heading against its listed title "
            "([reading](reading.md#appendices))"
        ),
    ),
    Code(
        "conflicting-time",
        Severity.WARNING,
        Stage.ARCHIVE,
        "papers give a meeting different start times; the time in the meeting's own papers is kept",
        "check which paper is right; nothing to do if it is the kept one",
    ),
    Code(
        "conflicting-venue",
        Severity.WARNING,
        Stage.ARCHIVE,
        "papers give a meeting different venues; the venue in the meeting's own papers is kept",
        "as for `conflicting-time`",
    ),
    Code(
        "second-agenda",
        Severity.WARNING,
        Stage.ARCHIVE,
        "a meeting already has an agenda; this copy is published on a page of its own",
        "remove the duplicate, or check the meeting's date and body as printed",
    ),
    Code(
        "second-minutes",
        Severity.WARNING,
        Stage.ARCHIVE,
        "a meeting already has minutes; this copy is published on a page of its own",
        "as for `second-agenda`",
    ),
    Code(
        "curated-spelling-unused",
        Severity.WARNING,
        Stage.ARCHIVE,
        (
            "a spelling listed in `content/people.yaml` appears in no document (file "
            "`people.yaml`, the entry's line)"
        ),
        "correct or remove the spelling ([people](people.md))",
    ),
    Code(
        "unmatched-official-entry",
        Severity.WARNING,
        Stage.ARCHIVE,
        (
            "an entry of `content/sources.yaml` matches no source file (by sha256), meeting (held"
            " or referred to) or body of the archive (file `sources.yaml`, the entry's line)"
        ),
        (
            "check the sha256 (`sha256sum` of the file) or the id; remove the entry if the file "
            "is not in the archive"
        ),
    ),
)

BY_CODE: dict[str, Code] = {entry.code: entry for entry in REGISTRY}

#: Marks around the generated tables in docs/diagnostics.md.
BEGIN = "<!-- diagnostic codes: generated from minutebook/diagnostic_codes.py by `make docs` -->"
END = "<!-- end of diagnostic codes -->"


def registered(code: str, severity: Severity) -> bool:
    entry = BY_CODE.get(code)
    return entry is not None and entry.severity is severity


def markdown_tables() -> str:
    """The docs' tables, one per stage, in registry order."""
    out: list[str] = [BEGIN]
    for stage in Stage:
        out += [
            "",
            f"## {stage}",
            "",
            "| code | severity | meaning | what to do |",
            "|---|---|---|---|",
        ]
        out += [
            f"| `{e.code}` | {e.severity} | {e.meaning} | {e.todo} |"
            for e in REGISTRY
            if e.stage is stage
        ]
    return "\n".join([*out, "", END])


def with_tables(document: str) -> str:
    """`document` (docs/diagnostics.md) with its generated region replaced."""
    start, end = document.index(BEGIN), document.index(END) + len(END)
    return document[:start] + markdown_tables() + document[end:]
