"""Unnumbered minutes headed by a capitals label run into their text on one line, and
lines that must not read as one."""

from __future__ import annotations

import pytest

from minutebook.model import Line
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.unnumbered_capitals_run_in import capitals_run_in


def _lines(*texts: str) -> list[Line]:
    return [Line(n + 1, t) for n, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WELCOME: The Chair welcomed all to the meeting.", ("WELCOME", "The Chair")),
        ("MATTERS ARISING: BRAE PIER - LIGHTING", ("MATTERS ARISING", "BRAE PIER")),
        ("PLANNING.   Mill Cottage - an extension was noted.", ("PLANNING", "Mill Cottage")),
        ("APOLOGIES FOR ABSENCE were received from Mr A Reid.", ("APOLOGIES FOR ABSENCE", "were")),
        ("FINANCE REPORT:- The balance was agreed.", ("FINANCE REPORT", "The balance")),
    ],
)
def test_reads_a_label_run_into_its_text(text: str, expected: tuple[str, str]) -> None:
    found = capitals_run_in(text)
    assert found is not None
    assert found[0] == expected[0]
    assert found[1].startswith(expected[1])


@pytest.mark.parametrize(
    "text",
    [
        "RESOLVED: that the accounts be approved.",
        "ACTION: Clerk to write to the Roads Department.",
        "PRESENT: Cllr A Reid, Cllr B Moss",
        "JL: asked about the pier.",
        "CCTV was discussed at length.",
        "   HIGHWAYS: indented text",
        "WELCOME",
        "The Chair welcomed all: the meeting opened.",
    ],
)
def test_leaves_other_lines(text: str) -> None:
    assert capitals_run_in(text) is None


MINUTES = _lines(
    "Minute of the Brae Community Council meeting held on 3 March 2020.",
    "PRESENT: Cllr Ann Reid (AR) – Chair, Cllr Ben Moss (BM)",
    "APOLOGIES: Cllr Carol Dunn (CD)",
    "WELCOME: AR welcomed all to the meeting.",
    "DECLARATIONS OF INTEREST: None were made.",
    "FINANCE REPORT: The balance was noted and agreed by all.",
    "HIGHWAYS: BRAE ROAD - POTHOLES",
    "The Clerk will write to the Roads Department.",
)


def test_minutes_headed_by_run_in_labels() -> None:
    found = minute_headings(MINUTES)
    assert [(h.index, h.title) for h in found] == [
        (3, "WELCOME"),
        (4, "DECLARATIONS OF INTEREST"),
        (5, "FINANCE REPORT"),
        (6, "HIGHWAYS"),
    ]
    assert found[0].run_on == "AR welcomed all to the meeting."
    assert all(h.number is None for h in found)


def test_two_labels_alone_head_nothing() -> None:
    few = _lines(
        "Minute of the Brae Community Council meeting held on 3 March 2020.",
        "PRESENT: Cllr Ann Reid, Cllr Ben Moss",
        "The Chair welcomed all to the meeting and the minutes were approved.",
        "WELCOME: AR welcomed all to the meeting.",
        "NOTE: the hall is closed in April.",
        "FINANCE REPORT: The balance was noted.",
    )
    assert all(h.title not in ("WELCOME", "FINANCE REPORT") for h in minute_headings(few))


def test_a_label_with_a_bracketed_plural_or_the_meetings_date_runs_in() -> None:
    """ "REPORTS FROM VISITING REPRESENTATIVE(S). D/Cllr ..." and "MINUTES OF MEETING, Sept
    27th 2022. It was proposed ...": the bracket and the date in mixed case are the
    label's own."""
    assert capitals_run_in("REPORTS FROM VISITING REPRESENTATIVE(S). D/Cllr Reid reported.") == (
        "REPORTS FROM VISITING REPRESENTATIVE(S)",
        "D/Cllr Reid reported.",
    )
    assert capitals_run_in("MINUTES OF MEETING, Sept 27th 2022. It was proposed by Cllr Reid.") == (
        "MINUTES OF MEETING, Sept 27th 2022",
        "It was proposed by Cllr Reid.",
    )
    assert capitals_run_in("MINUTES OF MEETING, 27 September 2022: Approved.") == (
        "MINUTES OF MEETING, 27 September 2022",
        "Approved.",
    )
