"""Minutes printed as a "Min No / Description / Resolution" table (decision_tables)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.decision_tables import untabled_minutes
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.resolutions import resolution

TABLED = """Present:
Councillors A. Brook (Chairman), C. Dale and E. Fenn.

Min No\tDescription\tResolution
14\tApologies for Absence\t
15\tMinutes\tRESOLVED that the Minutes of the last meeting be
\t\tsigned as a correct record.
16\tStreet Trading -\tRESOLVED that the revised street trading
\tConsent Fees\tfees be approved.

Min No\tMinute
14\tApologies were received from Councillor G. Hale.
16\tThe Licensing Officer outlined the
\tconsultation responses.
"""


def lines_of(text: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(text.splitlines())]


def test_rows_become_minutes_with_their_titles_narrative_and_resolution() -> None:
    lines = untabled_minutes(lines_of(TABLED))
    assert lines is not None
    headings = minute_headings(lines)
    assert [(h.number, h.title) for h in headings] == [
        ("14", "Apologies for Absence"),
        ("15", "Minutes"),
        ("16", "Street Trading - Consent Fees"),
    ]
    last = lines[headings[2].index + 1 :]
    texts = [li.text for li in last if li.text]
    assert texts[0] == "The Licensing Officer outlined the"
    decided = resolution(last)
    assert decided is not None
    assert decided.text.startswith("RESOLVED that the revised street trading fees")
    assert decided.line == 8


def test_narrative_keeps_its_printed_lines() -> None:
    lines = untabled_minutes(lines_of(TABLED))
    assert lines is not None
    apologies = [li for li in lines if li.text.startswith("Apologies were")]
    assert [li.number for li in apologies] == [12]


def test_no_table_no_rewrite() -> None:
    assert untabled_minutes(lines_of("1. Apologies\n\nNone.\n")) is None
