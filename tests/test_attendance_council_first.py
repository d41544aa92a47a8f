"""A "Council | Member" attendance table flattened onto one run of text, and officers'
runs closed by one body's bracket (invented examples)."""

from __future__ import annotations

from minutebook.model import AttendanceRole, Line
from minutebook.parsing.attendance import (
    is_heading_or_sentence,
    name_broken_in_list,
    opens_attendance,
)
from minutebook.parsing.attendance_council_first import council_first_label, council_first_table
from minutebook.parsing.attendance_group_brackets import (
    body_bracket,
    shared_bodies,
    shared_plural_posts,
    without_group_notes,
)
from minutebook.parsing.attendance_guests import staff_line
from minutebook.parsing.attendance_inline_labels import cut_inline_labels
from minutebook.parsing.attendance_member_kinds import member_kind_group, members_group
from minutebook.parsing.attendance_post_lists import name_post_list
from minutebook.parsing.attendance_reported import attended_under_rules
from minutebook.parsing.attendance_trailing import trailing_role
from minutebook.parsing.names import elected_mayor, split_name_list

TABLE = (
    "Board Chair Cllr Ann Reid Eastwold Cllr Ben Moss (Substitute) Eastwold Cllr C. Dee Lowe "
    "Northdown Cllr Dan Pym Northdown Eve Hale Northdown Cllr Fay Rowe Westmarsh and Sands "
    "Cllr Gus Tate (Remote) Westmarsh and Sands Cllr J"
)


def test_each_member_sits_for_the_column_before_them() -> None:
    members = council_first_table(TABLE)
    assert members is not None
    assert [(m.entry.as_written, m.entry.capacity, m.substitute) for m in members] == [
        ("Cllr Ann Reid", "Board Chair", False),
        ("Cllr Ben Moss", "Eastwold", True),
        ("Cllr C. Dee Lowe", "Eastwold", False),
        ("Cllr Dan Pym", "Northdown", False),
        ("Eve Hale", "Northdown", False),  # untitled: the council on both sides
        ("Cllr Fay Rowe", "Northdown", False),
        ("Cllr Gus Tate", "Westmarsh and Sands", False),
    ]


def test_a_council_word_before_a_title_stays_in_the_column() -> None:
    members = council_first_table(
        "Eastwold District Cllr Ann Reid Eastwold District Cllr Ben Moss "
        "Northdown Cllr Cy Lowe Northdown Cllr Dan Pym"
    )
    assert members is not None
    assert [(m.entry.as_written, m.entry.capacity) for m in members][:2] == [
        ("Cllr Ann Reid", "Eastwold District"),
        ("Cllr Ben Moss", "Eastwold District"),
    ]


def test_lists_and_sentences_are_not_such_tables() -> None:
    assert council_first_table("Cllr Ann Reid, Cllr Ben Moss, Cllr Cy Lowe, Cllr Dan Pym") is None
    assert council_first_table("Cllr Ann Reid Cllr Ben Moss Cllr Cy Lowe Cllr Dan Pym") is None
    # every column printed once, and a list's commas: names, no table sorted by council
    assert (
        council_first_table(
            "Eastwold Cllr Ann Reid, Northdown Cllr Ben Moss; Sands Cllr Cy Lowe Fen Cllr Dan Pym"
        )
        is None
    )
    assert (
        council_first_table("Chair Cllr Ann Reid said that the report was noted by Cllr Ben Moss")
        is None
    )


def test_a_label_without_its_colon_opens_the_table() -> None:
    assert council_first_label(f"Present {TABLE}") == ("Present", TABLE)
    assert council_first_label("Present Cllr Ann Reid and Cllr Ben Moss") is None


