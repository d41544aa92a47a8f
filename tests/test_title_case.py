"""Names and titles printed in capitals, put in the case a reader expects."""

from __future__ import annotations

import pytest

from minutebook.parsing.text import title_case


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("KENT AND MEDWAY POLICE AND CRIME PANEL", "Kent and Medway Police and Crime Panel"),
        ("ST STEPHEN-IN-BRANNEL PARISH COUNCIL", "St Stephen-in-Brannel Parish Council"),
        ("HEXTON-UPON-WYKE TOWN COUNCIL", "Hexton-upon-Wyke Town Council"),
        ("CHAPEL-EN-LE-FENBY PARISH COUNCIL", "Chapel-en-le-Fenby Parish Council"),
        ("ELECTION OF VICE-CHAIR", "Election of Vice-Chair"),
        ("Fenby Parish Council", "Fenby Parish Council"),
    ],
)
def test_capitals_are_put_in_title_case_small_words_kept_small(printed: str, expected: str) -> None:
    """Small words stay lower case between a hyphened place's parts too; a name printed
    in mixed case is kept as printed."""
    assert title_case(printed) == expected
