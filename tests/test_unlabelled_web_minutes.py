"""Committee-system minutes that lost their labels: plain titles with the agenda's full
stop, an "Apologies" title after the welcome's prose, a resolution whose "RESOLVED" was
dropped, and an item's long agenda wording over its "Minutes:" label."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.model import Line
from minutebook.parsing.bare_clauses import bare_clause
from minutebook.parsing.minute_headings import minute_headings


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(h.number, h.title) for h in minute_headings(lines_of(text))]


STOPPED = (
    "No. Item\n\n\n\nMinutes.\n\n\nThe minutes of the meeting held on 3 May were taken as "
    "read, confirmed and signed.\n\n\n\nUrgent Items.\n\n\nThere were no urgent items.\n\n\n\n"
    "Public Question Time.\n\n\nNo public questions had been received.\n"
)


def test_a_web_pages_titles_keep_the_agendas_full_stop() -> None:
    assert _titles(STOPPED) == [
        (None, "Minutes"),
        (None, "Urgent Items"),
        (None, "Public Question Time"),
    ]


WELCOME_FIRST = (
    "Welcome and Introductions:\n\n\nThe Chairman welcomed everyone to the meeting and "
    "thanked the outgoing members of the panel for their years of service to it.\n\n\n\n"
    "Apologies for Absence:\n\n\nAn apology for absence was received from Cllr A Reid.\n\n\n"
    "Election of Chairman\n\n\nIt was proposed and seconded that Cllr B Moss be elected.\n\n\n"
    "Upon being put to the vote, it was\n\n\nThat Cllr B Moss be elected Chairman.\n\n\n\n"
    "To confirm the Minutes of the Meeting held on 4 May 2022.\n\n"
    "The Minutes were confirmed and signed as a correct record.\n\n\nThe Ass"
)


def test_apologies_after_the_welcomes_prose_head_a_minute() -> None:
    """The welcome's paragraph shows the minutes began above "Apologies for Absence":
    it heads a minute, opens no attendance block; the title cut at the end is dropped."""
    assert _titles(WELCOME_FIRST) == [
        (None, "Welcome and Introductions"),
        (None, "Apologies for Absence"),
        (None, "Election of Chairman"),
        (None, "To confirm the Minutes of the Meeting held on 4 May 2022"),
    ]


def test_agenda_wording_under_a_title_is_its_text_not_a_title() -> None:
    text = (
        "No. Item\n\n\nElection of Chair\n\nTo elect a Chair for the year.\n\n\n"
        "RESOLVED that Cllr A Reid be elected Chair.\n\n\nMinutes\n\n\n"
        "RESOLVED that the minutes be signed.\n\n\nReview of Standing Orders\n\n"
        "Report of the Clerk (HFA/25/9) attached.\n\n\nThe Authority considered the report.\n"
    )
    assert _titles(text) == [
        (None, "Election of Chair"),
        (None, "Minutes"),
        (None, "Review of Standing Orders"),
    ]


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def test_a_clause_whose_formula_was_lost_is_the_decision() -> None:
    body = _lines("Upon being put to the vote, it was", "", "That Cllr B Moss be elected Chairman.")
    assert bare_clause(body) == ("That Cllr B Moss be elected Chairman.", 3)
    assert bare_clause(_lines("Recommendation:", "That the report be noted.")) is None
    assert bare_clause(_lines("That apologies be received from Cllr A Reid.")) is None
    assert bare_clause(_lines("That is what the officer had said.")) is None


def test_a_motion_recorded_as_lost_is_no_decision() -> None:
    body = _lines(
        "Proposer : Councillor Reid",
        "That Councillor Moss be appointed as Leader.",
        "",
        "LOST",
        "Proposer : Councillor Lowe",
        "That Councillor Pym be appointed as Leader.",
        "CARRIED",
    )
    assert bare_clause(body) == ("That Councillor Pym be appointed as Leader.", 6)
    assert bare_clause(_lines("That the item be deferred.", "The motion fell.")) is None


def test_a_long_agenda_wording_over_its_minutes_label_is_the_title() -> None:
    text = (
        "No. Item\n\n41.\n\nSubstitutions\n\nMinutes:\n\nThere were none.\n\n42.\n\n"
        "To take the minutes of the meeting held on 3 May as a correct record and authorise "
        "the chair to sign. pdf icon PDF 75 KB\n\nMinutes:\n\n"
        "Resolved - That the minutes be taken as read.\n"
    )
    assert _titles(text)[-1] == (
        "42",
        "To take the minutes of the meeting held on 3 May as a correct record and "
        "authorise the chair to sign",
    )


UNDASHED = (
    "PRESENT: Councillor A Reid (Chair)\n\n"
    "1 APOLOGIES Apologies for absence were submitted and noted as shown above.\n\n"
    "2 DECLARATION OF INTEREST No declarations of interest were received.\n\n"
    "3 MINUTES The minutes of the previous meeting held on 3 May were confirmed.\n\n"
    "4 URGENT BUSINESS AGREED BY THE CHAIR\n\nNone.\n"
)


def test_a_bare_number_and_capitals_run_into_the_text_without_a_dash() -> None:
    """ "1 APOLOGIES Apologies for ...": the title in capitals ends where the sentence
    starts; capitals running on ("... AGREED BY THE CHAIR") are all title."""
    assert _titles(UNDASHED) == [
        ("1", "APOLOGIES"),
        ("2", "DECLARATION OF INTEREST"),
        ("3", "MINUTES"),
        ("4", "URGENT BUSINESS AGREED BY THE CHAIR"),
    ]


def test_a_long_title_over_its_pages_documents_field_is_the_title() -> None:
    text = (
        "No. Item\n\n3.\n\nDeclarations of Interest\n\nMinutes:\n\nNone.\n\n4.\n\n"
        "Items requested by Members in accordance with Procedure Rules 8.5(b) and (e), "
        "if any\n\nAdditional documents:\n\n5.\n\nForward Plan\n\nMinutes:\n\nNoted.\n"
    )
    assert [n for n, _ in _titles(text)] == ["3", "4", "5"]


def test_a_lower_case_clause_opening_a_paragraph_followed_a_lost_label() -> None:
    body = _lines(
        "", "", "that the minutes of the meeting held on 4 May be signed as a true record."
    )
    assert bare_clause(body) == (
        "that the minutes of the meeting held on 4 May be signed as a true record.",
        3,
    )
    assert bare_clause(_lines("that the order of business be as printed.")) == (
        "that the order of business be as printed.",
        1,
    )
    wrapped = _lines("The officer confirmed to members", "that the scheme be extended next year.")
    assert bare_clause(wrapped) is None


def test_a_web_pages_minutes_label_is_no_proposal_lead_in() -> None:
    body = _lines("Minutes:", "", "that the order of business be as printed.")
    assert bare_clause(body) == ("that the order of business be as printed.", 3)


def test_a_clause_in_capitals_whose_formula_was_lost_is_the_decision() -> None:
    """ "THAT" in capitals opens the clause as the resolution printed it, its "RESOLVED"
    lost in a column of its own."""
    body = _lines("", "THAT the minutes of the meeting held on 28 May be signed as correct.")
    assert bare_clause(body) == (
        "THAT the minutes of the meeting held on 28 May be signed as correct.",
        2,
    )
    assert bare_clause(_lines("THAT is the figure the officer gave.")) is None


LABELLED_UNDER_AGENDA_TEXT = (
    "No. Item\n\n\nApologies for Absence\n\nTo receive apologies for absence.\n\nMinutes:\n\n"
    "Councillor A Reid sent her apologies.\n\n\nDeclarations of Interest\n\n"
    "To receive any declarations.\n\nMinutes:\n\nNone were made.\n\n\n"
    "Budget Monitoring\n\nMinutes:\n\nThe Committee noted the report.\n"
)


def test_the_minutes_label_under_an_items_agenda_text_heads_nothing() -> None:
    assert _titles(LABELLED_UNDER_AGENDA_TEXT) == [
        (None, "Apologies for Absence"),
        (None, "Declarations of Interest"),
        (None, "Budget Monitoring"),
    ]
