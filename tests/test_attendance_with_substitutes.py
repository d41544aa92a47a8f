"""Substitutes named after "with" at the end of an apologies sentence."""

from __future__ import annotations

import pytest

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_apologies_and_substitutes
from minutebook.parsing.attendance_with_substitutes import before_with_pairs, with_substitute

APOLOGIES = AttendanceRole.APOLOGIES
SUBSTITUTE = AttendanceRole.SUBSTITUTE


def _read(text: str) -> list[tuple[AttendanceRole, str, str | None]]:
    body = [Line(4, text)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=body, layout="minutes")
    read_apologies_and_substitutes(part, body, "f.txt", Diagnostics(), "Apologies")
    return [(f.role, f.as_written, f.capacity) for f in part.attendance]


def test_the_substitute_closing_the_names() -> None:
    names = "Councillor Tessa Brook with Councillor Owen Marsh substituting"
    assert with_substitute(names) == ("Councillor Tessa Brook", "Councillor Owen Marsh")
    assert with_substitute("Cllr A Penn, with Cllr D Rowe deputising.") == (
        "Cllr A Penn",
        "Cllr D Rowe",
    )


def test_the_names_end_before_the_pairs() -> None:
    names = (
        "Councillors Ivy Dunn and Ray Holt with Councillor Sam Orr substituting for Councillor Dunn"
    )
    assert before_with_pairs(names) == "Councillors Ivy Dunn and Ray Holt"


@pytest.mark.parametrize(
    "names",
    [
        "Councillor Tessa Brook",
        "Councillor Tessa Brook with regret",
        "Councillor Tessa Brook, who agreed with Councillor Owen Marsh",
        "with Councillor Owen Marsh substituting",
    ],
)
def test_other_names_are_left(names: str) -> None:
    assert with_substitute(names) is None
    assert before_with_pairs(names) is None


def test_a_substitute_after_the_last_name() -> None:
    found = _read(
        "Apologies were received from Councillor Tessa Brook with Councillor Owen Marsh"
        " substituting."
    )
    assert found == [
        (APOLOGIES, "Councillor Tessa Brook", None),
        (SUBSTITUTE, "Councillor Owen Marsh", "substitute for Councillor Tessa Brook"),
    ]


def test_a_substitute_in_a_bracket_after_with() -> None:
    found = _read("Apologies were received from Nell Varga (with Piet Quayle substituting).")
    assert found == [
        (APOLOGIES, "Nell Varga", None),
        (SUBSTITUTE, "Piet Quayle", "substitute for Nell Varga"),
    ]


def test_pairs_after_the_names() -> None:
    found = _read(
        "Apologies for absence were intimated on behalf of Councillors Ivy Dunn, Lee Firth and"
        " Ray Holt with Councillor Sam Orr substituting for Councillor Dunn and Councillor"
        " Una Park substituting for Councillor Holt."
    )
    assert sorted(found) == sorted(
        [
            (APOLOGIES, "Ivy Dunn", None),
            (APOLOGIES, "Lee Firth", None),
            (APOLOGIES, "Ray Holt", None),
            (SUBSTITUTE, "Councillor Sam Orr", "substitute for Councillor Dunn"),
            (SUBSTITUTE, "Councillor Una Park", "substitute for Councillor Holt"),
        ]
    )
