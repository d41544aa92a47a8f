"""The layout zoo of minutes: invented small minutes in tests/fixtures/minutes/, one per
variant of the genre, parsed as the minutes layout."""

from __future__ import annotations

from pathlib import Path

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DeclarationFacts, DocumentKind, Line, MinuteFacts, Part
from minutebook.parsing import parse_document
from minutebook.parsing.agenda import parse_agenda
from minutebook.parsing.declarations import read_declarations
from minutebook.parsing.minutes import parse_minutes
from minutebook.parsing.reading import SourceText

ZOO = Path(__file__).parent / "fixtures" / "minutes"


def read_minutes(name: str) -> tuple[Part, Diagnostics]:
    """The fixture parsed as minutes, with the diagnostics it gave."""
    text = (ZOO / name).read_text(encoding="utf-8")
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    diagnostics = Diagnostics()
    parse_minutes(part, name, diagnostics)
    return part, diagnostics


def lines_of(text: str) -> list[Line]:
    """Inline text as numbered lines, the first line 1."""
    return [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]


def parse_text(text: str) -> Part:
    """The one paper of a document of inline `text`, read as the pipeline reads it (split,
    then parsed by its kind)."""
    document = parse_document(SourceText(file="f.txt", sha256="0", text=text), Diagnostics())
    (part,) = document.parts
    return part


def attendance_of(text: str) -> list[tuple[AttendanceRole, str, str | None, int]]:
    """Inline minutes' attendance as (role, name as written, capacity, line)."""
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines_of(text), layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    return [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance]


def agenda_items_of(text: str) -> list[tuple[str, str]]:
    """Inline text parsed as an agenda: its items as (code, title)."""
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines_of(text), layout="agenda")
    parse_agenda(part, "inline.txt", Diagnostics())
    return [(i.code, i.title) for i in part.items]


#: A harbour board's short minutes, opening with their own heading: what a banner or a
#: host's lines above a paper are tried against.
HARBOUR_RECORD = (
    "MINUTES of a meeting of the Fenbridge Harbour Board held at the Harbour Office, "
    "Quay Street, Fenbridge on Monday 3 March 2025 at 10.00 am\n\n"
    "Present: Councillor A Bell (Chair), Councillor C Dunn\n\n"
    "1. Apologies\nApologies were received from Councillor E Frost.\n\n"
    "2. Moorings\nRESOLVED that the moorings charges be approved.\n"
)


def declarations_in_minute(
    title: str, texts: list[str], number: str = "7"
) -> list[DeclarationFacts]:
    """The declarations read from one minute titled `title`, numbered `number`, whose body
    is `texts` (line 1 on)."""
    part = Part(kind=DocumentKind.MINUTES, title="", lines=[], layout="minutes")
    lines = [Line(k + 1, text) for k, text in enumerate(texts)]
    minute = MinuteFacts(number=number, title=title, item_code=None, line=1, end_line=len(texts))
    read_declarations(part, minute, lines, "x.txt", Diagnostics())
    return part.declarations
