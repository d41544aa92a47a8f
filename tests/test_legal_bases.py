"""The law a meeting is held under, said between "held" and the place: no part of it."""

from __future__ import annotations

import datetime as dt

from minutebook.parsing.legal_bases import is_remote_access, without_legal_basis
from minutebook.parsing.openings import when_and_where


def test_the_law_before_the_place_is_taken_out() -> None:
    date, time, venue, _ = when_and_where(
        "in accordance with the Coronavirus Act 2020 in the Memorial Hall, Fenby on "
        "Tuesday 4th May 2021 at 7pm"
    )
    assert (date, time, venue) == (dt.date(2021, 5, 4), dt.time(19, 0), "Memorial Hall, Fenby")


def test_the_law_in_the_place_stead_leaves_no_venue() -> None:
    _, _, venue, _ = when_and_where(
        "remotely in accordance with the Local Authorities (Coronavirus) (Flexibility of "
        "Meetings) (England and Wales) Regulations 2020 on 2 June 2020 at 6.30pm"
    )
    assert venue is None


def test_remote_access_alone_names_no_place() -> None:
    _, _, venue, _ = when_and_where(
        "on 9 December 2020 via remote access under the provisions of the Meetings Regulations."
    )
    assert venue is None
    assert is_remote_access("via remote access")
    assert not is_remote_access("via Microsoft Teams")


def test_a_sentence_naming_no_law_is_left_alone() -> None:
    assert without_legal_basis("at the Village Hall on 3 May 2021") is None
    assert without_legal_basis("in accordance with the agreed timetable at Ash House") is None
    _, _, venue, _ = when_and_where("via Zoom on 3 May 2021 at 7pm")
    assert venue == "via Zoom"


def test_a_clause_after_the_place_said_opens_a_note_to_the_end() -> None:
    date, time, venue, _ = when_and_where(
        "on Tuesday 17 December 2019 at the Parish Hall at 7.30pm in line with standing "
        "orders the meeting will close no later than 9:30."
    )
    assert (date, time, venue) == (dt.date(2019, 12, 17), dt.time(19, 30), "Parish Hall")
