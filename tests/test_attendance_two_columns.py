"""Names printed in two columns whose brackets wrap inside their own column."""

from __future__ import annotations

from minute_fixtures import attendance_of, lines_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import label_alone, minutes_table_header
from minutebook.parsing.attendance_two_columns import two_column_run, unzip_two_columns

PRESENT = AttendanceRole.PRESENT

LIST = (
    "MEMBERS PRESENT\n"
    "\n"
    "Cllr A Orr (Dunholm City Council)      Mrs B Pym (Independent Member)\n"
    "Cllr C Quin (Hexby Borough Council)    Cllr D Rook (Fellside District\n"
    "Cllr E Shaw (Dunholm City Council)     Council)\n"
    "Cllr F Tait (Marrow Borough Council)  Cllr G Udall (Lowdale County\n"
    "Mr H Voss (Independent Member)         Council)\n"
    "\n"
    "Note No.  Item\n"
    "\n"
    "2pm       1.  ELECTION OF CHAIRMAN\n"
)


def test_a_bracket_wrapping_in_the_right_hand_column_stays_with_its_name() -> None:
    assert sorted(attendance_of(LIST), key=lambda f: (f[3], f[1])) == [
        (PRESENT, "Cllr A Orr", "Dunholm City Council", 3),
        (PRESENT, "Mrs B Pym", "Independent Member", 3),
        (PRESENT, "Cllr C Quin", "Hexby Borough Council", 4),
        (PRESENT, "Cllr D Rook", "Fellside District Council", 4),
        (PRESENT, "Cllr E Shaw", "Dunholm City Council", 5),
        (PRESENT, "Cllr F Tait", "Marrow Borough Council", 6),
        (PRESENT, "Cllr G Udall", "Lowdale County Council", 6),
        (PRESENT, "Mr H Voss", "Independent Member", 7),
    ]


def test_only_a_run_with_a_wrapped_bracket_under_a_label_is_rewritten() -> None:
    rows = lines_of("Cllr A Orr (Dunholm)      Cllr B Pym (Fenby)\nCllr C Quin      Cllr D Rook")
    assert two_column_run(rows, 0) is None  # nothing wraps: read as printed
    unlabelled = lines_of("The Panel met.\n" + LIST.split("\n\n")[1])
    assert unzip_two_columns(unlabelled, label_alone) == unlabelled


def test_a_note_number_and_item_header_ends_the_lists() -> None:
    assert minutes_table_header("Note No.  Item")
