"""A record whose present list carries a label beyond "Present" ("Sederunt:", "Committee
members in attendance:", "PRESENT –") is still told from other papers as minutes."""

from __future__ import annotations

import pytest

from minutebook.model import DocumentKind, Line
from minutebook.parsing.content_kind import kind_by_content, record_evidence
from minutebook.parsing.splitting import split


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def _record(label: str) -> str:
    return (
        "Lower Brantwick Community Council\n\nMeeting held 9 March 2022\n\n"
        f"{label}\nCllr A Bell (Chair)\nCllr C Dunn\n\n"
        "1. Apologies\nApologies were received from Cllr E Frost.\n\n"
        "2. Footpaths\nThe clerk reported on the stile at Mill Lane.\n\n"
        "The meeting closed at 9.10 pm."
    )


@pytest.mark.parametrize(
    "label",
    ["Sederunt:", "Committee members in attendance:", "PRESENT –", "Panel Members Present:"],
)
def test_a_record_under_another_present_label_is_read_as_minutes(label: str) -> None:
    assert kind_by_content(_lines(_record(label))) is DocumentKind.MINUTES
    assert [part.kind for part in split(_lines(_record(label)))] == [DocumentKind.MINUTES]


@pytest.mark.parametrize(
    "label",
    [
        "Sederunt books of the former burgh are kept at the archive.",
        "Committee members in attendance at the show were thanked.",
        "Presentation by the Clerk",
    ],
)
def test_a_sentence_opening_with_such_words_is_no_present_label(label: str) -> None:
    # the record's account in the past tense may still make it minutes (narrative_records):
    # what is tested is that the sentence is read as no attendance label
    assert "attendance" not in record_evidence(_lines(_record(label)))
