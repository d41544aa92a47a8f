"""Scottish minutes: a letter-spaced "Sederunt", members in capitals under "COUNCILLORS",
"External Members:-" and apologies "intimated"."""

from __future__ import annotations

from conftest import QUIRKS
from minutebook.model import AttendanceRole, Line
from minutebook.parsing.attendance import apologies_sentence, group_line
from minutebook.parsing.attendance_capitals_grid import capitals_cells, capitals_grid_attendance
from minutebook.parsing.cleaning import clean
from minutebook.parsing.letter_spacing import closed_up
from minutebook.parsing.minute_headings import title_over_coded_paragraph
from minutebook.parsing.names import split_name_list
from minutebook.parsing.splitting import letterhead_start


def test_a_letter_spaced_label_is_closed_up() -> None:
    assert closed_up("S e d e r u n t :") == "Sederunt:"
    assert closed_up("P R E S E N T") == "PRESENT"
    assert closed_up("  A P O L O G I E S:-") == "  APOLOGIES:-"


def test_initials_marks_and_words_are_not_letter_spaced() -> None:
    assert closed_up("A B C D E") is None  # a row of initials has no vowels to speak of
    assert closed_up("Y N Y N Y N") is None
    assert closed_up("s E d E r") is None  # no case of a word
    assert closed_up("Present: A Reid") is None
    assert closed_up("P R E S  E N T") is None  # a gap: two words or columns


def test_cleaning_closes_up_on_the_same_line() -> None:
    lines, furniture = clean("Minutes\n\nS e d e r u n t :\nCouncillor A Reid")
    assert [(li.number, li.text) for li in lines][2] == (3, "Sederunt:")
    assert furniture == []


def test_names_in_capitals_under_a_plural_title() -> None:
    preamble = [
        Line(1, "Sederunt:"),
        Line(2, "Councillor Ann Reid, Convener; and"),
        Line(3, ""),
        Line(4, "COUNCILLORS"),
        Line(5, ""),
        Line(6, "JOHN MOSS                     MORAG McKAY"),
        Line(7, "ALAN LOWE and                 RUTH PYM"),
        Line(8, ""),
        Line(9, "External Members:- Mr B Dunn (Church of Scotland)."),
    ]
    found = capitals_grid_attendance(preamble)
    assert found is not None
    facts, used = found
    assert [(f.as_written, f.line, f.role) for f in facts] == [
        ("JOHN MOSS", 6, AttendanceRole.PRESENT),
        ("MORAG McKAY", 6, AttendanceRole.PRESENT),
        ("ALAN LOWE", 7, AttendanceRole.PRESENT),
        ("RUTH PYM", 7, AttendanceRole.PRESENT),
    ]
    assert used == {3, 5, 6}


def test_capitals_without_a_label_or_not_names_are_left_alone() -> None:
    assert capitals_grid_attendance([Line(1, "COUNCILLORS"), Line(2, "JOHN MOSS")]) is None
    assert capitals_cells("FINANCE REPORT 2024/25") is None
    assert capitals_cells("John Moss      Ruth Pym") is None


def test_a_colon_and_dash_end_a_group() -> None:
    assert group_line("External Members:- Rev. B Dunn (Church of Scotland)") == (
        "External Members",
        "Rev. B Dunn (Church of Scotland)",
    )


def test_vice_convener_is_an_office() -> None:
    entries = split_name_list("Councillor A Reid, Convener; Councillor B Moss, Vice-Convener")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Councillor A Reid", "Convener"),
        ("Councillor B Moss", "Vice-Convener"),
    ]


def test_apologies_intimated_on_behalf_of() -> None:
    found = apologies_sentence("Apologies were intimated on behalf of Councillor A Reid.")
    assert found is not None
    assert found[0].startswith("Councillor A Reid")


def test_the_quirk_fixture_reads_its_labels_closed_up() -> None:
    """tests/fixtures/quirks/letter-spaced-label.txt: both tracked labels read as words."""
    text = (QUIRKS / "letter-spaced-label.txt").read_text(encoding="utf-8")
    lines, _ = clean(text)
    assert {3: "PRESENT:", 7: "APOLOGIES"}.items() <= {li.number: li.text for li in lines}.items()


def test_a_capitals_title_over_a_numbered_article() -> None:
    lines = [
        Line(1, "ROAD SAFETY REVIEW - RS/25/004"),
        Line(2, ""),
        Line(3, "6.2   There was submitted a report by the Head of Roads on the review."),
    ]
    heading = title_over_coded_paragraph(lines, 0, lines[0].text)
    assert heading is not None
    assert (heading.index, heading.number, heading.title) == (
        0,
        "6.2",
        "ROAD SAFETY REVIEW - RS/25/004",
    )


def test_a_numbered_title_or_a_numbered_heading_below_is_no_article() -> None:
    numbered = [Line(1, "62. DECLARATIONS OF INTEREST"), Line(2, "62.1  There were none made.")]
    assert title_over_coded_paragraph(numbered, 0, numbered[0].text) is None
    section = [Line(1, "PART ONE"), Line(2, ""), Line(3, "52.   Declarations of Interest")]
    assert title_over_coded_paragraph(section, 0, section[0].text) is None


def test_a_scots_place_and_date_line_goes_with_the_letterhead() -> None:
    lines = [
        Line(1, "DUNMALLIE COUNCIL"),
        Line(2, ""),
        Line(3, "Burgh Chambers, Dunmallie, 4 March 2025"),
        Line(4, ""),
        Line(5, "MINUTE OF MEETING OF THE AUDIT COMMITTEE"),
    ]
    assert letterhead_start(lines, 4) == 0


def test_a_chaplain_after_a_comma_is_an_office() -> None:
    entries = split_name_list("Cllr K Angove Rev. M Tregear, Mayor's Chaplain")
    assert [(e.as_written, e.capacity) for e in entries][-1] == (
        "Rev. M Tregear",
        "Mayor's Chaplain",
    )
