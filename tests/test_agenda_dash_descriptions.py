"""An item's description run on after its title and a dash (invented agendas)."""

from __future__ import annotations

import pytest

from minutebook.model import Line
from minutebook.parsing.agenda_dash_descriptions import without_dash_description
from minutebook.parsing.agenda_items import coded_line
from minutebook.parsing.agenda_link_labels import without_link_label
from minutebook.parsing.agenda_unnumbered import bulleted_items


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("MAYOR - To elect a Mayor of the Town for the year.", "MAYOR"),
        ("Minutes – To Approve the minutes of the meeting held on 3 May", "Minutes"),
        ("Allotments — To consider the tenancy renewals", "Allotments"),
        ("Village Hall Repairs: To agree the quotation received", "Village Hall Repairs"),
        ("Date of next meeting: to be agreed", "Date of next meeting: to be agreed"),
        (
            "QUESTIONS - TO RECEIVE PETITIONS AND STATEMENTS",
            "QUESTIONS - TO RECEIVE PETITIONS AND STATEMENTS",
        ),
        (
            "Planning – to consider the applications listed",
            "Planning – to consider the applications listed",
        ),
        ("Path to Glenmoor - Tollgate Lane", "Path to Glenmoor - Tollgate Lane"),
        ("- To note the accounts", "- To note the accounts"),
        (
            "Fire evacuation procedure – The chair to inform visitors of the exits.",
            "Fire evacuation procedure",
        ),
        ("Apologies for absence - Clerk to report", "Apologies for absence"),
        ("Announcements – The Town Mayor will announce the winners", "Announcements"),
        ("Road Safety Review - report to follow", "Road Safety Review - report to follow"),
        ("CIVIC AWARDS - THE MAYOR TO PRESENT", "CIVIC AWARDS - THE MAYOR TO PRESENT"),
        ("Chairman to sign the minutes", "Chairman to sign the minutes"),
        ("Letter to the Clerk – Mr Dale", "Letter to the Clerk – Mr Dale"),
    ],
)
def test_description_after_a_dash(text: str, title: str) -> None:
    assert without_dash_description(text) == title


def test_numbered_item_keeps_its_title_alone() -> None:
    item = coded_line("3. DEPUTY MAYOR - To appoint a Deputy Mayor of the Town.")
    assert item is not None
    assert (item.code, item.title) == ("3", "DEPUTY MAYOR")


def test_link_note_after_the_title_goes_too() -> None:
    item = coded_line(
        "7. REVIEW OF POLLING PLACES Opens in a new window - To receive a report of the Clerk."
    )
    assert item is not None
    assert item.title == "REVIEW OF POLLING PLACES"
    assert without_link_label("Polling Places Opens in a new window") == "Polling Places"
    assert without_link_label("Opens in a new window") == "Opens in a new window"


def test_bulleted_items_lose_their_descriptions() -> None:
    lines = [
        Line(1, "- Apologies for absence"),
        Line(2, "- Minutes of the last meeting – To Consider the minutes of 2 June"),
        Line(3, "- Highways – To receive the report of the lengthsman"),
    ]
    found = bulleted_items(lines)
    assert found is not None
    assert [title for _, title in found] == [
        "Apologies for absence",
        "Minutes of the last meeting",
        "Highways",
    ]


def test_numbered_item_loses_the_officers_business() -> None:
    item = coded_line("7. Emergency procedure – The Chair to inform members of the exits.")
    assert item is not None
    assert (item.code, item.title) == ("7", "Emergency procedure")


def test_the_business_asked_of_members_after_a_dash_is_no_title() -> None:
    """'– Members are asked to declare ...', '- Members should ...', '– Members to ...'
    run on after a title describe the item; 'members' inside a title stays."""
    assert (
        without_dash_description(
            "Declaration of Interest in terms of the Ethics Act 2001 – Members are asked at "
            "this stage to declare any interests they may have. N/A"
        )
        == "Declaration of Interest in terms of the Ethics Act 2001"
    )
    assert (
        without_dash_description("Declarations of Interest - Members should declare any")
        == "Declarations of Interest"
    )
    assert without_dash_description("Interests – Members to declare any") == "Interests"
    assert without_dash_description("Allowances - Members Scheme 2025") == (
        "Allowances - Members Scheme 2025"
    )
    assert without_dash_description("Co-opted Members are welcomed") == (
        "Co-opted Members are welcomed"
    )
    item = coded_line(
        "2 Declarations of Interest - Members should declare any financial and non-financial "
        "interests they have in the items of business for consideration at the meeting."
    )
    assert item is not None
    assert (item.code, item.title) == ("2", "Declarations of Interest")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Declaration of Interest To receive any declarations.", "Declaration of Interest"),
        ("Minutes The Chairman shall propose that the minutes be signed.", "Minutes"),
        ("Enforcement Matters Members are asked to note the cases.", "Enforcement Matters"),
        # a title's own "to", and a title going on after "from"
        ("Response to the Consultation on Housing", "Response to the Consultation on Housing"),
        ("Questions from Members to the Leader", "Questions from Members to the Leader"),
        ("Proposals To Consider", "Proposals To Consider"),
        ("APOLOGIES TO RECEIVE", "APOLOGIES TO RECEIVE"),
        # a Welsh agenda's "Ystyried" (to consider) after the title
        ("Cynllun Mentora Ystyried argymhellion y Pwyllgor.", "Cynllun Mentora"),
        ("Cofnodion Cadarnhau cofnodion y cyfarfod.", "Cofnodion"),
        ("Adolygu Ystyried", "Adolygu Ystyried"),
    ],
)  # fmt: skip
def test_description_run_on_with_no_dash(text: str, title: str) -> None:
    assert without_dash_description(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Public Participation – In the event that questions are received, the session"
            " will last up to fifteen minutes.",
            "Public Participation",
        ),
        (
            "Election of Chairman for 2024/25 – Nominations for, and election of, the"
            " Chairman for the year.",
            "Election of Chairman for 2024/25",
        ),
        # a title's second part in capitals, a short clause, no clause at all: the title's
        ("Budget – Council Tax Setting, Capital Programme and Treasury Strategy.", None),
        ("Police and Crime Plan – progress against the plan this year.", None),
        ("Review – what the panel found, briefly.", None),
    ],
)
def test_a_prose_sentence_after_a_dash_is_the_description(text: str, title: str | None) -> None:
    assert without_dash_description(text) == (title or text)


def test_a_capitals_title_loses_its_lone_dash_and_a_report_after_it() -> None:
    """A flattened agenda cut before "To receive ..." leaves "APOLOGIES -"; a title in
    capitals before a dash and "report of ..." in lower case ends at the dash."""
    assert without_dash_description("APOLOGIES -") == "APOLOGIES"
    assert without_dash_description("LOCAL PLAN REVIEW - report of the Director") == (
        "LOCAL PLAN REVIEW"
    )
    # a title in mixed case may wrap after its dash; an acronym may open a title
    assert without_dash_description("Transport Corridor –") == "Transport Corridor –"
    assert without_dash_description("NASACRE – report from the conference") == (
        "NASACRE – report from the conference"
    )
