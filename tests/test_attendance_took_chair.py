"""The chair named in a sentence saying who took the chair, on a page that lists nobody."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole
from minutebook.parsing.attendance_took_chair import took_the_chair


def test_a_name_that_took_the_chair() -> None:
    assert took_the_chair("Councillor Ann Reid took the Chair.") == ("Councillor Ann Reid", None)
    assert took_the_chair("Ben Moss took the Chair for items 1 - 3.") == ("Ben Moss", None)
    assert took_the_chair("In the absence of the Chairman, Cllr C Lowe took the Chair.") == (
        "Cllr C Lowe",
        None,
    )


def test_a_resolution_appointing_someone_to_chair_this_meeting() -> None:
    assert took_the_chair(
        "RESOLVED that in the absence of the Chair and Vice-Chair that Cllr Dan Hale be "
        "appointed to chair this meeting."
    ) == ("Cllr Dan Hale", None)
    assert took_the_chair("RESOLVED that Cllr Dan Hale be appointed Chair for the year.") is None


def test_an_office_and_its_holder_chosen_to_chair() -> None:
    assert took_the_chair(
        "The Deputy Mayor (Councillor Carl Lowe) was elected to chair the meeting."
    ) == ("Councillor Carl Lowe", "The Deputy Mayor")


def test_an_office_alone_or_an_election_for_the_year_names_nobody() -> None:
    assert took_the_chair("The Vice-Chairman took the Chair.") is None
    assert took_the_chair("Councillor Ann Reid was elected Chair for the ensuing year.") is None
    assert took_the_chair("The Chair welcomed everyone to the meeting.") is None
    assert took_the_chair("Councillor Ann Reid took the Chair. " + "x" * 300) is None


PAGE = """Audit Committee

Minutes of the meeting held on Tuesday 5 March 2024 at 2.00 pm

1 Apologies

Councillor Ann Reid took the Chair.

Apologies were received from Cllr Ben Moss.
"""


def test_the_sentence_records_the_chair_when_no_list_does() -> None:
    assert attendance_of(PAGE) == [
        (AttendanceRole.PRESENT, "Councillor Ann Reid", None, 7),
        (AttendanceRole.APOLOGIES, "Cllr Ben Moss", None, 9),
    ]


def test_a_listed_chair_is_not_added_again() -> None:
    listed = PAGE.replace(
        "1 Apologies", "Present: Cllr Ann Reid (Chair), Cllr Carl Lowe\n\n1 Apologies"
    )
    found = attendance_of(listed)
    assert [name for role, name, _, _ in found if role is AttendanceRole.PRESENT] == [
        "Cllr Ann Reid",
        "Cllr Carl Lowe",
    ]
