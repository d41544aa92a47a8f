"""Attendance of joint bodies and full councils (invented examples): "Representing the X
Council" headings without a colon, a "District | Member" table with one member per
district flattened onto one line, officers whose post names their unit ("Clerk's
Office"), ranks printed with nobody's name, the Mayor's office before the holder in a
bracket, a count of the public after a name, a one-letter department code closing a run
of officers, and a stray bracket between commas."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance import is_heading_or_sentence, post_only
from minutebook.parsing.attendance_council_first import council_first_table
from minutebook.parsing.attendance_group_brackets import body_bracket
from minutebook.parsing.attendance_group_headings import appointing_heading
from minutebook.parsing.names import is_office, split_name_list

PRESENT = AttendanceRole.PRESENT
SUBSTITUTE = AttendanceRole.SUBSTITUTE
IN_ATTENDANCE = AttendanceRole.IN_ATTENDANCE
ALSO_PRESENT = AttendanceRole.ALSO_PRESENT


def _entries(text: str) -> list[tuple[str, str | None]]:
    return [(e.as_written, e.capacity) for e in split_name_list(text)]


def test_representing_heading_without_colon_opens_the_members() -> None:
    assert appointing_heading("Representing the Wyke Council")
    assert appointing_heading("Representing Fenby Islands Council")
    assert not appointing_heading("Representing the views of residents")
    assert not appointing_heading("Representing the Wyke Council at the inquiry.")
    found = attendance_of(
        "Minutes of Meeting of the Fenby Joint Board held in Wyke on 3 May 2006.\n"
        "\n"
        "Representing the Wyke Council\n"
        "\n"
        "Mr A Reid, Mrs B Moss (Substitute), Mr C Lowe.\n"
        "\n"
        "Representing Fenby Islands Council\n"
        "\n"
        "Mr D Pym.\n"
        "\n"
        "1.  Apologies for Absence\n"
        "\n"
        "None.\n"
    )
    assert [(role, name, capacity) for role, name, capacity, _ in found] == [
        (PRESENT, "Mr A Reid", "Representing the Wyke Council"),
        (SUBSTITUTE, "Mrs B Moss", "Representing the Wyke Council"),
        (PRESENT, "Mr C Lowe", "Representing the Wyke Council"),
        (PRESENT, "Mr D Pym", "Representing Fenby Islands Council"),
    ]


def test_one_member_per_district_is_a_flattened_table() -> None:
    members = council_first_table(
        "Board Mayor (In the Chair) Eastwold Councillor Ann Reid Northdown Councillor Ben "
        "Moss Fenby City Mayor Cara Lowe Sands Councillor Westmarsh Councillor Dan Pym"
    )
    assert members is not None
    assert [(m.entry.as_written, m.entry.capacity) for m in members] == [
        ("Councillor Ann Reid", "Eastwold"),
        ("Councillor Ben Moss", "Northdown"),
        ("City Mayor Cara Lowe", "Fenby"),  # an elected city mayor's title kept
        # "Sands Councillor": the row lost its name, no one is read for it
        ("Councillor Dan Pym", "Westmarsh"),
    ]
    # with a list's commas, the same words are names with a surname each, not a table
    assert (
        council_first_table(
            "Eastwold Cllr Ann Reid, Northdown Cllr Ben Moss, Sands Cllr Cy Lowe, Fen Cllr Dan Pym"
        )
        is None
    )


def test_table_under_its_label_gives_each_district() -> None:
    found = attendance_of(
        "MINUTES OF THE FENBY COMBINED AUTHORITY MEETING HELD ON 3 MAY 2019 AT TOWN HALL\n"
        "\n"
        "PRESENT:\n"
        "\n"
        "Eastwold Councillor Ann Reid Northdown Councillor Ben Moss Sands Councillor Cy "
        "Lowe Westmarsh Councillor Dan Pym\n"
        "\n"
        "OTHER MEMBERS IN ATTENDANCE:\n"
        "\n"
        "Eastwold Councillor Eve Hale Northdown Councillor Fay Rowe Sands Councillor Gus "
        "Tate Westmarsh Councillor Hal Dunn\n"
        "\n"
        "FCA 1/19 APOLOGIES\n"
        "\n"
        "None.\n"
    )
    assert [(role, name, capacity) for role, name, capacity, _ in found][:5] == [
        (PRESENT, "Councillor Ann Reid", "Eastwold"),
        (PRESENT, "Councillor Ben Moss", "Northdown"),
        (PRESENT, "Councillor Cy Lowe", "Sands"),
        (PRESENT, "Councillor Dan Pym", "Westmarsh"),
        (ALSO_PRESENT, "Councillor Eve Hale", "Eastwold"),
    ]


def test_an_office_named_in_the_possessive_is_a_post() -> None:
    assert is_office("Treasurer’s Office")
    assert is_office("Clerk's Department")
    assert not is_office("Ann Reid")
    assert _entries("Mrs A Reid, Treasurer’s Office") == [("Mrs A Reid", "Treasurer’s Office")]


def test_a_rank_alone_names_nobody() -> None:
    assert post_only("Chief Constable", None)
    assert post_only("Deputy Chief Constable", None)
    assert not post_only("Chief Superintendent A Reid", None)
    found = attendance_of(
        "Minutes of Meeting of the Fenby Joint Board held in Wyke on 3 May 2006.\n"
        "\n"
        "Officials in attendance:\n"
        "\n"
        "Chief Constable\n"
        "\n"
        "Chief Superintendent A Reid\n"
        "\n"
        "Mrs B Moss, Clerk’s Office\n"
        "\n"
        "1.  Apologies\n"
    )
    assert [(role, name, capacity) for role, name, capacity, _ in found] == [
        (IN_ATTENDANCE, "Chief Superintendent A Reid", None),
        (IN_ATTENDANCE, "Mrs B Moss", "Clerk’s Office"),
    ]


def test_an_office_before_its_holder_in_a_bracket() -> None:
    assert _entries("The Worshipful the Mayor (Cllr Ann Reid), Cllr Ben Moss, Cllr Cy Lowe") == [
        ("Cllr Ann Reid", "The Worshipful the Mayor"),
        ("Cllr Ben Moss", None),
        ("Cllr Cy Lowe", None),
    ]
    # an office before a titled name with no bracket still heads it
    assert _entries("The Chairman, Cllr Ann Reid, Cllr Ben Moss")[0] == (
        "Cllr Ann Reid",
        "The Chairman",
    )


def test_a_count_of_the_public_after_a_name_is_no_sentence() -> None:
    assert not is_heading_or_sentence("A Reid (Independent Member), four members of the public.")
    assert is_heading_or_sentence("The report was noted by members of the public.")


def test_a_one_letter_code_closes_a_run_of_officers() -> None:
    assert body_bracket("R")
    found = attendance_of(
        "Minutes of the Council held at Wyke on 3 May 2007\n"
        "\n"
        "Officers:\n"
        "A Reid (CE); B Moss, C Lowe, D Pym (R).\n"
        "\n"
        "1.  Apologies\n"
    )
    assert [(name, capacity) for _, name, capacity, _ in found] == [
        ("A Reid", "CE"),
        ("B Moss", "R"),
        ("C Lowe", "R"),
        ("D Pym", "R"),
    ]


def test_a_stray_bracket_between_commas_is_nobody() -> None:
    assert _entries("Cllr A Reid (Wyke Council), ), Cllr B Moss (Fenby Council)") == [
        ("Cllr A Reid", "Wyke Council"),
        ("Cllr B Moss", "Fenby Council"),
    ]
