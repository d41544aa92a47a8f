"""Lists one person a line with the post, organisation or ward glued on by a bare hyphen;
hyphenated surnames and posts that stay whole."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_hyphen_posts import hyphen_post_rows


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def _texts(lines: list[Line]) -> list[tuple[int, str]]:
    return [(li.number, li.text) for li in hyphen_post_rows(lines)]


def test_posts_after_the_hyphen_are_read_with_their_wraps() -> None:
    lines = _lines(
        "PRESENT:",
        "",
        "Hal Vane (Eastby CCG)-in the Chair for items 1 to 4",
        "",
        "Tom Hale - in the Chair for items 5 to 9",
        "",
        "Councillor Moss-Deputy City Mayor",
        "",
        "Councillor Lowe-Assistant Mayor for Housing and",
        "",
        "Neighbourhood Services",
        "",
        "Dr Kay Ogden-Forde-Director of Public Health",
        "",
        "OFFICERS:",
        "",
        "Jo Park-Democratic Services",
    )
    assert [t for t in _texts(lines) if t[1]] == [
        (1, "PRESENT:"),
        (3, "Hal Vane (Eastby CCG);"),
        (5, "Tom Hale (in the Chair for items 5 to 9);"),
        (7, "Councillor Moss (Deputy City Mayor);"),
        (9, "Councillor Lowe (Assistant Mayor for Housing and Neighbourhood Services);"),
        (13, "Dr Kay Ogden-Forde (Director of Public Health);"),
        (15, "OFFICERS:"),
        (17, "Jo Park (Democratic Services);"),
    ]


def test_a_list_by_ward_keeps_the_names_and_their_brackets() -> None:
    lines = _lines(
        "Members:",
        "Ann Reid (Leader)-Eastby",
        "Ben Moss-Westby",
        "Cara Lowe-Reid-Eastby",
        "Dan Hart-Westby",
        "Eve Stone-North Marsh",
        "Fay Dunn-North Marsh",
        "Apologies:",
        "Gil Frost - Westby",
    )
    assert _texts(lines) == [
        (1, "Members:"),
        (2, "Ann Reid (Leader);"),
        (3, "Ben Moss;"),
        (4, "Cara Lowe-Reid;"),
        (5, "Dan Hart;"),
        (6, "Eve Stone;"),
        (7, "Fay Dunn;"),
        (8, "Apologies:"),
        (9, "Gil Frost - Westby"),
    ]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, hyphen_post_rows(lines), "f.txt", Diagnostics())
    present = [(f.as_written, f.capacity) for f in part.attendance]
    assert present[:4] == [
        ("Ann Reid", "Leader"),
        ("Ben Moss", None),
        ("Cara Lowe-Reid", None),
        ("Dan Hart", None),
    ]
    assert all(f.role is AttendanceRole.PRESENT for f in part.attendance[:6])


def test_hyphenated_surnames_alone_are_never_split() -> None:
    lines = _lines(
        "Present:",
        "Ann Lowe-Reid",
        "Dr Kay Ogden-Forde",
        "Mr Ben Moss-Hart",
        "Cllr Cara Dunn-Vane",
    )
    assert hyphen_post_rows(lines) == lines


def test_two_rows_or_hyphenated_posts_are_left_alone() -> None:
    two = _lines("Ann Reid-Director of Finance", "Ben Moss-Head of Legal Services")
    assert hyphen_post_rows(two) == two
    posts = _lines(
        "Mrs Ann Reid / Non-Executive Board Member",
        "Mr Ben Moss / Non-Executive Board Member",
        "Dr Cara Lowe / Non-Executive Board Member",
        "Tom Hale Vice-Chair of the Board",
        "Jo Park Co-opted Member",
    )
    assert hyphen_post_rows(posts) == posts


def test_sentences_and_titles_with_hyphens_are_left_alone() -> None:
    lines = _lines(
        "The Committee noted the half-year report on the Eastby by-pass.",
        "Minutes of the meeting held on 3 March 2020 - to approve",
        "Review of the Anti-Social Behaviour Policy",
        "Mid-Year Treasury Management Report",
        "2019-20 Budget Monitoring",
    )
    assert hyphen_post_rows(lines) == lines
