"""Observers and substitutes reported in a clause; an agenda's apologies item; a plural
title followed by a semicolon."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_attendance_lists
from minutebook.parsing.attendance_reported import possessive_substitutes, reported_observers


def _read(texts: list[str]) -> list[tuple[int, AttendanceRole, str, str | None]]:
    lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines, layout="minutes")
    read_attendance_lists(part, lines, "f.txt", Diagnostics())
    return [(f.line, f.role, f.as_written, f.capacity) for f in part.attendance]


def test_an_observer_reported_after_that() -> None:
    text = "The Board was also advised that Ann Reid had attended the meeting as an observer."
    assert reported_observers(text) == "Ann Reid"
    assert _read(["The Board welcomed new members. " + text]) == [
        (1, AttendanceRole.ALSO_PRESENT, "Ann Reid", None),
    ]
    assert reported_observers("The Board noted that observers were welcome.") is None


def test_substitutes_named_before_whose_substitute_they_were() -> None:
    text = (
        "The Board was advised that Supt Ben Moss was attending as Cara Lowe's substitute "
        "and Dev Hart, Director for Children, Young People and Families was attending this "
        "meeting as Eve Dunn’s substitute."
    )
    assert possessive_substitutes(text) == [
        ("Supt Ben Moss", "Cara Lowe"),
        ("Dev Hart", "Eve Dunn"),
    ]
    assert possessive_substitutes("Ann Reid was attending as Ben Moss's substitute.") == [
        ("Ann Reid", "Ben Moss"),
    ]
    assert possessive_substitutes("The substitute arrangements were noted.") is None


def test_an_agenda_item_inviting_apologies_names_nobody() -> None:
    assert _read(["To receive any apologies for absence from Board Members"]) == []


def test_a_semicolon_after_a_plural_title_parts_nothing() -> None:
    assert _read(
        ["Apologies for absence were received from Councillors; Ann Reid and Ben Moss."]
    ) == [
        (1, AttendanceRole.APOLOGIES, "Ann Reid", None),
        (1, AttendanceRole.APOLOGIES, "Ben Moss", None),
    ]


def test_a_substitute_sentence_wrapped_before_whom_it_was_for() -> None:
    assert _read(
        [
            "Councillor Ann Reid attended the meeting as a substitute member for",
            "Councillor Ben Moss.",
        ]
    ) == [
        (1, AttendanceRole.SUBSTITUTE, "Councillor Ann Reid", "substitute for Councillor Ben Moss"),
    ]
