"""A roll's titles typed in a column of their own ("Cllr   Pam Shingler"): the gap after
the title closed up, so that title and name read as one entry."""

from __future__ import annotations

from conftest import QUIRKS
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, Line
from minutebook.parsing import parse_document
from minutebook.parsing.reading import SourceText
from minutebook.parsing.title_columns import close_title_gaps


def _closed(*texts: str) -> list[str]:
    lines = [Line(n, t) for n, t in enumerate(texts, start=1)]
    out, furniture = close_title_gaps(lines)
    assert furniture == []
    assert [line.number for line in out] == [line.number for line in lines]
    return [line.text for line in out]


def test_the_gap_after_a_title_closes_up_to_one_space() -> None:
    assert _closed(
        "PRESENT:     Cllr   Pam Reid        Chairman",
        "Councillor    M Lynch (The Mayor)     Councillor   L Hale",
        "Mrs.   J. Hale",
    ) == [
        "PRESENT:     Cllr Pam Reid        Chairman",
        "Councillor M Lynch (The Mayor)     Councillor L Hale",
        "Mrs. J. Hale",
    ]


def test_other_gaps_and_plural_labels_stay() -> None:
    texts = (
        "Councillors     Reid, Moss",
        "Mr Reid      Mrs Moss",
        "Cllr   (vacancy)",
        "Drummer   Boy",
        "Cllr",
    )
    assert _closed(*texts) == list(texts)


def test_the_rolls_entries_read_whole_and_the_minute_repeats_none() -> None:
    text = (QUIRKS / "title-in-its-own-column.txt").read_text("utf-8")
    document = parse_document(SourceText(file="f.txt", sha256="0", text=text), Diagnostics())
    (part,) = document.parts
    assert [(a.role, a.as_written, a.capacity, a.line) for a in part.attendance] == [
        (AttendanceRole.PRESENT, "Cllr Helen Marsh", "Chairman", 5),
        (AttendanceRole.PRESENT, "Cllr Owen Pritchard", "Vice-Chairman", 6),
        (AttendanceRole.PRESENT, "Cllr Nina Rowe", None, 7),
        (AttendanceRole.IN_ATTENDANCE, "Mrs Tessa Hale", "Parish Clerk", 8),
        (AttendanceRole.APOLOGIES, "Cllr Dan Fairley", None, 10),
        (AttendanceRole.APOLOGIES, "Cllr Ruth Eames", None, 11),
    ]
