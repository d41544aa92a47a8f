"""A board's members listed by kind, the kind after its names: "A Reid Esq., B Moss Esq.,
Elected Members."."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_group_tails import ends_with_group, group_tails_first

PRESENT = AttendanceRole.PRESENT
APOLOGIES = AttendanceRole.APOLOGIES

BOARD = """FENBY LEVELS INTERNAL DRAINAGE BOARD

A meeting of the Board was held at Wyke Village Hall, on Wednesday 4th June 2014 at 2.00 pm.

PRESENT

A Reid Esq., B Moss Esq., C. Lowe Esq., Elected Members.
Cllr D Pym, Cllr E Hart, F Dunn Esq., Appointed Members.
G. Wyke Esq., Clerk to the Board

101. APOLOGIES FOR ABSENCE

Apologies were received from H Fenn Esq., Elected Members, and Cllr J Hexton, Appointed Members.

102. MINUTES OF PREVIOUS MEETING

The minutes were accepted as a correct record and signed by the Chairman.
"""


def test_each_kind_after_its_names_is_their_capacity() -> None:
    found = [(role, name, capacity) for role, name, capacity, _ in attendance_of(BOARD)]
    assert found[:7] == [
        (PRESENT, "A Reid Esq.", "Elected Members"),
        (PRESENT, "B Moss Esq.", "Elected Members"),
        (PRESENT, "C. Lowe Esq.", "Elected Members"),
        (PRESENT, "Cllr D Pym", "Appointed Members"),
        (PRESENT, "Cllr E Hart", "Appointed Members"),
        (PRESENT, "F Dunn Esq.", "Appointed Members"),
        (PRESENT, "G. Wyke Esq.", "Clerk to the Board"),
    ]
    assert (APOLOGIES, "H Fenn Esq.", "Elected Members") in found
    assert (APOLOGIES, "Cllr J Hexton", "Appointed Members") in found
    assert not [name for _, name, _ in found if "Members" in name]


def test_a_line_is_rewritten_only_when_its_runs_hold_names() -> None:
    assert group_tails_first("A Reid, B Moss and C Lowe, Co-opted Members.") == (
        "A Reid (Co-opted Members), B Moss (Co-opted Members), C Lowe (Co-opted Members)"
    )
    sentence = "The report was welcomed by all the Board, Elected Members."
    assert group_tails_first(sentence) == sentence
    assert group_tails_first("Cllr A Reid, Cllr B Moss") == "Cllr A Reid, Cllr B Moss"


def test_a_stop_after_a_kind_closes_the_group_not_the_list() -> None:
    assert ends_with_group("A Reid Esq., B Moss Esq., Elected Members.")
    assert not ends_with_group("A Reid, Clerk; B Moss, Treasurer.")


def test_a_post_of_one_member_is_no_kind() -> None:
    text = "Councillor D Reid, Cabinet Member for Adult Care"
    assert group_tails_first(text) == text


def test_officers_posts_naming_whom_they_serve_keep_a_run_on_list_a_list() -> None:
    """The groups run on with three officers after them ("..., Clerk to the Board, Mrs F
    Dunn, Finance Officer and R Monje Esq., Assistant Clerk to the Board."): the small
    words of "Clerk to the Board" are the posts', not a sentence's, so every name is read."""
    line = (
        "A Reid Esq., B Moss Esq., Elected Members. Cllr C Lowe, Cllr D Pym, Appointed "
        "Members. N Hart Esq., Clerk to the Board, Mrs F Dunn, Finance Officer and R Monje "
        "Esq., Assistant Clerk to the Board."
    )
    text = BOARD.replace(
        "A Reid Esq., B Moss Esq., C. Lowe Esq., Elected Members.\n"
        "Cllr D Pym, Cllr E Hart, F Dunn Esq., Appointed Members.\n"
        "G. Wyke Esq., Clerk to the Board\n",
        line + "\n",
    )
    present = [(name, capacity) for role, name, capacity, _ in attendance_of(text)][:7]
    assert present == [
        ("A Reid Esq.", "Elected Members"),
        ("B Moss Esq.", "Elected Members"),
        ("Cllr C Lowe", "Appointed Members"),
        ("Cllr D Pym", "Appointed Members"),
        ("N Hart Esq.", "Clerk to the Board"),
        ("Mrs F Dunn", "Finance Officer"),
        ("R Monje Esq.", "Assistant Clerk to the Board"),
    ]


def test_a_comma_before_the_last_and_still_parts_the_runs_names() -> None:
    """ "Apologies were received from C Apps Esq., and B Wrout Esq., Elected Members.":
    the kind is both names' capacity, never a name of its own."""
    text = BOARD.replace(
        "Apologies were received from H Fenn Esq., Elected Members, and Cllr J Hexton, "
        "Appointed Members.",
        "Apologies were received from C Apps Esq., and B Wrout Esq., Elected Members.",
    )
    apologies = [(n, c) for role, n, c, _ in attendance_of(text) if role is APOLOGIES]
    assert apologies == [("C Apps Esq.", "Elected Members"), ("B Wrout Esq.", "Elected Members")]
