"""A vote told by its mover and seconder ("SECONDED by Cllr X") is a record's evidence:
with who attended it makes a paper of unknown opening minutes; alone, or under an
agenda's motion on notice, it makes no record."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.content_kind import kind_by_content
from minutebook.parsing.record_phrases import declared_own_interest, meeting_timed, seconded_vote
from minutebook.parsing.splitting import split


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


PARISH = (
    "THE YEARLY GATHERING OF NETHERBY PARISH COUNCIL took place on 4 May 2021\n\n"
    "PRESENT: COUNCILLOR A BELL COUNCILLOR C DUNN COUNCILLOR E FROST\n\n"
    "1. ELECTION OF CHAIRMAN\n\n"
    "Councillor Dunn NOMINATED Councillor Bell as Chairman. SECONDED by Councillor Frost.\n\n"
    "2. PLAYING FIELD\n\n"
    "The new gate is to be fitted in June.\n"
)


def test_a_seconder_named_is_a_vote() -> None:
    assert seconded_vote("Proposed by Cllr Bell, seconded by Cllr Dunn and approved.")
    assert seconded_vote("Proposed by: Cllr Bell      Seconded by: Cllr Dunn")
    assert seconded_vote("Cllr Dunn NOMINATED Cllr Bell. SECONDED by Councillor Frost.")
    assert seconded_vote("Moved by Councillor Bell and seconded by Councillor Dunn")


def test_no_seconder_named_is_no_vote() -> None:
    assert not seconded_vote("The motion must be seconded before it is debated.")
    assert not seconded_vote("AB approved, CD seconded.")
    assert not seconded_vote("To elect a Chairman for the year")


def test_attendance_and_a_vote_make_minutes() -> None:
    assert kind_by_content(_lines(PARISH)) is DocumentKind.MINUTES
    assert [part.kind for part in split(_lines(PARISH))] == [DocumentKind.MINUTES]


def test_a_vote_without_attendance_makes_no_record() -> None:
    text = "Playing field\n\nProposed by Cllr Bell, seconded by Cllr Dunn.\n"
    assert kind_by_content(_lines(text)) is None


def test_an_agendas_motion_on_notice_stays_an_agenda() -> None:
    text = (
        "AGENDA\n\n1. To receive apologies for absence\n\n2. To consider the motion\n"
        "Proposed by Cllr Bell, seconded by Cllr Dunn: that the Council plants trees.\n"
    )
    assert kind_by_content(_lines(text)) is DocumentKind.AGENDA


def test_the_time_a_meeting_began_is_told_in_the_past() -> None:
    assert meeting_timed("The meeting commenced at 7pm")
    assert meeting_timed("Meeting commenced at 10.30 a.m.")
    assert meeting_timed("The meeting opened at 7.30pm")
    assert meeting_timed("The meeting began at 12.31pm.")
    assert not meeting_timed("The meeting will commence at 7pm")
    assert not meeting_timed("Meeting to commence at 7.30pm")


def test_the_time_begun_and_attendance_make_minutes() -> None:
    text = (
        "Netherby Parish Council\n\nPresent: Cllr Bell, Cllr Dunn, Cllr Frost\n\n"
        "The meeting commenced at 7.30pm\n\n1. Hall roof\n\nThe roof is to be repaired.\n"
    )
    assert kind_by_content(_lines(text)) is DocumentKind.MINUTES


def test_an_interest_declared_with_its_owner_is_a_declaration_made() -> None:
    assert declared_own_interest("DECLARATIONS: AB declared her interest as a club member.")
    assert declared_own_interest("The following Councillors declared their interests:")
    assert declared_own_interest("Cllr Ash declared his personal interest in item 6.")
    assert declared_own_interest("Councillor Reed declared that she is a trustee of the hall.")
    assert not declared_own_interest("Members to declare their interests in any item.")
    assert not declared_own_interest("Declarations of Interest")


def test_attendance_and_an_interest_declared_make_minutes() -> None:
    text = (
        "NETHERBY COMMUNITY COUNCIL\n\nPRESENT: CCllr Ann Bell (AB) - Chair, CCllr Carl Dunn\n\n"
        "DECLARATION OF INTEREST: AB declared her interest as she is a member of the club.\n\n"
        "HALL: The roof is to be repaired in spring.\n"
    )
    assert kind_by_content(_lines(text)) is DocumentKind.MINUTES
