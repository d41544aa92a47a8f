"""A record's start time and place printed away from its opening: a span under the
opening, a span at the foot, a "met at" sentence, an agenda's title repeated with its time
(invented examples, with cases where no reader may fire)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import Line
from minutebook.parsing.openings import Opening
from minutebook.parsing.time_notes import (
    foot_time_range,
    fuller_repeat,
    met_at,
    range_start,
    time_line_under,
)


def _lines(text: str) -> list[Line]:
    return [Line(number=k + 1, text=t) for k, t in enumerate(text.split("\n"))]


def test_range_start_infers_the_missing_meridiem() -> None:
    assert range_start("10.00 am - 11.35 am") == dt.time(10, 0)
    assert range_start("2.00 - 3.10 pm") == dt.time(14, 0)
    assert range_start("10.30 - 12.15 pm") == dt.time(10, 30)
    assert range_start("11.00 - 1.10 pm") == dt.time(11, 0)
    assert range_start("6.30pm to 8.05pm") == dt.time(18, 30)
    assert range_start("Pages 3 - 10") is None
    assert range_start("2.1 - 2.4 of the report") is None


def test_time_line_under_the_opening() -> None:
    lines = _lines("LICENSING COMMITTEE 14 May 2012\n\nLICENSING COMMITTEE\n7.00 pm - 8.40 pm\n")
    assert time_line_under(lines, 1) == dt.time(19, 0)
    alone = _lines("ASHFORD PANEL 3 May 2012\n2.30 p.m.\nPresent: Cllr Lee")
    assert time_line_under(alone, 1) == dt.time(14, 30)


def test_no_time_line_under_the_opening() -> None:
    prose = _lines("PANEL 3 May 2012\nThe panel met from 2.00 pm - 4.00 pm to hear appeals.")
    assert time_line_under(prose, 1) is None
    far = _lines("PANEL 3 May 2012\na\nb\nc\n7.00 pm - 8.40 pm")
    assert time_line_under(far, 1) is None


def test_span_beside_the_signature_at_the_foot() -> None:
    lines = _lines("Minutes\n\n1. Apologies\n\nNone.\n\n2.00 - 3.10 pm          CHAIRMAN\n")
    assert foot_time_range(lines, 1) == dt.time(14, 0)
    bare = _lines("Minutes\n\nNone.\n\n9.30 am - 11.05 am\n")
    assert foot_time_range(bare, 1) == dt.time(9, 30)


def test_no_span_at_the_foot() -> None:
    table = _lines("Minutes\n2.00 - 3.10 pm  Session A on drainage\n\nNone.")
    assert foot_time_range(table, 1) is None
    early = _lines("Minutes\n2.00 - 3.10 pm\n" + "\n".join(f"text {k}" for k in range(14)))
    assert foot_time_range(early, 1) is None


def test_met_at_sentence_gives_time_and_place() -> None:
    lines = _lines(
        "FENWICK PANEL\n\nThe panel met at the Long Room, Abbey House, Fenwick,\n"
        "commencing at 10.00 am.\n"
    )
    assert met_at(lines, 1) == (dt.time(10, 0), "Long Room, Abbey House, Fenwick")


def test_no_met_at_sentence() -> None:
    other = _lines("x\nThe officers met at the depot, commencing at 9.00 am.")
    assert met_at(other, 1) is None
    past = _lines("x\nThe panel met at Elm House last year.")
    assert met_at(past, 1) is None


def test_agenda_title_repeated_with_time_and_place() -> None:
    lines = _lines(
        "Fenwick Police and Crime Panel\nMonday, 5 July 2021\n\nAGENDA\n\nPage 1\n"
        "Fenwick Police and Crime Panel\nMonday, 5 July 2021, 2.00 pm\nThe Guildhall, Fenwick\n"
    )
    cover = Opening("Fenwick Police and Crime Panel", dt.date(2021, 7, 5), None, None, 2)
    fuller = fuller_repeat(lines, cover)
    assert (fuller.time, fuller.venue, fuller.line) == (dt.time(14, 0), "Guildhall, Fenwick", 2)


def test_no_repeat_or_another_date_leaves_the_opening() -> None:
    lines = _lines(
        "Fenwick Police and Crime Panel\nMonday, 5 July 2021\n\n"
        "Fenwick Police and Crime Panel\nMonday, 7 June 2021, 2.00 pm\nThe Guildhall, Fenwick\n"
    )
    cover = Opening("Fenwick Police and Crime Panel", dt.date(2021, 7, 5), None, None, 2)
    assert fuller_repeat(lines, cover) == cover
    timed = Opening("Fenwick Police and Crime Panel", dt.date(2021, 7, 5), dt.time(9, 0), None, 2)
    assert fuller_repeat(lines, timed) == timed
