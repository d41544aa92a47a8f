"""Minute-book layouts of the genre: a town or parish council's folio references at the
right margin, and the other minute-heading variants tuned on the fourteenth held-out set."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.folio_references import folio_reference
from minutebook.parsing.minute_headings import minute_headings, session_alone


def test_folio_at_the_right_margin_is_no_minute_code() -> None:
    assert folio_reference(" " * 60 + "64/08")
    assert folio_reference(" " * 40 + "112/2021  ")
    assert not folio_reference("125/20")  # a table of minutes' first column
    assert not folio_reference("    125/20")
    lines = lines_of(" " * 60 + "64/08\nKELSTOW TOWN COUNCIL")
    assert session_alone(lines, 0, "64/08") is None
    assert session_alone(lines_of("125/20\nAPOLOGIES"), 0, "125/20") is not None


def test_running_numbers_read_past_a_folio() -> None:
    text = "\n".join(
        [
            " " * 60 + "64/08",
            "TOWN COUNCIL",
            "",
            "1021 APOLOGIES",
            "None were received.",
            " " * 60 + "65/08",
            "1022 MINUTES",
            "RESOLVED: That the minutes be approved.",
        ]
    )
    found = [(h.number, h.title) for h in minute_headings(lines_of(text))]
    assert found == [("1021", "APOLOGIES"), ("1022", "MINUTES")]