def test_one_body_bracket_closes_a_run_of_officers() -> None:
    entries = shared_bodies(
        split_name_list(
            "Ann Reid, Ben Moss, Cy Lowe (Northdown Council), Dan Pym (Clerk), Eve Hale"
        )
    )
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Ann Reid", "Northdown Council"),
        ("Ben Moss", "Northdown Council"),
        ("Cy Lowe", "Northdown Council"),
        ("Dan Pym", "Clerk"),
        ("Eve Hale", None),
    ]


def test_a_councillor_or_a_post_takes_no_shared_body() -> None:
    entries = shared_bodies(split_name_list("Cllr Ann Reid, Ben Moss (Commissioner's Office)"))
    assert (entries[0].as_written, entries[0].capacity) == ("Cllr Ann Reid", None)
    assert body_bracket("OPCC") and body_bracket("Office of the Police and Crime Commissioner")
    assert body_bracket("Fenshire Police") and body_bracket("Democratic Services")
    assert not body_bracket("Head of Finance") and not body_bracket("Chair")
    assert not body_bracket("Leader of Northdown Council")


def test_an_elected_mayor_is_a_person_not_a_post() -> None:
    assert elected_mayor("Mayor Ann Reid") and not elected_mayor("Mayor of Westbury")
    entries = split_name_list("Cllr Ben Moss, Mayor Ann Reid and Cllr Cy Lowe")
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("Cllr Ben Moss", None),
        ("Mayor Ann Reid", None),
        ("Cllr Cy Lowe", None),
    ]


def test_a_plural_post_after_two_names_joined_by_and_is_both() -> None:
    text = "A. Reid (Leader) B. Moss and C. Lowe (Deputy Leaders) D. Pym, E. Hale"
    entries = shared_plural_posts(split_name_list(text), text)
    assert [(e.as_written, e.capacity) for e in entries] == [
        ("A. Reid", "Leader"),
        ("B. Moss", "Deputy Leaders"),
        ("C. Lowe", "Deputy Leaders"),
        ("D. Pym", None),
        ("E. Hale", None),
    ]
    # a singular post is the last name's only
    text = "B. Moss and C. Lowe (Deputy Leader)"
    assert shared_plural_posts(split_name_list(text), text)[0].capacity is None


def test_a_kind_of_member_of_a_committee_is_each_ones_seat() -> None:
    assert member_kind_group("Independent Member of Standards Committee", "Mr A Reid and Ms B Moss")
    assert member_kind_group("Community Co-opted Member", "Carol Lowe.")
    assert not member_kind_group("Members of the public", "asked about the report")


def test_a_name_broken_after_a_bracket_joins_across_the_line_end() -> None:
    assert name_broken_in_list("Ann Reid (Head of Finance) Diane", "Pym (Treasurer).")
    assert not name_broken_in_list("Ann Reid (Head of Finance) Councillor", "Pym (Treasurer).")


def test_a_members_group_under_officers_is_not_read_as_officers() -> None:
    assert members_group("Councillors") and members_group("Community Co-opted members")
    assert not members_group("Officers from the Council") and not members_group("Wyke Police")


def test_untitled_names_closed_by_a_council_are_its_staff() -> None:
    assert staff_line("Ann Reid, Ben Moss and Cy Lowe (Wyke Borough Council).")
    assert not staff_line("Cllr Ann Reid, Cllr Ben Moss (Wyke Borough Council).")
    assert not staff_line("Ann Reid, Ben Moss (Head of Finance).")
    assert not staff_line("Ann Reid (Wyke Borough Council).")


def test_a_councillor_attending_under_the_rules_is_also_present() -> None:
    said = "Councillor Reid attended the meeting in accordance with Procedure Rule 4.12 (b)."
    assert attended_under_rules(said) == "Councillor Reid"
    assert attended_under_rules("Councillors Reid and Moss attended under Standing Order 21.")
    assert attended_under_rules("Councillor Reid attended the opening of the new depot.") is None


