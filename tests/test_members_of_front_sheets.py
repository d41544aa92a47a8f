"""An agenda's front sheet: a long title line, the members under "MEMBERS OF <body> -",
then "A G E N D A"; an item titled "... Annual Report" does not make the paper an annual
report (zoo: agenda-panel-members-of-heading-long-title-annual-report-item)."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.splitting import (
    agenda_headed,
    classify_leading,
    long_title,
    over_membership,
    split,
)


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


TITLE = (
    "BRAMLEY FIRE AUTHORITY ORDINARY MEETING 2 MAY 2023 - 2.00PM COUNCIL CHAMBER, "
    "TOWN HALL, MARKET PLACE, BRAMLEY, BR1 2CD"
)
SHEET = (
    f"{TITLE}\n\nMEMBERS OF BRAMLEY FIRE AUTHORITY -\n\nCouncillors Ash, Birch and Cole\n\n"
    "A G E N D A\n\n1. APOLOGIES\n\n2. MINUTES\n\n3. ANNUAL REPORT 2022/23\n"
)


def test_a_long_title_line_naming_a_body_and_date_is_a_title() -> None:
    assert len(TITLE) > 100 and long_title(TITLE)
    assert not long_title(
        "The Authority agreed the annual report of the Fire Authority on 2 May 2023 " * 2
    )


def test_the_members_of_heading_opens_the_list_above_the_agenda() -> None:
    lines = _lines(SHEET)
    assert over_membership(lines, 6) == 0


def test_the_agendas_heading_and_items_outweigh_an_items_title() -> None:
    assert agenda_headed(_lines(SHEET))
    assert [p.kind for p in split(_lines(SHEET))] == [DocumentKind.AGENDA]
    headless = SHEET.replace(f"{TITLE}\n\n", "")
    assert classify_leading(_lines(headless)).kind is DocumentKind.AGENDA
    report = "Panel Annual Report 2022/23\n\nContents\n\n1. Foreword\n2. Our year\n"
    assert classify_leading(_lines(report)).kind is DocumentKind.ANNUAL_REPORT
