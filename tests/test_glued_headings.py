"""Numbered capitals headings: the space lost after the number, and names on the line."""

from __future__ import annotations

from conftest import QUIRKS
from minutebook.model import AttendanceRole, DocumentKind, Line, Part
from minutebook.parsing.attendance import read_apologies_and_substitutes
from minutebook.parsing.glued_headings import (
    numbered_capitals_heading,
    space_after_glued_numbers,
)
from opening_facts import parsed

PAPER = """ASHCOMBE PARISH COUNCIL

MINUTES OF THE MEETING OF ASHCOMBE PARISH COUNCIL HELD ON 4th JUNE 2021 AT THE PAVILION

41. PRESENT Councillors: R Penn (Chairman), T Ashdown, Mrs V Quill and W Orme.
42.APOLOGIES Cllr G Hollis and Cllr K Yarrow.
43.MINUTES OF THE LAST MEETING The minutes of the meeting held on 7th May 2021 were signed.
44. FOOTPATHS
The clerk reported that the stile on the bridleway had been mended.
"""


def test_the_space_after_a_glued_number_is_put_back_on_the_same_line() -> None:
    lines, furniture = space_after_glued_numbers(
        [Line(3, "43.MINUTES OF THE LAST MEETING"), Line(4, "  7.ITEMS FOR NOTE")]
    )
    assert [(li.number, li.text) for li in lines] == [
        (3, "43. MINUTES OF THE LAST MEETING"),
        (4, "  7. ITEMS FOR NOTE"),
    ]
    assert furniture == []


def test_a_title_or_paragraph_glued_to_its_number_gets_its_space_back() -> None:
    texts = ["1.Welcome and Apologies", "2.To confirm the minutes", "1.1Apologies were sent"]
    lines, _ = space_after_glued_numbers([Line(1, text) for text in [*texts, "2.1RESOLVED that"]])
    assert [li.text for li in lines] == [
        "1. Welcome and Apologies",
        "2. To confirm the minutes",
        "1.1 Apologies were sent",
        "2.1 RESOLVED that",
    ]


def test_decimals_times_and_mixed_case_are_left_alone() -> None:
    texts = ["2.5 million was spent.", "7.30pm start", "12.Minutes", "3.AB test", "St.MARY"]
    lines, _ = space_after_glued_numbers([Line(1, text) for text in texts])
    assert [li.text for li in lines] == texts


def test_a_numbered_capitals_heading_is_told_from_a_numbered_name() -> None:
    assert numbered_capitals_heading("23. DECLARATIONS OF INTEREST None.")
    assert numbered_capitals_heading("23.DECLARATIONS OF INTEREST")
    assert not numbered_capitals_heading("3. COUNCILLOR A REID")
    assert not numbered_capitals_heading("3. Declarations of interest")
    assert not numbered_capitals_heading("PLANNING APPLICATIONS")


def test_names_after_a_numbered_present_heading_are_those_present() -> None:
    part = parsed(PAPER).parts[0]
    present = [
        (a.as_written, a.capacity) for a in part.attendance if a.role is AttendanceRole.PRESENT
    ]
    assert present == [
        ("R Penn", "Chairman"),
        ("T Ashdown", None),
        ("Mrs V Quill", None),
        ("W Orme", None),
    ]


def test_the_apologies_end_at_the_next_glued_heading() -> None:
    part = parsed(PAPER).parts[0]
    apologies = [a.as_written for a in part.attendance if a.role is AttendanceRole.APOLOGIES]
    assert apologies == ["Cllr G Hollis", "Cllr K Yarrow"]
    assert [m.number for m in part.minutes] == ["41", "42", "43", "44"]


def test_a_list_of_apologies_ends_at_a_heading_no_minute_was_read_for() -> None:
    part = Part(kind=DocumentKind.MINUTES, title="", lines=[], layout="minutes")
    body = [Line(8, "Cllr G Hollis"), Line(9, "Cllr K Yarrow"), Line(10, "45. HIGHWAYS None.")]
    read_apologies_and_substitutes(part, body, title="APOLOGIES")
    assert [a.as_written for a in part.attendance] == ["Cllr G Hollis", "Cllr K Yarrow"]


def test_a_paper_whose_numbers_lost_their_spaces_reads_its_minutes() -> None:
    text = (QUIRKS / "glued-minute-number.txt").read_text("utf-8")
    part = parsed(text).parts[0]
    assert [(m.number, m.title) for m in part.minutes] == [
        ("61", "PRESENT"),
        ("62", "APOLOGIES"),
        ("63", "DECLARATIONS OF INTEREST"),
        ("64", "MINUTES"),
        ("65", "PLANNING"),
    ]
    roles = [(a.role, a.as_written) for a in part.attendance]
    assert (AttendanceRole.APOLOGIES, "Cllr U Fenwick") in roles
    assert len([r for r, _ in roles if r is AttendanceRole.PRESENT]) == 4


def test_a_year_code_joined_to_its_title_by_a_hyphen() -> None:
    text = (QUIRKS / "hyphen-glued-minute-code.txt").read_text("utf-8")
    part = parsed(text).parts[0]
    assert [(m.number, m.title) for m in part.minutes] == [
        ("14/23", "APOLOGIES FOR ABSENCE"),
        ("15/23", "DECLARATION(S) OF INTEREST"),
        ("16/23", "Correspondence"),
    ]
    roles = [(a.role, a.as_written) for a in part.attendance]
    assert (AttendanceRole.APOLOGIES, "Fay Dunn") in roles
    assert [(d.as_written, d.minute_number) for d in part.declarations] == [
        ("Councillor Ben Moss", "15/23")
    ]
