"""Minutes that lost every label and formula are still told by their account in the past
tense (zoo: minutes-moderngov-web-narrative-record-noted-title); an agenda quoting an
earlier record in a line or two is not."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.content_kind import kind_by_content, page_kind
from minutebook.parsing.narrative_records import narrative_lines


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


ACCOUNT = (
    "Welcome\n\nThe Chairman welcomed everyone to the meeting.\n\n"
    "Apologies\n\nIt was noted that an apology had been received from Councillor Reed.\n\n"
    "Election of Vice-Chairman\n\nNominations were sought for Vice-Chairman.\n\n"
    "2.1 Cllr. J. Orme declared an interest as a governor.\n\n"
    "To confirm the Minutes of the meeting held on 3 March 2022.\n"
)

AGENDA = (
    "AGENDA\n\n1. Apologies\nTo receive apologies for absence.\n\n"
    "2. Minutes\nTo confirm the minutes of the meeting held on 3 March.\n\n"
    "3. Budget\nThe budget was approved by the Council in February.\n"
    "To consider the report of the Treasurer.\n"
)


def test_lines_of_account_are_counted_after_a_paragraphs_number() -> None:
    assert narrative_lines(_lines(ACCOUNT)) == 4
    assert narrative_lines(_lines("To receive the report.\nThe Panel to note it.\n")) == 0


def test_an_account_with_no_labels_is_a_record() -> None:
    assert kind_by_content(_lines(ACCOUNT)) is DocumentKind.MINUTES
    assert page_kind(_lines(ACCOUNT)) is DocumentKind.MINUTES


def test_an_agenda_quoting_one_line_of_history_stays_an_agenda() -> None:
    assert narrative_lines(_lines(AGENDA)) == 1
    assert kind_by_content(_lines(AGENDA)) is DocumentKind.AGENDA
