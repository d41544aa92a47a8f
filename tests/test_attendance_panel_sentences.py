"""More layouts of who attended, from panels' and committees' minutes: "PRESENT: –" and
a chair "in the chair", "(substitute member)" alone, names in columns with a bracket,
"Non-Cabinet Members", observers, a post broken after "for", and a substitute's title
left at the end of the line above."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import (
    apology_head,
    label_line,
    name_columns,
    names_then_council,
    names_then_plural_kind,
    observers_sentence,
    substitute_sentences,
    unfinished_tail,
)
from minutebook.parsing.attendance_shapes import councillors_chair_line, name_begun_above

PRESENT = AttendanceRole.PRESENT
ALSO = AttendanceRole.ALSO_PRESENT
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
SUBSTITUTE = AttendanceRole.SUBSTITUTE
APOLOGIES = AttendanceRole.APOLOGIES


def test_present_colon_dash_and_a_chair_in_the_chair() -> None:
    assert label_line("PRESENT: – Councillor Ewart in the chair.") == (
        "PRESENT",
        PRESENT,
        "Councillor Ewart in the chair.",
    )
    found = attendance_of(
        "PRESENT: – Councillor Ewart in the chair.\n\n"
        "Councillors Dyce (Vice-Chairman), Gorst and Hume.\n\n"
        "Independent Members: Mrs K Ince and Dr L Jowett.\n\n"
        "88 WELCOME - The Chairman welcomed everyone.\n"
    )
    assert [(r, n, c) for r, n, c, _ in found] == [
        (PRESENT, "Councillor Ewart", "in the chair"),
        (PRESENT, "Dyce", "Vice-Chairman"),  # names under a plural title, as printed
        (PRESENT, "Gorst", None),
        (PRESENT, "Hume", None),
        (PRESENT, "Mrs K Ince", "Independent Members"),
        (PRESENT, "Dr L Jowett", "Independent Members"),
    ]


def test_a_bracket_saying_only_substitute_member_gives_no_capacity() -> None:
    found = attendance_of(
        "PRESENT\nCouncillor Mrs A Kemp (in the Chair)\n"
        "Councillors B Lamb, C Mold (substitute member) and D Nash.\n1/14 MINUTES\n"
    )
    assert (SUBSTITUTE, "C Mold", None, 3) in found


def test_names_in_columns_may_carry_a_bracket() -> None:
    assert name_columns("Olive Pratt          Quentin Rae (Vice-Chairman)") == [
        "Olive Pratt",
        "Quentin Rae (Vice-Chairman)",
    ]


def test_members_who_attended_as_observers() -> None:
    text = "Councillors Mrs A Abbot and B Bream attended the meeting as observers"
    assert observers_sentence(text) == "Councillors Mrs A Abbot and B Bream"
    assert observers_sentence("The observers were thanked for attending") is None
    found = attendance_of(f"Present: Councillor C Crane (Chair)\n{text}\n1. Minutes\n")
    assert [(r, n) for r, n, _, _ in found][1:] == [
        (ALSO, "Mrs A Abbot"),
        (ALSO, "B Bream"),
    ]


def test_a_substitutes_title_at_the_end_of_the_line_above() -> None:
    sub = "Dora Eady"
    assert name_begun_above("as above. Councillor", f"{sub} was welcomed as", sub) == ("Councillor")
    assert name_begun_above("Rule 4, Councillor O C de R", "Finch had been", "Finch") == (
        "Councillor O C de R"
    )
    assert name_begun_above("The Chair thanked members.", f"{sub} was", sub) is None
    found = attendance_of(
        "1. Apologies\nApologies were noted from Councillor Gale. Councillor\n"
        "Dora Eady was welcomed as substitute Member for Councillor Gale.\n2. Minutes\n"
    )
    assert (SUBSTITUTE, "Councillor Dora Eady", "substitute for Councillor Gale", 2) in found


def test_an_unlabelled_list_opening_with_councillors_and_the_chair() -> None:
    assert councillors_chair_line("Councillors Ada Bly (Oxley Council) in the Chair; Cy Dunn")
    assert not councillors_chair_line("Councillors Ada Bly and Cy Dunn were thanked.")
    found = attendance_of(
        "Oxley Police and Crime Panel\n"
        "Councillors Ada Bly (Oxley Council) in the Chair; Cy Dunn (Wyke\n"
        "Council) and Di Ekins (Oxley Council).\n"
        "Community Co-opted Members: Flo Grey and Hal Ives.\n"
        "Officers from the Office of the Commissioner: Jo Kerr (Chief\n"
        "Finance Officer).\n"
        "|\n12 |\nWelcome\n"
    )
    assert [(r, n, c) for r, n, c, _ in found] == [
        (PRESENT, "Ada Bly", "Oxley Council"),
        (PRESENT, "Cy Dunn", "Wyke Council"),
        (PRESENT, "Di Ekins", "Oxley Council"),
        (PRESENT, "Flo Grey", "Community Co-opted Members"),
        (PRESENT, "Hal Ives", "Community Co-opted Members"),
        (IN_ATTENDANCE, "Jo Kerr", "Chief Finance Officer"),
    ]


def test_officers_of_or_from_a_body_label_those_in_attendance() -> None:
    assert label_line("Officers of the Authority:") == (
        "Officers of the Authority",
        IN_ATTENDANCE,
        "",
    )
    assert label_line("Officers from the Office of the Commissioner: Jo Kerr") == (
        "Officers from the Office of the Commissioner",
        IN_ATTENDANCE,
        "Jo Kerr",
    )


def test_a_council_after_a_dash_is_each_names_on_the_line() -> None:
    assert names_then_council("Councillors R.J. Lowe and Mrs. P. Munt - Oxley County Council") == (
        "Councillors R.J. Lowe and Mrs. P. Munt",
        "Oxley County Council",
    )
    assert names_then_council("Councillor A.K. Nash - Wyke District Council") is None  # one
    assert names_then_council("Councillors X and Y - see minute 4") is None
    found = attendance_of(
        "Present:\n"
        "Councillors R.J. Lowe and Mrs. P. Munt - Oxley County Council\n"
        "Councillor A.K. Nash - Wyke District Council\n"
        "Together with:\n"
        "L. Orme (Democratic Services Officer)\n"
        "1. ELECTION OF CHAIRMAN\n"
    )
    assert [(r, n, c) for r, n, c, _ in found] == [
        (PRESENT, "R.J. Lowe", "Oxley County Council"),
        (PRESENT, "Mrs. P. Munt", "Oxley County Council"),
        (PRESENT, "Councillor A.K. Nash", "Wyke District Council"),
        (IN_ATTENDANCE, "L. Orme", "Democratic Services Officer"),
    ]


def test_sentences_broken_before_their_verb_in_a_run_in_minute() -> None:
    assert apology_head("Resolved - That it be noted that apologies for") == "apologies for"
    assert apology_head("Apologies for absence were received from Cllr A Reid") is None
    assert unfinished_tail("Resolved - That it be noted that Councillor Pye was") == (
        "Councillor Pye was"
    )
    found = attendance_of(
        "PRESENT: Councillor Orme (Chair)\n\n"
        "41 APOLOGIES FOR ABSENCE - Resolved - That it be noted that apologies for\n"
        "absence had been received from Councillor Rudd (Wyke Council).\n\n"
        "42 SUBSTITUTIONS - Resolved - That it be noted that Councillor Pye was\n"
        "substituting for Councillor Rudd (Wyke Council).\n\n"
        "43 MINUTES - Resolved - That the minutes be approved.\n"
    )
    assert found == [
        (PRESENT, "Councillor Orme", "Chair", 1),
        (APOLOGIES, "Councillor Rudd", "Wyke Council", 4),
        (SUBSTITUTE, "Councillor Pye", "substitute for Councillor Rudd", 6),
    ]


def test_a_replacement_member_appointed_in_place_of_another() -> None:
    text = (
        "appointed Councillor S Tate as a replacement member of the Committee"
        " in place of Councillor U Vey"
    )
    assert substitute_sentences(text) == [("Councillor S Tate", "Councillor U Vey")]


def test_one_plural_bracket_after_two_names_is_both_their_kind() -> None:
    assert names_then_plural_kind("Mr T Reid and Mrs G Moss (Independent Members)") == (
        "Mr T Reid and Mrs G Moss",
        "Independent Members",
    )
    assert names_then_plural_kind("Mr T Reid (Independent Member)") is None  # one name
    assert names_then_plural_kind("Mr T Reid (Chair) and Mrs G Moss (Members)") is None
    assert names_then_plural_kind("Reid and Moss (Independent Members)") is None  # untitled


def test_a_forms_councillor_s_label_is_a_plural_title() -> None:
    text = (
        "MINUTES of a meeting of the Wyke Police and Crime Panel held at Wyke on 3 May 2022\n"
        "\n"
        "APOLOGIES:    Councillor(s): F Bolam (Fenby Council) and E Shotton\n"
        "              (Marsh Council)\n"
    )
    assert [(a[1], a[2]) for a in attendance_of(text)] == [
        ("F Bolam", "Fenby Council"),
        ("E Shotton", "Marsh Council"),
    ]
