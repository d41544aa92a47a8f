"""A head count of the public closing a list of those present names nobody."""

from __future__ import annotations

import pytest

from minute_fixtures import attendance_of
from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import label_line, read_attendance_lists
from minutebook.parsing.attendance_public_counts import (
    public_count_alone,
    without_public_count,
)

PRESENT = AttendanceRole.PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE


def _read(*texts: str) -> tuple[list[tuple[AttendanceRole, str, str | None, int]], Diagnostics]:
    lines = [Line(number=5 + n, text=text) for n, text in enumerate(texts)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    diagnostics = Diagnostics()
    read_attendance_lists(part, lines, "f.txt", diagnostics)
    facts = [(f.role, f.as_written, f.capacity, f.line) for f in part.attendance]
    return facts, diagnostics


def test_counts_of_the_public_are_blanked_keeping_offsets() -> None:
    for text in (
        "Cllr A Reid and 3 members of the public",
        "Cllr A Reid, 1 member of public",
        "Cllr A Reid and two other members of the public",
        "Cllr A Reid, together with five parishioners",
        "Cllr A Reid & twelve residents",
        "Cllr A Reid and 4 members of the public/press/other members of the FBU",
    ):
        blanked = without_public_count(text)
        assert len(blanked) == len(text)
        assert blanked.rstrip() == "Cllr A Reid"


def test_a_count_alone_is_told_from_a_name() -> None:
    assert public_count_alone("One member of the public.")
    assert public_count_alone("2 members of public")
    assert not public_count_alone("Mr A Reid, member of the public")
    assert not public_count_alone("Residents Services Manager")


def test_a_count_does_not_make_the_list_a_sentence() -> None:
    assert label_line("Present: Ann Reid (AR), Ben Moss (BM), Cy Lowe (Clerk), 1 member of public")
    assert label_line(
        "Present: Cllrs A Reid (Chairman), B Moss and C Lowe, 3 members of the public."
    )
    # a sentence after the label is still no list
    assert label_line("Attendance: the Panel noted the figures for the year") is None


def test_a_list_closed_by_a_count_gives_every_name_and_no_more() -> None:
    facts, _ = _read(
        "Present: Cllrs A Reid (Chairman), B Moss and C Lowe, together with five parishioners.",
        "Also in attendance: D Hart (Clerk) and two other members of the public.",
    )
    assert facts == [
        (PRESENT, "A Reid", "Chairman", 5),
        (PRESENT, "B Moss", None, 5),
        (PRESENT, "C Lowe", None, 5),
        (IN_ATTENDANCE, "D Hart", "Clerk", 6),
    ]


def test_untitled_names_closed_by_a_count_are_read() -> None:
    facts, _ = _read("PRESENT: Ann Reid, Ben Moss, Cy Lowe (Clerk), 1 member of public")
    assert [(name, capacity) for _, name, capacity, _ in facts] == [
        ("Ann Reid", None),
        ("Ben Moss", None),
        ("Cy Lowe", "Clerk"),
    ]


def test_a_list_of_only_the_public_is_no_list_without_names() -> None:
    for below in (
        ["Also present: One member of the public"],
        ["In Attendance:", "2 members of public"],
    ):
        facts, diagnostics = _read("Present: Cllr A Reid", *below)
        assert facts == [(PRESENT, "Cllr A Reid", None, 5)]
        assert not [d for d in diagnostics.warnings if d.code == "attendance-without-names"]


def test_a_count_after_a_plus_or_an_article_is_blanked() -> None:
    assert without_public_count("Cllr A Reid + 10 members of the public").rstrip() == "Cllr A Reid"
    assert without_public_count("D Hart (Clerk) and a member of the public").rstrip() == (
        "D Hart (Clerk)"
    )


def test_a_count_is_no_post_of_the_names_before_it() -> None:
    """Surnames under a plural title, then a count: the count is not read as the post of a
    one-person row ("Bailey (Beattie, Blockley and Clarke)")."""
    facts, _ = _read("Present: Cllrs Reid, Moss, Lowe and Hart + 10 members of the public")
    assert [(name, capacity) for _, name, capacity, _ in facts] == [
        ("Reid", None),
        ("Moss", None),
        ("Lowe", None),
        ("Hart", None),
    ]


def test_the_public_after_the_lists_stop_with_no_count_is_nobody() -> None:
    facts, _ = _read(
        "PRESENT were A Reid (Chair), B Moss and the Clerk C Lowe. Members of the Public."
    )
    assert facts == [
        (PRESENT, "A Reid", "Chair", 5),
        (PRESENT, "B Moss", None, 5),
        (IN_ATTENDANCE, "C Lowe", "Clerk", 5),
    ]


def test_present_were_is_a_label_and_its_names_follow() -> None:
    facts, _ = _read("Those present were Ann Reid, Ben Moss and Cy Lowe.", "1. Apologies")
    assert [name for _, name, _, _ in facts] == ["Ann Reid", "Ben Moss", "Cy Lowe"]
    assert label_line("Present were the figures for the year") is None


def test_the_public_uncounted_after_the_last_name_is_nobody() -> None:
    facts, _ = _read("Present: Cllr A Reid, Cllrs B Moss, C Lowe and members of the public")
    assert [(name, capacity) for _, name, capacity, _ in facts] == [
        ("Cllr A Reid", None),
        ("B Moss", None),
        ("C Lowe", None),
    ]
    assert not public_count_alone("Mr A Reid, member of the public")


def test_other_attendees_are_also_present_and_a_slashed_count_names_nobody() -> None:
    facts, _ = _read(
        "Other Attendees: Zoe Metcalfe (Police Commissioner), Tom Thorp (Assistant Chief"
        " Executive). Paul James (Chair of Fenby Union (FBU)) and 4 members of the"
        " public/press/other members of the FBU."
    )
    assert [(role, name) for role, name, _, _ in facts] == [
        (AttendanceRole.ALSO_PRESENT, "Zoe Metcalfe"),
        (AttendanceRole.ALSO_PRESENT, "Tom Thorp"),
        (AttendanceRole.ALSO_PRESENT, "Paul James"),
    ]


PUBLIC_LABELLED = """\
Minutes of the Monthly Meeting of Wyke Community Council held in the Hall on 6 July 2023.

PRESENT: Councillors: Ann Reid (Chair); Ben Moss & Cara Lowe;
ALSO PRESENT: Dan Pym – Clerk to Wyke Community Council;
{line}

14/23 APOLOGIES FOR ABSENCE: None;
"""


@pytest.mark.parametrize(
    ("line", "public"),
    [
        ("MEMBER(S) OF THE PUBLIC PRESENT: Mr. Eve Hart;", ["Mr. Eve Hart"]),
        ("Members of the public present: Mrs F Dunn and Mr G Ives", ["Mrs F Dunn", "Mr G Ives"]),
        ("MEMBERS OF THE PUBLIC PRESENT: None;", []),
        ("Members of the Public – Two", []),
        ("Members of the public: 4 (for item 6)", []),
    ],
)
def test_the_publics_own_label_names_or_counts(line: str, public: list[str]) -> None:
    found = attendance_of(PUBLIC_LABELLED.format(line=line))
    assert [name for _, name, _, _ in found[4:]] == public
    assert all(role is AttendanceRole.ALSO_PRESENT for role, _, _, _ in found[4:])


def test_a_count_of_the_press_is_no_post() -> None:
    """ "Mrs C Bright (Town Clerk) and two representatives from the press", "... and one
    reporter": the press counted, no one's name and no part of the clerk's post."""
    for line in (
        "In attendance: Mrs C Bright (Town Clerk) and two representatives from the press.",
        "In attendance: Mrs C Bright (Town Clerk) and one reporter.",
    ):
        facts, _ = _read(line)
        assert [(name, capacity) for _, name, capacity, _ in facts] == [
            ("Mrs C Bright", "Town Clerk")
        ], line


def test_a_count_of_the_public_that_was_present_closes_the_list() -> None:
    """ "... Mrs S Dunn.  One member of the public was present": a count after the list's
    stop, its verb in the singular, names no one and keeps the list a list."""
    facts, _ = _read("PRESENT: Cllrs Mrs Reid, C Moss.  One member of the public was present")
    assert [(name, capacity) for _, name, capacity, _ in facts] == [
        ("Mrs Reid", None),
        ("C Moss", None),
    ]
