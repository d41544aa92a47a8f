"""A register's or report's reference code in brackets after a minute's title (invented
examples)."""

from __future__ import annotations

from minutebook.parsing.minute_reference_codes import without_reference_code


def test_a_bracketed_reference_code_is_dropped() -> None:
    assert without_reference_code("Declaration of interests (041/2022)") == (
        "Declaration of interests"
    )
    assert without_reference_code("Harbour Car Park Charges (PH117/21)") == (
        "Harbour Car Park Charges"
    )
    assert without_reference_code("Street Lighting (DS 14/21)") == "Street Lighting"


def test_years_and_dates_in_brackets_stay() -> None:
    for title in (
        "Revenue Budget (2022/23)",
        "Capital Programme (21/22)",
        "Minutes (12/03/2022)",
        "Housing Strategy (2/2022) update",
        "(041/2022)",
    ):
        assert without_reference_code(title) == title
