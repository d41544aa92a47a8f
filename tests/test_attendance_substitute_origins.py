"""A substitute's council or organisation printed between their name and the verb."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import (
    SUBSTITUTE_ORIGINS,
    read_apologies_and_substitutes,
    substitute_sentences,
)
from minutebook.parsing.attendance_substitute_origins import (
    bracketed_origin,
    comma_origin,
    cut_substitute_origins,
    from_or_of_origin,
)

SUBSTITUTE = AttendanceRole.SUBSTITUTE


def _facts(text: str) -> list[tuple[AttendanceRole, str, str | None, str | None]]:
    body = [Line(number=4, text=text)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=body, layout="minutes")
    read_apologies_and_substitutes(part, body, "f.txt", Diagnostics(), "Substitutes")
    return [(f.role, f.as_written, f.capacity, f.organisation) for f in part.attendance]


def test_each_variant_finds_its_own_layout_only() -> None:
    bracket = "Cllr A Reid (Wyke Council) substituted for Cllr B Moss."
    comma = "Ann Reid, NHS Fenland attended as a substitute for Ben Moss."
    source = "Cllr A Reid from Wyke Council substituted for Cllr B Moss."
    found = bracketed_origin(bracket, SUBSTITUTE_ORIGINS)
    assert found is not None and [(o.name, o.origin) for o in found] == [
        ("Cllr A Reid", "Wyke Council")
    ]
    assert bracketed_origin(comma, SUBSTITUTE_ORIGINS) is None
    found = comma_origin(comma, SUBSTITUTE_ORIGINS)
    assert found is not None and [(o.name, o.origin) for o in found] == [
        ("Ann Reid", "NHS Fenland")
    ]
    assert comma_origin(source, SUBSTITUTE_ORIGINS) is None
    found = from_or_of_origin(source, SUBSTITUTE_ORIGINS)
    assert found is not None and [(o.name, o.origin) for o in found] == [
        ("Cllr A Reid", "Wyke Council")
    ]
    assert from_or_of_origin(bracket, SUBSTITUTE_ORIGINS) is None


def test_the_organisation_is_cut_before_the_verb() -> None:
    cut = cut_substitute_origins(
        "Ann Reid, WBC attended as a substitute for Ben Moss.", SUBSTITUTE_ORIGINS
    )
    assert cut == ("Ann Reid attended as a substitute for Ben Moss.", {"Ann Reid": "WBC"})
    assert (
        cut_substitute_origins("Cllr A Reid substituted for Cllr B Moss.", SUBSTITUTE_ORIGINS)
        is None
    )
    assert (
        cut_substitute_origins("Ann Reid, Wyke Council, sent apologies.", SUBSTITUTE_ORIGINS)
        is None
    )


def test_another_person_of_a_list_is_no_organisation() -> None:
    titled = "Cllr A Reid, Cllr B Moss attended as substitute for Cllr C Lowe."
    untitled = "Ann Reid, Ben Moss attended as substitute for Cy Lowe."
    assert cut_substitute_origins(titled, SUBSTITUTE_ORIGINS) is None
    assert cut_substitute_origins(untitled, SUBSTITUTE_ORIGINS) is None


def test_the_sentences_read_the_person_not_the_organisation() -> None:
    assert substitute_sentences("Ann Reid, NHS Fenland attended as a substitute for Ben Moss.") == [
        ("Ann Reid", "Ben Moss")
    ]
    assert substitute_sentences(
        "Cllr A Reid from the Wyke Corporation substituted for Mayor B Moss."
    ) == [("Cllr A Reid", "Mayor B Moss")]


def test_the_substitute_keeps_the_organisation() -> None:
    assert _facts("Cllr A Reid (Wyke Council) substituted for Cllr B Moss.") == [
        (SUBSTITUTE, "Cllr A Reid", "substitute for Cllr B Moss", "Wyke Council")
    ]
    assert _facts("Dr C Lowe, Medical Director attended in place of Mr D Hart.") == [
        (SUBSTITUTE, "Dr C Lowe", "substitute for Mr D Hart", "Medical Director")
    ]
    assert _facts("Cllr A Reid substituted for Cllr B Moss.") == [
        (SUBSTITUTE, "Cllr A Reid", "substitute for Cllr B Moss", None)
    ]
