"""The clerk named inside a list of those present, the post printed before the name."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_clerk_posts import clerk_holder_first

PRESENT = AttendanceRole.PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


def _read(*texts: str) -> list[tuple[AttendanceRole, str, str | None, int]]:
    lines = [Line(number=5 + n, text=text) for n, text in enumerate(texts)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance]


def test_the_post_before_its_holder_is_rewritten_holder_first() -> None:
    assert clerk_holder_first("B Moss and the Clerk – Dan Hart") == "B Moss and Dan Hart (Clerk)"
    assert (
        clerk_holder_first("B Moss and the Parish Clerk, Mrs D. Hart.")
        == "B Moss and Mrs D. Hart (Parish Clerk)."
    )
    assert (
        clerk_holder_first("Cllr B Moss, the Clerk Mrs D Hart") == "Cllr B Moss, Mrs D Hart (Clerk)"
    )
    assert (
        clerk_holder_first("Ann Reid, Clerk Dan Hart, Cllr E Pym")
        == "Ann Reid, Dan Hart (Clerk), Cllr E Pym"
    )
    assert clerk_holder_first("and the Clerk, Mrs Dee Hart") == "and Mrs Dee Hart (Clerk)"
    assert (
        clerk_holder_first("Mrs B Moss, the Clerk (Mrs D Hart) and two members of the public.")
        == "Mrs B Moss, Mrs D Hart (Clerk) and two members of the public."
    )


def test_lines_with_no_clerk_named_after_the_post_are_left() -> None:
    for text in (
        "Cllr A Reid and the Clerk.",
        "Clerk Support Officer, Mr A Reid",
        "the clerk reported that Mr A Reid had written",
        "Clerk: Mr D Hart",
        "Cllr A Reid (Clerk), Cllr B Moss",
        "the Clerk (see item 4)",
    ):
        assert clerk_holder_first(text) == text


def test_a_clerk_at_the_end_of_the_run_is_read_with_the_post() -> None:
    facts = _read("Present: Cllr A Reid (Chairman), Cllrs B Moss, C Lowe and the Clerk – Dan Hart")
    assert facts == [
        (PRESENT, "Cllr A Reid", "Chairman", 5),
        (PRESENT, "B Moss", None, 5),
        (PRESENT, "C Lowe", None, 5),
        (IN_ATTENDANCE, "Dan Hart", "Clerk", 5),
    ]


def test_the_post_is_not_given_to_the_member_before_the_clerk() -> None:
    facts = _read("Present: Cllr A Reid (Chairman), Cllr B Moss, the Clerk Mrs D Hart")
    assert (PRESENT, "Cllr B Moss", None, 5) in facts
    assert (IN_ATTENDANCE, "Mrs D Hart", "Clerk", 5) in facts


def test_a_clerk_on_the_list_s_next_line_keeps_that_line() -> None:
    facts = _read("Present: Cllrs A Reid, B Moss and C Lowe", "and the Parish Clerk, Mrs D Hart.")
    assert facts[-1] == (IN_ATTENDANCE, "Mrs D Hart", "Parish Clerk", 6)
    assert [name for _, name, _, _ in facts[:-1]] == ["A Reid", "B Moss", "C Lowe"]


def test_a_plural_title_after_the_chair_s_dashed_office_goes_on_with_the_list() -> None:
    """Without the clerk's dash, nothing after the chair's "– Chairman" parted the run."""
    facts = _read("Present: Cllr A Reid – Chairman, Cllrs B Moss, C Lowe and the Clerk – Dan Hart")
    assert facts == [
        (PRESENT, "Cllr A Reid", "Chairman", 5),
        (PRESENT, "B Moss", None, 5),
        (PRESENT, "C Lowe", None, 5),
        (IN_ATTENDANCE, "Dan Hart", "Clerk", 5),
    ]


def test_a_clerk_named_in_the_members_run_is_in_attendance() -> None:
    """The clerk is the council's officer, whichever list prints them (the annotation
    README's convention); a member whose capacity only mentions a clerk stays present."""
    facts = _read("Present: Cllr A Reid (Chairman), Cllr B Moss, D Hart (Town Clerk and RFO)")
    assert facts == [
        (PRESENT, "Cllr A Reid", "Chairman", 5),
        (PRESENT, "Cllr B Moss", None, 5),
        (IN_ATTENDANCE, "D Hart", "Town Clerk and RFO", 5),
    ]
    assert _read("Present: Cllr C Lowe (Chair of the Clerk's Panel)")[0][0] is PRESENT
