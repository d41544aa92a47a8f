"""Tests for an authority's letterhead run into the minutes heading on one line."""

from __future__ import annotations

from minutebook.parsing.glued_letterheads import glued_authority


def test_capitals_letterhead_before_minutes() -> None:
    text = (
        "KELBRIDGE BOROUGH COUNCIL MINUTES OF COUNCIL MEETING HELD IN THE COUNCIL "
        "CHAMBER, MARKET HOUSE, KELBRIDGE ON MONDAY 3 MAY 2021 AT 7.00PM"
    )
    assert glued_authority(text) == "KELBRIDGE BOROUGH COUNCIL"


def test_title_cased_letterhead_before_agenda() -> None:
    text = "Upper Fenby Town Council Agenda of the Meeting to be held on 4 June 2022"
    assert glued_authority(text) == "Upper Fenby Town Council"


def test_heading_alone_is_unread() -> None:
    assert glued_authority("MINUTES OF A MEETING OF THE COUNCIL HELD ON 3 MAY 2021") is None


def test_words_that_are_no_authority_are_unread() -> None:
    assert glued_authority("Draft for approval Minutes of the Planning Committee") is None
    assert glued_authority("Page 4 Minutes of the meeting of Eastby Parish Council") is None


def test_committee_before_minutes_is_unread() -> None:
    assert glued_authority("Licensing Committee Minutes of the meeting held on 2 May") is None
