"""An agenda's front above its "AGENDA" heading (the body, a dated line, notes) belongs
to the agenda; a dated line closed by a 24-hour clock ("commencing at 1000 hours") gives
the time, and its place ends before the clock."""

from __future__ import annotations

import datetime as dt

from minute_fixtures import lines_of
from minutebook.model import DocumentKind, Line
from minutebook.parsing.agenda_fronts import agenda_front
from opening_facts import first_part_meeting, parsed

FRONT = """WESTMARCH FIRE AUTHORITY

Monday 7TH December 2015 in the Training Hall, Service Centre, Euxton, commencing at 1000 hours

Car parking is available on the drill ground.

If you have any queries regarding the agenda papers please contact the clerk on 01234 567890.

Rooms are available for group meetings from 0900 hours.

Labour Group – Pendle Room
Conservative Group – Lancaster House

"""

AGENDA = """AGENDA

Any persons present at the meeting may photograph, film or record the proceedings.

1.    Chairman's Welcome

2.    Apologies for Absence

3.    Minutes of the Previous Meeting

4.    Revenue Budget 2016/17
"""


def test_the_front_is_the_agendas_own() -> None:
    lines = lines_of(FRONT)
    assert agenda_front(lines, DocumentKind.AGENDA)
    assert not agenda_front(lines, DocumentKind.MINUTES)
    undated = lines_of(FRONT.replace("Monday 7TH December 2015", "Next Monday"))
    assert not agenda_front(undated, DocumentKind.AGENDA)
    sentence_first = lines_of("The Authority met as follows.\n" + FRONT)
    assert not agenda_front(sentence_first, DocumentKind.AGENDA)


def test_an_agenda_under_its_front_keeps_its_meeting() -> None:
    document = parsed(FRONT + AGENDA)
    assert [(p.kind, p.lines[0].number) for p in document.parts] == [(DocumentKind.AGENDA, 1)]
    assert first_part_meeting(FRONT + AGENDA) == (
        DocumentKind.AGENDA,
        "WESTMARCH FIRE AUTHORITY",
        dt.date(2015, 12, 7),
        dt.time(10, 0),
        "Training Hall, Service Centre, Euxton",
    )


def test_a_dated_line_above_the_opening_names_no_body() -> None:
    from minutebook.parsing.openings import title_name

    assert title_name(Line(1, "Posted on 22nd November, 2018 in Agendas – Town Council")) == ""
    assert title_name(Line(1, "MM 28.07.2015 & CASTLEREAGH CITY COUNCIL")) == ""
    assert title_name(Line(1, "ASHBY TOWN COUNCIL")) == "ASHBY TOWN COUNCIL"


def test_a_sentence_closed_by_a_clock_starting_at_it() -> None:
    text = (
        "ASHBY TOWN COUNCIL\n\nA meeting of the Town Council will be held on Tuesday 27 "
        "November 2018 in the Council Chamber, North Street, Ashby starting at 19:30 hrs.\n\n"
        "AGENDA\n\n1. Apologies for Absence\n\n2. Minutes\n"
    )
    kind, _, date, time, venue = first_part_meeting(text)
    assert (kind, date, time) == (DocumentKind.AGENDA, dt.date(2018, 11, 27), dt.time(19, 30))
    assert venue == "Council Chamber, North Street, Ashby"


def test_a_bodys_name_over_notes_and_a_summons_is_the_agendas_front() -> None:
    """ "FENBY PARISH COUNCIL" over notes to the public, then "Members" and the summons
    that dates the meeting: one agenda, its body named; a heading that is no body's name
    over undated notes is no front."""
    text = (
        "FENBY PARISH COUNCIL\n"
        "The meeting is open to the public, who may ask questions at the start.\n"
        "Members\n"
        "You are summoned to attend the meeting of Fenby Parish Council to be held on "
        "Tuesday 17 December 2019 at the Parish Hall at 7.30pm.\n"
        "Ann Reid Parish Clerk\n"
        "AGENDA\n"
        "1. Welcome by the Chairman\n"
        "2. Apologies\n"
        "3. Declarations of Interest\n"
    )
    (part,) = parsed(text).parts
    assert part.kind is DocumentKind.AGENDA
    assert part.meeting is not None and part.meeting.body_name == "Fenby Parish Council"
    notes = lines_of("Welcome to our pages\n\nThe meeting is open to the public.")
    assert not agenda_front(notes, DocumentKind.AGENDA)
