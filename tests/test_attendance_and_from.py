"""A second "from" in one apologies sentence, naming more people who sent apologies."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_apologies_and_substitutes
from minutebook.parsing.attendance_and_from import joined_from_groups

SUBSTITUTE = AttendanceRole.SUBSTITUTE


def _facts(text: str) -> list[tuple[AttendanceRole, str, str | None]]:
    body = [Line(number=4, text=text)]
    part = Part(kind=DocumentKind.MINUTES, title="", lines=body, layout="minutes")
    read_apologies_and_substitutes(part, body, "f.txt", Diagnostics(), "Apologies")
    return [(f.role, f.as_written, f.capacity) for f in part.attendance]


def test_the_second_group_after_and_from_is_joined() -> None:
    assert joined_from_groups("Cllr A Reid and from Mr B Moss") == "Cllr A Reid, Mr B Moss"
    joined = joined_from_groups("Councillors Reid and Moss, and also from Councillor C Lowe")
    assert joined == "Councillors Reid and Moss, Councillor C Lowe"


def test_an_office_or_a_clause_after_and_from_is_left_alone() -> None:
    assert joined_from_groups("Cllr A Reid and from the Chief Fire Officer") is None
    assert joined_from_groups("Cllr A Reid and from that date onwards") is None
    assert joined_from_groups("Cllr A Reid (away and from Mr B Moss)") is None
    assert joined_from_groups("Cllr A Reid and Cllr B Moss") is None


def test_an_apologies_sentence_reads_both_groups() -> None:
    apologies = AttendanceRole.APOLOGIES
    facts = _facts("Apologies for absence were received from Cllr A Reid and from Mr B Moss.")
    assert facts == [(apologies, "Cllr A Reid", None), (apologies, "Mr B Moss", None)]


def test_a_substitute_bracket_before_and_from_stays_with_its_name() -> None:
    facts = _facts(
        "Apologies were received from Ann Reid (with Ben Moss substituting) and from "
        "Councillor Carl Lowe."
    )
    names = [(role, name) for role, name, _ in facts]
    assert (AttendanceRole.APOLOGIES, "Ann Reid") in names
    assert (AttendanceRole.SUBSTITUTE, "Ben Moss") in names
    assert (AttendanceRole.APOLOGIES, "Councillor Carl Lowe") in names
    assert all(capacity is None for role, _, capacity in facts if role is not SUBSTITUTE)


def test_a_for_whom_substitute_and_apologies_also_from_a_second_member() -> None:
    """ "... from Cllr A Hale being at work, for whom Cllr B Moss was substituting, and
    apologies also from Cllr C Dunn.": Hale's apology, Moss substituting for Hale (the
    reason between them dropped), and Dunn's apology."""
    facts = _facts(
        "Apologies were submitted from Councillor Hale owing to a work commitment, for whom "
        "Councillor Moss was substituting, and apologies also from Councillor Dunn."
    )
    assert facts == [
        (AttendanceRole.APOLOGIES, "Councillor Hale", None),
        (SUBSTITUTE, "Councillor Moss", "substitute for Councillor Hale"),
        (AttendanceRole.APOLOGIES, "Councillor Dunn", None),
    ]


def test_a_for_whom_clause_without_a_titled_name_before_it_is_left_alone() -> None:
    from minutebook.parsing.attendance_and_from import bracketed_substitutes

    assert bracketed_substitutes("the Chair, for whom Cllr B Moss substituted") is None
    assert bracketed_substitutes("Cllr A Reid who was away") is None
    assert bracketed_substitutes("Cllr A Reid, for whom Cllr B Moss substituted, and C") == (
        "Cllr A Reid (with Cllr B Moss substituting), and C"
    )
