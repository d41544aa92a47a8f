"""Year-numbered minutes titled in their agenda item's wording, closed by a stop (invented)."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.parsing.minute_headings import minute_headings
from minutebook.parsing.minute_stopped_wording import stopped_agenda_wording

MINUTES = """\
Minutes of the Meeting of Thornbury Vale Parish Council held in the Chapel Room

Present: Cllr A Penrose (Chair), Cllr D Yelland, Cllr M Tregear

4/21 To receive and accept APOLOGIES FOR ABSENCE
Cllr Jory sent apologies.

5/21 To receive a report on the Playing Field Survey.
Cllr Yelland reported that the survey had closed with 41 replies.

6/21 To consider the quotation for hedge cutting.
The quotation of £240 was accepted.

7/21 The Clerk read the letter from the Highways Office.
"""


def test_stopped_agenda_wording_heads_its_minute() -> None:
    headings = minute_headings(lines_of(MINUTES))
    assert [(h.number, h.title) for h in headings] == [
        ("4/21", "To receive and accept APOLOGIES FOR ABSENCE"),
        ("5/21", "To receive a report on the Playing Field Survey."),
        ("6/21", "To consider the quotation for hedge cutting."),
    ]


def test_only_agenda_wording_closed_by_one_stop() -> None:
    assert stopped_agenda_wording("To receive a report on the Playing Field Survey.")
    assert stopped_agenda_wording("To approve the minutes of the meeting held on 3 May.")
    assert not stopped_agenda_wording("To receive a report on the Playing Field Survey")
    assert not stopped_agenda_wording("To note. The Clerk will write to the owner.")
    assert not stopped_agenda_wording("The Clerk read the letter from the Highways Office.")
    assert not stopped_agenda_wording("To be continued..")


def test_long_stopped_wording_after_a_bare_number_heads_its_minute() -> None:
    """Past the words a title holds, the agenda's wording closed by its stop is still the
    title; with a record run in after a dash it is not this rule's."""
    text = (
        "1. Welcome and Apologies\n"
        "\n"
        "1.1 Apologies were received from Councillor Lomax.\n"
        "\n"
        "2. To note any items which the Chair has agreed to add to the agenda on the grounds "
        "of urgency.\n"
        "\n"
        "2.1 There were none.\n"
    )
    headings = minute_headings(lines_of(text))
    assert [h.number for h in headings] == ["1", "2"]
    assert headings[1].title.startswith("To note any items which the Chair")
