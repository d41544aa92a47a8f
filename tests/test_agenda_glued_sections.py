"""Section headings glued to the end of the item before them (invented example)."""

from __future__ import annotations

from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Layout, Line, Part
from minutebook.parsing.agenda import parse_agenda


def _titles(*texts: str) -> list[str]:
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    part = Part(kind=DocumentKind.AGENDA, title="", lines=lines, layout=Layout.AGENDA)
    parse_agenda(part, "a.txt", Diagnostics())
    return [i.title for i in part.items]


def test_headings_glued_to_items_are_taken_off() -> None:
    assert _titles(
        "1) To receive apologies for absence.",
        "2) Motion from Cllr Ann Reid ‘To review the grants policy.’ Finance",
        "3) To approve the schedule of payments for June 2024.",
        "4) To receive the monthly Financial Report from Cllr Bob Moss Park & Environment",
        "5) Play area inspection report",
        "6) Discuss the summer fair in Mill End Events",
        "7) Fun run report",
        "8) Discuss any website issues Other business",
        "9) To receive correspondence.",
    ) == [
        "To receive apologies for absence.",
        "Motion from Cllr Ann Reid ‘To review the grants policy.’",
        "To approve the schedule of payments for June 2024.",
        "To receive the monthly Financial Report from Cllr Bob Moss",
        "Play area inspection report",
        "Discuss the summer fair in Mill End",
        "Fun run report",
        "Discuss any website issues",
        "To receive correspondence.",
    ]


def test_one_title_ending_so_is_a_title_of_its_own() -> None:
    assert _titles(
        "1. Apologies for Absence",
        "2. Review of Neighbourhood Planning",
        "3. Minutes of the last meeting",
    ) == [
        "Apologies for Absence",
        "Review of Neighbourhood Planning",
        "Minutes of the last meeting",
    ]


def test_heading_words_ending_a_title_after_for_or_and_stay() -> None:
    assert _titles(
        "1. Apologies for Absence",
        "2. Statement from the Cabinet Member for Governance",
        "3. Statement from the Cabinet Member for Housing and Finance",
        "4. Statement from the Cabinet Member for Planning",
        "5. Questions from members",
    ) == [
        "Apologies for Absence",
        "Statement from the Cabinet Member for Governance",
        "Statement from the Cabinet Member for Housing and Finance",
        "Statement from the Cabinet Member for Planning",
        "Questions from members",
    ]
