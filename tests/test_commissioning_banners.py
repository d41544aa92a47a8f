"""A commissioning group's governing body named by the group's banner above its title."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.commissioning_banners import group_body

STACK = (
    "Minutes - Fenby CCG\n"
    "\n"
    "NHS FENBY CLINICAL COMMISSIONING GROUP\n"
    "GOVERNING BODY\n"
    "Minutes of meeting held on TUESDAY 3RD MAY 2016 2pm\n"
)


def test_the_heading_under_the_banner_is_the_groups_body() -> None:
    assert (
        group_body("GOVERNING BODY", lines_of(STACK), 5)
        == "NHS Fenby Clinical Commissioning Group Governing Body"
    )


def test_a_banner_in_mixed_case_is_kept_as_printed() -> None:
    lines = lines_of("Ashmoor and Vale CCG\nPrimary Care Commissioning Committee\nMinutes\n")
    assert (
        group_body("Primary Care Commissioning Committee", lines, 3)
        == "Ashmoor and Vale CCG Primary Care Commissioning Committee"
    )


def test_other_headings_and_banners_stay_unread() -> None:
    assert group_body("Audit Committee", lines_of(STACK), 5) is None  # not the heading
    assert group_body("GOVERNING BODY", lines_of(STACK), 4) is None  # the heading is below
    council = "FENBY BOROUGH COUNCIL\nGOVERNING BODY\nMinutes of meeting held on 3 May 2016\n"
    assert group_body("GOVERNING BODY", lines_of(council), 3) is None
    apart = "NHS FENBY CLINICAL COMMISSIONING GROUP\nPUBLIC PAPERS\nGOVERNING BODY\nMinutes\n"
    assert group_body("GOVERNING BODY", lines_of(apart), 4) is None
    named = "NHS FENBY CCG\nFenby CCG Governing Body\nMinutes\n"
    assert group_body("Fenby CCG Governing Body", lines_of(named), 3) is None
