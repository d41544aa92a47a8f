"""An officers' list printing posts with nobody named beside the officers it names."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import without_post_remnants
from minutebook.parsing.names import NameEntry

IN = AttendanceRole.IN_ATTENDANCE


def _entry(name: str) -> NameEntry:
    return NameEntry(name, None, False)


def test_a_word_left_by_a_post_split_at_its_ampersand_is_dropped() -> None:
    entries = [_entry("Corporate Director Finance"), _entry("Performance"), _entry("Mr A Reid")]
    assert [e.as_written for e in without_post_remnants(entries)] == [
        "Corporate Director Finance",
        "Mr A Reid",
    ]


def test_a_list_without_posts_is_left_alone() -> None:
    entries = [_entry("Reid"), _entry("Mr B Moss")]
    assert without_post_remnants(entries) == entries


def test_only_the_named_officer_of_a_list_of_posts_is_read() -> None:
    found = attendance_of(
        "MINUTES\n\nPresent: Councillors Hill and Moran.\n\n"
        "In attendance: Corporate Director Housing & Environment, Head of Finance and"
        " Ms C Lowe (Clerk).\n\n1 APOLOGIES\nNone.\n"
    )
    assert [f for f in found if f[0] is IN] == [(IN, "Ms C Lowe", "Clerk", 5)]
