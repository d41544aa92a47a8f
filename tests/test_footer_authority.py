"""The committee's authority from its minutes' running footer (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.footer_authority import footer_authority


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, start=1)]


def test_the_footer_names_the_council_before_the_committee() -> None:
    lines = _lines(
        "Minutes of the Corporate Review Select Committee Meeting held on",
        "22 September 2016",
        "",
        "Fenwold County Council – Corporate Review Select Committee",
        "22 September 2016                                 Page 1",
    )
    assert footer_authority(lines, "Corporate Review Select Committee") == (
        "Fenwold County Council"
    )


def test_no_authority_from_another_committee_or_a_plain_dash() -> None:
    lines = _lines(
        "Fenwold County Council – Audit Committee",
        "Medium Term Financial Strategy - Early Outlook",
        "Members asked - at length - about the Corporate Review Select Committee",
    )
    assert footer_authority(lines, "Corporate Review Select Committee") is None
    assert footer_authority(lines, "Early Outlook") is None
    assert footer_authority(lines, "") is None
