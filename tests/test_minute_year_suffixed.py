"""A town council's running minute number with its year after a point: "245.10"."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings, order_key, year_suffixed

TEXT = (
    "PRESENT: Councillors A Reid and B Moss.\n"
    "\n"
    "245.10 PUBLIC PARTICIPATION. Ann Cole of the Environment Agency addressed the "
    "meeting on the flood plans for the town, and on the meeting the Agency will hold.\n"
    "\n"
    "246.10 MAYORAL COMMUNICATIONS. Details of the duties of the Town Mayor were circulated.\n"
    "\n"
    "247.10 MINUTES - The Minutes of the meeting held on 28 June 2010 were approved.\n"
)


def test_each_year_suffixed_number_heads_its_minute() -> None:
    found = [
        (h.number, h.title.rstrip("."), (h.run_on or "")[:8])
        for h in minute_headings(lines_of(TEXT))
    ]
    assert found == [
        ("245.10", "PUBLIC PARTICIPATION", "Ann Cole"),
        ("246.10", "MAYORAL COMMUNICATIONS", "Details "),
        ("247.10", "MINUTES", "The Minu"),
    ]
    assert order_key("245.10") == (245, 10) < (order_key("246.10") or ())


def test_a_decimal_sum_or_a_sentence_is_no_such_heading() -> None:
    lines = lines_of("150.00 The cost was agreed.\n")
    assert year_suffixed(lines, 0, "150.00 The cost was agreed.") is None
    assert year_suffixed(lines, 0, "245.10 Public participation") is None
