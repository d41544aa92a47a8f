"""A table of names and posts flattened column by column, under group labels."""

from __future__ import annotations

from minute_fixtures import attendance_of, lines_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import table_label
from minutebook.parsing.attendance_unzipped_columns import unzipped_columns
from minutebook.parsing.minute_attendance_groups import attendance_group_label, repeated_cell

PRESENT = AttendanceRole.PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
APOLOGIES = AttendanceRole.APOLOGIES

BOARD = (
    "NHS FENBRIDGE CLINICAL COMMISSIONING GROUP\n"
    "GOVERNING BODY\n"
    "Minutes of meeting held on TUESDAY 4TH MARCH 2025 2pm\n"
    "BOARDROOM, QUAY HOUSE\n"
    "PRESENT:\n"
    "VOTING MEMBERS:\n"
    "Dr Ann Orr\n"
    "Ben Pym\n"
    "Dr Cara Quin\n"
    "Dr Ned Ash\n"
    "Chair/GP\n"
    "Chief Officer\n"
    "GP\n"
    "GP\n"
    "NON VOTING MEMBERS:\n"
    "Dr Dan Rook\n"
    "Eve Shaw\n"
    "GP – Harbour Locality Chair\n"
    "Director of Public Health\n"
    "IN ATTENDANCE:\n"
    "Fay Tait\n"
    "Gus Udall\n"
    "Head of Finance &\n"
    "Estates\n"
    "Programme Director\n"
    "APOLOGIES:\n"
    "Hal Voss\n"
    "Councillor Ida Wren\n"
    "Interim Head of Quality\n"
    "Fenbridge City Council\n"
    "Public: 4\n"
    "PART 1:\n"
    "INTRODUCTIONS & APOLOGIES\n"
    "Introductions were made for the benefit of the public.\n"
    "DECLARATIONS OF INTEREST\n"
    "There were no declarations of interest.\n"
)


def test_names_pair_with_their_posts_when_the_posts_are_as_many() -> None:
    read = attendance_of(BOARD)
    assert (PRESENT, "Dr Dan Rook", "GP – Harbour Locality Chair", 16) in read
    assert (PRESENT, "Eve Shaw", "Director of Public Health", 17) in read
    assert (IN_ATTENDANCE, "Fay Tait", "Head of Finance & Estates", 21) in read
    assert (IN_ATTENDANCE, "Gus Udall", "Programme Director", 22) in read
    assert (APOLOGIES, "Hal Voss", "Interim Head of Quality", 27) in read
    assert (APOLOGIES, "Councillor Ida Wren", "Fenbridge City Council", 28) in read


def test_the_group_labels_and_posts_in_capitals_head_no_minute() -> None:
    read = attendance_of(BOARD)
    assert (PRESENT, "Dr Ann Orr", "Chair/GP", 7) in read
    assert (PRESENT, "Dr Ned Ash", "GP", 10) in read
    assert not any(a[1] in ("Chief Officer", "Estates", "GP") for a in read)
    assert attendance_group_label("NON-EXECUTIVE DIRECTORS:")
    assert not attendance_group_label("REPORT OF THE DIRECTORS")
    assert not attendance_group_label("MEMBERS’ ALLOWANCES")
    rows = lines_of("GP\nGP\nFINANCE\nANY OTHER BUSINESS")
    assert repeated_cell(rows, 0) and repeated_cell(rows, 1)
    assert not repeated_cell(rows, 2) and not repeated_cell(rows, 3)


def test_names_stay_without_posts_when_the_counts_differ() -> None:
    lines = lines_of("PRESENT:\nDr Ann Orr\nBen Pym\nChair/GP\nLay Member – Patient\nEngagement\n")
    read = unzipped_columns(lines, table_label)
    assert [line.text for line in read] == ["PRESENT:", "Dr Ann Orr", "Ben Pym", "", "", "", ""]


def test_lines_that_are_no_such_table_stay_as_printed() -> None:
    titled = lines_of("PRESENT:\nCllr A Orr\nCllr B Pym\nCllr C Quin\nCllr D Rook\nOfficers:\n")
    assert unzipped_columns(titled, table_label) == titled  # more names, not posts
    unlabelled = lines_of("The Board met.\nAnn Orr\nBen Pym\nChief Officer\nGP\n")
    assert unzipped_columns(unlabelled, table_label) == unlabelled
    one = lines_of("IN ATTENDANCE:\nAnn Orr\nChief Officer\n")
    assert unzipped_columns(one, table_label) == one  # a single row is no table
    guessed = lines_of("PRESENT:\nAnn Orr\nBen Pym\nHarbour Lane Group\nCarl Lowe Trust\n")
    assert unzipped_columns(guessed, table_label) == guessed  # the "posts" are no offices
    rows = lines_of("PRESENT:\nName\tPost\nAnn Orr\tChair\nBen Pym\tClerk\n| Carl Lowe | GP |\n")
    assert unzipped_columns(rows, table_label) == rows  # rows kept whole, not columns
