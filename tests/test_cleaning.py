"""Each cleaning rule on a fixture cut from the real documents."""

from __future__ import annotations

from conftest import QUIRKS
from minutebook.cleaning import clean


def _clean(name: str) -> tuple[list[str], list[str]]:
    lines, furniture = clean((QUIRKS / name).read_text(encoding="utf-8"))
    return [line.text for line in lines], [f.rule for f in furniture]


def test_glued_heading_is_split_onto_its_own_line() -> None:
    lines, _ = _clean("glued-heading.txt")
    assert "UNRESTRICTED ITEMS" in lines
    assert "**118. Apologies and Substitutes**" in lines
    assert not any("ITEMS**" in line for line in lines)


def test_running_page_header_is_furniture() -> None:
    lines, furniture = _clean("page-header.txt")
    assert "### Item 3" not in lines
    assert furniture == ["page-header"]
    assert "### 3.1 Victim Based Crime" in lines  # a real heading stays


def test_blank_page_notice_is_furniture_and_work_programme_date_unglued() -> None:
    lines, furniture = _clean("blank-page-notice-and-work-programme.txt")
    assert "blank-page-notice" in furniture
    assert not any("intentionally left blank" in line for line in lines)
    assert "**4 February 2025**" in lines


def test_ordinal_superscript_is_flattened() -> None:
    lines, _ = _clean("ordinal-superscript-standalone-report.txt")
    assert "Wednesday 14th September 2022" in lines


def test_cleaning_keeps_line_numbers_of_the_source() -> None:
    raw = (QUIRKS / "glued-heading.txt").read_text(encoding="utf-8").split("\n")
    lines, _ = clean("\n".join(raw))
    for line in lines:
        assert line.text.replace("**", "") in raw[line.number - 1].replace("**", "")


def test_ordinal_superscript_joins_only_a_number_it_touches() -> None:
    """Found by hypothesis: "0 <sup>th</sup>" is not the ordinal "0th" (the words stay)."""
    from minutebook.cleaning import flatten_ordinal_superscripts
    from minutebook.model import Line

    lines, _ = flatten_ordinal_superscripts(
        [Line(1, "14<sup>th</sup> May"), Line(2, "0 <sup>th</sup>")]
    )
    assert [line.text for line in lines] == ["14th May", "0 <sup>th</sup>"]
