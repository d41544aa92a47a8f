"""Plain titles between one-line paragraphs in a record printed with no blank lines, as a
community council's web page gives it (invented)."""

from __future__ import annotations

from minute_fixtures import parse_text

RECORD = """\
Minutes – 4 March 2024
Wyke Community Council Minutes
Wednesday 4 March 2024 at 7.00pm
Wyke Library
Present: Ann Reid (AR) (Chair); Ben Moss (BM); Cara Lowe (CL) (Secretary)
Apologies: Dan Pym (DP)
AR welcomed everyone to the meeting.
Minutes of previous meeting
The minutes of the previous meeting were approved by BM and seconded by CL.
Police Report
No officer attended. AR will write to the sergeant.
Action: CL to send the letter.
Planning
CL reported two applications in the area (see the list attached).
"""


def test_titles_between_paragraphs_head_the_minutes() -> None:
    part = parse_text(RECORD)
    assert [(m.title, m.line) for m in part.minutes] == [
        ("Minutes of previous meeting", 8),
        ("Police Report", 10),
        ("Planning", 13),
    ]
    assert part.minutes[0].resolution is not None


def test_a_record_with_blank_lines_is_read_by_its_spacing() -> None:
    spaced = RECORD.replace("\nPolice Report\n", "\n\nPolice Report\n")
    part = parse_text(spaced)
    assert "Minutes of previous meeting" not in [m.title for m in part.minutes]
