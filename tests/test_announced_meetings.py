"""A web page's agenda announced in a sentence ("The meeting of X will be held at V from
0930 on Monday 26th September") under a dated title, its items numbered below with no
"Agenda" heading (invented examples)."""

from __future__ import annotations

import datetime as dt

from minutebook.model import DocumentKind
from opening_facts import first_part_meeting, parsed

PAGE = (
    "Board Meeting 26 October 2026\n\n"
    "The meeting of the Fenby Hills National Park Board will be held at Park Headquarters, "
    "Carrow from 0930 on Monday 26th October, moved from Monday 12th October.\n\n"
    "Session 1: 09:30am - 11:00am\n\n"
    "1. Welcome and Apologies\n\n"
    "2. Declarations of Interest\n\n"
    "3. Minutes of Meeting held on 14 September 2026\n"
)


def test_an_announced_meeting_over_numbered_items_opens_an_agenda() -> None:
    kind, body, date, time, venue = first_part_meeting(PAGE)
    assert kind is DocumentKind.AGENDA
    assert body == "Fenby Hills National Park Board"
    assert date == dt.date(2026, 10, 26)  # the title's year: its day and month agree
    assert time == dt.time(9, 30)  # "from 0930"
    assert venue == "Park Headquarters, Carrow"
    items = [(i.code, i.title) for i in parsed(PAGE).parts[0].items]
    assert items[:2] == [("1", "Welcome and Apologies"), ("2", "Declarations of Interest")]


def test_a_title_of_another_day_lends_the_sentence_no_year() -> None:
    from minutebook.model import Line
    from minutebook.parsing.sentence_openings import year_from_title_above

    sentence = "The meeting of the Board will be held at Carrow on Monday 26th October."
    opening = [(0, Line(1, "Board Meeting 26 October 2026")), (2, Line(3, sentence))]
    assert year_from_title_above(opening, 1, sentence) == (dt.date(2026, 10, 26), 1)
    opening[0] = (0, Line(1, "Board Meeting 12 October 2026"))
    assert year_from_title_above(opening, 1, sentence) is None


def test_the_next_meeting_closing_a_record_opens_no_agenda() -> None:
    record = (
        "MINUTES of a meeting of the Fenby Parish Council held at the Village Hall on 5 May "
        "2026 at 7.00pm.\n\nPRESENT: Cllr A Reid (Chair), Cllr B Moss\n\n"
        "1. Apologies\n\nNone.\n\n"
        "The next meeting of the Council will be held at the Village Hall on 2 June 2026.\n\n"
        "1. Apologies\n\n2. Minutes\n"
    )
    parts = parsed(record).parts
    assert [p.kind for p in parts] == [DocumentKind.MINUTES]


def test_a_year_in_four_figures_is_no_start_time() -> None:
    text = PAGE.replace("from 0930 on", "from 2019 on")
    assert first_part_meeting(text)[3] is None
    assert first_part_meeting(PAGE.replace("from 0930", "at 1930 hours"))[3] == dt.time(19, 30)
