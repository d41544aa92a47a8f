"""A council's initials or tier printed before a councillor's title in a parish's lists."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_council_prefixes import council_after_name
from minutebook.vocabulary import STARTS_WITH_TITLE

IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


def _read(*texts: str) -> list[tuple[AttendanceRole, str, str | None]]:
    lines = [Line(number=5 + n, text=text) for n, text in enumerate(texts)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.role, f.as_written, f.capacity) for f in part.attendance]


def test_initials_before_the_title_become_the_council_after_the_name() -> None:
    assert council_after_name("TMBC Clr Mrs A Reid, KCC Cllr B Moss") == (
        "Clr Mrs A Reid (TMBC), Cllr B Moss (KCC)"
    )
    assert council_after_name("Ann Lowe, KCC & TMBC Clr B Moss") == (
        "Ann Lowe, Clr B Moss (KCC & TMBC)"
    )


def test_lines_with_no_council_before_a_councillor_are_left() -> None:
    for text in (
        "Cllr A Reid (KCC), Mr B Moss",
        "The KCC Cllr for the area reported",
        "KCC Highways, Mr B Moss",
        "GBC Cllrs A Reid and B Moss",  # a plural's names share the council: left as printed
    ):
        assert council_after_name(text) == text


def test_an_abbreviated_tier_is_part_of_the_title() -> None:
    for name in ("Bor Cllr Mrs A Reid", "Cty Cllr B Moss", "Ward Cllr C Lowe", "Dist Cllr D Hart"):
        assert STARTS_WITH_TITLE.match(name)
        assert STARTS_WITH_TITLE.match(name)[0] == " ".join(name.split()[:2])


def test_each_councillor_is_one_person_with_the_council() -> None:
    facts = _read(
        "Present: Cllr A Reid (Chairman)",
        "In attendance: TMBC Clr Mrs B Moss, KCC Cllr C Lowe, Bor Cllr Mrs D Hart, Ward Cllr E Pym",
    )
    assert facts[1:] == [
        (IN_ATTENDANCE, "Clr Mrs B Moss", "TMBC"),
        (IN_ATTENDANCE, "Cllr C Lowe", "KCC"),
        (IN_ATTENDANCE, "Bor Cllr Mrs D Hart", None),
        (IN_ATTENDANCE, "Ward Cllr E Pym", None),
    ]