def test_councillors_in_attendance_with_the_public_counted_are_also_present() -> None:
    said = "County Cllr A Reid and three members of the public were in attendance."
    assert trailing_role(said) == ("County Cllr A Reid", AttendanceRole.ALSO_PRESENT)
    assert trailing_role("Mrs B Moss was in attendance.") == (
        "Mrs B Moss",
        AttendanceRole.IN_ATTENDANCE,
    )


def test_lists_run_together_are_cut_before_each_label() -> None:
    line = Line(4, "Present Cllr A Reid, Cllr B Moss In attendance C Lowe (Clerk) APOLOGIES: D Pym")
    assert [piece.text for piece in cut_inline_labels([line], opens_attendance)] == [
        "Present: Cllr A Reid, Cllr B Moss",
        "In attendance: C Lowe (Clerk)",
        "APOLOGIES: D Pym",
    ]
    # the labels' words in running text, or a line opening with no label, are left
    kept = [Line(5, "Present: Cllr A Reid, and the officers present were thanked")]
    assert cut_inline_labels(kept, opens_attendance) == kept
    plain = [Line(6, "The Chair said Apologies Cllr B Moss were noted")]
    assert cut_inline_labels(plain, opens_attendance) == plain


def test_an_untitled_row_after_a_column_read_before() -> None:
    members = council_first_table(
        "Eastwold Cllr Ann Reid Eastwold Cllr Ben Moss Northdown Cllr Cy Lowe Northdown Dan Pym "
        "Westmarsh Cllr Eve Hale"
    )
    assert members is not None
    assert [(m.entry.as_written, m.entry.capacity) for m in members][-2:] == [
        ("Dan Pym", "Northdown"),
        ("Cllr Eve Hale", "Westmarsh"),
    ]


def test_other_labels_open_the_table_too() -> None:
    table = (
        "Eastwold Cllr Ann Reid Eastwold Cllr Ben Moss Northdown Cllr Cy Lowe "
        "Northdown Cllr Dan Pym"
    )
    assert council_first_label(f"MEMBERS PRESENT {table}") == ("MEMBERS PRESENT", table)
    assert council_first_label(f"Sederunt: {table}") == ("Sederunt", table)


def test_officers_by_name_and_post_are_a_list_not_a_sentence() -> None:
    listed = (
        "A Reid, Director of Finance & Resources; B Moss, Head of Policy and Commissioning"
        " and C Lowe, Strategic Procurement Manager (all Chief Executive's)."
    )
    assert name_post_list(listed) and not is_heading_or_sentence(listed)
    said = "A Reid, Director of Finance, reported that the accounts were closed; B Moss agreed."
    assert not name_post_list(said)
    assert not name_post_list("A Reid, Director of Finance and Resources")  # no semicolons


def test_a_group_department_note_is_no_part_of_the_post() -> None:
    entries = without_group_notes(
        split_name_list("B Moss, Head of Policy and C Lowe, Procurement Manager (both Resources)")
    )
    assert [(e.as_written, e.capacity, e.organisation) for e in entries][-1] == (
        "C Lowe",
        "Procurement Manager",
        "Resources",
    )


def test_boroughs_in_capitals_each_once_with_a_footnote_after_the_table() -> None:
    text = (
        "ASHBY Cllr Ann Reid BRAMLEY Cllr M. A. Moss CASTLEFORD Mayor Sir /Cllr Cy Lowe*"
        " DENHOLM Cllr Lord Pym EASTWOLD Cllr Eve Hale FENBY - * Cllr Lowe substituted for"
        " Mayor Sir Dan Wolf."
    )
    members = council_first_table(text)
    assert members is not None
    assert [(m.entry.as_written, m.entry.capacity) for m in members] == [
        ("Cllr Ann Reid", "ASHBY"),
        ("Cllr M. A. Moss", "BRAMLEY"),
        ("Cllr Cy Lowe", "CASTLEFORD"),
        ("Cllr Lord Pym", "DENHOLM"),
        ("Cllr Eve Hale", "EASTWOLD"),
    ]
