"""A short banner of headings above the minutes' own opening belongs to the minutes."""

from __future__ import annotations

from minute_fixtures import HARBOUR_RECORD, lines_of
from minutebook.model import DocumentKind
from minutebook.parsing.splitting import split
from minutebook.parsing.title_banners import title_banner


def test_a_banner_of_headings_is_the_papers_title() -> None:
    banner = "Harbour Board Item 04\nFenbridge Port Trust\n\n"
    assert title_banner(lines_of(banner), DocumentKind.MINUTES)
    parts = split(lines_of(banner + HARBOUR_RECORD))
    assert [(p.kind, p.lines[0].number) for p in parts] == [(DocumentKind.MINUTES, 1)]


def test_a_letter_or_a_report_is_no_banner() -> None:
    letter = "\n".join(f"Line {k} of a covering letter to members" for k in range(8))
    assert not title_banner(lines_of(letter), DocumentKind.MINUTES)
    assert not title_banner(lines_of("Annual Report\n2024/25"), DocumentKind.MINUTES)
    assert not title_banner(lines_of("Signed\n\nChairman"), DocumentKind.AGENDA)


def test_a_sites_heading_listing_its_papers_is_a_banner() -> None:
    banner = (
        "Agendas, reports and minutes\n\nFenbridge Harbour Board\n\nDate: Monday, 3 March 2025\n\n"
    )
    assert title_banner(lines_of(banner), DocumentKind.MINUTES)
    parts = split(lines_of(banner + HARBOUR_RECORD))
    assert [(p.kind, p.lines[0].number) for p in parts] == [(DocumentKind.MINUTES, 1)]
    assert not title_banner(
        lines_of("Meeting reports\nFenbridge Harbour Board"), DocumentKind.MINUTES
    )
    assert not title_banner(lines_of("Report and minutes of the Board"), DocumentKind.MINUTES)
