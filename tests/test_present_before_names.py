"""A "Present" label printed without its colon, the first member run on after it, is a
record's evidence of who attended; "Present" in a sentence is not."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.content_kind import kind_by_content, record_evidence
from minutebook.parsing.present_before_names import present_before_names
from minutebook.parsing.splitting import split


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


RECORD = (
    "held in the Guildhall, Fenby on Monday 3rd March 2014 at 7.30pm\n"
    "Present Cllr R Amos, Mayor of Fenby\n"
    "Cllr Mrs T Bale\n"
    "Cllr D Corr\n"
    "In Attendance Mrs P Dale Town Clerk\n"
    "Apologies None\n"
    "12. To elect a Chairman\n"
    "Cllr D Corr was elected unopposed.\n"
    "13. Minutes of the Previous Meeting\n"
    "The minutes of the meeting held on 3rd February 2014 were signed as a true record.\n"
    "14. To receive the Clerk's report\n"
    "The report was noted.\n"
)


def test_present_run_on_into_a_members_title() -> None:
    assert present_before_names("Present Cllr R Amos, Mayor of Fenby")
    assert present_before_names("Present Cllrs. K. Ross (chairman), L. Pym")
    assert present_before_names("Present   Councillor J Holt")
    assert present_before_names("Present CHAIRMAN: COUNCILLOR E. LANE")
    assert present_before_names("PRESENT Mrs A Vale")


def test_present_in_a_sentence_stays_unread() -> None:
    assert not present_before_names("Present at the meeting were the clerk and two residents")
    assert not present_before_names("Present arrangements for the hall will continue")
    assert not present_before_names("Presentation by Cllr A Ross")
    assert not present_before_names("To receive apologies. Present Cllr A Ross")


def test_a_record_with_the_run_on_label_is_minutes() -> None:
    lines = _lines(RECORD)
    assert "attendance" in record_evidence(lines)
    assert kind_by_content(lines) is DocumentKind.MINUTES
    assert [part.kind for part in split(lines)] == [DocumentKind.MINUTES]


def test_an_agenda_without_the_label_stays_an_agenda() -> None:
    agenda = (
        "Meeting of Fenby Town Council on Monday 3rd March 2014 at 7.30pm\n"
        "1. To receive apologies for absence\n"
        "2. To receive declarations of interest\n"
        "3. To approve the minutes of the meeting held on 3rd February 2014\n"
    )
    assert kind_by_content(_lines(agenda)) is DocumentKind.AGENDA
