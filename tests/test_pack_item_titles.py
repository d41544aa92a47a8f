"""The agenda item's title a pack prints over the minutes it encloses heads no minute
(invented examples; the zoo holds a whole paper:
tests/fixtures/zoo/minutes-fire-authority-pack-item-title-above.txt)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.errors import Diagnostics
from minutebook.model import DocumentKind, Part
from minutebook.parsing.minutes import parse_minutes

ENCLOSED = """5 To confirm the Minutes of the Authority Meeting held on 4 March 2026

MINUTES of the Meeting of the FENSHIRE FIRE AUTHORITY held at Fenby on Thursday 4 March 2026

Present: Councillor A Reid (Chair) and Councillor B Moss

12/26
APOLOGIES

12.1 There were no apologies.

13/26
BUDGET MONITORING

13.1 The Authority noted the report."""


def _minutes(text: str) -> list[tuple[str, str]]:
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines_of(text), layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    return [(m.number, m.title) for m in part.minutes]


def test_the_pack_item_title_above_the_minutes_opening_is_no_minute() -> None:
    assert _minutes(ENCLOSED) == [("12/26", "APOLOGIES"), ("13/26", "BUDGET MONITORING")]


def test_a_heading_below_the_opening_stays() -> None:
    text = ENCLOSED.replace(
        "5 To confirm the Minutes of the Authority Meeting held on 4 March 2026\n\n", ""
    )
    assert [n for n, _ in _minutes(text)] == ["12/26", "13/26"]


REFERENCED = """DRAFT - SUBJECT TO APPROVAL

FVHB (M) 26/04 Minutes: 40 - 55 FENSHIRE VALLEY HEALTH BOARD

Minutes of the Meeting of the Fenshire Valley Health Board held at Fenby on 3 March 2026

PRESENT

Dr Ann Reid (in the Chair)

Mr Ben Moss Ms Cara Lyle

ACTION BY 40. WELCOME AND APOLOGIES

Apologies were intimated on behalf of Mr Dan Hart."""


def test_a_paper_reference_line_above_the_opening_heads_no_minute() -> None:
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines_of(REFERENCED), layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    assert all(m.number != "26/04" for m in part.minutes)
    assert any("Ann Reid" in a.as_written for a in part.attendance)


def test_a_lone_reference_line_below_the_opening_stays_read() -> None:
    reference = "FVHB (M) 26/04 Minutes: 40 - 55 FENSHIRE VALLEY HEALTH BOARD\n\n"
    text = REFERENCED.replace(reference, "")
    text = text.replace("PRESENT\n", "PRESENT\n\nFVHB (M) 26/04 Minutes: 40 - 55 FENSHIRE VALLEY\n")
    part = Part(kind=DocumentKind.OTHER, title="", lines=lines_of(text), layout="minutes")
    parse_minutes(part, "f.txt", Diagnostics())
    assert [m.number for m in part.minutes] == ["26/04"]
