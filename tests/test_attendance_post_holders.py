"""A present list printed post first ("Chairman – A.B Reid (Ann)"), and the familiar
forenames a parish brackets after its members' initials."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_post_holders import (
    familiar_name,
    familiar_names,
    post_holders_first,
)
from minutebook.parsing.names import split_name_list

PRESENT = AttendanceRole.PRESENT

LIST = """Minutes of the meeting of Wyke Parish Council held on Monday 4th March 2024.
4411. Present:
Chairman – A.B Reid (Ann), Vice Chairman – B. Moss (Ben)
Parish Councillors – E Hart (Eve), F. Dunn (Fay), G Lowe (Tony) H Pym (Liz)
County Councillor for Fenby Rural – D Pym (Dan)
4412. Apologies for Absence – none.
"""


def test_a_present_list_printed_post_first() -> None:
    found = [(role, name, capacity) for role, name, capacity, _ in attendance_of(LIST)]
    assert found == [
        (PRESENT, "A.B Reid", "Chairman"),
        (PRESENT, "B. Moss", "Vice Chairman"),
        (PRESENT, "E Hart", None),
        (PRESENT, "F. Dunn", None),
        (PRESENT, "G Lowe", None),
        (PRESENT, "H Pym", None),
        (PRESENT, "D Pym", "County Councillor for Fenby Rural"),
    ]


def test_a_line_of_posts_and_holders_is_rewritten_holder_first() -> None:
    assert post_holders_first("Chairman – A Reid (Ann), Clerk – Mrs B Moss") == (
        "A Reid (Chairman), Mrs B Moss (Clerk)"
    )
    # a bracket that is no familiar name stays beside the post
    assert (
        post_holders_first("Vice Chairman – C Lowe (Hilltop)") == "C Lowe (Vice Chairman, Hilltop)"
    )
    # a pair whose left side holds no post, or a line of names: as printed
    assert post_holders_first("Planning – A Reid") == "Planning – A Reid"
    assert post_holders_first("Cllr A Reid, Cllr B Moss") == "Cllr A Reid, Cllr B Moss"
    assert post_holders_first("Chairman – A Reid, Cllr B Moss") == "Chairman – A Reid, Cllr B Moss"


def test_a_familiar_forename_starts_with_the_initial() -> None:
    assert familiar_name("T Bond", "Terry")
    assert familiar_name("Mr J. Ferguson", "Jim")
    assert not familiar_name("C Reid", "Chair")  # an office
    assert not familiar_name("Ann Reid", "Alton")  # a forename printed: a ward
    assert not familiar_name("T Bond", "Labour")


def test_a_list_of_wards_keeps_its_brackets() -> None:
    wards = split_name_list("Cllr A Reid (Hilltop), Cllr B Moss (Bilsington), Cllr C Lowe (Fenby)")
    assert [e.capacity for e in familiar_names(wards)] == ["Hilltop", "Bilsington", "Fenby"]
    names = split_name_list("T Bond (Terry), J Lowe (Jim), A Pym (Tony)")
    assert [e.capacity for e in familiar_names(names)] == [None, None, None]
