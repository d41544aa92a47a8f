"""An apologies minute whose title names the reasons and whose sentences state them,
each with its names as subject (invented)."""

from __future__ import annotations

import pytest

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_apology_reasons import stated_reasons_cut

MINUTES = """\
Minutes of the Fenby Town Council meeting held on Thursday 6 July 2023 at 7.00 p.m.

MEMBERS PRESENT: Cllrs Reid (Town Mayor), Moss, Lowe and Pym.

29. {title} – {text}

30. DECLARATIONS OF INTEREST – No interests were declared.
"""


def _apologies(title: str, text: str) -> list[str]:
    found = attendance_of(MINUTES.format(title=title, text=text))
    return [name for role, name, _, _ in found if role is AttendanceRole.APOLOGIES]


@pytest.mark.parametrize(
    "title",
    [
        "APOLOGIES AND REASON FOR ABSENCE",
        "Apologies for Absence and Reasons Given",
        "Apologies for absence and approval of reasons",
    ],
)
def test_a_title_naming_the_reasons_is_the_apologies_minute(title: str) -> None:
    assert _apologies(title, "Cllr Hart and Cllr Dunn.") == ["Cllr Hart", "Cllr Dunn"]


def test_each_sentence_states_a_reason_after_its_names() -> None:
    text = "Cllr Hart and Dunn were both on holiday. County Councillor Ives at County meeting."
    assert _apologies("APOLOGIES AND REASON FOR ABSENCE", text) == [
        "Cllr Hart",
        "Dunn",
        "County Councillor Ives",
    ]
    assert _apologies("APOLOGIES", "Cllrs Hart and Dunn were unwell.") == ["Hart", "Dunn"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cllr Hart was not present for minutes 4 and 5.",
        "Cllr Hart, for whom Cllr Dunn was substitute.",
        "Cllr Hart was substituted by Cllr Dunn.",
    ],
)
def test_who_came_or_stood_in_is_no_reason(sentence: str) -> None:
    assert stated_reasons_cut(sentence) == sentence
