"""A short banner of headings above the minutes' own opening belongs to the minutes."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.splitting import split
from minutebook.parsing.title_banners import title_banner


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


RECORD = (
    "MINUTES of a meeting of the Fenbridge Harbour Board held at the Harbour Office, "
    "Quay Street, Fenbridge on Monday 3 March 2025 at 10.00 am\n\n"
    "Present: Councillor A Bell (Chair), Councillor C Dunn\n\n"
    "1. Apologies\nApologies were received from Councillor E Frost.\n\n"
    "2. Moorings\nRESOLVED that the moorings charges be approved.\n"
)


def test_a_banner_of_headings_is_the_papers_title() -> None:
    banner = "Harbour Board Item 04\nFenbridge Port Trust\n\n"
    assert title_banner(_lines(banner), DocumentKind.MINUTES)
    parts = split(_lines(banner + RECORD))
    assert [(p.kind, p.lines[0].number) for p in parts] == [(DocumentKind.MINUTES, 1)]


def test_a_letter_or_a_report_is_no_banner() -> None:
    letter = "\n".join(f"Line {k} of a covering letter to members" for k in range(8))
    assert not title_banner(_lines(letter), DocumentKind.MINUTES)
    assert not title_banner(_lines("Annual Report\n2024/25"), DocumentKind.MINUTES)
    assert not title_banner(_lines("Signed\n\nChairman"), DocumentKind.AGENDA)


def test_a_sites_heading_listing_its_papers_is_a_banner() -> None:
    banner = (
        "Agendas, reports and minutes\n\nFenbridge Harbour Board\n\nDate: Monday, 3 March 2025\n\n"
    )
    assert title_banner(_lines(banner), DocumentKind.MINUTES)
    parts = split(_lines(banner + RECORD))
    assert [(p.kind, p.lines[0].number) for p in parts] == [(DocumentKind.MINUTES, 1)]
    assert not title_banner(
        _lines("Meeting reports\nFenbridge Harbour Board"), DocumentKind.MINUTES
    )
    assert not title_banner(_lines("Report and minutes of the Board"), DocumentKind.MINUTES)
