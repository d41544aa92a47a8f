"""Numbered minute headings whose title a full stop closes, the minute's text hanging
under the title's column ("1.    Appointment of Chairman."), invented examples."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.minute_headings import hanging_numbered, minute_headings


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


RECORD = """1.    Election of Chairman.

      RESOLVED:

      That Mr. A. Lowe be elected Chairman for the meeting.

2.    Declarations of interest.

      There were none.

3.    Appeal against refusal of a premises licence - Reference
      L/2019/07.

      The Sub-Committee considered a report of the Licensing Officer.

4.    Date of next meeting.

      RESOLVED: That the Sub-Committee meet as required.
"""


def test_stop_closed_titles_hang_their_text() -> None:
    found = [(h.number, h.title) for h in minute_headings(_lines(RECORD))]
    assert found == [
        ("1", "Election of Chairman"),
        ("2", "Declarations of interest"),
        ("3", "Appeal against refusal of a premises licence - Reference L/2019/07"),
        ("4", "Date of next meeting"),
    ]


def test_a_numbered_sentence_is_no_hanging_title() -> None:
    lines = _lines("1.    The report was noted.\n\n      Members asked questions.")
    assert hanging_numbered(lines, 0, lines[0].text.strip()) is None


def test_text_at_the_margin_is_no_hanging_layout() -> None:
    lines = _lines("1.    Election of Chairman.\n\nMr Lowe was elected.")
    assert hanging_numbered(lines, 0, lines[0].text.strip()) is None


def test_a_title_without_its_stop_is_left_to_other_readers() -> None:
    lines = _lines("1.    Election of Chairman\n\n      Mr Lowe was elected.")
    assert hanging_numbered(lines, 0, lines[0].text.strip()) is None
