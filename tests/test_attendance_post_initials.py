"""Officers in attendance by post, each with its holder's initials in brackets."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_post_initials import post_initials, post_initials_line

IN = AttendanceRole.IN_ATTENDANCE


def test_posts_run_on_with_initials_are_taken_apart() -> None:
    assert post_initials("Head of Planning (GRH) Development Manager (SLT) Planning Officer") == [
        (0, "Head of Planning", "GRH"),
        (23, "Development Manager", "SLT"),
        (49, "Planning Officer", None),
    ]


def test_a_bracket_left_open_before_the_initials_is_kept_as_printed() -> None:
    assert post_initials("Highways Engineer (Network Management (PDW) Solicitor (AEM)") == [
        (0, "Highways Engineer", "Network Management (PDW"),
        (44, "Solicitor", "AEM"),
    ]


def test_names_and_other_brackets_are_another_layout() -> None:
    assert post_initials("Mr A Reid (Chair), Mrs B Moss (Vice-Chair)") is None
    assert post_initials("Ann Reid (AR) Ben Moss (BM)") is None  # people and their initials
    assert post_initials("Head of Planning (Minerals) Clerk") is None
    assert not post_initials_line("Committee Officer (CJB)")  # one bracket opens nothing
    assert post_initials_line("Committee Officer (CJB)", going_on=True)


MINUTES = """PLANNING COMMITTEE

Minutes of the meeting held on 3 October, 2012

PRESENT: Councillor Ann Reid (Chair)

IN ATTENDANCE: Head of Planning (GRH) Planning Officer (AWE) Planning Officer

Committee Officer (CJB)

APOLOGIES: Councillor Ben Moss

1 APOLOGIES
Noted.
"""


def test_a_list_of_posts_with_initials_over_two_paragraphs_is_read() -> None:
    assert [a for a in attendance_of(MINUTES) if a[0] is IN] == [
        (IN, "Head of Planning", "GRH", 7),
        (IN, "Planning Officer", "AWE", 7),
        (IN, "Planning Officer", None, 7),
        (IN, "Committee Officer", "CJB", 9),
    ]
